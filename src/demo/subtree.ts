// The grassroots units and cells under one upper unit of the demo province, named as such units
// are in a commune, a ward, the provincial agencies, the armed forces or the enterprises.
import type { UnitSector } from '@/domain/code-lists';
import type { Unit } from '@/domain/entities';
import { ENTERPRISES, SCHOOLS, VILLAGES } from './names';
import { pad } from './options';
import type { Draw } from './random';

export type UpperKind = 'commune' | 'ward' | 'agency' | 'armed' | 'enterprise';

export interface UnitFactory {
  add(
    fields: Omit<Unit, 'id' | 'updatedAt' | 'sector' | 'openedOn' | 'closedOn' | 'successorId'> &
      Partial<Pick<Unit, 'sector' | 'openedOn' | 'closedOn' | 'successorId'>>,
  ): Unit;
}

// prettier-ignore
const AGENCY_CELLS = [
  'Tư pháp', 'Công Thương', 'Y tế', 'Giáo dục và Đào tạo', 'Tài chính', 'Xây dựng',
];
// prettier-ignore
const AGENCY_COMMITTEES = [
  'Nội vụ', 'Nông nghiệp và Môi trường', 'Khoa học và Công nghệ', 'Văn hóa, Thể thao và Du lịch',
];

/** A chi bộ cơ sở's sector: a school's in a commune or a ward. */
const DIRECT_CELL_SECTOR: Record<UpperKind, UnitSector> = {
  enterprise: 'non_state_enterprise',
  agency: 'state_agency',
  armed: 'armed_forces',
  commune: 'school',
  ward: 'school',
};

function directCellName(draw: Draw, kind: UpperKind, g: number, place: string): string {
  switch (kind) {
    case 'enterprise':
      return `Chi bộ ${draw.pick(ENTERPRISES)}`;
    case 'agency':
      return `Chi bộ Sở ${draw.pick(AGENCY_CELLS)}`;
    case 'armed':
      return `Chi bộ Đại đội ${g}`;
    default:
      return `Chi bộ ${draw.pick(SCHOOLS)} ${place}`;
  }
}

function committeeName(draw: Draw, kind: UpperKind, g: number): string {
  switch (kind) {
    case 'armed':
      return `Đảng bộ Tiểu đoàn ${g}`;
    case 'agency':
      return `Đảng bộ Sở ${draw.pick(AGENCY_COMMITTEES)}`;
    case 'enterprise':
      return `Đảng bộ ${draw.pick(ENTERPRISES)}`;
    default:
      return `Đảng bộ cụm ${VILLAGES[(g - 1) % VILLAGES.length]}`;
  }
}

function cellName(kind: UpperKind, g: number, c: number): string {
  switch (kind) {
    case 'ward':
      return `Chi bộ tổ dân phố số ${c}`;
    case 'commune':
      return `Chi bộ thôn ${VILLAGES[(g * 7 + c) % VILLAGES.length]}${c > VILLAGES.length ? ` ${c}` : ''}`;
    case 'armed':
      return `Chi bộ Trung đội ${c}`;
    default:
      return `Chi bộ phòng ${c}`;
  }
}

/** Grassroots units and their cells under an upper unit; returns the leaves. */
export function buildSubtree(
  draw: Draw,
  factory: UnitFactory,
  upper: Unit,
  kind: UpperKind,
  cells: number,
  place: string,
  closedOn: string | null,
): Unit[] {
  const leaves: Unit[] = [];
  const grassroots = Math.max(1, Math.round(Math.sqrt(cells)));
  const perGrassroots = Math.max(1, Math.ceil(cells / grassroots));
  const extra = closedOn ? { closedOn } : {};
  for (let g = 1; g <= grassroots; g += 1) {
    const code = `${upper.code}.${pad(g)}`;
    if (perGrassroots === 1 || draw.chance(0.25)) {
      // A chi bộ cơ sở: a grassroots unit without cells, people filed directly under it.
      const name = directCellName(draw, kind, g, place);
      const sector = DIRECT_CELL_SECTOR[kind];
      leaves.push(
        factory.add({ code, name, kind: 'grassroots_cell', parentId: upper.id, sector, ...extra }),
      );
      continue;
    }
    const committee = factory.add({
      code,
      name: committeeName(draw, kind, g),
      kind: 'grassroots_committee',
      parentId: upper.id,
      sector: kind === 'ward' ? 'ward' : kind === 'commune' ? 'commune' : null,
      ...extra,
    });
    for (let c = 1; c <= perGrassroots; c += 1) {
      leaves.push(
        factory.add({
          code: `${code}.${pad(c)}`,
          name: cellName(kind, g, c),
          kind: 'cell',
          parentId: committee.id,
          ...extra,
        }),
      );
    }
  }
  return leaves;
}
