// A passphrase input in its labelled field (src/ui/field.tsx: label, hint and error wired for
// screen readers): hidden as typed, and the browser's password manager told what it is: a
// passphrase being chosen ('new-password'), the one in use ('current-password'), or one it
// should not keep ('off').
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

interface PassphraseFieldProps {
  label: string;
  /** What react-hook-form's register() returned for the field. */
  registration: UseFormRegisterReturn;
  autoComplete: 'new-password' | 'current-password' | 'off';
  /** The error, already in the user's language. */
  error?: string | undefined;
  hint?: ReactNode;
  /** Marked required unless told otherwise: every passphrase of the app is. */
  required?: boolean;
}

export function PassphraseField({
  label,
  registration,
  autoComplete,
  error,
  hint,
  required = true,
}: PassphraseFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      <input type="password" autoComplete={autoComplete} {...registration} />
    </Field>
  );
}
