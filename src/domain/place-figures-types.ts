// The shape of the places' figures (place-figures.ts computes them; its header defines each one).
// The dashboard's section "Nguồn và địa bàn" and the report's paragraph and tables only render
// them. A ratio is a fraction (0.991), or null where it has no meaning (a division by zero).
import type { EnterpriseSector, PartyOrganisation } from './code-lists';
import type { IsoDate } from './dates';
import type { Place, PlaceFigure } from './entities';
import type { Period, Share } from './indicator-types';
import type { PlaceStatsBlock } from './place-stats';

/** What the places' figures are computed from: never the people, only their aggregate. */
export interface PlaceData {
  places: readonly Place[];
  placeFigures: readonly PlaceFigure[];
  placeStats: readonly PlaceStatsBlock[];
}

/** A place's party organisation, with "unknown" for no figure or a null one. */
export const ORGANISATION_KEYS = ['own', 'shared', 'none', 'unknown'] as const;
export type OrganisationKey = PartyOrganisation | 'unknown';

export const SECTOR_KEYS = ['non_state', 'fdi', 'state', 'unknown'] as const;
export type SectorKey = EnterpriseSector | 'unknown';

/** An enterprise's size by its workers: under 10, 10–49, 50–199, 200 and more, unknown. */
export const SIZE_BANDS = ['under10', 'from10to49', 'from50to199', 'from200', 'unknown'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** A place named in a list: its id, its name, the unit that answers for it. */
export interface PlaceRef {
  placeId: string;
  name: string;
  unitId: string;
}

export interface ResidentialWithoutMember extends PlaceRef {
  /** The commune or ward the place lies in (its unit or that unit's nearest such ancestor). */
  communeId: string | null;
  /** The year of the figure that says it has no party member. */
  year: number;
}

export interface ResidentialFirstMember extends PlaceRef {
  communeId: string | null;
  /** The day of the first admission (within the period). */
  admittedOn: IsoDate;
  /** The year of the figure that said the place had no party member. */
  sinceYear: number;
}

export interface ResidentialFigures {
  /** Residential areas that count for the view. */
  total: number;
  /** Of them, those with no figure of the period's years. */
  noFigures: number;
  /** By party organisation, share of every residential area. */
  organisation: Record<OrganisationKey, Share>;
  /** Without a party member, by commune then name. */
  withoutMember: ResidentialWithoutMember[];
  /** That received their first member in the period, by day then name. */
  firstMembers: ResidentialFirstMember[];
}

export interface SchoolRow extends PlaceRef {
  /** From the figure used; null when it has none or the figure is blank. */
  grade12Students: number | null;
  /** People of the school who entered the source in the period. */
  sourced: number;
  /** … got the awareness-class certificate in the period. */
  certified: number;
  /** … were admitted in the period. */
  admitted: number;
  /** admitted per 1,000 grade-12 students; null without grade-12 students. */
  perThousand: number | null;
}

export interface SchoolFigures {
  total: number;
  noFigures: number;
  grade12Students: number;
  sourced: number;
  certified: number;
  admitted: number;
  /** Every school's admitted per 1,000 of every school's grade-12 students; null without any. */
  perThousand: number | null;
  /** Schools that admitted no one in the period. */
  withoutAdmission: number;
  /** Every school, by name. */
  rows: SchoolRow[];
}

/** The enterprises of a group (all, one sector, one size band). */
export interface EnterpriseGroup {
  count: number;
  /** With a party organisation of their own or a shared one. */
  withOrganisation: Share;
  withOwn: Share;
  /** The figure says `none`. */
  withoutOrganisation: Share;
  /** No figure, or its party organisation is null. */
  unknownOrganisation: number;
  withTradeUnion: Share;
  /** Sum of the figures' workers (blank figures add nothing). */
  workers: number;
  /** Sum of the figures' party members (blank figures add nothing). */
  partyMembers: number;
  /** partyMembers per 1,000 workers; null without workers. */
  membersPerThousand: number | null;
}

export interface LargeEnterprise extends PlaceRef {
  sector: SectorKey;
  workers: number | null;
}

export interface EnterpriseFigures {
  all: EnterpriseGroup;
  noFigures: number;
  bySector: Record<SectorKey, EnterpriseGroup>;
  bySize: Record<SizeBand, EnterpriseGroup>;
  /** People of enterprises admitted in the period, by occupation class. */
  admitted: { total: number; worker: number; manager: number; other: number };
  /** The largest enterprises without a party organisation, by workers: the first ten. */
  largestWithout: LargeEnterprise[];
}

/** One direct child of the viewed unit (or the unit itself, for the places it holds directly). */
export interface PlaceUnitRow {
  unitId: string;
  residential: number;
  residentialOwn: Share;
  residentialWithoutMember: number;
  schools: number;
  grade12Students: number;
  schoolAdmitted: number;
  schoolPerThousand: number | null;
  enterprises: number;
  enterprisesWithOrganisation: Share;
}

export interface PlaceFigures {
  rootUnitId: string;
  period: Period;
  /** Places that count for the view, every kind. */
  places: number;
  residential: ResidentialFigures;
  schools: SchoolFigures;
  enterprises: EnterpriseFigures;
  /** Direct children first (in the view's order), then the unit itself when it holds places. */
  perUnit: PlaceUnitRow[];
}
