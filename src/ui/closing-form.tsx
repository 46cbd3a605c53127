// The form of closing a record into a successor (a unit, a place): its values checked by
// domain/closing.ts, kept as a draft across a reload, the day focused first; and the day's field.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod';
import type { closeWithSuccessorSchema } from '@/domain/closing';
import { localIsoDate } from '@/domain/dates';
import { useI18n } from '@/i18n/i18n';
import { Field } from './field';
import { useFormDraft } from './form-draft';

type ClosingSchema = ReturnType<typeof closeWithSuccessorSchema>;
export type ClosingInput = z.input<ClosingSchema>;
export type ClosingValues = z.output<ClosingSchema>;
export type ClosingForm = UseFormReturn<ClosingInput, unknown, ClosingValues>;

/** The form, from today with no successor, and its draft under `draftKey`. */
export function useClosingForm(schema: ClosingSchema, draftKey: string) {
  const form: ClosingForm = useForm<ClosingInput, unknown, ClosingValues>({
    resolver: zodResolver(schema),
    defaultValues: { closedOn: localIsoDate(), successorId: '' },
  });
  const draft = useFormDraft(form, draftKey);
  const { setFocus } = form;
  useEffect(() => {
    setFocus('closedOn');
  }, [setFocus]);
  return { form, draft };
}

/** The day the record closed, required. */
export function ClosedOnField({ form, label }: { form: ClosingForm; label: string }) {
  const { tMessage } = useI18n();
  const message = form.formState.errors.closedOn?.message;
  return (
    <Field label={label} error={message ? tMessage(message) : undefined} required>
      <input type="date" {...form.register('closedOn')} />
    </Field>
  );
}
