// The milestones as a vertical timeline in procedure order, with the next step highlighted and,
// for it, a quick way to record its date (checked by the same rules as the form).
import { useState, type FormEvent } from 'react';
import type { MilestoneKey } from '@/domain/code-lists';
import { localIsoDate } from '@/domain/dates';
import {
  MILESTONE_CHAIN,
  nextMilestone,
  personFormSchema,
  toFormValues,
} from '@/domain/person-rules';
import type { PersonRow } from '@/db/rows';
import { fromRow } from '@/db/people-repo';
import { useI18n } from '@/i18n/i18n';
import { useStorageErrorMessage } from '@/queries/storage-error-message';
import { Alert } from '@/ui/components';
import { useSavePerson } from './save-person';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

export function PersonTimeline({ person }: { person: PersonRow }) {
  const { t, date } = useI18n();
  const next = nextMilestone(person.milestones);
  const steps: MilestoneKey[] = [...MILESTONE_CHAIN];
  if (person.milestones.removedOn) steps.push('removedOn');

  return (
    <ol className="timeline" aria-label={t('people.detail.timeline')}>
      {steps.map((key) => {
        const reached = person.milestones[key];
        const state = reached
          ? key === 'removedOn'
            ? 'removed'
            : 'done'
          : key === next
            ? 'next'
            : 'pending';
        return (
          <li
            key={key}
            className={`timeline__step timeline__step--${state}`}
            aria-current={state === 'next' ? 'step' : undefined}
          >
            <span className="timeline__dot" aria-hidden="true" />
            <div className="timeline__title">{t(`milestone.${key}`)}</div>
            <div className="timeline__date">
              {reached
                ? date(reached)
                : state === 'next'
                  ? t('people.timeline.next')
                  : t('people.timeline.notYet')}
              {key === 'decisionOn' && person.decisionNo
                ? ` · ${t('people.timeline.decisionNo', { number: person.decisionNo })}`
                : null}
            </div>
            {state === 'next' ? <NextMilestoneForm person={person} milestone={key} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

function NextMilestoneForm({ person, milestone }: { person: PersonRow; milestone: MilestoneKey }) {
  const { t, tMessage } = useI18n();
  const save = useSavePerson();
  const errorMessage = useStorageErrorMessage();
  const [day, setDay] = useState(localIsoDate());
  const [decisionNo, setDecisionNo] = useState(person.decisionNo ?? '');
  const [error, setError] = useState<string | null>(null);
  const step = t(`milestone.${milestone}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (day === '') {
      setError(t('validation.required'));
      return;
    }
    const values = toFormValues(fromRow(person));
    values.milestones[milestone] = day;
    if (milestone === 'decisionOn') values.decisionNo = decisionNo;
    const result = personFormSchema.safeParse(values);
    if (!result.success) {
      const own = result.error.issues.find(
        (issue) => issue.path.join('.') === `milestones.${milestone}`,
      );
      const issue = own ?? result.error.issues[0];
      setError(
        own
          ? tMessage(own.message)
          : t('people.next.otherError', { message: issue ? tMessage(issue.message) : '' }),
      );
      return;
    }
    setError(null);
    // The person as shown is the base: a change saved meanwhile in another tab is merged in.
    save.mutate({ id: person.id, draft: result.data, base: fromRow(person) });
  };

  return (
    <div className="timeline__next">
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`next-${milestone}`}>
            {t('people.next.dateLabel', { step: lowerFirst(step) })}
          </label>
          <input
            id={`next-${milestone}`}
            type="date"
            value={day}
            max={localIsoDate()}
            required
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `next-${milestone}-error` : undefined}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
        {milestone === 'decisionOn' ? (
          <div className="field">
            <label htmlFor="next-decisionNo">{t('people.form.decisionNo')}</label>
            <input
              id="next-decisionNo"
              value={decisionNo}
              onChange={(event) => setDecisionNo(event.target.value)}
            />
          </div>
        ) : null}
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('people.next.record')}
        </button>
      </form>
      {error ? (
        <p className="field__error" id={`next-${milestone}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {save.error ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
    </div>
  );
}
