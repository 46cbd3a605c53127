// The report's tables, built once and rendered three ways: on the page (and so in print), as CSV
// and as XLSX. Cells keep numbers as numbers and shares as ratios, so each writer formats them
// its own way (23.596 on paper, 23596 in a spreadsheet that has to compute with it).
import type { StatColumn } from '@/domain/admission-stats';
import type { Indicators, Share } from '@/domain/indicator-types';
import type { ReportFormat } from './report-text';
import { spanLabel } from './report-text';

/** A share is kept as a ratio (0.544) and written as 54,4% / 54.4 / a percent-formatted cell. */
export interface RatioCell {
  ratio: number | null;
}
export type ReportCell = string | number | RatioCell | null;

export interface ReportColumn {
  label: string;
  /**
   * 'decimal': a number kept with one decimal (a rate per 1,000: 2.9); 'year': a number written
   * without a thousands separator (2025); 'date': an ISO date (each writer spells it its way).
   */
  kind: 'text' | 'count' | 'decimal' | 'ratio' | 'year' | 'date';
}

export interface ReportTable {
  id:
    | 'training'
    | 'structure'
    | 'units'
    | 'quota'
    | 'rates'
    | 'placesResidential'
    | 'placesWithoutMember'
    | 'placesFirstMembers'
    | 'placesSchools'
    | 'placesEnterprises'
    | 'placesLargest';
  title: string;
  /** At most 31 characters, none of []:*?/\ (Excel's rules for sheet names). */
  sheetName: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Rows shown in bold: totals, and the headings of a group. */
  strongRows?: number[];
  note?: string;
}

