// The screens' part of the report (scripts/bench/screens.ts measures them): their names, the
// issue's targets for them at P, and their table in docs/benchmarks.md.

export interface ScreenFigure {
  /** Navigation (or, for a search or filter, the input) → the content shown: the median. */
  ms: number;
  runsMs: number[];
  /** The longest main-thread task during those loads (or since the input). */
  longestTaskMs: number;
}

/** Every screen timed, in the table's order, with what its row says. */
export const SCREEN_LABELS: Record<string, string> = {
  home: '`/` (home): its figures',
  people: '`/people`: the first rows',
  peopleSearch: '`/people` search (“nguyen thi”): input → rows updated',
  peopleFilter: '`/people` stage filter: input → rows updated',
  person: '`/people/:id`: the person’s facts',
  classes: '`/classes`: the list',
  targets: '`/targets`: the quotas',
  units: '`/units`: the tree with its counts',
  dashboard: '`/dashboard`: the key figures',
  reports: '`/reports`: the report',
  places: '`/places`: the list',
  quality: '`/quality`: the checks’ counts',
  sync: '`/sync`: the board',
  settings: '`/settings`: the backup card',
  rules: '`/rules`: the rule sets',
};

/** The targets that the table does not measure as a page load. */
const NOT_LOADS = new Set(['people', 'peopleSearch', 'peopleFilter']);

interface Sized {
  screens?: Record<string, ScreenFigure>;
}

type Check<T> = (
  name: string,
  target: string,
  value: number | undefined,
  bound: number,
  kind: 'max' | 'min',
) => T;

/** Issue 14's targets at P: each screen within 1 s, the list's first rows 0.5 s, a filter 0.3 s. */
export function screenTargets<T>(P: Sized | undefined, check: Check<T>): T[] {
  const screens = P?.screens;
  const loads = screens
    ? Object.entries(screens).filter(([key]) => !NOT_LOADS.has(key))
    : undefined;
  const slowest = loads && Math.max(...loads.map(([, each]) => each.ms));
  const longest = screens && Math.max(...Object.values(screens).map((each) => each.longestTaskMs));
  const seconds = (key: string) => {
    const each = screens?.[key];
    return each && each.ms / 1000;
  };
  return [
    check('P slowest screen (every page load)', '≤ 1 s', slowest && slowest / 1000, 1, 'max'),
    check('P /people first rows', '≤ 0.5 s', seconds('people'), 0.5, 'max'),
    check('P /people search', '≤ 0.3 s', seconds('peopleSearch'), 0.3, 'max'),
    check('P /people stage filter', '≤ 0.3 s', seconds('peopleFilter'), 0.3, 'max'),
    check('P longest main-thread task on a screen', '≤ 100 ms', longest, 100, 'max'),
  ];
}

/** The screens' table of docs/benchmarks.md (no lines when no size timed them). */
export function screensRows<S extends Sized>(
  sizes: readonly string[],
  reports: Partial<Record<string, S>>,
  number: (value: number) => string,
): string[] {
  const timed = sizes.filter((name) => reports[name]?.screens);
  if (timed.length === 0) return [];
  const cell = (figure: ScreenFigure | undefined) =>
    figure
      ? `${number(figure.ms)} ms (${figure.runsMs.map((ms) => number(ms)).join(', ')}; ${number(figure.longestTaskMs)} ms)`
      : '—';
  return [
    '## Every screen',
    '',
    'Median of three full page loads of each screen until its content shows (each load, then the',
    'longest main-thread task during them, in brackets); a search or filter from the input to the',
    'rows updated.',
    '',
    `| Screen | ${timed.join(' | ')} |`,
    `|---|${timed.map(() => '---:').join('|')}|`,
    ...Object.entries(SCREEN_LABELS).map(
      ([key, label]) =>
        `| ${label} | ${timed.map((name) => cell(reports[name]?.screens?.[key])).join(' | ')} |`,
    ),
    '',
  ];
}
