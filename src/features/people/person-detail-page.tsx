// /people/:id: who the person is, where they are in the procedure, and what is due.
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from '@/ui/router';
import { ageOn, localIsoDate } from '@/domain/dates';
import type { PersonRow } from '@/db/rows';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { useScope } from '@/queries/units';
import { Alert, Loading, useScreenReady } from '@/ui/components';
import { PersonNotFound } from './person-not-found';
import { usePerson, usePersonClasses } from './people-queries';
import { PersonDeadlines } from './person-deadlines';
import { usePlace } from './person-places';
import { PersonTimeline } from './person-timeline';
import { useDeletePerson } from './save-person';
import { StageBadge } from './stage-badge';
import './people.css';

/** The list's query string, passed along by the list so "back" keeps the filters. */
function useListLink(): string {
  const state = useLocation().state as { listSearch?: string } | null;
  return `/people${state?.listSearch ?? ''}`;
}

export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const person = usePerson(id);
  useScreenReady('person', !person.isLoading);
  const listLink = useListLink();

  if (person.isLoading) return <Loading label={t('common.loading')} />;
  if (person.error)
    return <Alert tone="error">{t('common.error', { message: person.error.message })}</Alert>;
  if (!person.data) return <PersonNotFound />;
  return <PersonDetail person={person.data} listLink={listLink} />;
}

/**
 * After a save the form sends the user here with `{ saved: true }`: the heading takes the focus,
 * so a screen reader names the saved record and the keyboard goes on from the top of the page
 * instead of from the document's start.
 */
function useFocusAfterSave() {
  const location = useLocation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const here = `${location.pathname}${location.search}`;
  useEffect(() => {
    if (!saved) return;
    heading.current?.focus();
    // Once: the history keeps an entry's state across a reload, which is a plain visit.
    void navigate(here, { replace: true });
  }, [saved, here, navigate]);
  return heading;
}

function PersonDetail({ person, listLink }: { person: PersonRow; listLink: string }) {
  const { t } = useI18n();
  const heading = useFocusAfterSave();
  const { scope } = useScope();

  return (
    <>
      <p className="no-print">
        <Link to={listLink}>← {t('people.detail.backToList')}</Link>
      </p>
      <header className="person-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {person.fullName} <StageBadge stage={person.stage} />
          </h1>
          <p>{scope?.unitName(person.unitId) ?? ''}</p>
        </div>
        <div className="page-header__actions">
          <Link to={`/people/${person.id}/edit`} className="button button--primary">
            {t('common.edit')}
          </Link>
          <DeletePersonButton person={person} />
        </div>
      </header>
      <div className="person-layout">
        <div>
          <section className="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t('people.detail.facts')}</h2>
            <PersonFacts person={person} />
          </section>
          <section className="card" aria-labelledby="deadlines-heading">
            <h2 id="deadlines-heading">{t('people.detail.deadlines')}</h2>
            <PersonDeadlines milestones={person.milestones} />
          </section>
        </div>
        <section className="card" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('people.detail.timeline')}</h2>
          <PersonTimeline person={person} />
        </section>
      </div>
    </>
  );
}

function PersonFacts({ person }: { person: PersonRow }) {
  const { t, date, number } = useI18n();
  const [showId, setShowId] = useState(false);
  const classes = usePersonClasses([person.awarenessClassId, person.newMemberClassId]);
  const age = ageOn(person.birthDate, localIsoDate());

  return (
    <dl className="facts">
      <dt>{t('people.form.birthDate')}</dt>
      <dd>
        {date(person.birthDate)} ({t('people.detail.years', { age: number(age) })})
      </dd>
      {person.milestones.cellResolutionOn ? (
        <>
          <dt>{t('people.detail.ageAtVote')}</dt>
          <dd>
            {t('people.detail.years', {
              age: number(ageOn(person.birthDate, person.milestones.cellResolutionOn)),
            })}
          </dd>
        </>
      ) : null}
      <dt>{t('people.form.gender')}</dt>
      <dd>{t(`gender.${person.gender}`)}</dd>
      <dt>{t('people.form.ethnicity')}</dt>
      <dd>{person.ethnicity}</dd>
      <dt>{t('people.form.religion')}</dt>
      <dd>{person.religion ?? t('people.detail.noReligion')}</dd>
      <dt>{t('people.detail.youthUnion')}</dt>
      <dd>{person.youthUnion ? t('common.yes') : t('common.no')}</dd>
      <dt>{t('people.form.occupation')}</dt>
      <dd>
        {t(`occupation.${person.occupation}`)}
        {person.workplaceSector ? ` — ${t(`workplaceSector.${person.workplaceSector}`)}` : ''}
      </dd>
      <dt>{t('places.person.field')}</dt>
      <dd>
        <PersonPlace placeId={person.placeId} />
      </dd>
      <dt>{t('people.form.education')}</dt>
      <dd>{person.education ? t(`education.${person.education}`) : '—'}</dd>
      <dt>{t('people.form.nationalId')}</dt>
      <dd>
        {person.nationalId ? (
          <>
            <span aria-live="polite">
              {showId ? person.nationalId : `••••••••${person.nationalId.slice(-4)}`}
            </span>{' '}
            <button
              type="button"
              className="button button--small"
              aria-pressed={showId}
              onClick={() => setShowId((value) => !value)}
            >
              {showId ? t('people.detail.hideId') : t('people.detail.showId')}
            </button>
          </>
        ) : (
          '—'
        )}
      </dd>
      <dt>{t('people.detail.classes')}</dt>
      <dd>
        {classes.data && classes.data.length > 0
          ? classes.data.map((item) => (
              <div key={item.id}>
                {item.title} ({date(item.startOn)} – {date(item.endOn)})
              </div>
            ))
          : t('people.detail.noClasses')}
      </dd>
    </dl>
  );
}

/** The place the person comes from, and its kind. */
function PersonPlace({ placeId }: { placeId: string | null }) {
  const { t } = useI18n();
  const place = usePlace(placeId);
  if (!placeId) return <>{t('places.person.detailNone')}</>;
  if (place.isLoading) return <>{t('common.loading')}</>;
  if (!place.data) return <>{t('places.person.unknown')}</>;
  return (
    <>
      {place.data.name}{' '}
      <span className="muted">
        ({t(`places.kind.${place.data.kind}`)}
        {place.data.closedOn ? `, ${t('places.person.closed')}` : ''})
      </span>
    </>
  );
}

function DeletePersonButton({ person }: { person: PersonRow }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const remove = useDeletePerson();
  const dialog = useRef<HTMLDialogElement>(null);

  // mutateAsync, not mutate's onSuccess: the re-read after the delete finds no person and
  // unmounts this button, and react-query drops the callbacks of an unmounted caller.
  const confirm = () =>
    remove.mutateAsync(person.id).then(
      () => {
        dialog.current?.close();
        return navigate('/people', { replace: true });
      },
      () => undefined, // the error is shown from remove.error
    );

  return (
    <>
      <button
        type="button"
        className="button button--danger"
        onClick={() => dialog.current?.showModal()}
      >
        {t('common.delete')}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="delete-title"
        aria-describedby="delete-body"
      >
        <h2 id="delete-title">{t('people.delete.title', { name: person.fullName })}</h2>
        <p id="delete-body">{t('people.delete.body')}</p>
        {remove.error ? (
          <Alert tone="error">{storageErrorMessage(t, remove.error, 'delete')}</Alert>
        ) : null}
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={confirm}
            disabled={remove.isPending}
          >
            {t('people.delete.confirm')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => dialog.current?.close()}
            autoFocus
          >
            {t('common.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