export function isRatioCell(cell: ReportCell): cell is RatioCell {
  return typeof cell === 'object' && cell !== null;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function ratio(count: number, base: number): RatioCell {
  return { ratio: base > 0 ? count / base : null };
}

function shareCells(share: Share): [number, RatioCell] {
  return [share.count, { ratio: share.ratio }];
}

function trainingTable(figures: Indicators, { t }: ReportFormat): ReportTable {
  const training = figures.training;
  const rows: ReportCell[][] = [
    [t('classKind.awareness'), training.awarenessClasses, training.awarenessAttendees],
    [t('classKind.new_member'), training.newMemberClasses, training.newMemberAttendees],
    [t('classKind.other'), training.otherClasses, training.otherAttendees],
    [
      t('reports.table.total'),
      training.awarenessClasses + training.newMemberClasses + training.otherClasses,
      training.awarenessAttendees + training.newMemberAttendees + training.otherAttendees,
    ],
  ];
  return {
    id: 'training',
    title: t('reports.table.training.title'),
    sheetName: t('reports.table.training.sheet'),
    columns: [
      { label: t('reports.table.training.kind'), kind: 'text' },
      { label: t('reports.table.training.classes'), kind: 'count' },
      { label: t('reports.table.training.attendees'), kind: 'count' },
    ],
    rows,
    strongRows: [3],
    note: t('reports.table.training.note'),
  };
}

/** The columns shown as a row or column of their own (`admitted` is every table's base). */
type ShareColumn = Exclude<StatColumn, 'admitted'>;

const STRUCTURE_ROWS: ShareColumn[] = [
  'youthUnion',
  'female',
  'minority',
  'religious',
  'highSchoolStudent',
  'universityStudent',
  'enterprise',
];
const AGE_ROWS: ShareColumn[] = ['age18to30', 'age31to40', 'age41to50', 'age51to60', 'ageOther'];
const EDUCATION_ROWS: ShareColumn[] = [
  'educationPrimary',
  'educationLowerSecondary',
  'educationUpperSecondary',
  'educationVocational',
  'educationCollege',
  'educationUniversity',
  'educationPostgraduate',
  'educationUnknown',
];

function structureTable(figures: Indicators, { t }: ReportFormat): ReportTable {
  const { structure, enterpriseSplit, admitted } = figures;
  const rows: ReportCell[][] = [
    [t('reports.table.structure.admitted'), admitted, ratio(admitted, admitted)],
  ];
  const strongRows = [0];
  for (const column of STRUCTURE_ROWS) {
    rows.push([t(`reports.column.${column}`), ...shareCells(structure[column])]);
    if (column === 'enterprise') {
      rows.push([t('reports.column.enterpriseWorker'), ...shareCells(enterpriseSplit.worker)]);
      rows.push([t('reports.column.enterpriseManager'), ...shareCells(enterpriseSplit.manager)]);
    }
  }
  strongRows.push(rows.length);
  rows.push([t('reports.table.structure.byAge'), '', '']);
  for (const column of AGE_ROWS) {
    rows.push([t(`reports.column.${column}`), ...shareCells(structure[column])]);
  }
  strongRows.push(rows.length);
  rows.push([t('reports.table.structure.byEducation'), '', '']);
  for (const column of EDUCATION_ROWS) {
    rows.push([t(`reports.column.${column}`), ...shareCells(structure[column])]);
  }
  return {
    id: 'structure',
    title: t('reports.table.structure.title'),
    sheetName: t('reports.table.structure.sheet'),
    columns: [
      { label: t('reports.table.structure.item'), kind: 'text' },
      { label: t('reports.table.count'), kind: 'count' },
      { label: t('reports.table.percent'), kind: 'ratio' },
    ],
    rows,
    strongRows,
    note: t('reports.table.structure.note'),
  };
}

const UNIT_COLUMNS: ShareColumn[] = ['youthUnion', 'female', 'minority', 'religious'];

function unitsTable(
  figures: Indicators,
  unitName: (id: string) => string,
  { t }: ReportFormat,
): ReportTable {
  const rows: ReportCell[][] = figures.perUnit.map((row) => [
    unitName(row.unitId),
    row.admitted,
    ...UNIT_COLUMNS.map((column) => row.structure[column]),
  ]);
  rows.push([
    t('reports.table.total'),
    figures.admitted,
    ...UNIT_COLUMNS.map((column) => figures.structure[column].count),
  ]);
  return {
    id: 'units',
    title: t('reports.table.units.title'),
    sheetName: t('reports.table.units.sheet'),
    columns: [
      { label: t('reports.table.unit'), kind: 'text' },
      { label: t('reports.table.units.admitted'), kind: 'count' },
      ...UNIT_COLUMNS.map((column) => ({
        label: t(`reports.column.${column}`),
        kind: 'count' as const,
      })),
    ],
    rows,
    strongRows: [rows.length - 1],
  };
}

function quotaTable(
  figures: Indicators,
  unitName: (id: string) => string,
  fmt: ReportFormat,
): ReportTable {
  const { t } = fmt;
  const rows: ReportCell[][] = [];
  const strongRows: number[] = [];
  for (const root of figures.quotas.root) {
    const span = capitalise(spanLabel(root, fmt));
    for (const child of figures.quotas.children) {
      if (child.fromYear !== root.fromYear || child.toYear !== root.toYear) continue;
      rows.push([
        unitName(child.unitId),
        span,
        child.quota,
        child.admitted,
        { ratio: child.ratio },
      ]);
    }
    strongRows.push(rows.length);
    rows.push([
      t('reports.table.quota.rootRow', { name: unitName(root.unitId) }),
      span,
      root.quota,
      root.admitted,
      { ratio: root.ratio },
    ]);
  }
  return {
    id: 'quota',
    title: t('reports.table.quota.title'),
    sheetName: t('reports.table.quota.sheet'),
    columns: [
      { label: t('reports.table.unit'), kind: 'text' },
      { label: t('reports.table.quota.span'), kind: 'text' },
      { label: t('reports.table.quota.quota'), kind: 'count' },
      { label: t('reports.table.quota.admitted'), kind: 'count' },
      { label: t('reports.table.quota.percent'), kind: 'ratio' },
    ],
    rows,
    strongRows,
    note: t('reports.table.quota.note'),
  };
}

function ratesTable(figures: Indicators, { t }: ReportFormat): ReportTable {
  return {
    id: 'rates',
    title: t('reports.table.rates.title'),
    sheetName: t('reports.table.rates.sheet'),
    columns: [
      { label: t('reports.table.rates.year'), kind: 'year' },
      { label: t('reports.table.rates.members'), kind: 'count' },
      { label: t('reports.table.rates.admitted'), kind: 'count' },
      { label: t('reports.table.percent'), kind: 'ratio' },
    ],
    rows: figures.rates.map((rate) => [
      rate.year,
      rate.membersAtStart,
      rate.admitted,
      { ratio: rate.ratio },
    ]),
    // The "—" is explained only where one shows: a year without its member count.
    note: figures.rates.some((rate) => rate.ratio === null)
      ? `${t('reports.table.rates.note')} ${t('reports.table.rates.noteMissing')}`
      : t('reports.table.rates.note'),
  };
}

/** Every table of the report; the per-unit and quota tables only when there is something in them. */
export function reportTables(
  figures: Indicators,
  unitName: (id: string) => string,
  fmt: ReportFormat,
): ReportTable[] {
  const tables = [trainingTable(figures, fmt), structureTable(figures, fmt)];
  if (figures.perUnit.length > 0) tables.push(unitsTable(figures, unitName, fmt));
  if (figures.quotas.root.length > 0) tables.push(quotaTable(figures, unitName, fmt));
  if (figures.rates.length > 0) tables.push(ratesTable(figures, fmt));
  return tables;
}
