// Which yearly figures a kind of place has (exchange format, PlaceFigure): the grid shows one
// column per figure of the kind shown, in the order provinces keep them in their spreadsheets.
import type { PlaceKind } from '@/domain/code-lists';
import type { FigureValues } from '@/db/places-repo';

export type FigureField = keyof FigureValues;

/** How a cell is typed: a count, one of the party-organisation words, or yes/no. */
export type CellType = 'count' | 'organisation' | 'boolean';

export const FIELD_TYPES: Record<FigureField, CellType> = {
  households: 'count',
  grade12Students: 'count',
  workers: 'count',
  partyMembers: 'count',
  partyOrganisation: 'organisation',
  tradeUnion: 'boolean',
};

export const FIGURE_COLUMNS: Record<PlaceKind, readonly FigureField[]> = {
  residential: ['households', 'partyMembers', 'partyOrganisation'],
  school: ['grade12Students'],
  enterprise: ['workers', 'partyMembers', 'partyOrganisation', 'tradeUnion'],
};

export { NO_FIGURES } from '@/domain/place-list-rows';

export function isFigureField(value: string): value is FigureField {
  return Object.hasOwn(FIELD_TYPES, value);
}
