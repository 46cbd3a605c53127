// Adding and editing a place: the form's schema (field by field, in Vietnamese through message
// keys), its defaults, and the mutation. The repository checks the record schema again.
import * as z from 'zod';
import { ENTERPRISE_SECTORS, PLACE_KINDS, type PlaceKind } from '@/domain/code-lists';
import { closeWithSuccessorSchema } from '@/domain/closing';
import { isIsoDate } from '@/domain/dates';
import { newId, type Place } from '@/domain/entities';
import { cleanText, searchKey } from '@/domain/text';
import { closePlace, reopenPlace, savePlace } from '@/db/places-repo';
import { useLocalMutation } from '@/queries/mutation';

export const PLACE_NAME_MAX = 200;
export const PLACE_CODE_MAX = 50;
/** A tax code (mã số thuế): 10 digits, or 13 for a branch written 0123456789-001. */
export const TAX_CODE = /^\d{10}(-\d{3})?$/;

/** What the form's controls hold ('' = empty). */
export interface PlaceFormInput {
  name: string;
  kind: PlaceKind;
  code: string;
  enterpriseSector: string;
  unitId: string;
  openedOn: string;
}

export type PlaceFormValues = Pick<
  Place,
  'name' | 'kind' | 'code' | 'enterpriseSector' | 'unitId' | 'openedOn'
>;

/** An enterprise's code is its tax code: spaces typed between the digits are dropped. */
function cleanCode(kind: string, code: string): string {
  const text = cleanText(code);
  return kind === 'enterprise' ? text.replace(/\s/g, '') : text;
}

/**
 * The form's schema. `others` are the stored places other than the one edited: an open place of
 * the same unit and kind with the same name, or of the same kind with the same code, is refused.
 */
export function placeFormSchema(others: readonly Place[]) {
  const names = new Set(
    others
      .filter((place) => !place.closedOn)
      .map((place) => `${place.unitId}|${place.kind}|${searchKey(place.name)}`),
  );
  const codes = new Set(
    others
      .filter((place) => place.code && !place.closedOn)
      .map((place) => `${place.kind}|${place.code}`),
  );
  return z
    .object({
      name: z.string(),
      kind: z.enum(PLACE_KINDS, { message: 'validation.enum' }),
      code: z.string(),
      enterpriseSector: z.string(),
      unitId: z.string(),
      openedOn: z.string(),
    })
    .superRefine((values, ctx) => {
      const issue = (path: keyof PlaceFormInput, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      const name = cleanText(values.name);
      if (name === '') issue('name', 'places.rule.nameRequired');
      else if (name.length > PLACE_NAME_MAX) issue('name', 'places.rule.nameTooLong');
      else if (names.has(`${values.unitId}|${values.kind}|${searchKey(name)}`))
        issue('name', 'places.rule.nameTaken');
      const code = cleanCode(values.kind, values.code);
      if (code.length > PLACE_CODE_MAX) issue('code', 'places.rule.codeTooLong');
      else if (values.kind === 'enterprise' && code !== '' && !TAX_CODE.test(code))
        issue('code', 'places.rule.taxCode');
      else if (code !== '' && codes.has(`${values.kind}|${code}`))
        issue('code', 'places.rule.codeTaken');
      if (values.kind === 'enterprise') {
        if (!(ENTERPRISE_SECTORS as readonly string[]).includes(values.enterpriseSector))
          issue('enterpriseSector', 'places.rule.sectorRequired');
      }
      if (values.unitId === '') issue('unitId', 'places.rule.unitRequired');
      if (values.openedOn !== '' && !isIsoDate(values.openedOn))
        issue('openedOn', 'validation.date');
    })
    .transform((values): PlaceFormValues => ({
      name: cleanText(values.name),
      kind: values.kind,
      code: cleanCode(values.kind, values.code) || null,
      enterpriseSector:
        values.kind === 'enterprise'
          ? (values.enterpriseSector as PlaceFormValues['enterpriseSector'])
          : null,
      unitId: values.unitId,
      openedOn: values.openedOn || null,
    }));
}

export function toPlaceFormInput(place: Place): PlaceFormInput {
  return {
    name: place.name,
    kind: place.kind,
    code: place.code ?? '',
    enterpriseSector: place.enterpriseSector ?? '',
    unitId: place.unitId,
    openedOn: place.openedOn ?? '',
  };
}

export function newPlaceFormInput(kind: PlaceKind | '', unitId: string): PlaceFormInput {
  return {
    name: '',
    kind: kind || 'residential',
    code: '',
    enterpriseSector: '',
    unitId,
    openedOn: '',
  };
}

export interface SavePlaceVariables {
  /** The place edited (its closing and successor are kept), or null for a new one. */
  existing: Place | null;
  values: PlaceFormValues;
  /** The version the form loaded: another tab's edit since is merged, or reported. */
  base?: Place | undefined;
}

export function useSavePlace() {
  return useLocalMutation(({ existing, values, base }: SavePlaceVariables) =>
    savePlace(
      {
        id: existing?.id ?? newId(),
        closedOn: existing?.closedOn ?? null,
        successorId: existing?.successorId ?? null,
        ...values,
      },
      base,
    ),
  );
}

export function closePlaceSchema(openedOn: string | null) {
  return closeWithSuccessorSchema(openedOn, 'places.close.beforeOpened');
}

export type ClosePlaceInput = z.input<ReturnType<typeof closePlaceSchema>>;
export type ClosePlaceValues = z.output<ReturnType<typeof closePlaceSchema>>;

export function useClosePlace() {
  return useLocalMutation(({ id, values }: { id: string; values: ClosePlaceValues }) =>
    closePlace(id, values.closedOn, values.successorId),
  );
}

export function useReopenPlace() {
  return useLocalMutation((id: string) => reopenPlace(id));
}
