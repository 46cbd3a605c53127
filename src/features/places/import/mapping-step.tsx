// Step 2: which column holds which value. The first guess comes from the header's words; every
// choice is a native select, so the whole step is done with Tab and the arrow keys. The first
// lines of the file are shown as mapped, so that a wrong column is seen before the preview.
import { useId, useRef, useState, type FormEvent } from 'react';
import { FIGURE_LIST_FIELDS, PLACE_LIST_FIELDS, type ListField } from '@/domain/place-list-mapping';
import { cellText, columnCount, type SheetBook, type SheetRow } from '@/domain/sheet-table';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Alert, ScrollRegion } from '@/ui/components';
import { TableHead } from '@/ui/page-components';
import { Field } from '@/ui/field';
import { ColumnSelect, REQUIRED_FIELDS } from './column-select';
import { suggestChoice, type MappingChoice, type PlaceImportState } from './use-place-import';

const SAMPLE_LINES = 5;
const MIN_YEAR = 1930;
const MAX_YEAR = 2200;

type Errors = Partial<Record<ListField | 'headerLine' | 'year', string>>;

function validate(
  choice: MappingChoice,
  headerText: string,
  yearText: string,
  lines: number,
  t: ReturnType<typeof useI18n>['t'],
): Errors {
  const errors: Errors = {};
  const header = Number(headerText);
  if (!Number.isInteger(header) || header < 1 || header > lines) {
    errors.headerLine = t('placeImport.map.headerLineInvalid', { max: lines });
  }
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.year = t('placeImport.map.yearInvalid');
  }
  if (choice.columns.name === undefined) errors.name = t('placeImport.map.required.name');
  if (choice.columns.kind === undefined && !choice.kind) {
    errors.kind = t('placeImport.map.required.kind');
  }
  if (choice.columns.unit === undefined && !choice.unitId) {
    errors.unit = t('placeImport.map.required.unit');
  }
  return errors;
}

