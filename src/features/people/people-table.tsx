// The people list, virtualised: only the rows in view (plus a few) are in the DOM, so 50,000
// people scroll smoothly; a row is drawn from the list aggregate's columns, reading no person. Table semantics come from ARIA roles, with aria-rowcount/rowindex
// telling assistive technology where each rendered row sits in the whole list.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { Link } from '@/ui/router';
import { useI18n } from '@/i18n/i18n';
import { Badge } from '@/ui/components';
import { whenIdle } from '@/ui/idle';
import type { ListRows } from '@/domain/people-list-view';
import { StageBadge } from './stage-badge';

const ROW_HEIGHT = 40;
const BOTTOM_GAP = 24;
const MIN_HEIGHT = 320;

/** Rows ordered per idle slice: a slice takes some 20 ms, the whole of 250,000 some 300. */
const MERGE_SLICE = 10_000;

/**
 * Orders the rest of the list in idle time once the first rows are drawn, so a jump to its end
 * (the scroll bar dragged down, End) finds it ordered instead of merging it in one long task.
 */
function useMergeAhead(items: ListRows) {
  useEffect(() => {
    let cancel = () => {};
    const slice = () => {
      if (!items.mergeAhead(MERGE_SLICE)) cancel = whenIdle(slice, 1000);
    };
    cancel = whenIdle(slice, 1000);
    return () => cancel();
  }, [items]);
}

/** The scroll container fills the window below its top, so the page itself does not scroll. */
function useFillWindowHeight(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.height = `${Math.max(MIN_HEIGHT, window.innerHeight - top - BOTTOM_GAP)}px`;
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [ref]);
}

export function PeopleTable({
  items,
  unitName,
  label,
  listSearch,
}: {
  items: ListRows;
  /** The list's query string, handed to the detail page so its "back" keeps the filters. */
  listSearch: string;
  unitName: (id: string) => string;
  label: string;
}) {
  const { t, date } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  useFillWindowHeight(scrollRef);
  useMergeAhead(items);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Keyed by position (the default): the virtualizer asks every item's key up front, and a
    // key by id would merge all the rows (domain/people-list-view.ts) before the first is drawn.
  });

  return (
    <div
      ref={scrollRef}
      className="people-table"
      role="table"
      aria-label={label}
      aria-rowcount={items.length + 1}
    >
      <div role="rowgroup" className="people-table__head">
        <div role="row" aria-rowindex={1} className="people-table__row">
          <div role="columnheader">{t('people.column.fullName')}</div>
          <div role="columnheader">{t('people.column.birthDate')}</div>
          <div role="columnheader">{t('people.column.gender')}</div>
          <div role="columnheader">{t('people.column.ethnicity')}</div>
          <div role="columnheader">{t('people.column.unit')}</div>
          <div role="columnheader">{t('people.column.stage')}</div>
          <div role="columnheader">{t('people.column.admittedOn')}</div>
          <div role="columnheader">{t('people.column.attention')}</div>
        </div>
      </div>
      <div
        role="rowgroup"
        className="people-table__body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((virtualRow) => {
          const row = items.at(virtualRow.index);
          if (!row) return null;
          return (
            <div
              key={virtualRow.key}
              role="row"
              aria-rowindex={virtualRow.index + 2}
              className="people-table__row people-table__row--body"
              style={{ height: ROW_HEIGHT, transform: `translateY(${virtualRow.start}px)` }}
            >
              <div role="cell" className="people-table__name">
                <Link
                  to={`/people/${row.id}`}
                  state={{ listSearch }}
                  className="people-table__link"
                >
                  {row.fullName}
                </Link>
              </div>
              <div role="cell">{date(row.birthDate)}</div>
              <div role="cell">{t(`gender.${row.gender}`)}</div>
              <div role="cell">{row.ethnicity}</div>
              <div role="cell" className="people-table__unit">
                {unitName(row.unitId)}
              </div>
              <div role="cell">
                <StageBadge stage={row.stage} />
              </div>
              <div role="cell">{row.admittedOn ? date(row.admittedOn) : ''}</div>
              <div role="cell">
                {row.overdue ? <Badge tone="danger">{t('people.list.overdue')}</Badge> : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
