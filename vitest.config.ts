import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./test/setup.ts'],
    // Dates in tests are fixed; a single time zone keeps date arithmetic honest.
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