/** The first lines below the header, through the mapping: a wrong column shows at once. */
function SampleTable({
  rows,
  firstLine,
  choice,
  fields,
}: {
  rows: readonly SheetRow[];
  firstLine: number;
  choice: MappingChoice;
  fields: readonly ListField[];
}) {
  const { t } = useI18n();
  const sampleId = useId();
  return (
    <section aria-labelledby={sampleId}>
      <h3 id={sampleId}>{t('placeImport.map.sample')}</h3>
      <ScrollRegion labelledBy={sampleId}>
        <table className="table place-import__sample">
          <TableHead
            columns={[
              { label: t('placeImport.map.line'), num: true },
              ...fields.map((field) => t(`placeImport.field.${field}`)),
            ]}
          />
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className="num">{firstLine + index}</td>
                {fields.map((field) => (
                  <td key={field}>{cellText(row[choice.columns[field]!])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function AcceptedValues() {
  const { t } = useI18n();
  return (
    <details className="place-import__values">
      <summary>{t('placeImport.map.valuesTitle')}</summary>
      <ul>
        {(['kind', 'unit', 'sector', 'organisation', 'numbers', 'empty'] as const).map((key) => (
          <li key={key}>{t(`placeImport.map.values.${key}`)}</li>
        ))}
      </ul>
    </details>
  );
}

function FileSummary({
  state,
  rows,
  columns,
}: {
  state: PlaceImportState;
  rows: number;
  columns: number;
}) {
  const { t, number } = useI18n();
  return (
    <p className="place-import__file">
      <strong>
        {t('placeImport.map.fileSummary', {
          file: state.book?.fileName ?? '',
          rows: number(rows),
          columns: number(columns),
        })}
      </strong>{' '}
      <button type="button" className="button button--small" onClick={state.reset}>
        {t('placeImport.map.chooseOther')}
      </button>
    </p>
  );
}

export function MappingStep({ state, scope }: { state: PlaceImportState; scope: Scope }) {
  const book = state.book as SheetBook;
  const [choice, setChoice] = useState(state.choice as MappingChoice);
  const [headerText, setHeaderText] = useState(String(choice.headerLine));
  const [yearText, setYearText] = useState(String(choice.year));
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const { t } = useI18n();
  const table = book.sheets[choice.sheet] ?? book.sheets[0]!;
  const columns = columnCount(table.rows);
  const header = table.rows[choice.headerLine - 1] ?? [];

  const changeHeaderLine = (text: string) => {
    setHeaderText(text);
    const line = Number(text);
    if (Number.isInteger(line) && line >= 1 && line <= table.rows.length) {
      setChoice(suggestChoice(book, choice.sheet, scope, { year: choice.year, headerLine: line }));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(choice, headerText, yearText, table.rows.length, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // The first field in error takes the focus; its message is read with it.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    void state.preview({ ...choice, year: Number(yearText) });
  };

  const mapped = [...PLACE_LIST_FIELDS, ...FIGURE_LIST_FIELDS].filter(
    (field) => choice.columns[field] !== undefined,
  );
  const sample = table.rows.slice(choice.headerLine, choice.headerLine + SAMPLE_LINES);
  const select = (field: ListField) => (
    <ColumnSelect
      key={field}
      field={field}
      choice={choice}
      header={header}
      columns={columns}
      scope={scope}
      error={errors[field]}
      onChange={(next) => {
        setChoice(next);
        setErrors((old) => ({ ...old, [field]: undefined }));
      }}
    />
  );

  return (
    <form ref={formRef} className="place-import__form" onSubmit={submit} noValidate>
      <FileSummary state={state} rows={table.rows.length} columns={columns} />
      <Alert tone="info">{t('placeImport.map.suggested')}</Alert>
      <div className="form-grid">
        {book.sheets.length > 1 ? (
          <Field label={t('placeImport.map.sheet')}>
            <select
              value={choice.sheet}
              onChange={(event) => {
                const next = suggestChoice(book, Number(event.target.value), scope, {
                  year: choice.year,
                });
                setChoice(next);
                setHeaderText(String(next.headerLine));
              }}
            >
              {book.sheets.map((sheet, index) => (
                <option key={index} value={index}>
                  {sheet.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field
          label={t('placeImport.map.headerLine')}
          hint={t('placeImport.map.headerLineHint')}
          error={errors.headerLine}
          required
        >
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={table.rows.length}
            value={headerText}
            onChange={(event) => changeHeaderLine(event.target.value)}
          />
        </Field>
        <Field
          label={t('placeImport.map.year')}
          hint={t('placeImport.map.yearHint')}
          error={errors.year}
          required
        >
          <input
            type="number"
            inputMode="numeric"
            min={MIN_YEAR}
            max={MAX_YEAR}
            value={yearText}
            onChange={(event) => setYearText(event.target.value)}
          />
        </Field>
      </div>
      <fieldset className="place-import__fields">
        <legend>{t('placeImport.map.placeFields')}</legend>
        <div className="form-grid">{PLACE_LIST_FIELDS.map(select)}</div>
      </fieldset>
      <fieldset className="place-import__fields">
        <legend>{t('placeImport.map.figureFields', { year: yearText })}</legend>
        <div className="form-grid">{FIGURE_LIST_FIELDS.map(select)}</div>
      </fieldset>
      <p className="muted place-import__required">
        <span aria-hidden="true">* </span>
        {t('placeImport.map.requiredNote', {
          fields: REQUIRED_FIELDS.map((field) => t(`placeImport.short.${field}`)).join(', '),
        })}
      </p>
      {mapped.length > 0 && sample.length > 0 ? (
        <SampleTable
          rows={sample}
          firstLine={choice.headerLine + 1}
          choice={choice}
          fields={mapped}
        />
      ) : null}
      <AcceptedValues />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('placeImport.map.preview')}
        </button>
      </div>
    </form>
  );
}
