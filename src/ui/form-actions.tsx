// The buttons under a form that keeps a draft: save (saying "saving" while it runs) and cancel,
// which forgets the draft before closing the form.
import { useI18n } from '@/i18n/i18n';
import type { FormDraft } from './form-draft';

export function FormActions({
  submitLabel,
  busy,
  disabled = busy,
  draft,
  onCancel,
}: {
  submitLabel: string;
  /** The save is running: the button says so. */
  busy: boolean;
  /** The save cannot be pressed (by default, while it runs). */
  disabled?: boolean;
  draft: Pick<FormDraft, 'clear'>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={disabled}>
        {busy ? t('common.saving') : submitLabel}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          draft.clear();
          onCancel();
        }}
      >
        {t('common.cancel')}
      </button>
    </div>
  );
}
