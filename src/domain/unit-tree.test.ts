import { describe, expect, it } from 'vitest';
import { buildUnit } from '../../test/builders';
import type { Unit } from './entities';
import { childrenIndex, currentCarrier, flattenTree, pathTo, subtreeIdsOf } from './unit-tree';

// Tỉnh ủy → Đảng bộ xã Tân Lập → chi bộ thôn Đông, chi bộ thôn Bắc; Đảng bộ phường An Hòa → chi bộ khu phố 1.
function tree() {
  const province = buildUnit({ name: 'Tỉnh ủy', kind: 'province' });
  const commune = buildUnit({ name: 'Đảng bộ xã Tân Lập', kind: 'upper', parentId: province.id });
  const east = buildUnit({ name: 'Chi bộ thôn Đông', parentId: commune.id });
  const north = buildUnit({ name: 'Chi bộ thôn Bắc', parentId: commune.id });
  const ward = buildUnit({ name: 'Đảng bộ phường An Hòa', kind: 'upper', parentId: province.id });
  const block = buildUnit({ name: 'Chi bộ khu phố 1', parentId: ward.id });
  return {
    province,
    commune,
    east,
    north,
    ward,
    block,
    all: [province, commune, east, north, ward, block],
  };
}

describe('subtreeIdsOf', () => {
  it('holds a unit and everything below it', () => {
    const t = tree();
    expect(subtreeIdsOf(t.all, t.commune.id)).toEqual(
      new Set([t.commune.id, t.east.id, t.north.id]),
    );
    expect(subtreeIdsOf(t.all, t.province.id).size).toBe(6);
    expect(subtreeIdsOf(t.all, t.block.id)).toEqual(new Set([t.block.id]));
  });

  it('keeps closed units in the subtree: they keep their history', () => {
    const t = tree();
    const closed = buildUnit({ parentId: t.commune.id, closedOn: '2025-07-01' });
    expect(subtreeIdsOf([...t.all, closed], t.commune.id).has(closed.id)).toBe(true);
  });

  it('stops on a cycle instead of looping', () => {
    const a = buildUnit();
    const b = buildUnit({ parentId: a.id });
    a.parentId = b.id;
    expect(subtreeIdsOf([a, b], a.id)).toEqual(new Set([a.id, b.id]));
  });

  it('returns just the root for an unknown id', () => {
    expect(subtreeIdsOf(tree().all, 'nope')).toEqual(new Set(['nope']));
  });
});

describe('pathTo', () => {
  it('runs from the root down to the unit', () => {
    const t = tree();
    expect(pathTo(t.all, t.north.id).map((unit) => unit.name)).toEqual([
      'Tỉnh ủy',
      'Đảng bộ xã Tân Lập',
      'Chi bộ thôn Bắc',
    ]);
    expect(pathTo(t.all, 'nope')).toEqual([]);
  });

  it('survives a cycle', () => {
    const a = buildUnit();
    const b = buildUnit({ parentId: a.id });
    a.parentId = b.id;
    expect(pathTo([a, b], b.id).map((unit) => unit.id)).toEqual([a.id, b.id]);
  });
});

describe('childrenIndex', () => {
  it('groups units by parent', () => {
    const t = tree();
    const index = childrenIndex(t.all);
    expect(index.get(null)).toEqual([t.province]);
    expect(index.get(t.commune.id)).toEqual([t.east, t.north]);
  });
});

describe('currentCarrier', () => {
  it('is the unit itself while open', () => {
    const unit = buildUnit();
    expect(currentCarrier([unit], unit.id)).toBe(unit.id);
  });

  it('follows a merger chain to the open unit', () => {
    // 2025: the district committee closed into the commune committee, which merged again.
    const last = buildUnit({ name: 'Đảng bộ xã Tân Lập mới' });
    const middle = buildUnit({ closedOn: '2025-07-01', successorId: last.id });
    const first = buildUnit({ closedOn: '2024-01-01', successorId: middle.id });
    const units: Unit[] = [first, middle, last];
    expect(currentCarrier(units, first.id)).toBe(last.id);
    expect(currentCarrier(units, middle.id)).toBe(last.id);
  });

  it('stops at a closed unit without successor, a missing successor, or a loop', () => {
    const closed = buildUnit({ closedOn: '2025-07-01' });
    expect(currentCarrier([closed], closed.id)).toBe(closed.id);
    const dangling = buildUnit({ closedOn: '2025-07-01', successorId: 'gone' });
    expect(currentCarrier([dangling], dangling.id)).toBe('gone');
    const a = buildUnit({ closedOn: '2025-07-01' });
    const b = buildUnit({ closedOn: '2025-07-01', successorId: a.id });
    a.successorId = b.id;
    expect([a.id, b.id]).toContain(currentCarrier([a, b], a.id));
  });
});

describe('flattenTree', () => {
  it('lists depth first, children in Vietnamese order, with their depth', () => {
    const t = tree();
    expect(flattenTree(t.all).map(({ unit, depth }) => `${depth} ${unit.name}`)).toEqual([
      '0 Tỉnh ủy',
      '1 Đảng bộ phường An Hòa',
      '2 Chi bộ khu phố 1',
      '1 Đảng bộ xã Tân Lập',
      '2 Chi bộ thôn Bắc',
      '2 Chi bộ thôn Đông',
    ]);
  });

  it('starts at a given root, and treats units with a missing parent as roots', () => {
    const t = tree();
    expect(
      flattenTree(t.all, t.commune.id).map(({ unit, depth }) => `${depth} ${unit.name}`),
    ).toEqual(['0 Đảng bộ xã Tân Lập', '1 Chi bộ thôn Bắc', '1 Chi bộ thôn Đông']);
    const orphan = buildUnit({ name: 'Chi bộ lẻ', parentId: 'gone' });
    expect(flattenTree([orphan]).map(({ unit }) => unit.name)).toEqual(['Chi bộ lẻ']);
  });
});
