// One field of the mapping: a native select (arrow keys, type-ahead) of the file's columns, named
// by letter and header as Excel shows them; the kind and the unit may instead be one value for
// the whole file (a commune's list of its hamlets says neither).
import { PLACE_KINDS } from '@/domain/code-lists';
import type { ListField } from '@/domain/place-list-mapping';
import { cellText, columnLetter, type SheetRow } from '@/domain/sheet-table';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Field } from '@/ui/field';
import type { MappingChoice } from './use-place-import';

export const REQUIRED_FIELDS = ['name', 'kind', 'unit'] as const satisfies readonly ListField[];

const isRequired = (field: ListField) => (REQUIRED_FIELDS as readonly string[]).includes(field);

/** The select's value for a field: "c3" (column D), "k:school", "u:<unit id>", or "". */
export function selectValue(choice: MappingChoice, field: ListField): string {
  const column = choice.columns[field];
  if (column !== undefined) return `c${column}`;
  if (field === 'kind' && choice.kind) return `k:${choice.kind}`;
  if (field === 'unit' && choice.unitId) return `u:${choice.unitId}`;
  return '';
}

/** The choice with the field set from a select's value; a column is taken from any other field. */
export function withSelected(
  choice: MappingChoice,
  field: ListField,
  value: string,
): MappingChoice {
  const columns = { ...choice.columns };
  delete columns[field];
  const next: MappingChoice = { ...choice, columns };
  if (field === 'kind') next.kind = null;
  if (field === 'unit') next.unitId = null;
  if (value.startsWith('c')) {
    const column = Number(value.slice(1));
    for (const [other, taken] of Object.entries(columns)) {
      if (taken === column) delete columns[other as ListField];
    }
    columns[field] = column;
  } else if (value.startsWith('k:')) next.kind = value.slice(2) as MappingChoice['kind'];
  else if (value.startsWith('u:')) next.unitId = value.slice(2);
  return next;
}

interface ColumnSelectProps {
  field: ListField;
  choice: MappingChoice;
  header: SheetRow;
  columns: number;
  scope: Scope;
  error: string | undefined;
  onChange: (next: MappingChoice) => void;
}

export function ColumnSelect({
  field,
  choice,
  header,
  columns,
  scope,
  error,
  onChange,
}: ColumnSelectProps) {
  const { t } = useI18n();
  const required = isRequired(field);
  const columnOptions = Array.from({ length: columns }, (_, index) => {
    const text = cellText(header[index]);
    const letter = columnLetter(index);
    return (
      <option key={index} value={`c${index}`}>
        {text
          ? t('placeImport.map.column', { letter, header: text })
          : t('placeImport.map.columnBare', { letter })}
      </option>
    );
  });
  const wholeFile =
    field === 'kind'
      ? PLACE_KINDS.map((kind) => (
          <option key={kind} value={`k:${kind}`}>
            {t('placeImport.map.wholeFile', { value: t(`placeImport.kind.${kind}`) })}
          </option>
        ))
      : field === 'unit'
        ? scope.tree
            .filter(({ unit }) => !unit.closedOn)
            .map(({ unit, depth }) => (
              <option key={unit.id} value={`u:${unit.id}`}>
                {'\u00a0\u00a0'.repeat(depth)}
                {t('placeImport.map.wholeFile', { value: unit.name })}
              </option>
            ))
        : null;
  return (
    <Field label={t(`placeImport.field.${field}`)} required={required} error={error}>
      <select
        className="input"
        value={selectValue(choice, field)}
        onChange={(event) => onChange(withSelected(choice, field, event.target.value))}
      >
        <option value="">
          {required ? t('placeImport.map.chooseColumn') : t('placeImport.map.noColumn')}
        </option>
        {wholeFile ? (
          <>
            <optgroup label={t('placeImport.map.columnsGroup')}>{columnOptions}</optgroup>
            <optgroup label={t('placeImport.map.wholeFileGroup')}>{wholeFile}</optgroup>
          </>
        ) : (
          columnOptions
        )}
      </select>
    </Field>
  );
}
