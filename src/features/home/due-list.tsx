// "Việc cần làm": the legal deadlines overdue, due this month and next month, person by person.
import { useState } from 'react';
import { Link } from '@/ui/router';
import type { DueItem, DueSummary } from '@/domain/due';
import { useI18n, type Translate } from '@/i18n/i18n';
import { Badge, ScrollRegion } from '@/ui/components';

/** A long group is folded to its first items; the rest opens on demand. */
const FOLDED = 8;

type GroupKey = keyof DueSummary;

const GROUPS: { key: GroupKey; tone: 'danger' | 'warn' | undefined }[] = [
  { key: 'overdue', tone: 'danger' },
  { key: 'thisMonth', tone: 'warn' },
  { key: 'nextMonth', tone: undefined },
];

export function DueList({
  summary,
  unitName,
  showUnit,
}: {
  summary: DueSummary;
  unitName: (id: string) => string;
  showUnit: boolean;
}) {
  const { t, number } = useI18n();
  const total = summary.overdue.length + summary.thisMonth.length + summary.nextMonth.length;
  return (
    <section className="card" aria-labelledby="todo-heading">
      <h2 id="todo-heading">
        {t('home.todo.heading')}{' '}
        <span className="muted home-todo__total">
          {t('home.todo.total', { count: number(total) })}
        </span>
      </h2>
      {total === 0 ? (
        <p className="muted">{t('home.todo.none')}</p>
      ) : (
        GROUPS.map(({ key, tone }) =>
          summary[key].length > 0 ? (
            <DueGroup
              key={key}
              group={key}
              tone={tone}
              items={summary[key]}
              unitName={unitName}
              showUnit={showUnit}
            />
          ) : null,
        )
      )}
    </section>
  );
}

function DueGroup({
  group,
  tone,
  items,
  unitName,
  showUnit,
}: {
  group: GroupKey;
  tone: 'danger' | 'warn' | undefined;
  items: DueItem[];
  unitName: (id: string) => string;
  showUnit: boolean;
}) {
  const { t, number, date } = useI18n();
  const [open, setOpen] = useState(false);
  const shown = open ? items : items.slice(0, FOLDED);
  const headingId = `todo-${group}`;
  return (
    <div className={`home-todo home-todo--${group}`}>
      <h3 id={headingId}>
        <Badge tone={tone}>{t(`home.todo.${group}`)}</Badge>{' '}
        <span className="muted">{t('home.todo.count', { count: number(items.length) })}</span>
      </h3>
      <ScrollRegion label={t('common.tableOf', { title: t(`home.todo.${group}`) })}>
        <table className="table home-todo__table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('home.todo.col.person')}</th>
              <th scope="col">{t('home.todo.col.task')}</th>
              <th scope="col">{t('home.todo.col.due')}</th>
              <th scope="col">{t('home.todo.col.left')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={`${item.personId}-${item.deadline.kind}`}>
                <td>
                  <Link to={`/people/${item.personId}`}>{item.fullName}</Link>
                  {showUnit ? (
                    <div className="muted home-todo__unit">{unitName(item.unitId)}</div>
                  ) : null}
                </td>
                <td>{t(`pipeline.deadline.${item.deadline.kind}`)}</td>
                <td className="home-todo__date">{date(item.deadline.due)}</td>
                <td className={item.deadline.status === 'overdue' ? 'home-todo__late' : undefined}>
                  {daysText(t, number, item)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {items.length > FOLDED ? (
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open
            ? t('home.todo.fold')
            : t('home.todo.more', { count: number(items.length - FOLDED) })}
        </button>
      ) : null}
    </div>
  );
}

function daysText(t: Translate, number: (value: number) => string, item: DueItem): string {
  const { daysLeft, kind, status } = item.deadline;
  if (daysLeft === 0) return t('home.todo.today');
  if (daysLeft > 0) return t('home.todo.daysLeft', { count: number(daysLeft) });
  // A probation end already reached is not late: it opens the official-recognition review.
  if (kind === 'probationEnd' && status === 'met')
    return t('home.todo.probationEnded', { count: number(-daysLeft) });
  return t('home.todo.daysLate', { count: number(-daysLeft) });
}
