// User Timing marks of the dashboard, read by the benchmarks (e2e/dashboard.spec.ts and the
// bench helpers) with performance.getEntriesByName(…), so that a measurement times what the
// user sees and nothing the test itself adds:
//   ptdv:dashboard-figures     the KPI figures of the first view are rendered with data (once per
//                              mount of the dashboard; from navigation start on a page load);
//   ptdv:dashboard-view-change the user asked for another view (unit or period) in the toolbar;
//   ptdv:dashboard-recomputed  the KPI figures of a new view (or of data read again after a
//                              write) are rendered: view-change → recomputed is a period change.
// Marks are set in effects, after React committed the figures to the DOM.
import { useEffect, useRef } from 'react';
import type { Indicators } from '@/domain/indicator-types';

export const FIGURES_MARK = 'ptdv:dashboard-figures';
export const VIEW_CHANGE_MARK = 'ptdv:dashboard-view-change';
export const RECOMPUTED_MARK = 'ptdv:dashboard-recomputed';

/** Marks the first figures rendered, then every new set of figures. */
export function useFiguresMarks(indicators: Indicators): void {
  const shown = useRef<Indicators | null>(null);
  useEffect(() => {
    if (shown.current === indicators) return;
    performance.mark(shown.current === null ? FIGURES_MARK : RECOMPUTED_MARK);
    shown.current = indicators;
  }, [indicators]);
}

export function markViewChange(): void {
  performance.mark(VIEW_CHANGE_MARK);
}
