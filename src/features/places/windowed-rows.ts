// Only the rows in view (and a margin) of a long table are drawn: a province's 5,000 places, or
// a grid of 5,000 rows of inputs, stay quick to filter and type in. Rows have one fixed height,
// so where a row sits needs no measuring; spacer rows above and below keep the scrollbar true,
// and the table stays a real <table>. Short tables (up to `threshold` rows) are drawn whole.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  start: number;
  end: number;
  /** Heights of the spacer rows above and below the drawn ones, in pixels. */
  above: number;
  below: number;
  /** Scrolls the container just enough to bring a row into view (it is then drawn). */
  reveal: (row: number) => void;
}

interface Options {
  threshold?: number;
  overscan?: number;
}

export function useWindowedRows(
  count: number,
  rowHeight: number,
  scrollRef: RefObject<HTMLElement | null>,
  { threshold = 150, overscan = 12 }: Options = {},
): RowWindow {
  const whole = count <= threshold;
  const [range, setRange] = useState({ start: 0, end: Math.min(count, 40) });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (whole || !element) return undefined;
    const update = () => {
      const first = Math.floor(element.scrollTop / rowHeight) - overscan;
      const last = Math.ceil((element.scrollTop + element.clientHeight) / rowHeight) + overscan;
      const start = Math.max(0, Math.min(first, count));
      const end = Math.max(start, Math.min(last, count));
      setRange((current) =>
        current.start === start && current.end === end ? current : { start, end },
      );
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      element.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [whole, count, rowHeight, overscan, scrollRef]);

  const reveal = useCallback(
    (row: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const head = element.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const top = row * rowHeight;
      const visible = element.clientHeight - head;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + visible)
        element.scrollTop = top + rowHeight - visible;
    },
    [rowHeight, scrollRef],
  );

  if (whole) return { start: 0, end: count, above: 0, below: 0, reveal };
  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  return { start, end, above: start * rowHeight, below: (count - end) * rowHeight, reveal };
}
