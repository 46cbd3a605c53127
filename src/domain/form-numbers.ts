// Whole numbers typed in text boxes (a count, a year; the classes' and the targets' forms): the
// form keeps the text, the schema gives the number or a message key, so an empty box says
// "required" rather than "not a number".
import * as z from 'zod';

function wholeNumber(
  text: string,
  ctx: z.RefinementCtx,
  check: (value: number) => string | null,
): number {
  const trimmed = text.trim();
  if (trimmed === '') {
    ctx.addIssue({ code: 'custom', message: 'validation.required' });
    return z.NEVER;
  }
  const value = Number(trimmed);
  if (!Number.isInteger(value)) {
    ctx.addIssue({ code: 'custom', message: 'validation.integer' });
    return z.NEVER;
  }
  const problem = check(value);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return value;
}

export const countText = z
  .string()
  .transform((text, ctx) =>
    wholeNumber(text, ctx, (value) => (value < 0 ? 'validation.nonNegative' : null)),
  );

const yearProblem = (value: number) => (value < 1930 || value > 2200 ? 'validation.year' : null);

export const yearText = z.string().transform((text, ctx) => wholeNumber(text, ctx, yearProblem));

/** An optional year: an empty box gives null. */
export const optionalYearText = z
  .string()
  .transform((text, ctx) => (text.trim() === '' ? null : wholeNumber(text, ctx, yearProblem)));
