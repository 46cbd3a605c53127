// The report's paragraph on the places, in the province's words: "Toàn tỉnh có 1.718 thôn, tổ dân
// phố, trong đó 1.702 có chi bộ riêng (99,1%); còn 3 thôn, tổ dân phố chưa có đảng viên (…). …
// Có 6.712 doanh nghiệp ngoài nhà nước, trong đó 128 có tổ chức đảng (1,9%) …". Pure: the figures
// come from computePlaceFigures (domain/place-figures.ts, where each is defined), the words from
// the messages.
import type { Unit } from '@/domain/entities';
import {
  ORGANISATION_KEYS,
  SECTOR_KEYS,
  type PlaceFigures,
  type ResidentialFigures,
} from '@/domain/place-figures-types';
import type { ReportFormat } from './report-text';

/** Places named in a sentence before "và N nơi khác": a paragraph, not a table. */
const PLACES_IN_SENTENCE = 8;
/** Enterprises named as the largest without a party organisation. */
const LARGEST_IN_SENTENCE = 3;

/**
 * Who the paragraph speaks of: "Toàn tỉnh" for the province, "Toàn xã"/"Toàn phường" for a
 * commune's or ward's committee, "Toàn huyện" for a district's, else the unit's own name.
 */
export function placeSubject(unit: Pick<Unit, 'name' | 'kind' | 'sector'>, fmt: ReportFormat) {
  const { t } = fmt;
  if (unit.kind === 'province') return t('placeFigures.report.subject.province');
  const committee = unit.kind !== 'cell' && unit.kind !== 'sub_committee';
  if (committee && unit.sector === 'commune') return t('placeFigures.report.subject.commune');
  if (committee && unit.sector === 'ward') return t('placeFigures.report.subject.ward');
  if (unit.kind === 'upper' && /(^|\s)huyện(\s|$)/iu.test(unit.name)) {
    return t('placeFigures.report.subject.district');
  }
  return unit.name;
}

function namesIn(names: string[], fmt: ReportFormat): string {
  const shown = names.slice(0, PLACES_IN_SENTENCE);
  const rest = names.length - shown.length;
  if (rest === 0) return shown.join(', ');
  return fmt.t('placeFigures.report.namesAndOthers', {
    names: shown.join(', '),
    count: fmt.number(rest),
  });
}

/** "A, B và C". */
function andList(names: string[], fmt: ReportFormat): string {
  if (names.length <= 1) return names.join('');
  return fmt.t('reports.text.namesAnd', {
    names: names.slice(0, -1).join(', '),
    last: names[names.length - 1] ?? '',
  });
}

function residentialSentence(
  residential: ResidentialFigures,
  subject: string,
  communeName: (id: string | null) => string,
  fmt: ReportFormat,
): string {
  const { t, number, percent } = fmt;
  const organisation = ORGANISATION_KEYS.filter((key) => residential.organisation[key].count > 0)
    .map((key) =>
      t(`placeFigures.report.organisation.${key}`, {
        count: number(residential.organisation[key].count),
        percent: percent(residential.organisation[key].ratio),
      }),
    )
    .join(', ');
  const placeIn = (item: { name: string; communeId: string | null }) =>
    t('placeFigures.report.placeIn', { place: item.name, commune: communeName(item.communeId) });
  const clauses = [
    t('placeFigures.report.residential', {
      subject,
      total: number(residential.total),
      organisation,
    }),
    residential.withoutMember.length > 0
      ? t('placeFigures.report.withoutMember', {
          count: number(residential.withoutMember.length),
          names: namesIn(residential.withoutMember.map(placeIn), fmt),
        })
      : t('placeFigures.report.withoutMember.none'),
  ];
  if (residential.firstMembers.length > 0) {
    clauses.push(
      t('placeFigures.report.firstMembers', {
        count: number(residential.firstMembers.length),
        names: namesIn(residential.firstMembers.map(placeIn), fmt),
      }),
    );
  }
  return `${clauses.join('; ')}.`;
}

function schoolSentence(places: PlaceFigures, fmt: ReportFormat): string {
  const { t, number } = fmt;
  const { schools } = places;
  let text = t('placeFigures.report.schools', {
    schools: number(schools.total),
    students: number(schools.grade12Students),
    sourced: number(schools.sourced),
    certified: number(schools.certified),
    admitted: number(schools.admitted),
  });
  if (schools.perThousand !== null) {
    text += ` (${t('placeFigures.report.schools.rate', { perThousand: number(schools.perThousand) })})`;
  }
  if (schools.withoutAdmission > 0) {
    text += `; ${t('placeFigures.report.schools.without', { count: number(schools.withoutAdmission) })}`;
  }
  return `${text}.`;
}

function enterpriseSentence(places: PlaceFigures, fmt: ReportFormat): string {
  const { t, number, percent } = fmt;
  const { enterprises } = places;
  const sectors = SECTOR_KEYS.filter((key) => enterprises.bySector[key].count > 0).map((key) => {
    const group = enterprises.bySector[key];
    const counted = t(`placeFigures.report.sector.${key}`, { count: number(group.count) });
    return group.withOrganisation.count === 0
      ? t('placeFigures.report.sectorWithNone', { enterprises: counted })
      : t('placeFigures.report.sectorWith', {
          enterprises: counted,
          with: number(group.withOrganisation.count),
          percent: percent(group.withOrganisation.ratio),
        });
  });
  const clauses = [t('placeFigures.report.enterprises', { list: sectors.join('; ') })];
  const { all, admitted } = enterprises;
  if (all.workers > 0) {
    clauses.push(
      t('placeFigures.report.enterprises.members', {
        workers: number(all.workers),
        members: number(all.partyMembers),
        perThousand: number(all.membersPerThousand),
        unions: number(all.withTradeUnion.count),
      }),
    );
  }
  if (admitted.total > 0) {
    clauses.push(
      t('placeFigures.report.enterprises.admitted', {
        total: number(admitted.total),
        worker: number(admitted.worker),
        manager: number(admitted.manager),
      }),
    );
  }
  if (all.withoutOrganisation.count > 0) {
    const largest = enterprises.largestWithout.slice(0, LARGEST_IN_SENTENCE).map((item) =>
      item.workers === null
        ? item.name
        : t('placeFigures.report.enterpriseSize', {
            name: item.name,
            workers: number(item.workers),
          }),
    );
    clauses.push(
      t('placeFigures.report.enterprises.largest', {
        count: number(all.withoutOrganisation.count),
        names: andList(largest, fmt),
      }),
    );
  }
  return `${clauses.join('; ')}.`;
}

/**
 * The paragraph on the places of a unit's subtree, one sentence per kind that has any; null when
 * the view holds no place.
 */
export function placeParagraph(
  places: PlaceFigures,
  unit: Pick<Unit, 'name' | 'kind' | 'sector'>,
  unitName: (id: string) => string,
  fmt: ReportFormat,
): string | null {
  if (places.places === 0) return null;
  const communeName = (id: string | null) =>
    id ? unitName(id) : fmt.t('placeFigures.commune.unknown');
  const sentences: string[] = [];
  if (places.residential.total > 0) {
    sentences.push(
      residentialSentence(places.residential, placeSubject(unit, fmt), communeName, fmt),
    );
  }
  if (places.schools.total > 0) sentences.push(schoolSentence(places, fmt));
  if (places.enterprises.all.count > 0) sentences.push(enterpriseSentence(places, fmt));
  return sentences.join(' ');
}
