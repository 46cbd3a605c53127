// The import's phases as User Timing measures ('ptdv:import:<phase>'): the benchmark reads them
// from the worker (scripts/bench) to say where an import's time goes; DevTools show them too.
// A measure costs a few microseconds; a file has a handful.

/** Records `ptdv:import:<phase>` from `start` (performance.now()) to now. */
export function measurePhase(phase: string, start: number): void {
  try {
    performance.measure(`ptdv:import:${phase}`, { start, end: performance.now() });
  } catch {
    // No User Timing here: the import does not depend on it.
  }
}

/** Runs `work` and records it as a phase. */
export function timed<T>(phase: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measurePhase(phase, start);
  }
}
