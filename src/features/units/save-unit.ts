// Add a unit, or edit one (rename, recode, move, change kind or sector): one form, one schema.
import * as z from 'zod';
import { UNIT_KINDS, UNIT_SECTORS, type UnitKind } from '@/domain/code-lists';
import { isoDateSchema, type Unit } from '@/domain/entities';
import { cleanText } from '@/domain/text';
import { createUnit, updateUnit, type UnitChanges, type UnitInput } from '@/db/units-repo';
import { useLocalMutation } from '@/queries/mutation';

const requiredText = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, { message: 'validation.required' }));

const unitFormObject = z.object({
  parentId: z.string(),
  code: requiredText,
  name: requiredText,
  kind: z.enum(UNIT_KINDS, { message: 'validation.enum' }),
  sector: z.union([z.literal(''), z.enum(UNIT_SECTORS)]).transform((value) => value || null),
  openedOn: z.union([z.literal(''), isoDateSchema]).transform((value) => value || null),
});

/** `requireParent`: every unit but the root of the store sits under a parent. */
export function unitFormSchema(requireParent: boolean) {
  return unitFormObject.superRefine((values, ctx) => {
    if (requireParent && !values.parentId) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'units.form.parentRequired' });
    }
  });
}

export type UnitFormInput = z.input<typeof unitFormObject>;
export type UnitFormValues = z.output<typeof unitFormObject>;

/** The usual kind of a unit directly under a unit of the given kind. */
export function suggestedChildKind(parentKind: UnitKind | undefined): UnitKind {
  switch (parentKind) {
    case 'province':
      return 'upper';
    case 'upper':
      return 'grassroots_committee';
    case undefined:
      return 'grassroots_committee';
    default:
      return 'cell';
  }
}

export function addUnitDefaults(parent: Unit | undefined): UnitFormInput {
  return {
    parentId: parent?.id ?? '',
    code: '',
    name: '',
    kind: suggestedChildKind(parent?.kind),
    sector: parent?.sector ?? '',
    openedOn: '',
  };
}

export function editUnitDefaults(unit: Unit): UnitFormInput {
  return {
    parentId: unit.parentId ?? '',
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    sector: unit.sector ?? '',
    openedOn: unit.openedOn ?? '',
  };
}

export function toUnitInput(values: UnitFormValues): UnitInput {
  return { ...values, parentId: values.parentId || null };
}

/** What an edit changes; the parent only where the form offered it (not for the home unit). */
export function toUnitChanges(values: UnitFormValues, canMove: boolean): UnitChanges {
  const { parentId, ...rest } = values;
  return canMove ? { ...rest, parentId: parentId || null } : rest;
}

export function useCreateUnit() {
  return useLocalMutation((input: UnitInput) => createUnit(input));
}

export function useUpdateUnit() {
  return useLocalMutation(
    // base: the version the form loaded; another tab's edit since is merged, or reported.
    ({ id, changes, base }: { id: string; changes: UnitChanges; base?: Unit | undefined }) =>
      updateUnit(id, changes, base),
  );
}
