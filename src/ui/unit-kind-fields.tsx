// A party unit's kind and sector, asked the same way where a unit is made: the first-run page
// (the home unit) and the units page (any unit). Each page keeps its own words for the labels.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { UNIT_SECTORS, type UnitKind } from '@/domain/code-lists';
import { useI18n } from '@/i18n/i18n';
import { Field } from './field';
import { Options } from './page-components';

interface UnitKindFieldsProps {
  /** The kinds on offer (the first-run page leaves out the province). */
  kinds: readonly UnitKind[];
  labels: { kind: string; sector: string; sectorNone: string };
  kind: UseFormRegisterReturn;
  sector: UseFormRegisterReturn;
  /** The fields' errors, already in the user's language. */
  errors: { kind?: string | undefined; sector?: string | undefined };
}

export function UnitKindFields({ kinds, labels, kind, sector, errors }: UnitKindFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Field label={labels.kind} error={errors.kind}>
        <select {...kind}>
          <Options values={kinds} label={(option) => t(`unitKind.${option}`)} />
        </select>
      </Field>
      <Field label={labels.sector} error={errors.sector}>
        <select {...sector}>
          <option value="">{labels.sectorNone}</option>
          <Options values={UNIT_SECTORS} label={(option) => t(`unitSector.${option}`)} />
        </select>
      </Field>
    </>
  );
}
