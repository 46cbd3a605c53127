// The add/edit form both sections of the page share (a quota, a member count): the draft kept
// across a reload, another tab's edit merged or shown as a conflict, the repository's rule
// (no two quotas of a unit over one year, no two counts of a unit for one year) shown with the
// field to fix focused, any other failure worded by useStorageErrorMessage; then the frame:
// heading, those notices, the fields, save and cancel.
import { useState, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { TargetRuleError } from '@/db/targets-repo';
import { useI18n } from '@/i18n/i18n';
import { useSaveConflict, type SaveConflictState } from '@/queries/save-conflict';
import { useStorageErrorMessage } from '@/queries/storage-error-message';
import { Alert } from '@/ui/components';
import { ConflictNotice, ConflictView } from '@/ui/conflict-view';
import { DraftBanner } from '@/ui/draft-banner';
import { draftFormKey, useFormDraft, type FormDraft } from '@/ui/form-draft';

interface SaveRequest<Values, Saved> {
  /** Null for a new record. */
  id: string | null;
  values: Values;
  /** The version the form loaded: another tab's edit since is merged, or reported. */
  base: Saved | undefined;
}

interface RecordFormOptions<Input extends FieldValues, Values, Saved extends { id: string }> {
  form: UseFormReturn<Input, unknown, Values>;
  /** The form's name in its draft's key (src/ui/form-draft.ts). */
  draftName: string;
  /** The stored record being edited; undefined for a new one. */
  existing: Saved | undefined;
  /** The form's values for a stored record (the newer version, after a conflict). */
  valuesOf: (record: Saved) => Input;
  save: {
    mutateAsync: (request: SaveRequest<Values, Saved>) => Promise<Saved>;
    isPending: boolean;
  };
  /** What the page says once the record is saved. */
  savedText: (saved: Saved) => string;
  /** The repository refused its rule: what to say, and the field to focus. */
  ruleBroken: (values: Values) => { text: string; focus: Path<Input> };
  /** The form closes: with the notice of a save, or null when cancelled. */
  onDone: (notice: string | null) => void;
}

export interface RecordFormState<Saved extends object> {
  draft: FormDraft;
  versions: SaveConflictState<Saved>;
  saveError: string | null;
  saving: boolean;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
}

export function useRecordForm<Input extends FieldValues, Values, Saved extends { id: string }>(
  options: RecordFormOptions<Input, Values, Saved>,
): RecordFormState<Saved> {
  const { form, existing, valuesOf, save, savedText, ruleBroken, onDone } = options;
  const [saveError, setSaveError] = useState<string | null>(null);
  const draft = useFormDraft(form, draftFormKey(options.draftName, existing?.id));
  const errorMessage = useStorageErrorMessage();
  const versions = useSaveConflict(existing, (record, keepDirty) =>
    form.reset(valuesOf(record), keepDirty ? { keepDefaultValues: true } : undefined),
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setSaveError(null);
    versions.reset();
    try {
      const saved = await save.mutateAsync({
        // The loaded version's id: the record may have gone from the list (deleted in another tab).
        id: versions.asNew ? null : (versions.base?.id ?? null),
        values,
        base: versions.base,
      });
      draft.clear();
      onDone(savedText(saved));
    } catch (error) {
      if (versions.catchConflict(error)) return;
      if (error instanceof TargetRuleError) {
        const broken = ruleBroken(values);
        setSaveError(broken.text);
        form.setFocus(broken.focus);
      } else {
        setSaveError(errorMessage(error));
      }
    }
  });

  const onCancel = () => {
    draft.clear();
    onDone(null);
  };

  return { draft, versions, saveError, saving: save.isPending, onSubmit, onCancel };
}

interface RecordFormProps<Saved extends object> {
  state: RecordFormState<Saved>;
  headingId: string;
  title: string;
  saveLabel: string;
  /** How the conflict view names the fields and shows their values (targets-conflict.ts). */
  conflictText: {
    label: (field: string) => string;
    format: (field: string, value: unknown) => string | undefined;
  };
  /** The fields, in a grid. */
  children: ReactNode;
}

export function RecordForm<Saved extends object>(props: RecordFormProps<Saved>) {
  const { t } = useI18n();
  const { state } = props;
  const { versions } = state;
  return (
    <form
      className="form inline-form"
      onSubmit={state.onSubmit}
      noValidate
      aria-labelledby={props.headingId}
    >
      <h3 id={props.headingId}>{props.title}</h3>
      <DraftBanner draft={state.draft} />
      {versions.view ? <ConflictView {...versions.view} {...props.conflictText} /> : null}
      <ConflictNotice notice={versions.notice} />
      {state.saveError ? <Alert tone="error">{state.saveError}</Alert> : null}
      <div className="form-grid">{props.children}</div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={state.saving}>
          {state.saving ? t('common.saving') : props.saveLabel}
        </button>
        <button type="button" className="button" onClick={state.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
