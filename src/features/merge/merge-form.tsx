// The side-by-side view of a duplicate pair: every field of both records, the differing ones
// highlighted with a radio per side (arrow keys move within a field's pair), which record to
// keep, what the merge will do, and the two decisions: merge, or "not the same person".
import { useState } from 'react';
import type { PersonRow } from '@/db/rows';
import { localIsoDate } from '@/domain/dates';
import type { Person } from '@/domain/entities';
import {
  MERGE_FIELDS,
  defaultChoices,
  defaultKeep,
  differingFields,
  mergePersonRecords,
  movedLinks,
  type MergeChoices,
  type MergeField,
  type Side,
} from '@/domain/person-merge';
import { useI18n } from '@/i18n/i18n';
import { Alert, ScrollRegion } from '@/ui/components';
import { LinkButton } from '@/ui/page-components';
import { useMarkNotSame, useMergePeople } from './merge-queries';
import { fieldLabel, mergeErrorText, valueText, type ValueContext } from './merge-text';

const SIDES = ['a', 'b'] as const;
const LETTER: Record<Side, string> = { a: 'A', b: 'B' };

export function MergeForm({
  a,
  b,
  context,
}: {
  a: PersonRow;
  b: PersonRow;
  context: Omit<ValueContext, 't' | 'date'>;
}) {
  const { t, date } = useI18n();
  const values: ValueContext = { ...context, t, date };
  const people = { a, b };
  const [picked, setPicked] = useState<MergeChoices>({});
  const [keepPicked, setKeepPicked] = useState<Side | null>(null);
  const merge = useMergePeople();
  const mark = useMarkNotSame();
  const differing = new Set(differingFields(a, b));
  const choices = { ...defaultChoices(a, b), ...picked };
  const keep = keepPicked ?? defaultKeep(a, b);
  const removed: Side = keep === 'a' ? 'b' : 'a';
  const result = mergePersonRecords(a, b, keep, choices);
  const links = movedLinks(people[keep], people[removed], result);
  // An empty value to choose is named; an empty one both records share is a dash.
  const shown = (person: Person, field: MergeField, empty = t('merge.empty')) =>
    valueText(values, person, field) || empty;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const wanted = Object.fromEntries(
      [...differing].map((field) => [field, choices[field]]),
    ) as MergeChoices;
    merge.mutate({
      a: a.id,
      b: b.id,
      keep,
      choices: wanted,
      seen: { a: a.updatedAt, b: b.updatedAt },
    });
  };

  return (
    <form onSubmit={submit} className="merge-form">
      <ComparisonTable
        people={people}
        differing={differing}
        choices={choices}
        onPick={(field, side) => setPicked((now) => ({ ...now, [field]: side }))}
        shown={shown}
      />
      <section className="card" aria-labelledby="merge-summary-title">
        <fieldset className="merge-keep">
          <legend>{t('merge.keep.legend')}</legend>
          <p className="muted">{t('merge.keep.hint')}</p>
          {SIDES.map((side) => (
            <label key={side} className="merge-keep__option">
              <input
                type="radio"
                name="keep"
                value={side}
                checked={keep === side}
                onChange={() => setKeepPicked(side)}
              />
              {t('merge.keep.option', { side: LETTER[side] })} — {people[side].fullName}
            </label>
          ))}
        </fieldset>
        <h2 id="merge-summary-title">{t('merge.summary.title')}</h2>
        <ul className="merge-summary">
          <li>{t('merge.summary.kept', { side: LETTER[keep], name: result.fullName })}</li>
          <li>{t('merge.summary.removed', { side: LETTER[removed] })}</li>
          <li>
            {links.length > 0
              ? t('merge.summary.links', {
                  side: LETTER[keep],
                  links: links.map((link) => t(`merge.link.${link}`)).join(', '),
                })
              : t('merge.summary.noLinks')}
          </li>
        </ul>
        {merge.error ? <Alert tone="error">{mergeErrorText(t, merge.error)}</Alert> : null}
        {mark.error ? <Alert tone="error">{mergeErrorText(t, mark.error)}</Alert> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={merge.isPending}>
            {merge.isPending ? t('merge.merging') : t('merge.confirm')}
          </button>
          <button
            type="button"
            className="button"
            disabled={mark.isPending}
            onClick={() => mark.mutate({ a: a.id, b: b.id, same: false })}
          >
            {t('merge.notSame')}
          </button>
          <LinkButton to="/quality" label={t('merge.backToChecks')} />
        </div>
      </section>
    </form>
  );
}

function ComparisonTable({
  people,
  differing,
  choices,
  onPick,
  shown,
}: {
  people: Record<Side, PersonRow>;
  differing: ReadonlySet<MergeField>;
  choices: Partial<Record<MergeField, Side>>;
  onPick: (field: MergeField, side: Side) => void;
  shown: (person: Person, field: MergeField, empty?: string) => string;
}) {
  const { t, date, number } = useI18n();
  return (
    <section className="card" aria-labelledby="merge-table-title">
      <h2 id="merge-table-title">{t('merge.table.title')}</h2>
      <p>
        {differing.size > 0
          ? t('merge.differCount', { count: number(differing.size) })
          : t('merge.noDifference')}
      </p>
      <ScrollRegion label={t('merge.table.title')}>
        <table className="table merge-table">
          <thead>
            <tr>
              <th scope="col">{t('merge.column.field')}</th>
              {SIDES.map((side) => (
                <th key={side} scope="col">
                  {t('merge.side', { side: LETTER[side] })}
                  <span className="merge-table__stamp">
                    {t('merge.updatedAt', {
                      date: date(localIsoDate(new Date(people[side].updatedAt))),
                    })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MERGE_FIELDS.map((field) => {
              const differs = differing.has(field);
              return (
                <tr key={field} className={differs ? 'merge-table__differs' : undefined}>
                  <th scope="row">
                    {fieldLabel(t, field)}
                    {differs ? (
                      <span className="merge-table__flag"> — {t('merge.differs')}</span>
                    ) : null}
                  </th>
                  {SIDES.map((side) => (
                    <td key={side}>
                      {differs ? (
                        <label className="merge-choice">
                          <input
                            type="radio"
                            name={`field-${field}`}
                            value={side}
                            checked={choices[field] === side}
                            onChange={() => onPick(field, side)}
                            aria-label={t('merge.choice', {
                              field: fieldLabel(t, field),
                              side: LETTER[side],
                              value: shown(people[side], field),
                            })}
                          />
                          <span>{shown(people[side], field)}</span>
                        </label>
                      ) : (
                        shown(people[side], field, '—')
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
