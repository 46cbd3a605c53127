// Saving a class and its attendee list: the form's schema, its defaults, and the mutation.
import * as z from 'zod';
import { CLASS_KINDS } from '@/domain/code-lists';
import { isIsoDate } from '@/domain/dates';
import { newId, type TrainingClass } from '@/domain/entities';
import { countText } from '@/domain/form-numbers';
import { cleanText } from '@/domain/text';
import { saveClass, type ClassVersion } from '@/db/classes-repo';
import { useLocalMutation } from '@/queries/mutation';

/** A date from <input type="date">: empty means not filled in, anything else must be a real day. */
const dateText = z
  .string()
  .min(1, { message: 'validation.required' })
  .refine(isIsoDate, { message: 'validation.date' });

export const classFormSchema = z
  .object({
    title: z
      .string()
      .transform(cleanText)
      .pipe(z.string().min(1, { message: 'validation.required' })),
    kind: z.enum(CLASS_KINDS, { message: 'validation.enum' }),
    unitId: z.string().min(1, { message: 'classes.form.unitRequired' }),
    startOn: dateText,
    endOn: dateText,
    attendeeCount: countText,
    pickedIds: z.array(z.string()),
  })
  .superRefine(
    (value, ctx) => {
      if (isIsoDate(value.startOn) && isIsoDate(value.endOn) && value.endOn < value.startOn) {
        ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'validation.endBeforeStart' });
      }
      const picked = Array.isArray(value.pickedIds) ? value.pickedIds.length : 0;
      if (value.kind === 'other' && picked > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['pickedIds'],
          message: 'classes.form.otherHasAttendees',
        });
      } else if (typeof value.attendeeCount === 'number' && value.attendeeCount < picked) {
        ctx.addIssue({
          code: 'custom',
          path: ['attendeeCount'],
          message: 'classes.form.countBelowPicked',
        });
      }
    },
    // Cross-field rules are shown together with the field errors, not one round later.
    { when: () => true },
  );

export type ClassFormInput = z.input<typeof classFormSchema>;
export type ClassFormValues = z.output<typeof classFormSchema>;

export function classFormDefaults(
  existing: TrainingClass | undefined,
  pickedIds: readonly string[],
  defaultUnitId: string,
): ClassFormInput {
  if (existing) {
    return {
      title: existing.title,
      kind: existing.kind,
      unitId: existing.unitId,
      startOn: existing.startOn,
      endOn: existing.endOn,
      attendeeCount: String(existing.attendeeCount),
      pickedIds: [...pickedIds],
    };
  }
  return {
    title: '',
    kind: 'awareness',
    unitId: defaultUnitId,
    startOn: '',
    endOn: '',
    attendeeCount: '',
    pickedIds: [],
  };
}

export interface SaveClassVariables {
  id: string | null;
  values: ClassFormValues;
  /** The version the form loaded: another tab's edit since is merged, or reported. */
  base?: ClassVersion | undefined;
}

export function useSaveClass() {
  return useLocalMutation(({ id, values, base }: SaveClassVariables) => {
    const { pickedIds, ...fields } = values;
    return saveClass({ id: id ?? newId(), ...fields }, pickedIds, base);
  });
}
