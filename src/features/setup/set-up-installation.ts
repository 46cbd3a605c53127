// The first-run operation: create (or pick) the home unit, then record the installation.
import * as z from 'zod';
import { UNIT_KINDS, UNIT_SECTORS, type UnitKind } from '@/domain/code-lists';
import { nowStamp } from '@/domain/entities';
import { cleanText } from '@/domain/text';
import { saveInstallation, type Installation } from '@/db/settings-repo';
import { createUnit } from '@/db/units-repo';
import { useLocalMutation } from '@/queries/mutation';

/** Kinds a grassroots installation may be: anything below the Tỉnh ủy. */
export const LOCAL_UNIT_KINDS = UNIT_KINDS.filter((kind) => kind !== 'province');

export const setupFormSchema = z
  .object({
    kind: z.enum(['unit', 'province'], { message: 'validation.enum' }),
    /** 'pick' when the store already holds a tree (e.g. imported from a province file). */
    homeMode: z.enum(['create', 'pick']),
    homeUnitId: z.string(),
    code: z.string().transform(cleanText),
    name: z.string().transform(cleanText),
    unitKind: z.enum(UNIT_KINDS, { message: 'validation.enum' }),
    sector: z.union([z.enum(UNIT_SECTORS), z.literal('')]).transform((value) => value || null),
  })
  .superRefine((values, ctx) => {
    if (values.homeMode === 'pick') {
      if (!values.homeUnitId)
        ctx.addIssue({ code: 'custom', path: ['homeUnitId'], message: 'setup.error.pickHome' });
      return;
    }
    if (!values.code)
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'validation.required' });
    if (!values.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'validation.required' });
  });

export type SetupFormInput = z.input<typeof setupFormSchema>;
export type SetupFormValues = z.output<typeof setupFormSchema>;

export function setupDefaults(hasUnits: boolean): SetupFormInput {
  return {
    kind: 'unit',
    homeMode: hasUnits ? 'pick' : 'create',
    homeUnitId: '',
    code: '',
    name: '',
    unitKind: 'grassroots_committee',
    sector: '',
  };
}

export async function setUpInstallation(values: SetupFormValues): Promise<Installation> {
  let homeUnitId = values.homeUnitId;
  if (values.homeMode === 'create') {
    const province = values.kind === 'province';
    const kind: UnitKind = province ? 'province' : values.unitKind;
    const unit = await createUnit({
      code: values.code,
      name: values.name,
      kind,
      parentId: null,
      sector: province ? null : values.sector,
      openedOn: null,
    });
    homeUnitId = unit.id;
  }
  const installation: Installation = { kind: values.kind, homeUnitId, setUpAt: nowStamp() };
  await saveInstallation(installation);
  return installation;
}

export function useSetUpInstallation() {
  return useLocalMutation(setUpInstallation);
}
