// Types of scripts/bundle-size.mjs for the TypeScript scripts (scripts/bench).
export const FIRST_SCREEN_BUDGET_KB: number;
export interface BundleFigures {
  /** The home page of a set-up installation: held to the budget. */
  firstScreenGzKB: number;
  /** The first-run page of a fresh installation (seen once). */
  firstRunGzKB: number;
  firstScreenByRoute: Record<string, number>;
  entryGzKB: number;
  totalGzKB: number;
  largestChunks: { file: string; gzKB: number }[];
  budgetKB: number;
}
/** Measures a build made with `--manifest` in `distDir`. */
export function measureBundle(distDir: string): BundleFigures;
/** Builds the app into a temporary directory with a manifest; returns the directory. */
export function buildForMeasure(): string;
