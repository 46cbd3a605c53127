// The deadline explanations as a secretary reads them, in both languages.
import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS, deadlinesFor, explainDeadline, type Deadline } from '@/domain/deadlines';
import { holidayLabel, holidaysOf } from '@/domain/holidays';
import { formatDate } from '../format';
import { translate, type Translate } from '../i18n';
import type { Language } from '../language';
import { pipelineEn } from './en/pipeline';
import { pipeline } from './pipeline';

const tables = { vi: pipeline.vi, en: pipelineEn };

const t =
  (language: Language): Translate =>
  (key, params) =>
    translate(language, key, params);
const explain = (deadline: Deadline, language: Language = 'vi') =>
  explainDeadline(deadline, t(language), formatDate);
const deadline = (milestones: Record<string, string>, today: string, kind: Deadline['kind']) => {
  const found = deadlinesFor({ milestones }, today).find((item) => item.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
};

describe('pipeline messages', () => {
  it('name every deadline kind and status, in long and short form', () => {
    for (const language of ['vi', 'en'] as const) {
      const messages = tables[language];
      for (const kind of DEADLINE_KINDS) {
        expect(messages[`pipeline.deadline.${kind}`], kind).toBeTruthy();
        expect(messages[`pipeline.deadline.${kind}.short`], kind).toBeTruthy();
        expect(messages[`pipeline.deadline.${kind}.long`], kind).toBeTruthy();
        expect(messages[`pipeline.explain.from.${kind}`], kind).toBeTruthy();
      }
      for (const status of ['met', 'late', 'upcoming', 'dueSoon', 'overdue'] as const)
        expect(messages[`pipeline.status.${status}`], status).toBeTruthy();
    }
    expect(pipeline.vi['pipeline.status.met']).toBe('Đúng hạn');
    expect(pipeline.vi['pipeline.status.overdue']).toBe('Quá hạn');
  });

  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(pipelineEn).sort()).toEqual(Object.keys(pipeline.vi).sort());
  });

  it('name every holiday of the table in both languages', () => {
    for (const language of ['vi', 'en'] as const)
      for (const year of [2015, 2023, 2026, 2027])
        for (const day of holidaysOf(year)) {
          const label = holidayLabel(day, t(language));
          expect(label).not.toContain('pipeline.');
          if (language === 'vi') expect(label).toBe(day.name);
          else expect(label).toBe(day.nameEn);
        }
  });
});

describe('explainDeadline, in words', () => {
  it('explains a 60-working-day count across Tết', () => {
    const decision = deadline({ cellResolutionOn: '2026-01-12' }, '2026-02-01', 'decision');
    expect(explain(decision)).toBe(
      '60 ngày làm việc kể từ ngày chi bộ ra nghị quyết đề nghị kết nạp (12/01/2026), ' +
        'không tính 26 ngày thứ Bảy, Chủ nhật và 5 ngày nghỉ lễ, Tết ' +
        '(Tết Nguyên đán: 5 ngày, 16/02/2026–20/02/2026): hạn cuối là ngày 13/04/2026. ' +
        'Tính theo Quy định 294-QĐ/TW.',
    );
    expect(explain(decision, 'en')).toBe(
      '60 working days after the chi bộ resolution proposing admission (12/01/2026), ' +
        'not counting 26 Saturdays and Sundays and 5 public holidays ' +
        '(Lunar New Year (Tết): 5 days, 16/02/2026–20/02/2026): due on 13/04/2026. ' +
        'Counted by Regulation 294-QĐ/TW.',
    );
  });

  it('names single holidays and a nghỉ bù, and a count with weekends only', () => {
    const ceremony = deadline(
      { cellResolutionOn: '2026-03-01', decisionOn: '2026-04-24' },
      '2026-04-25',
      'ceremony',
    );
    expect(explain(ceremony)).toContain(
      '3 ngày nghỉ lễ, Tết (Nghỉ bù Giỗ Tổ Hùng Vương 27/04/2026; Ngày Chiến thắng 30/04/2026; ' +
        'Ngày Quốc tế Lao động 01/05/2026)',
    );
    const plain = deadline(
      { cellResolutionOn: '2026-03-01', decisionOn: '2026-03-02' },
      '2026-03-03',
      'ceremony',
    );
    expect(explain(plain)).toBe(
      '30 ngày làm việc kể từ ngày ký quyết định kết nạp (02/03/2026), ' +
        'không tính 12 ngày thứ Bảy, Chủ nhật: hạn cuối là ngày 13/04/2026. ' +
        'Tính theo Quy định 294-QĐ/TW.',
    );
  });

  it('mentions a Saturday worked in exchange', () => {
    const ceremony = deadline(
      { cellResolutionOn: '2025-12-01', decisionOn: '2026-01-05' },
      '2026-01-06',
      'ceremony',
    );
    expect(explain(ceremony)).toBe(
      '30 ngày làm việc kể từ ngày ký quyết định kết nạp (05/01/2026), ' +
        'không tính 9 ngày thứ Bảy, Chủ nhật; có tính 1 ngày thứ Bảy đi làm bù (10/01/2026): ' +
        'hạn cuối là ngày 13/02/2026. Tính theo Quy định 294-QĐ/TW.',
    );
  });

  it('explains the end of probation and the certificate', () => {
    const probation = deadline(
      { cellResolutionOn: '2023-12-01', decisionOn: '2024-01-15', admittedOn: '2024-02-29' },
      '2024-03-01',
      'probationEnd',
    );
    expect(explain(probation)).toBe(
      'Đủ 12 tháng kể từ ngày kết nạp (29/02/2024) vào ngày 28/02/2025 ' +
        '(tháng đó không có ngày 29 nên lấy ngày cuối tháng). Tính theo Quy định 24-QĐ/TW.',
    );
    const certificate = deadline(
      { awarenessCertOn: '2021-03-15' },
      '2026-01-01',
      'certificateExpiry',
    );
    expect(explain(certificate)).toBe(
      'Có giá trị 60 tháng kể từ ngày cấp giấy chứng nhận (15/03/2021), đến ngày 15/03/2026. ' +
        'Tính theo Quy định 24-QĐ/TW, quy định sớm nhất trong bảng các quy định của phần mềm ' +
        '(mốc tính hạn có trước ngày quy định này có hiệu lực).',
    );
  });

  it('explains the official review from the end of probation', () => {
    const review = deadline(
      { cellResolutionOn: '2025-06-02', decisionOn: '2025-07-01', admittedOn: '2025-08-17' },
      '2026-09-01',
      'officialReview',
    );
    expect(explain(review)).toBe(
      '30 ngày làm việc kể từ ngày hết 12 tháng dự bị (17/08/2026), ' +
        'không tính 12 ngày thứ Bảy, Chủ nhật và 2 ngày nghỉ lễ, Tết ' +
        '(Quốc khánh: 2 ngày, 01/09/2026–02/09/2026): hạn cuối là ngày 30/09/2026. ' +
        'Tính theo Quy định 294-QĐ/TW.',
    );
  });
});
