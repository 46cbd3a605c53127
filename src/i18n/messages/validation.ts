// Messages for the keys the domain's zod schemas return (validation.*).
import type { FirstScreenArea } from './types';

const vi = {
  'validation.required': 'Vui lòng nhập trường này.',
  'validation.type': 'Sai kiểu dữ liệu.',
  'validation.uuid': 'Mã định danh phải là UUID.',
  'validation.dateTime': 'Phải là thời điểm ISO 8601 có múi giờ.',
  'validation.date': 'Ngày không hợp lệ (dd/mm/yyyy).',
  'validation.enum': 'Giá trị không nằm trong danh mục.',
  'validation.ethnicity': 'Dân tộc phải thuộc danh mục 54 dân tộc Việt Nam.',
  'validation.religion': 'Tôn giáo phải thuộc danh mục tôn giáo được Nhà nước công nhận.',
  'validation.nationalId': 'Số CCCD phải gồm đúng 12 chữ số.',
  'validation.boolean': 'Phải là có hoặc không.',
  'validation.integer': 'Phải là số nguyên.',
  'validation.nonNegative': 'Không được là số âm.',
  'validation.year': 'Năm không hợp lệ.',
  'validation.endBeforeStart': 'Ngày kết thúc không được trước ngày bắt đầu.',
  'validation.toYearBeforeFromYear': 'Năm kết thúc không được trước năm bắt đầu.',
};

export type ValidationKey = keyof typeof vi;

/** Its English words are in en/validation.ts, loaded only when English is chosen. */
export const validation: FirstScreenArea<ValidationKey> = { vi };
