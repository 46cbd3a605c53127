// Exchange documents for tests: a small party tree and version-1 files built from the shared
// builders, as plain JSON objects (what another tool would write), with overrides.
import type {
  MemberCount,
  Person,
  Target,
  Tombstone,
  TrainingClass,
  Unit,
} from '../src/domain/entities';
import { buildUnit, testId } from './builders';

export interface RawDocument {
  format: string;
  version: number;
  exportId: string;
  exportedAt: string;
  source: { unitId: string; unitCode: string; unitName: string; app: string };
  scope: { type: 'full' } | { type: 'changes'; since: string };
  units: Unit[];
  people: Person[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
  deleted: Tombstone[];
  [member: string]: unknown;
}

/** Tỉnh ủy → Huyện ủy → Đảng ủy xã → two chi bộ; and a second district with one commune. */
export function buildTree() {
  const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy Tân Sơn', kind: 'province' });
  const district = buildUnit({
    code: 'HU01',
    name: 'Huyện ủy Bắc Hà',
    kind: 'upper',
    parentId: province.id,
  });
  const commune = buildUnit({
    code: 'X0101',
    name: 'Đảng ủy xã Tân Lập',
    kind: 'grassroots_committee',
    sector: 'commune',
    parentId: district.id,
  });
  const cellA = buildUnit({ code: 'CB01', name: 'Chi bộ thôn Đồng Tâm', parentId: commune.id });
  const cellB = buildUnit({ code: 'CB02', name: 'Chi bộ thôn Hòa Bình', parentId: commune.id });
  const otherDistrict = buildUnit({
    code: 'HU02',
    name: 'Huyện ủy Nam Giang',
    kind: 'upper',
    parentId: province.id,
  });
  const otherCommune = buildUnit({
    code: 'X0201',
    name: 'Đảng ủy xã Quang Minh',
    kind: 'grassroots_committee',
    parentId: otherDistrict.id,
  });
  return { province, district, commune, cellA, cellB, otherDistrict, otherCommune };
}

export type Tree = ReturnType<typeof buildTree>;

export function treeUnits(tree: Tree): Unit[] {
  return Object.values(tree);
}

/** A version-1 document from `sourceUnit`, with empty arrays unless given. */
export function rawDocument(
  sourceUnit: Pick<Unit, 'id' | 'code' | 'name'>,
  overrides: Partial<RawDocument> = {},
): RawDocument {
  return {
    format: 'ptdv-exchange',
    version: 1,
    exportId: testId(9),
    exportedAt: '2026-11-20T09:00:00+07:00',
    source: {
      unitId: sourceUnit.id,
      unitCode: sourceUnit.code,
      unitName: sourceUnit.name,
      app: 'Test tool 1.0',
    },
    scope: { type: 'full' },
    units: [],
    people: [],
    classes: [],
    targets: [],
    memberCounts: [],
    deleted: [],
    ...overrides,
  };
}

export function toText(document: unknown): string {
  return JSON.stringify(document, null, 1);
}
