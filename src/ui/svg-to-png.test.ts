import { describe, expect, it } from 'vitest';
import { chartCaption } from './svg-to-png';
import { wrapWords } from './wrap-words';

/** A monospaced stand-in for the canvas: 7 px a character, 9 px in the bold title. */
const measure = (text: string, font: string) => text.length * (font.startsWith('600') ? 9 : 7);

describe('the caption of a saved chart', () => {
  it('wraps words into lines no wider than the image', () => {
    const lines = wrapWords('Trên tổng số 1.234 đảng viên mới kết nạp trong kỳ', 140, (text) => {
      return text.length * 7;
    });
    expect(lines).toEqual(['Trên tổng số 1.234', 'đảng viên mới kết', 'nạp trong kỳ']);
    for (const line of lines) expect(line.length * 7).toBeLessThanOrEqual(140);
  });

  it('carries the title, then what is counted out of which total, then the unit and period', () => {
    const caption = chartCaption(
      'Tỷ lệ trong số đảng viên mới',
      [
        'Trên tổng số 1.234 đảng viên mới kết nạp trong kỳ',
        'Đảng bộ tỉnh Tân Lập (gồm các tổ chức đảng trực thuộc) · từ 01/01/2025 đến 31/12/2025',
      ],
      360,
      measure,
    );
    const text = caption.lines.map((line) => line.text).join(' ');
    expect(text).toBe(
      'Tỷ lệ trong số đảng viên mới Trên tổng số 1.234 đảng viên mới kết nạp trong kỳ ' +
        'Đảng bộ tỉnh Tân Lập (gồm các tổ chức đảng trực thuộc) · từ 01/01/2025 đến 31/12/2025',
    );
    expect(caption.lines[0]?.font).toMatch(/^600 16px/);
    expect(caption.lines.slice(1).every((line) => line.font.startsWith('400 13px'))).toBe(true);
    // Lines go down the page, and the chart starts below the last one.
    const ys = caption.lines.map((line) => line.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(caption.height).toBeGreaterThan(ys.at(-1) ?? 0);
    for (const line of caption.lines)
      expect(measure(line.text, line.font)).toBeLessThanOrEqual(360);
  });
});
