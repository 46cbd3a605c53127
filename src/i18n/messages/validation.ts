// Messages for the keys the domain's zod schemas return (validation.*).
import type { Area } from './types';

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

export const validation: Area<keyof typeof vi> = {
  vi,
  en: {
    'validation.required': 'Please fill in this field.',
    'validation.type': 'Wrong type of value.',
    'validation.uuid': 'The id must be a UUID.',
    'validation.dateTime': 'Must be an ISO 8601 date-time with offset.',
    'validation.date': 'Invalid date (dd/mm/yyyy).',
    'validation.enum': 'Value is not in the code list.',
    'validation.ethnicity': 'Ethnicity must be one of the 54 ethnic groups of Viet Nam.',
    'validation.religion': 'Religion must be one recognised by the State.',
    'validation.nationalId': 'The national ID (CCCD) must be exactly 12 digits.',
    'validation.boolean': 'Must be yes or no.',
    'validation.integer': 'Must be a whole number.',
    'validation.nonNegative': 'Must not be negative.',
    'validation.year': 'Invalid year.',
    'validation.endBeforeStart': 'The end date must not be before the start date.',
    'validation.toYearBeforeFromYear': 'The end year must not be before the start year.',
  },
};
