// When to remind a unit that it has changes the province has not received: the oldest change
// made after the last export has waited longer than the chosen number of days.
import * as z from 'zod';
import { daysFieldSchema } from '@/domain/days-field';

export const DEFAULT_REMINDER_DAYS = 7;
export const REMINDER_SETTING = 'sync.reminderDays';

const DAY_MS = 86_400_000;

export interface Reminder {
  /** Whole days since the oldest unsent change. */
  ageDays: number;
  oldest: string;
}

/** The reminder to show, or null when nothing unsent is older than `days`. */
export function unsentReminder(
  oldestUnsentChange: string | null,
  now: Date,
  days: number,
): Reminder | null {
  if (!oldestUnsentChange) return null;
  const age = now.getTime() - Date.parse(oldestUnsentChange);
  if (Number.isNaN(age) || age <= days * DAY_MS) return null;
  return { ageDays: Math.floor(age / DAY_MS), oldest: oldestUnsentChange };
}

/** The oldest instant among the records' updatedAt and the tombstones' deletedAt. */
export function oldestChange(stamps: Iterable<string>): string | null {
  let oldest: string | null = null;
  let oldestMs = Infinity;
  for (const stamp of stamps) {
    const ms = Date.parse(stamp);
    if (ms < oldestMs) {
      oldestMs = ms;
      oldest = stamp;
    }
  }
  return oldest;
}

export const reminderFormSchema = z.object({ days: daysFieldSchema('sync.reminder.daysRange') });
export type ReminderFormInput = z.input<typeof reminderFormSchema>;
export type ReminderFormValues = z.output<typeof reminderFormSchema>;
