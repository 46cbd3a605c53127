// The app's Content-Security-Policy (vite.config.ts) allows no eval. Zod builds faster object
// parsers with `new Function` when it may, and its probe for that is refused and reported as a
// CSP violation on every page load. Without it Zod parses the same way, a little slower; the
// page parses only what a form saves (the import worker, outside the page's CSP, keeps the
// faster parsers).
// Zod reads its settings from globalThis.__zod_globalConfig when it loads (zod/v4/core/core.js),
// so they are set here, first thing in main.tsx, without importing Zod: calling z.config() put
// Zod's core on the first screen. zod-without-eval.test.ts checks that Zod still honours this.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
// A module (it exports nothing): imported for its effect, first thing in main.tsx.
export {};
