// The report's tables on the places (after its paragraph), built once and rendered like every
// report table: on the page, in the CSV and in the workbook. Rates per 1,000 are kept with one
// decimal, as the report writes them.
import {
  ORGANISATION_KEYS,
  SECTOR_KEYS,
  SIZE_BANDS,
  type EnterpriseGroup,
  type PlaceFigures,
} from '@/domain/place-figures-types';
import type { ReportCell, ReportTable } from './report-tables';
import type { ReportFormat } from './report-text';

/** A rate per 1,000 with one decimal (2,857… → 2.9), or null. */
export function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function residentialTable(places: PlaceFigures, { t }: ReportFormat): ReportTable {
  const { residential } = places;
  const rows: ReportCell[][] = [
    [
      t('placeFigures.table.residential.total'),
      residential.total,
      { ratio: residential.total > 0 ? 1 : null },
    ],
    ...ORGANISATION_KEYS.map((key): ReportCell[] => [
      t(`placeFigures.table.residential.${key}`),
      residential.organisation[key].count,
      { ratio: residential.organisation[key].ratio },
    ]),
  ];
  const ofTotal = (count: number): ReportCell[] => [
    count,
    { ratio: residential.total > 0 ? count / residential.total : null },
  ];
  rows.push(
    [
      t('placeFigures.table.residential.withoutMember'),
      ...ofTotal(residential.withoutMember.length),
    ],
    [t('placeFigures.table.residential.firstMembers'), ...ofTotal(residential.firstMembers.length)],
    [t('placeFigures.table.residential.noFigures'), ...ofTotal(residential.noFigures)],
  );
  return {
    id: 'placesResidential',
    title: t('placeFigures.table.residential.title'),
    sheetName: t('placeFigures.table.residential.sheet'),
    columns: [
      { label: t('placeFigures.column.item'), kind: 'text' },
      { label: t('placeFigures.column.count'), kind: 'count' },
      { label: t('placeFigures.column.share'), kind: 'ratio' },
    ],
    rows,
    strongRows: [0],
    note: t('placeFigures.table.residential.note'),
  };
}

function withoutMemberTable(
  places: PlaceFigures,
  communeName: (id: string | null) => string,
  { t }: ReportFormat,
): ReportTable {
  return {
    id: 'placesWithoutMember',
    title: t('placeFigures.table.withoutMember.title'),
    sheetName: t('placeFigures.table.withoutMember.sheet'),
    columns: [
      { label: t('placeFigures.column.place'), kind: 'text' },
      { label: t('placeFigures.column.commune'), kind: 'text' },
      { label: t('placeFigures.column.year'), kind: 'year' },
    ],
    rows: places.residential.withoutMember.map((item) => [
      item.name,
      communeName(item.communeId),
      item.year,
    ]),
  };
}

function firstMembersTable(
  places: PlaceFigures,
  communeName: (id: string | null) => string,
  { t }: ReportFormat,
): ReportTable {
  return {
    id: 'placesFirstMembers',
    title: t('placeFigures.table.firstMembers.title'),
    sheetName: t('placeFigures.table.firstMembers.sheet'),
    columns: [
      { label: t('placeFigures.column.place'), kind: 'text' },
      { label: t('placeFigures.column.commune'), kind: 'text' },
      { label: t('placeFigures.column.admittedOn'), kind: 'date' },
    ],
    rows: places.residential.firstMembers.map((item) => [
      item.name,
      communeName(item.communeId),
      item.admittedOn,
    ]),
  };
}

function schoolsTable(
  places: PlaceFigures,
  unitName: (id: string) => string,
  { t }: ReportFormat,
): ReportTable {
  const { schools } = places;
  const rows: ReportCell[][] = schools.rows.map((row) => [
    row.name,
    unitName(row.unitId),
    row.grade12Students,
    row.sourced,
    row.certified,
    row.admitted,
    oneDecimal(row.perThousand),
  ]);
  rows.push([
    t('placeFigures.row.total'),
    '',
    schools.grade12Students,
    schools.sourced,
    schools.certified,
    schools.admitted,
    oneDecimal(schools.perThousand),
  ]);
  return {
    id: 'placesSchools',
    title: t('placeFigures.table.schools.title'),
    sheetName: t('placeFigures.table.schools.sheet'),
    columns: [
      { label: t('placeFigures.column.school'), kind: 'text' },
      { label: t('placeFigures.column.unit'), kind: 'text' },
      { label: t('placeFigures.column.grade12'), kind: 'count' },
      { label: t('placeFigures.column.sourced'), kind: 'count' },
      { label: t('placeFigures.column.certified'), kind: 'count' },
      { label: t('placeFigures.column.admitted'), kind: 'count' },
      { label: t('placeFigures.column.perThousandStudents'), kind: 'decimal' },
    ],
    rows,
    strongRows: [rows.length - 1],
    note: t('placeFigures.table.schools.note'),
  };
}

