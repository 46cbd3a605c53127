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
    // A timeout only has to catch a hang. Vitest's 5 s default failed a passing test by chance:
    // loading the demo province took 10.6 s on this 2-core machine while other work ran beside
    // it (load average 24); on a quiet machine it takes about 1 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
