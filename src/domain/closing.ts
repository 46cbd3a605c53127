// The form of closing a record into a successor (a unit dissolved or merged, a place merged into
// another): the day it closed, never before it opened, and the successor, if any.
import * as z from 'zod';
import { isIsoDate } from './dates';

/**
 * `beforeOpened` is the message key said when the day is before the record opened (the words
 * differ: a unit is "thành lập", a place is not).
 */
export function closeWithSuccessorSchema(openedOn: string | null, beforeOpened: string) {
  return z
    .object({
      closedOn: z.string(),
      successorId: z.string().transform((value) => value || null),
    })
    .superRefine((values, ctx) => {
      const issue = (message: string) =>
        ctx.addIssue({ code: 'custom', path: ['closedOn'], message });
      if (!values.closedOn) issue('validation.required');
      else if (!isIsoDate(values.closedOn)) issue('validation.date');
      else if (openedOn && values.closedOn < openedOn) issue(beforeOpened);
    });
}