function enterpriseRow(label: string, group: EnterpriseGroup): ReportCell[] {
  return [
    label,
    group.count,
    group.withOrganisation.count,
    { ratio: group.withOrganisation.ratio },
    group.withOwn.count,
    group.withTradeUnion.count,
    group.workers,
    group.partyMembers,
    oneDecimal(group.membersPerThousand),
  ];
}

function enterprisesTable(places: PlaceFigures, { t, number }: ReportFormat): ReportTable {
  const { enterprises } = places;
  const heading = (label: string): ReportCell[] => [label, '', '', '', '', '', '', '', ''];
  const rows: ReportCell[][] = [
    enterpriseRow(t('placeFigures.table.enterprises.all'), enterprises.all),
    heading(t('placeFigures.table.enterprises.bySector')),
    ...SECTOR_KEYS.map((key) =>
      enterpriseRow(t(`placeFigures.sector.${key}`), enterprises.bySector[key]),
    ),
    heading(t('placeFigures.table.enterprises.bySize')),
    ...SIZE_BANDS.map((band) =>
      enterpriseRow(t(`placeFigures.size.${band}`), enterprises.bySize[band]),
    ),
  ];
  const { admitted } = enterprises;
  return {
    id: 'placesEnterprises',
    title: t('placeFigures.table.enterprises.title'),
    sheetName: t('placeFigures.table.enterprises.sheet'),
    columns: [
      { label: t('placeFigures.column.item'), kind: 'text' },
      { label: t('placeFigures.column.enterprises'), kind: 'count' },
      { label: t('placeFigures.column.withOrganisation'), kind: 'count' },
      { label: t('placeFigures.column.share'), kind: 'ratio' },
      { label: t('placeFigures.column.withOwn'), kind: 'count' },
      { label: t('placeFigures.column.tradeUnion'), kind: 'count' },
      { label: t('placeFigures.column.workers'), kind: 'count' },
      { label: t('placeFigures.column.partyMembers'), kind: 'count' },
      { label: t('placeFigures.column.perThousandWorkers'), kind: 'decimal' },
    ],
    rows,
    strongRows: [0, 1, 2 + SECTOR_KEYS.length],
    note: t('placeFigures.enterprises.admitted', {
      total: number(admitted.total),
      worker: number(admitted.worker),
      manager: number(admitted.manager),
      other: number(admitted.other),
    }),
  };
}

function largestTable(
  places: PlaceFigures,
  unitName: (id: string) => string,
  { t }: ReportFormat,
): ReportTable {
  return {
    id: 'placesLargest',
    title: t('placeFigures.table.largest.title'),
    sheetName: t('placeFigures.table.largest.sheet'),
    columns: [
      { label: t('placeFigures.column.enterprise'), kind: 'text' },
      { label: t('placeFigures.column.unit'), kind: 'text' },
      { label: t('placeFigures.column.sector'), kind: 'text' },
      { label: t('placeFigures.column.workers'), kind: 'count' },
    ],
    rows: places.enterprises.largestWithout.map((item) => [
      item.name,
      unitName(item.unitId),
      t(`placeFigures.sector.${item.sector}`),
      item.workers,
    ]),
  };
}

/** The tables on the places: those of each kind the view holds, lists only when not empty. */
export function placeTables(
  places: PlaceFigures,
  unitName: (id: string) => string,
  fmt: ReportFormat,
): ReportTable[] {
  const communeName = (id: string | null) =>
    id ? unitName(id) : fmt.t('placeFigures.commune.unknown');
  const tables: ReportTable[] = [];
  const { residential, schools, enterprises } = places;
  if (residential.total > 0) {
    tables.push(residentialTable(places, fmt));
    if (residential.withoutMember.length > 0) {
      tables.push(withoutMemberTable(places, communeName, fmt));
    }
    if (residential.firstMembers.length > 0) {
      tables.push(firstMembersTable(places, communeName, fmt));
    }
  }
  if (schools.total > 0) tables.push(schoolsTable(places, unitName, fmt));
  if (enterprises.all.count > 0) {
    tables.push(enterprisesTable(places, fmt));
    if (enterprises.largestWithout.length > 0) tables.push(largestTable(places, unitName, fmt));
  }
  return tables;
}
