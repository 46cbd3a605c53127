import { describe, expect, it } from 'vitest';
import { memberCountFormSchema } from './save-member-count';
import { targetFormSchema, type TargetFormInput } from './save-target';

const valid: TargetFormInput = {
  unitId: 'u1',
  fromYear: '2023',
  toYear: '2025',
  admissions: '125',
  document: ' Công văn 861-CV/TU ngày 18/11/2022 ',
};

function messages(input: Partial<TargetFormInput>) {
  const result = targetFormSchema.safeParse({ ...valid, ...input });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('targetFormSchema', () => {
  it('reads a span, the quota and the document', () => {
    expect(targetFormSchema.parse(valid)).toEqual({
      unitId: 'u1',
      fromYear: 2023,
      toYear: 2025,
      admissions: 125,
      document: 'Công văn 861-CV/TU ngày 18/11/2022',
    });
  });

  it('makes an empty end year a single-year quota and an empty document null', () => {
    expect(targetFormSchema.parse({ ...valid, toYear: '', document: '  ' })).toMatchObject({
      fromYear: 2023,
      toYear: 2023,
      document: null,
    });
  });

  it('refuses a span ending before it starts, and bad numbers', () => {
    expect(messages({ toYear: '2022' })).toEqual({ toYear: 'validation.toYearBeforeFromYear' });
    expect(messages({ fromYear: '' })).toEqual({ fromYear: 'validation.required' });
    expect(messages({ fromYear: '20' })).toEqual({ fromYear: 'validation.year' });
    expect(messages({ admissions: '-1' })).toEqual({ admissions: 'validation.nonNegative' });
    expect(messages({ admissions: '1,5' })).toEqual({ admissions: 'validation.integer' });
    expect(messages({ unitId: '' })).toEqual({ unitId: 'targets.form.unitRequired' });
  });
});

describe('memberCountFormSchema', () => {
  it('reads a year and a total ≥ 0', () => {
    expect(memberCountFormSchema.parse({ unitId: 'u1', year: '2026', total: '250' })).toEqual({
      unitId: 'u1',
      year: 2026,
      total: 250,
    });
    const bad = memberCountFormSchema.safeParse({ unitId: 'u1', year: '2026', total: '-2' });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.message)).toEqual([
      'validation.nonNegative',
    ]);
  });
});
