import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-slug';

describe('fileSlug', () => {
  it('drops the marks, lowers the case and joins the words with dashes', () => {
    expect(fileSlug('Xã Tân Lập', 'don-vi')).toBe('xa-tan-lap');
    expect(fileSlug('Đảng bộ/01', 'don-vi')).toBe('dang-bo-01');
    expect(fileSlug('Cơ cấu đảng viên mới', 'bieu-do')).toBe('co-cau-dang-vien-moi');
  });

  it('falls back when nothing of the text is left', () => {
    expect(fileSlug('', 'don-vi')).toBe('don-vi');
    expect(fileSlug(' / – ', 'bieu-do')).toBe('bieu-do');
  });
});
