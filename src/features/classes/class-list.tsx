// The classes of the scope, filtered by kind and year, with the people each one names.
import { useMemo, useState } from 'react';
import { Link } from '@/ui/router';
import { CLASS_KINDS, type ClassKind } from '@/domain/code-lists';
import { yearOf } from '@/domain/dates';
import type { TrainingClass } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Badge, EmptyState, ScrollRegion } from '@/ui/components';
import { LinkButton, Options, TableHead } from '@/ui/page-components';
import { Field } from '@/ui/field';

interface ClassListProps {
  scope: Scope;
  classes: readonly TrainingClass[];
  /** How many people of the scope name each class (the home aggregate). */
  counts: ReadonlyMap<string, number>;
  onDelete: (item: TrainingClass, picked: number) => void;
  deleting: string | null;
}

/** Rows drawn at first, and added by each "more": a province holds thousands of classes. */
const PAGE = 100;

const KIND_TONE: Record<ClassKind, 'primary' | 'ok' | undefined> = {
  awareness: 'primary',
  new_member: 'ok',
  other: undefined,
};

export function ClassList({ scope, classes, counts, onDelete, deleting }: ClassListProps) {
  const { t, number, date } = useI18n();
  const [kind, setKind] = useState<ClassKind | ''>('');
  const [year, setYear] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const years = useMemo(
    () => [...new Set(classes.map((item) => yearOf(item.startOn)))].sort((a, b) => b - a),
    [classes],
  );
  const shown = useMemo(
    () =>
      classes
        .filter((item) => !kind || item.kind === kind)
        .filter((item) => !year || yearOf(item.startOn) === Number(year))
        .sort((a, b) => b.startOn.localeCompare(a.startOn) || a.title.localeCompare(b.title, 'vi')),
    [classes, kind, year],
  );

  if (classes.length === 0) {
    return (
      <EmptyState
        title={t('classes.empty.title')}
        action={<LinkButton to="?edit=new" label={t('classes.add')} primary />}
      >
        {t('classes.empty.body')}
      </EmptyState>
    );
  }

  return (
    <section className="card" aria-labelledby="classes-list-heading">
      <h2 id="classes-list-heading" className="visually-hidden">
        {t('classes.list.heading')}
      </h2>
      <div className="toolbar">
        <Field label={t('classes.filter.kind')}>
          <select
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ClassKind | '');
              setLimit(PAGE);
            }}
          >
            <option value="">{t('common.all')}</option>
            <Options values={CLASS_KINDS} label={(value) => t(`classKind.${value}`)} />
          </select>
        </Field>
        <Field label={t('classes.filter.year')}>
          <select
            value={year}
            onChange={(event) => {
              setYear(event.target.value);
              setLimit(PAGE);
            }}
          >
            <option value="">{t('common.all')}</option>
            <Options values={years} />
          </select>
        </Field>
        <p className="muted classes__count" aria-live="polite">
          {t('classes.list.count', { shown: number(shown.length), count: number(classes.length) })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="empty">{t('classes.list.noMatch')}</p>
      ) : (
        <ScrollRegion label={t('common.tableOf', { title: t('classes.list.heading') })}>
          <table className="table classes-table">
            <TableHead
              columns={[
                t('classes.col.title'),
                t('classes.col.kind'),
                t('classes.col.unit'),
                t('classes.col.dates'),
                { label: t('classes.col.attendeeCount'), num: true },
                { label: t('classes.col.picked'), num: true },
                { label: t('common.actions'), hidden: true },
              ]}
            />
            <tbody>
              {shown.slice(0, limit).map((item) => {
                const picked = counts.get(item.id) ?? 0;
                return (
                  <tr key={item.id}>
                    <th scope="row" className="classes__title">
                      {item.title}
                    </th>
                    <td>
                      <Badge tone={KIND_TONE[item.kind]}>{t(`classKind.${item.kind}`)}</Badge>
                    </td>
                    <td>{scope.unitName(item.unitId)}</td>
                    <td className="classes__dates">
                      {date(item.startOn)} – {date(item.endOn)}
                    </td>
                    <td className="num">{number(item.attendeeCount)}</td>
                    <td className="num">{item.kind === 'other' ? '—' : number(picked)}</td>
                    <td className="classes__actions">
                      <Link
                        className="button button--small"
                        to={`?edit=${item.id}`}
                        aria-label={t('classes.editNamed', { title: item.title })}
                      >
                        {t('common.edit')}
                      </Link>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => onDelete(item, picked)}
                        disabled={deleting === item.id}
                        aria-label={t('classes.deleteNamed', { title: item.title })}
                      >
                        {t('common.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {shown.length > limit ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => setLimit(limit + PAGE)}
        >
          {t('classes.list.more', { count: number(Math.min(PAGE, shown.length - limit)) })}
        </button>
      ) : null}
    </section>
  );
}
