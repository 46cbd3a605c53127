import { describe, expect, it } from 'vitest';
import { oldestChange, reminderFormSchema, unsentReminder } from './reminder';

const NOW = new Date('2026-11-28T02:00:00Z');

describe('unsentReminder', () => {
  it('is silent when nothing is unsent', () => {
    expect(unsentReminder(null, NOW, 7)).toBeNull();
  });

  it('is silent while the oldest change is within the days', () => {
    expect(unsentReminder('2026-11-21T02:00:00Z', NOW, 7)).toBeNull();
    expect(unsentReminder('2026-11-27T09:00:00+07:00', NOW, 0)).not.toBeNull();
  });

  it('reminds when the oldest change is older, with its age in whole days', () => {
    expect(unsentReminder('2026-11-18T08:00:00+07:00', NOW, 7)).toEqual({
      ageDays: 10,
      oldest: '2026-11-18T08:00:00+07:00',
    });
  });
});

describe('oldestChange', () => {
  it('compares instants, not strings', () => {
    expect(oldestChange(['2026-01-01T06:00:00+07:00', '2025-12-31T23:30:00Z'])).toBe(
      '2026-01-01T06:00:00+07:00',
    );
    expect(oldestChange([])).toBeNull();
  });
});

describe('reminderFormSchema', () => {
  it('takes whole days from 1 to 365', () => {
    expect(reminderFormSchema.parse({ days: ' 14 ' })).toEqual({ days: 14 });
    expect(reminderFormSchema.safeParse({ days: '0' }).error?.issues[0]?.message).toBe(
      'sync.reminder.daysRange',
    );
    expect(reminderFormSchema.safeParse({ days: '2.5' }).success).toBe(false);
    expect(reminderFormSchema.safeParse({ days: '' }).error?.issues[0]?.message).toBe(
      'validation.required',
    );
  });
});
