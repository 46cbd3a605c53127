import { describe, expect, it } from 'vitest';
import { classFormSchema, type ClassFormInput } from './save-class';

const valid: ClassFormInput = {
  title: '  Lớp nhận thức  khóa I ',
  kind: 'awareness',
  unitId: 'u1',
  startOn: '2026-03-02',
  endOn: '2026-03-06',
  attendeeCount: '40',
  pickedIds: ['a', 'b'],
};

function messages(input: Partial<ClassFormInput>) {
  const result = classFormSchema.safeParse({ ...valid, ...input });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('classFormSchema', () => {
  it('cleans the title and reads the count as a number', () => {
    expect(classFormSchema.parse(valid)).toMatchObject({
      title: 'Lớp nhận thức khóa I',
      attendeeCount: 40,
    });
  });

  it('refuses an end date before the start date', () => {
    expect(messages({ endOn: '2026-03-01' })).toEqual({ endOn: 'validation.endBeforeStart' });
  });

  it('refuses a count below the number picked, but accepts it equal', () => {
    expect(messages({ attendeeCount: '1' })).toEqual({
      attendeeCount: 'classes.form.countBelowPicked',
    });
    expect(messages({ attendeeCount: '2' })).toEqual({});
  });

  it("refuses picked people for an 'other' class", () => {
    expect(messages({ kind: 'other' })).toEqual({ pickedIds: 'classes.form.otherHasAttendees' });
    expect(messages({ kind: 'other', pickedIds: [] })).toEqual({});
  });

  it('says which count is wrong: empty, not whole, negative', () => {
    expect(messages({ attendeeCount: '' })).toEqual({ attendeeCount: 'validation.required' });
    expect(messages({ attendeeCount: '2.5' })).toEqual({ attendeeCount: 'validation.integer' });
    expect(messages({ attendeeCount: '-3', pickedIds: [] })).toEqual({
      attendeeCount: 'validation.nonNegative',
    });
  });

  it('shows the cross-field errors together with the field errors', () => {
    expect(messages({ title: ' ', endOn: '2026-03-01', unitId: '' })).toEqual({
      title: 'validation.required',
      unitId: 'classes.form.unitRequired',
      endOn: 'validation.endBeforeStart',
    });
  });
});
