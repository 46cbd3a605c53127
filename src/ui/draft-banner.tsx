// The offer to bring back input that was typed but not saved (a reload, a crash, a closed tab):
// restore it into the form, or discard it. Shown at the top of the form it belongs to.
import type { MouseEvent } from 'react';
import { localIsoDate } from '@/domain/dates';
import { useI18n } from '@/i18n/i18n';
import type { FormDraft } from './form-draft';
import './draft-banner.css';

function timeOfDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

export function DraftBanner({ draft }: { draft: FormDraft }) {
  const { t, date } = useI18n();
  if (!draft.offered) return null;
  const savedAt = new Date(draft.offered.savedAt);

  // The banner goes away on either answer: the focus moves to the form's first field, not to <body>.
  const answer = (action: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    const field = event.currentTarget
      .closest('form')
      ?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select, textarea');
    action();
    field?.focus();
  };

  return (
    <section className="alert alert--warn draft-banner" aria-label={t('draft.label')}>
      <p className="draft-banner__text">
        {t('draft.found', {
          // One unbreakable "hh:mm dd/mm/yyyy": a narrow panel must not split it.
          when: `${timeOfDay(savedAt)}\u00a0${date(localIsoDate(savedAt))}`,
        })}
        {draft.offered.recordChanged ? ` ${t('draft.recordChanged')}` : null}
      </p>
      <div className="draft-banner__actions">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={answer(draft.restore)}
        >
          {t('draft.restore')}
        </button>
        <button type="button" className="button button--small" onClick={answer(draft.discard)}>
          {t('draft.discard')}
        </button>
      </div>
    </section>
  );
}
