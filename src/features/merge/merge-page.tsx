// /quality/merge?a=<id>&b=<id>: merging a duplicate pair of people (the data checks link each
// pair here). The page shows, in turn: the comparison to decide on (merge-form.tsx); after a
// merge, its result with "Hoàn tác" until the next export (the undo survives a reload, kept in
// the store); or the decision "not the same person", which can be taken back.
import { useState } from 'react';
import { Link, useSearchParams } from '@/ui/router';
import type { PersonRow } from '@/db/rows';
import { pairKey } from '@/domain/duplicate-pairs';
import { useI18n } from '@/i18n/i18n';
import { useScope } from '@/queries/units';
import { Alert, EmptyState, Loading, PageHeader } from '@/ui/components';
import { LinkButton } from '@/ui/page-components';
import { MergeForm } from './merge-form';
import {
  useLastMerge,
  useLinkNames,
  useMarkNotSame,
  useNotSame,
  usePairPerson,
  useUndoMerge,
} from './merge-queries';
import { mergeErrorText } from './merge-text';
import './merge.css';

export default function MergePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  return (
    <>
      <PageHeader title={t('merge.title')} description={t('merge.description')} />
      {a && b && a !== b ? (
        <MergePair key={pairKey(a, b)} a={a} b={b} />
      ) : (
        <EmptyState title={t('merge.badLink.title')} action={<BackLink />}>
          {t('merge.badLink.body')}
        </EmptyState>
      )}
    </>
  );
}

function BackLink() {
  const { t } = useI18n();
  return <LinkButton to="/quality" label={t('merge.backToChecks')} />;
}

function MergePair({ a, b }: { a: string; b: string }) {
  const { t } = useI18n();
  const personA = usePairPerson(a);
  const personB = usePairPerson(b);
  const last = useLastMerge();
  const notSame = useNotSame();
  const undo = useUndoMerge();
  const [undone, setUndone] = useState(false);
  const queries = [personA, personB, last, notSame];
  const failed = queries.find((query) => query.error)?.error;
  if (failed) return <Alert tone="error">{t('common.error', { message: failed.message })}</Alert>;
  if (queries.some((query) => query.isLoading)) return <Loading label={t('common.loading')} />;

  const merged = last.data;
  if (merged && pairKey(merged.keptId, merged.removedId) === pairKey(a, b)) {
    const kept = merged.keptId === a ? personA.data : personB.data;
    const undoNow = () =>
      undo.mutateAsync().then(
        () => setUndone(true),
        () => undefined, // shown from undo.error
      );
    return (
      <section className="card merge-result" aria-labelledby="merge-done-title">
        <h2 id="merge-done-title">{t('merge.done.title')}</h2>
        <Alert tone="ok">
          {t('merge.done.body', {
            side: merged.keptId === a ? 'A' : 'B',
            name: kept?.fullName ?? '',
          })}
        </Alert>
        {undo.error ? <Alert tone="error">{mergeErrorText(t, undo.error)}</Alert> : null}
        <div className="form-actions">
          <LinkButton to={`/people/${merged.keptId}`} label={t('merge.done.open')} primary />
          <button type="button" className="button" disabled={undo.isPending} onClick={undoNow}>
            {t('merge.undo')}
          </button>
          <BackLink />
        </div>
      </section>
    );
  }

  for (const [side, query] of [
    ['A', personA],
    ['B', personB],
  ] as const) {
    if (!query.data) {
      const present = side === 'A' ? personB.data : personA.data;
      return (
        <EmptyState
          title={t('merge.missing.title')}
          action={
            <div className="form-actions">
              <BackLink />
              {present ? (
                <Link to={`/people/${present.id}`} className="button">
                  {t('merge.open', { side: side === 'A' ? 'B' : 'A' })} — {present.fullName}
                </Link>
              ) : null}
            </div>
          }
        >
          {t('merge.missing.body', { side })}
        </EmptyState>
      );
    }
  }
  const [rowA, rowB] = [personA.data as PersonRow, personB.data as PersonRow];
  return (
    <>
      {undone ? <Alert tone="ok">{t('merge.undone')}</Alert> : null}
      {notSame.data?.has(pairKey(a, b)) ? (
        <NotSameNotice a={a} b={b} />
      ) : (
        <PairForm a={rowA} b={rowB} />
      )}
    </>
  );
}

function PairForm({ a, b }: { a: PersonRow; b: PersonRow }) {
  const { scope } = useScope();
  const classIds = [a, b].flatMap((person) =>
    [person.awarenessClassId, person.newMemberClassId].filter((id): id is string => Boolean(id)),
  );
  const placeIds = [a, b].flatMap((person) => (person.placeId ? [person.placeId] : []));
  const names = useLinkNames(classIds, placeIds);
  return (
    <MergeForm
      a={a}
      b={b}
      context={{
        unitName: (id) => scope?.unitName(id) ?? id,
        linkNames: names.data ?? new Map(),
      }}
    />
  );
}

function NotSameNotice({ a, b }: { a: string; b: string }) {
  const { t } = useI18n();
  const mark = useMarkNotSame();
  return (
    <section className="card" aria-label={t('merge.notSame')}>
      <Alert tone="info">{t('merge.notSame.done')}</Alert>
      {mark.error ? <Alert tone="error">{mergeErrorText(t, mark.error)}</Alert> : null}
      <div className="form-actions">
        <BackLink />
        <LinkButton to={`/people/${a}`} label={t('merge.open', { side: 'A' })} />
        <LinkButton to={`/people/${b}`} label={t('merge.open', { side: 'B' })} />
        <button
          type="button"
          className="button"
          disabled={mark.isPending}
          onClick={() => mark.mutate({ a, b, same: true })}
        >
          {t('merge.notSame.unmark')}
        </button>
      </div>
    </section>
  );
}
