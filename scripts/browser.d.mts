// Types of scripts/browser.mjs for the TypeScript scripts (scripts/bench).
export function findChromium(): string | null;
/** The executable path to launch, or null to let Playwright use its own browser. */
export function ensureBrowser(): string | null;
