import { describe, expect, it } from 'vitest';
import type { UnitEvent } from '@/db/schema';
import { makeI18n } from '@/i18n/i18n';
import { describeUnitEvent } from './unit-history';

const names: Record<string, string> = { a: 'Chi bộ thôn Đông', b: 'Đảng bộ xã Tân Lập' };
const unitName = (id: string | null | undefined) => (id ? (names[id] ?? '—') : '—');
const vi = makeI18n('vi');

function event(kind: UnitEvent['kind'], changes: UnitEvent['changes']): UnitEvent {
  return { id: 'e', unitId: 'u', at: '2026-11-28T02:00:00.000Z', kind, changes };
}

describe('unit history in words', () => {
  it('names a rename with the old and new name, and other changes below it', () => {
    expect(
      describeUnitEvent(
        event('renamed', { name: ['Chi bộ A', 'Chi bộ B'], kind: ['cell', 'grassroots_cell'] }),
        vi,
        unitName,
      ),
    ).toEqual({
      headline: 'Đổi tên: Chi bộ A → Chi bộ B',
      details: ['Loại: Chi bộ trực thuộc → Chi bộ cơ sở'],
    });
  });

  it('names the successor and the date of a closure', () => {
    const closed = event('closed', {
      closedOn: [null, '2025-07-01'],
      successorId: [null, 'a'],
    });
    expect(describeUnitEvent(closed, vi, unitName).headline).toBe(
      'Giải thể/sáp nhập ngày 01/07/2025 vào Chi bộ thôn Đông',
    );
    const dissolved = event('closed', {
      closedOn: [null, '2025-07-01'],
      successorId: [null, null],
    });
    expect(describeUnitEvent(dissolved, vi, unitName).headline).toBe('Giải thể ngày 01/07/2025');
  });

  it('names parents of a move and the creation name', () => {
    expect(describeUnitEvent(event('moved', { parentId: ['b', 'a'] }), vi, unitName).headline).toBe(
      'Chuyển trực thuộc: Đảng bộ xã Tân Lập → Chi bộ thôn Đông',
    );
    expect(
      describeUnitEvent(event('created', { name: [null, 'Chi bộ thôn Đông'] }), vi, unitName),
    ).toEqual({ headline: 'Thành lập với tên “Chi bộ thôn Đông”', details: [] });
  });

  it('lists every change of an edit, with empty values as a dash', () => {
    expect(
      describeUnitEvent(event('edited', { sector: [null, 'commune'] }), vi, unitName).details,
    ).toEqual(['Lĩnh vực: — → Xã']);
  });
});
