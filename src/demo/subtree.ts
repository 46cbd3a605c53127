// The grassroots units and cells under one upper unit of the demo province, named as such units
// are in a commune, a ward, the provincial agencies, the armed forces or the enterprises.
import type { EnterpriseSector, UnitSector } from '@/domain/code-lists';
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

/** A chi bộ cơ sở's sector: a school's in a commune or a ward (an enterprise's, its own). */
const DIRECT_CELL_SECTOR: Record<UpperKind, UnitSector> = {
  enterprise: 'non_state_enterprise',
  agency: 'state_agency',
  armed: 'armed_forces',
  commune: 'school',
  ward: 'school',
};

/** The unit sector of an enterprise's own party organisation. */
export const ENTERPRISE_UNIT_SECTOR: Record<EnterpriseSector, UnitSector> = {
  non_state: 'non_state_enterprise',
  fdi: 'fdi_enterprise',
  state: 'state_enterprise',
};

/**
 * An enterprise of the enterprises' committee not named yet under this upper unit: one draw, as
 * `draw.pick` (so the tree's stream, and its ids, stay those of every earlier drawing), then the
 * next name along the list while the one drawn is taken.
 */
function enterpriseOf(draw: Draw, used: Set<number>) {
  const drawn = Math.floor(draw.next() * ENTERPRISES.length);
  let index = drawn;
  for (let step = 0; step < ENTERPRISES.length && used.has(index); step += 1) {
    index = (drawn + step + 1) % ENTERPRISES.length;
  }
  used.add(index);
  const [name, sector] = ENTERPRISES[index] as (typeof ENTERPRISES)[number];
  return { name, sector: ENTERPRISE_UNIT_SECTOR[sector] };
}

interface Named {
  name: string;
  sector: UnitSector | null;
}

function directCell(
  draw: Draw,
  kind: UpperKind,
  g: number,
  place: string,
  used: Set<number>,
): Named {
  const sector = DIRECT_CELL_SECTOR[kind];
  switch (kind) {
    case 'enterprise': {
      const enterprise = enterpriseOf(draw, used);
      return { name: `Chi bộ ${enterprise.name}`, sector: enterprise.sector };
    }
    case 'agency':
      return { name: `Chi bộ Sở ${draw.pick(AGENCY_CELLS)}`, sector };
    case 'armed':
      return { name: `Chi bộ Đại đội ${g}`, sector };
    default:
      return { name: `Chi bộ ${draw.pick(SCHOOLS)} ${place}`, sector };
  }
}

function committee(draw: Draw, kind: UpperKind, g: number, used: Set<number>): Named {
  switch (kind) {
    case 'armed':
      return { name: `Đảng bộ Tiểu đoàn ${g}`, sector: null };
    case 'agency':
      return { name: `Đảng bộ Sở ${draw.pick(AGENCY_COMMITTEES)}`, sector: null };
    case 'enterprise': {
      const enterprise = enterpriseOf(draw, used);
      return { name: `Đảng bộ ${enterprise.name}`, sector: enterprise.sector };
    }
    default:
      return {
        name: `Đảng bộ cụm ${VILLAGES[(g - 1) % VILLAGES.length]}`,
        sector: kind === 'ward' ? 'ward' : 'commune',
      };
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
  // The enterprises named so far under this upper unit (indexes in ENTERPRISES).
  const used = new Set<number>();
  for (let g = 1; g <= grassroots; g += 1) {
    const code = `${upper.code}.${pad(g)}`;
    if (perGrassroots === 1 || draw.chance(0.25)) {
      // A chi bộ cơ sở: a grassroots unit without cells, people filed directly under it.
      const { name, sector } = directCell(draw, kind, g, place, used);
      leaves.push(
        factory.add({ code, name, kind: 'grassroots_cell', parentId: upper.id, sector, ...extra }),
      );
      continue;
    }
    const { name, sector } = committee(draw, kind, g, used);
    const parent = factory.add({
      code,
      name,
      kind: 'grassroots_committee',
      parentId: upper.id,
      sector,
      ...extra,
    });
    for (let c = 1; c <= perGrassroots; c += 1) {
      leaves.push(
        factory.add({
          code: `${code}.${pad(c)}`,
          name: cellName(kind, g, c),
          kind: 'cell',
          parentId: parent.id,
          ...extra,
        }),
      );
    }
  }
  return leaves;
}
