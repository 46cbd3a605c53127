// Section "quotas": the viewed unit's quota for each span overlapping the period, and each direct
// child's for the same spans, with the admissions of the whole span (indicator-context.ts).
import { itemAt } from './indicator-arrays';
import { quotaFigure, type IndicatorContext } from './indicator-context';
import type { Indicators, QuotaFigure } from './indicator-types';

export function quotaFigures(context: IndicatorContext): Indicators['quotas'] {
  const { rootUnitId, view, quotas } = context;
  const root: QuotaFigure[] = [];
  for (const span of quotas.overlapping) {
    const figure = quotaFigure(context, rootUnitId, null, span);
    if (figure) root.push(figure);
  }
  const children: QuotaFigure[] = [];
  for (const span of quotas.overlapping) {
    for (const group of view.childOrder) {
      const figure = quotaFigure(context, itemAt(view.groupIds, group), group, span);
      if (figure) children.push(figure);
    }
  }
  return { root, children };
}
