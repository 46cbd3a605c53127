// What a form shows when its save found the record changed in another tab on the same fields
// (or deleted there). Nothing has been saved: each conflicting field offers both values, the
// user's own chosen by default, and the choice goes back into the form; or the user reopens the
// newer version. Their input is never dropped without their saying so.
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import './conflict-view.css';

export interface ConflictField {
  field: string;
  mine: unknown;
  theirs: unknown;
}

interface ConflictViewProps {
  kind: 'changed' | 'deleted';
  conflicts: readonly ConflictField[];
  onApply: (choices: Record<string, 'mine' | 'theirs'>) => void;
  onReopen: () => void;
  onSaveAsNew?: (() => void) | undefined;
  /** The field's label on the form. */
  label: (field: string) => string;
  /** A value as the form shows it (a code list's label, a unit's name); undefined: the default. */
  format?: (field: string, value: unknown) => string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ConflictView({
  kind,
  conflicts,
  onApply,
  onReopen,
  onSaveAsNew,
  label,
  format,
}: ConflictViewProps) {
  const { t, date, number } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});

  // Keyboard and screen-reader users land on the news, not on a button below it.
  useEffect(() => {
    heading.current?.focus();
  }, [kind, conflicts]);

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('conflict.empty');
    const custom = format?.(field, value);
    if (custom !== undefined) return custom;
    if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
    if (typeof value === 'number') return number(value);
    if (typeof value === 'string' && ISO_DATE.test(value)) return date(value);
    if (Array.isArray(value)) return number(value.length);
    return String(value);
  };

  if (kind === 'deleted') {
    return (
      <section className="alert alert--warn conflict-view" aria-labelledby={headingId}>
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {t('conflict.deletedTitle')}
        </h3>
        <p>{t('conflict.deleted')}</p>
        {onSaveAsNew ? (
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={onSaveAsNew}>
              {t('conflict.saveAsNew')}
            </button>
          </div>
        ) : null}
      </section>
    );
  }

  return (
    <section className="alert alert--warn conflict-view" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('conflict.title')}
      </h3>
      <p>{t('conflict.intro')}</p>
      <div className="conflict-view__fields">
        {conflicts.map((conflict) => {
          const choice = choices[conflict.field] ?? 'mine';
          const name = `${headingId}-${conflict.field}`;
          const pick = (value: 'mine' | 'theirs') =>
            setChoices((current) => ({ ...current, [conflict.field]: value }));
          return (
            <fieldset key={conflict.field} className="conflict-view__field">
              <legend>{label(conflict.field)}</legend>
              <label className="conflict-view__choice">
                <input
                  type="radio"
                  name={name}
                  checked={choice === 'mine'}
                  onChange={() => pick('mine')}
                />
                {t('conflict.mine', { value: show(conflict.field, conflict.mine) })}
              </label>
              <label className="conflict-view__choice">
                <input
                  type="radio"
                  name={name}
                  checked={choice === 'theirs'}
                  onChange={() => pick('theirs')}
                />
                {t('conflict.theirs', { value: show(conflict.field, conflict.theirs) })}
              </label>
            </fieldset>
          );
        })}
      </div>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => onApply(choices)}>
          {t('conflict.apply')}
        </button>
        <button type="button" className="button" onClick={onReopen}>
          {t('conflict.reopen')}
        </button>
      </div>
    </section>
  );
}

/** After the user settled a conflict: the form holds the result, to check and save. */
export function ConflictNotice({ notice }: { notice: 'settled' | 'asNew' | null }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className="alert alert--info" role="status">
      {t(notice === 'asNew' ? 'conflict.asNewReady' : 'conflict.applied')}
    </div>
  );
}
