// The app lock's three forms (turn on, change the passphrase, turn off): their zod schemas, fed
// to react-hook-form, and the error message of a failed operation.
import * as z from 'zod';
import { AppLockError } from '@/db/app-lock';
import { MIN_PASSPHRASE_LENGTH } from '@/domain/passphrase';
import type { MessageKey } from '@/i18n/messages';

/** Counted in letters, not UTF-16 units: "Đường" is 5 whatever the input method sent. */
const newPassphrase = z
  .string()
  .refine((value) => [...value.normalize('NFC')].length >= MIN_PASSPHRASE_LENGTH, {
    message: 'lock.error.tooShort',
  });

const current = z.string().min(1, { message: 'lock.error.required' });

/** Both fields typed the same; reported on the second. */
function confirmed<T extends { passphrase: string; confirm: string }>(
  values: T,
  ctx: z.RefinementCtx,
) {
  if (values.confirm !== values.passphrase) {
    ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'lock.error.mismatch' });
  }
}

export const enableLockSchema = z
  .object({
    passphrase: newPassphrase,
    confirm: z.string(),
    acknowledged: z.boolean().refine((value) => value, { message: 'lock.error.acknowledge' }),
  })
  .superRefine(confirmed);

export type EnableLockValues = z.output<typeof enableLockSchema>;

export const changeLockSchema = z
  .object({ current, passphrase: newPassphrase, confirm: z.string() })
  .superRefine(confirmed);

export type ChangeLockValues = z.output<typeof changeLockSchema>;

export const disableLockSchema = z.object({ current });

export type DisableLockValues = z.output<typeof disableLockSchema>;

/** The message key and parameters of a failed lock operation. */
export function lockErrorMessage(error: unknown): [MessageKey, Record<string, string>?] {
  if (error instanceof AppLockError) return [`lock.error.${error.code}`];
  return ['lock.error.failed', { message: error instanceof Error ? error.message : String(error) }];
}
