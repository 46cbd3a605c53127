import { describe, expect, it } from 'vitest';
import type { QualityItem } from '@/domain/quality-report';
import { makeI18n } from '@/i18n/i18n';
import { registerMessages } from '@/i18n/messages';
import { laterAreas } from '@/i18n/messages/later';
import { exportRows, reasonText, targetHref } from './quality-text';

registerMessages(laterAreas);
const vi = makeI18n('vi');

const person: QualityItem = {
  check: 'ageAtVote',
  unitId: 'u1',
  target: { kind: 'person', id: 'p1', label: 'Hoàng Thị Duyên' },
  detail: ['under', '215', '2026-08-01'],
};
const pair: QualityItem = {
  check: 'duplicateNationalId',
  unitId: 'u1',
  target: { kind: 'pair', a: 'p1', b: 'p2', aLabel: 'An', bLabel: 'Bình' },
  detail: [],
};

describe('the words and links of a finding', () => {
  it('says the reason in Vietnamese and links the record to correct', () => {
    expect(reasonText(person, vi)).toBe(
      'Chưa đủ 18 tuổi khi chi bộ xét ngày 01/08/2026 (215 tháng tuổi)',
    );
    expect(targetHref(person)).toBe('/people/p1');
    expect(targetHref(pair)).toBe('/quality/merge?a=p1&b=p2');
    expect(
      reasonText(
        { ...person, check: 'milestoneOrder', detail: ['before', 'admittedOn', 'decisionOn'] },
        vi,
      ),
    ).toBe('Lễ kết nạp (ngày vào Đảng) trước Quyết định kết nạp');
  });

  it('exports one row per finding after a header, with the code and the full link', () => {
    const rows = exportRows([person, pair], vi, () => 'Chi bộ An Đông', 'https://ptdv.example');
    expect(rows).toHaveLength(3);
    expect(rows[2]?.slice(0, 3)).toEqual(['KT01', 'Trùng số CCCD', 'Lỗi']);
    expect(rows[2]?.[6]).toBe('https://ptdv.example/quality/merge?a=p1&b=p2');
  });
});
