import { describe, expect, it } from 'vitest';
import { buildUnit } from '../../../test/builders';
import { readReportChoice, reportFormSchema, unitByCode, writeReportChoice } from './report-params';

const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy', kind: 'province' });
const closedCommune = buildUnit({
  code: 'X1',
  name: 'Đảng bộ xã cũ',
  parentId: province.id,
  closedOn: '2025-07-01',
});
const commune = buildUnit({ code: 'X1', name: 'Đảng bộ xã mới', parentId: province.id });
const units = [province, closedCommune, commune];
const today = '2026-11-28';

describe('the report’s choice in the URL', () => {
  it('reads the unit by its code, the open unit first, and the period', () => {
    const choice = readReportChoice(
      new URLSearchParams('unit=X1&from=2025-01-01&to=2025-06-30'),
      units,
      province,
      today,
    );
    expect(choice.unit?.id).toBe(commune.id);
    expect(choice.period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(choice.unknownCode).toBeNull();
    expect(choice.invalidPeriod).toBe(false);
    expect(unitByCode([province, closedCommune], 'X1')?.id).toBe(closedCommune.id);
  });

  it('falls back to the home unit and this year, and says why', () => {
    const empty = readReportChoice(new URLSearchParams(), units, province, today);
    expect(empty.unit?.id).toBe(province.id);
    expect(empty.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(empty.invalidPeriod).toBe(false);

    const wrong = readReportChoice(
      new URLSearchParams('unit=NOPE&from=2025-02-30&to=2025-01-01'),
      units,
      province,
      today,
    );
    expect(wrong.unit?.id).toBe(province.id);
    expect(wrong.unknownCode).toBe('NOPE');
    expect(wrong.invalidPeriod).toBe(true);
    expect(wrong.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('writes unit, from and to, and the form refuses an end before the start', () => {
    expect(writeReportChoice('TU', { from: '2025-01-01', to: '2025-12-31' }).toString()).toBe(
      'unit=TU&from=2025-01-01&to=2025-12-31',
    );
    const result = reportFormSchema.safeParse({
      unitId: province.id,
      from: '2025-07-01',
      to: '2025-06-30',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['to'], 'reports.error.order'],
    ]);
  });
});
