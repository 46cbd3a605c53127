import { describe, expect, it } from 'vitest';
import { buildUnit } from '../../test/builders';
import type { Unit } from './entities';
import { buildViewScope } from './indicator-scope';
import { scopeUnitIds } from './indicators';

const closed = (successor: Unit | null, closedOn = '2025-07-01') => ({
  closedOn,
  successorId: successor?.id ?? null,
});

describe('scopeUnitIds and the view tree', () => {
  // Tỉnh ủy → Huyện ủy Đông (closed 2025, merged into xã Tân Lập) → chi bộ thôn Đông (still open);
  // Tỉnh ủy → Đảng bộ xã Tân Lập → chi bộ thôn Bắc; Tỉnh ủy → Đảng bộ phường An Hòa.
  function tree() {
    const province = buildUnit({ name: 'Tỉnh ủy', kind: 'province' });
    const commune = buildUnit({ name: 'Đảng bộ xã Tân Lập', kind: 'upper', parentId: province.id });
    const district = buildUnit({
      name: 'Huyện ủy Đông',
      kind: 'upper',
      parentId: province.id,
      ...closed(commune),
    });
    const eastCell = buildUnit({ name: 'Chi bộ thôn Đông', parentId: district.id });
    const northCell = buildUnit({ name: 'Chi bộ thôn Bắc', parentId: commune.id });
    const ward = buildUnit({ name: 'Đảng bộ phường An Hòa', kind: 'upper', parentId: province.id });
    return {
      province,
      commune,
      district,
      eastCell,
      northCell,
      ward,
      all: [province, commune, district, eastCell, northCell, ward],
    };
  }

  it('counts every unit for the province and names its open direct children', () => {
    const t = tree();
    const scope = buildViewScope(t.all, t.province.id);
    expect(scope.unitIds).toEqual(new Set(t.all.map((unit) => unit.id)));
    expect(new Set(scope.childIds)).toEqual(new Set([t.commune.id, t.ward.id]));
    // The closed district's figures, and those of the cell still filed under it, go to its successor.
    expect(scope.groupOf.get(t.district.id)).toBe(t.commune.id);
    expect(scope.groupOf.get(t.eastCell.id)).toBe(t.commune.id);
    expect(scope.groupOf.get(t.northCell.id)).toBe(t.commune.id);
    expect(scope.groupOf.get(t.ward.id)).toBe(t.ward.id);
    expect(scope.parentOf.get(t.district.id)).toBe(t.commune.id);
  });

  it('counts a closed unit under its successor in the current tree', () => {
    const t = tree();
    expect(scopeUnitIds(t.all, t.commune.id)).toEqual(
      new Set([t.commune.id, t.district.id, t.eastCell.id, t.northCell.id]),
    );
    expect(scopeUnitIds(t.all, t.ward.id)).toEqual(new Set([t.ward.id]));
  });

  it('shows a closed unit on its own: its subtree as it was', () => {
    const t = tree();
    const scope = buildViewScope(t.all, t.district.id);
    expect(scope.unitIds).toEqual(new Set([t.district.id, t.eastCell.id]));
    expect(scope.childIds).toEqual([t.eastCell.id]);
  });

  it('follows a merger chain A → B → C to its open end', () => {
    const province = buildUnit({ kind: 'province' });
    const c = buildUnit({ name: 'C', kind: 'upper', parentId: province.id });
    const b = buildUnit({ name: 'B', kind: 'upper', parentId: province.id, ...closed(c) });
    const a = buildUnit({
      name: 'A',
      kind: 'upper',
      parentId: province.id,
      ...closed(b, '2024-01-01'),
    });
    const all = [province, a, b, c];
    expect(scopeUnitIds(all, c.id)).toEqual(new Set([a.id, b.id, c.id]));
    expect(buildViewScope(all, province.id).childIds).toEqual([c.id]);
    // B viewed on its own holds what had merged into it: A.
    expect(scopeUnitIds(all, b.id)).toEqual(new Set([a.id, b.id]));
    expect(scopeUnitIds(all, a.id)).toEqual(new Set([a.id]));
  });

  it('moves a closed unit to its successor even under another parent', () => {
    const province = buildUnit({ kind: 'province' });
    const upperOne = buildUnit({ kind: 'upper', parentId: province.id });
    const upperTwo = buildUnit({ kind: 'upper', parentId: province.id });
    const successor = buildUnit({ parentId: upperTwo.id });
    const gone = buildUnit({ parentId: upperOne.id, ...closed(successor) });
    const all = [province, upperOne, upperTwo, successor, gone];
    expect(scopeUnitIds(all, upperOne.id)).toEqual(new Set([upperOne.id]));
    expect(scopeUnitIds(all, upperTwo.id)).toEqual(new Set([upperTwo.id, successor.id, gone.id]));
  });

  it('keeps a dissolved unit (closed, no successor) where it was filed', () => {
    const province = buildUnit({ kind: 'province' });
    const upper = buildUnit({ kind: 'upper', parentId: province.id });
    const dissolved = buildUnit({ parentId: upper.id, ...closed(null) });
    const all = [province, upper, dissolved];
    expect(scopeUnitIds(all, upper.id)).toEqual(new Set([upper.id, dissolved.id]));
    expect(scopeUnitIds(all, dissolved.id)).toEqual(new Set([dissolved.id]));
  });

  it('places a unit that succeeded its own parent where the parent sat', () => {
    const province = buildUnit({ kind: 'province' });
    const district = buildUnit({ kind: 'upper', parentId: province.id });
    const commune = buildUnit({ kind: 'upper', parentId: district.id });
    Object.assign(district, closed(commune));
    const all = [province, district, commune];
    const scope = buildViewScope(all, province.id);
    expect(scope.unitIds).toEqual(new Set([province.id, district.id, commune.id]));
    expect(scope.childIds).toEqual([commune.id]);
  });

  it('survives a successor loop without losing or repeating a unit', () => {
    const province = buildUnit({ kind: 'province' });
    const a = buildUnit({ parentId: province.id });
    const b = buildUnit({ parentId: province.id, ...closed(a) });
    Object.assign(a, closed(b));
    const scope = buildViewScope([province, a, b], province.id);
    expect(scope.unitIds).toEqual(new Set([province.id, a.id, b.id]));
    expect(scope.order).toHaveLength(3);
  });

  it('holds only the root for a unit it does not know', () => {
    expect(scopeUnitIds([], 'missing')).toEqual(new Set(['missing']));
  });
});
