// The report's choice lives in the URL (/reports?unit=TL&from=2025-01-01&to=2025-12-31), so a
// report can be bookmarked and sent to a colleague. The same zod schema checks the URL and the form.
import * as z from 'zod';
import { isIsoDate, type IsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import type { Period } from '@/domain/indicator-types';

export const reportFormSchema = z
  .object({
    unitId: z.string().min(1, { message: 'validation.required' }),
    from: z.string().refine(isIsoDate, { message: 'reports.error.from' }),
    to: z.string().refine(isIsoDate, { message: 'reports.error.to' }),
  })
  .refine(
    (values) => !isIsoDate(values.from) || !isIsoDate(values.to) || values.to >= values.from,
    {
      message: 'reports.error.order',
      path: ['to'],
    },
  );

export type ReportFormValues = z.infer<typeof reportFormSchema>;

/** This calendar year: what a report shows when the URL names no period. */
export function defaultPeriod(today: IsoDate): Period {
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The unit a code names, within the units the installation may see: an open unit first (a code
 * is unique among open units), else the most recently closed unit that had it.
 */
export function unitByCode(units: readonly Unit[], code: string): Unit | undefined {
  const matches = units.filter((unit) => unit.code === code);
  return (
    matches.find((unit) => !unit.closedOn) ??
    [...matches].sort((a, b) => (b.closedOn ?? '').localeCompare(a.closedOn ?? ''))[0]
  );
}

export interface ReportChoice {
  unit: Unit | undefined;
  period: Period;
  /** The URL named a unit that is not in the scope. */
  unknownCode: string | null;
  /** The URL's dates were missing or not a valid period (the default period is used). */
  invalidPeriod: boolean;
}

export function readReportChoice(
  params: URLSearchParams,
  units: readonly Unit[],
  homeUnit: Unit | undefined,
  today: IsoDate,
): ReportChoice {
  const code = params.get('unit');
  const named = code ? unitByCode(units, code) : undefined;
  const from = params.get('from');
  const to = params.get('to');
  const asked = from !== null || to !== null;
  const valid = from !== null && to !== null && isIsoDate(from) && isIsoDate(to) && from <= to;
  return {
    unit: named ?? homeUnit ?? units.find((unit) => unit.parentId === null) ?? units[0],
    period: valid ? { from, to } : defaultPeriod(today),
    unknownCode: code && !named ? code : null,
    invalidPeriod: asked && !valid,
  };
}

export function writeReportChoice(unitCode: string, period: Period): URLSearchParams {
  return new URLSearchParams({ unit: unitCode, from: period.from, to: period.to });
}
