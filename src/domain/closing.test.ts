import { describe, expect, it } from 'vitest';
import { closeWithSuccessorSchema } from './closing';

describe('closeWithSuccessorSchema', () => {
  const schema = closeWithSuccessorSchema('2020-01-01', 'units.close.beforeOpened');
  const messages = (values: { closedOn: string; successorId: string }) => {
    const result = schema.safeParse(values);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('takes a day on or after the opening, and an empty successor as none', () => {
    expect(schema.parse({ closedOn: '2020-01-01', successorId: '' })).toEqual({
      closedOn: '2020-01-01',
      successorId: null,
    });
    expect(schema.parse({ closedOn: '2025-07-01', successorId: 'x' }).successorId).toBe('x');
  });

  it('refuses a missing, malformed or too early day with the given words', () => {
    expect(messages({ closedOn: '', successorId: '' })).toEqual(['validation.required']);
    expect(messages({ closedOn: '2025-02-30', successorId: '' })).toEqual(['validation.date']);
    expect(messages({ closedOn: '2019-12-31', successorId: '' })).toEqual([
      'units.close.beforeOpened',
    ]);
  });
});
