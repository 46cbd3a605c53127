// The legal deadlines that apply to a person today: due date, status, days left or late, and how
// the date was counted (working days, weekends and holidays skipped).
import { deadlinesFor, explainDeadline, type Deadline } from '@/domain/deadlines';
import { daysBetween, localIsoDate } from '@/domain/dates';
import type { Milestones } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import { Badge } from '@/ui/components';
import { Link } from '@/ui/router';

const TONES: Record<Deadline['status'], 'ok' | 'warn' | 'danger' | 'primary'> = {
  met: 'ok',
  late: 'warn',
  upcoming: 'primary',
  dueSoon: 'warn',
  overdue: 'danger',
};

/** What needs doing comes first: overdue, then due soon, upcoming, and what is done. */
const URGENCY: Record<Deadline['status'], number> = {
  overdue: 0,
  dueSoon: 1,
  upcoming: 2,
  late: 3,
  met: 4,
};

export function PersonDeadlines({ milestones }: { milestones: Milestones }) {
  const { t, date, number } = useI18n();
  const deadlines = deadlinesFor({ milestones }, localIsoDate()).sort(
    (a, b) => URGENCY[a.status] - URGENCY[b.status] || (a.due < b.due ? -1 : 1),
  );
  if (deadlines.length === 0) return <p className="muted">{t('people.deadline.none')}</p>;

  const when = (deadline: Deadline): string => {
    if (deadline.fulfilledOn) {
      if (deadline.kind === 'certificateExpiry')
        return t(
          deadline.status === 'late'
            ? 'people.deadline.certExpiredAtDecision'
            : 'people.deadline.certValidAtDecision',
          { date: date(deadline.fulfilledOn) },
        );
      if (deadline.kind === 'probationEnd')
        return t('people.deadline.probationOver', { date: date(deadline.fulfilledOn) });
      if (deadline.status === 'late')
        return t('people.deadline.doneLate', {
          date: date(deadline.fulfilledOn),
          days: number(daysBetween(deadline.due, deadline.fulfilledOn)),
        });
      return t('people.deadline.done', { date: date(deadline.fulfilledOn) });
    }
    if (deadline.daysLeft === 0) return t('people.deadline.dueToday');
    if (deadline.daysLeft > 0)
      return t('people.deadline.daysLeft', { days: number(deadline.daysLeft) });
    return t('people.deadline.daysLate', { days: number(-deadline.daysLeft) });
  };

  return (
    <>
      <ul className="deadlines">
        {deadlines.map((deadline) => (
          <li key={deadline.kind} className={`deadline deadline--${deadline.status}`}>
            <div className="deadline__head">
              <span>{t(`pipeline.deadline.${deadline.kind}`)}</span>
              <Badge tone={TONES[deadline.status]}>
                {deadline.kind === 'probationEnd' && deadline.status === 'met'
                  ? t('pipeline.status.probationEnded')
                  : t(`pipeline.status.${deadline.status}`)}
              </Badge>
            </div>
            <div>
              {t('people.deadline.due', { date: date(deadline.due) })} ·{' '}
              <span className="deadline__when">{when(deadline)}</span>
            </div>
            <p className="deadline__explain">{explainDeadline(deadline, t, date)}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/rules">{t('rules.link')}</Link>
      </p>
    </>
  );
}
