import { describe, expect, it } from 'vitest';
import { wrapWords } from '@/ui/wrap-words';
import { lyingBarsLayout } from './lying-bars';

describe('lyingBarsLayout', () => {
  it('puts the labels above the bars on a phone, so the bars keep the width', () => {
    const layout = lyingBarsLayout(332, 20, 12);
    expect(layout.labelsAbove).toBe(true);
    expect(layout.labelWidth).toBe(0);
  });

  it('never gives the label column more than about a third of the chart', () => {
    for (const width of [460, 520, 686, 1056]) {
      const layout = lyingBarsLayout(width, 40, 12);
      expect(layout.labelsAbove).toBe(false);
      expect(layout.labelWidth).toBeLessThanOrEqual(Math.round(width * 0.36));
      // What is left for the bars is at least 40% of the chart.
      expect(width - layout.labelWidth - layout.right).toBeGreaterThanOrEqual(width * 0.4);
    }
  });

  it('sizes the label column to short labels', () => {
    expect(lyingBarsLayout(1056, 4, 0).labelWidth).toBe(80);
  });
});

describe('wrapWords', () => {
  it('breaks between words, never inside one', () => {
    expect(wrapWords('Đoàn viên thanh niên Cộng sản', 12)).toEqual([
      'Đoàn viên',
      'thanh niên',
      'Cộng sản',
    ]);
    expect(wrapWords('Người nước ngoài nhập quốc tịch', 40)).toEqual([
      'Người nước ngoài nhập quốc tịch',
    ]);
    expect(wrapWords('Siêu-dài-không-cách', 5)).toEqual(['Siêu-dài-không-cách']);
  });
});
