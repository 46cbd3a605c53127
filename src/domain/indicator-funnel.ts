// Section "funnel": the people of the viewed subtree by stage now, whatever the period.
import type { IndicatorContext } from './indicator-context';
import { stagesOf } from './indicator-sums';
import type { Indicators } from './indicator-types';
import { STAGES, type Stage } from './pipeline-types';

export function funnelFigures(context: IndicatorContext): Indicators['funnel'] {
  return Object.fromEntries(
    STAGES.map((stage) => [stage, stagesOf(context.stages, null, stage)]),
  ) as Record<Stage, number>;
}
