// The bench pages' build (scripts/bench/place-save.ts): the app's modules by their alias, served
// at /__bench/places/; none of the app's plugins (no service worker, no policy of its own).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/__bench/places/',
  resolve: { alias: { '@': fileURLToPath(new URL('../../../src', import.meta.url)) } },
});
