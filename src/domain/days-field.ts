// A number of days typed in a reminder's form: the backup reminder and the send-data reminder.
import * as z from 'zod';

/** The text of the field, required and a whole number of 1–365 days; `rangeMessage` otherwise. */
export function daysFieldSchema(rangeMessage: string) {
  return z.string().transform((text, ctx) => {
    const value = Number(text.trim());
    if (text.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'validation.required' });
      return z.NEVER;
    }
    if (!Number.isInteger(value) || value < 1 || value > 365) {
      ctx.addIssue({ code: 'custom', message: rangeMessage });
      return z.NEVER;
    }
    return value;
  });
}
