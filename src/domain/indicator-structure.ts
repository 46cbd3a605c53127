// Section "admitted and structure": the people admitted in the period, every structure column as a
// count and a share of them, and the enterprise people split into workers and managers.
import { COLUMN, STAT_COLUMNS, STAT_WIDTH, type StatColumn } from './admission-stats';
import { addAt, float64At } from './indicator-arrays';
import type { IndicatorContext } from './indicator-context';
import type { Indicators, Share } from './indicator-types';

function share(count: number, base: number): Share {
  return { count, ratio: base > 0 ? count / base : null };
}

export function structureFigures(
  context: IndicatorContext,
): Pick<Indicators, 'admitted' | 'structure' | 'enterpriseSplit'> {
  const { periodVectors } = context.admissions;
  const totalVector = new Float64Array(STAT_WIDTH);
  for (let group = 0; group < context.groupCount; group += 1) {
    for (let column = 0; column < STAT_WIDTH; column += 1) {
      addAt(totalVector, column, float64At(periodVectors, group * STAT_WIDTH + column));
    }
  }
  const admitted = float64At(totalVector, COLUMN.admitted);
  const structure = Object.fromEntries(
    STAT_COLUMNS.map((column) => [column, share(float64At(totalVector, COLUMN[column]), admitted)]),
  ) as Record<StatColumn, Share>;
  const enterprise = float64At(totalVector, COLUMN.enterprise);
  const enterpriseSplit = {
    worker: share(float64At(totalVector, COLUMN.enterpriseWorker), enterprise),
    manager: share(float64At(totalVector, COLUMN.enterpriseManager), enterprise),
  };
  return { admitted, structure, enterpriseSplit };
}
