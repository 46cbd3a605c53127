// Restoring a full backup, as the settings page and the first-run page show it: a real file
// input, what the file holds, the province key's passphrase when the file carries that key, a
// confirmation before anything on this computer is replaced, progress, then the outcome. The
// work itself is the flow's (src/queries/backup.ts): this component only shows it.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod';
import { STORE_TABLES } from '@/domain/store-tables';
import { useI18n } from '@/i18n/i18n';
import type { BackupPreview, BackupWorkerProgress, RestoreFlow } from '@/queries/backup';
import { Alert } from './components';
import { PassphraseField } from './passphrase-field';
import './restore-backup.css';

const ACCEPT = '.json,.ptdv.json,application/json';

// Whether a passphrase is needed depends on the file: checked in submit, not in the schema.
const passphraseSchema = z.object({ passphrase: z.string(), withoutProvinceKey: z.boolean() });
type PassphraseValues = z.infer<typeof passphraseSchema>;

/** Phases counted in records; the others are one step each. */
const COUNTED_PHASES: ReadonlySet<string> = new Set(['read', 'validate', 'write']);

export function BackupProgress({ progress }: { progress: BackupWorkerProgress | null }) {
  const { t, number } = useI18n();
  const counted = progress !== null && COUNTED_PHASES.has(progress.phase) && progress.total > 0;
  return (
    <div className="backup-progress" role="status" aria-live="polite">
      <progress
        max={counted ? progress.total : undefined}
        value={counted ? progress.done : undefined}
        aria-label={t('settings.backup.progressLabel')}
      />
      <span className="muted">
        {t(`settings.backup.progress.${progress?.phase ?? 'start'}`, {
          done: number(progress?.done ?? 0),
          total: number(progress?.total ?? 0),
        })}
      </span>
    </div>
  );
}

export interface RestoreBackupProps {
  flow: RestoreFlow;
  /** What the store holds now; a store with data asks before it is replaced. */
  current: { people: number; units: number; installation: boolean } | undefined;
  /** Shown with the success message (e.g. a link to the home page). */
  doneActions?: ReactNode;
}

export function RestoreBackup({ flow, current, doneActions }: RestoreBackupProps) {
  const { t, tMessage, number } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, error } = flow;
  const busy = state.step === 'reading' || state.step === 'restoring';
  const preview =
    state.step === 'preview' || state.step === 'restoring' ? state.previewed.preview : null;
  const holdsData =
    current !== undefined && (current.people > 0 || current.units > 0 || current.installation);

  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    formState: { errors },
  } = useForm<PassphraseValues>({
    resolver: zodResolver(passphraseSchema),
    defaultValues: { passphrase: '', withoutProvinceKey: false },
  });
  const withoutKey = useWatch({ control, name: 'withoutProvinceKey' });
  const needsPassphrase = preview?.provinceKey === 'protected';
  const [chosen, setChosen] = useState<PassphraseValues | null>(null);

  const run = async (values: PassphraseValues) => {
    dialog.current?.close();
    const summary = await flow.restore(
      needsPassphrase
        ? values.withoutProvinceKey
          ? { withoutProvinceKey: true }
          : { passphrase: values.passphrase }
        : {},
    );
    if (summary) reset();
  };

  const submit = async (values: PassphraseValues) => {
    if (needsPassphrase && !values.withoutProvinceKey && values.passphrase === '') {
      setError(
        'passphrase',
        { message: 'settings.backup.restore.passphraseRequired' },
        { shouldFocus: true },
      );
      return;
    }
    if (holdsData) {
      setChosen(values);
      dialog.current?.showModal();
      return;
    }
    await run(values);
  };
  // handleSubmit is called at the event, not while rendering: `submit` touches the dialog's ref.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => void handleSubmit(submit)(event);

  return (
    <div className="backup-restore">
      <FileChooser
        busy={busy}
        chosen={preview !== null}
        onChoose={(file) => void flow.choose(file)}
      />

      {state.step === 'reading' ? (
        <>
          <p className="muted">{t('settings.backup.restore.reading', { file: state.fileName })}</p>
          <BackupProgress progress={state.progress} />
        </>
      ) : null}

      {error ? <Alert tone="error">{error}</Alert> : null}

      {preview ? (
        <section
          className="backup-preview"
          aria-label={t('settings.backup.restore.previewTitle', { file: preview.fileName })}
        >
          <h3>{t('settings.backup.restore.previewTitle', { file: preview.fileName })}</h3>
          <PreviewFacts preview={preview} />
          <PreviewNotices preview={preview} replaces={holdsData ? current : undefined} />

          <form className="form backup-restore__form" onSubmit={onSubmit} noValidate>
            {needsPassphrase ? (
              <>
                {withoutKey ? null : (
                  <PassphraseField
                    label={t('settings.backup.restore.passphrase')}
                    registration={register('passphrase')}
                    autoComplete="off"
                    hint={t('settings.backup.restore.passphraseHint')}
                    error={
                      errors.passphrase?.message ? tMessage(errors.passphrase.message) : undefined
                    }
                  />
                )}
                <label className="checkbox">
                  <input type="checkbox" {...register('withoutProvinceKey')} />
                  {t('settings.backup.restore.withoutKey')}
                </label>
              </>
            ) : null}
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {state.step === 'restoring'
                  ? t('settings.backup.restore.restoring')
                  : t('settings.backup.restore.submit')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={flow.reset}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
          {state.step === 'restoring' ? <BackupProgress progress={state.progress} /> : null}

          <ConfirmDialog
            dialog={dialog}
            preview={preview}
            onConfirm={() => {
              if (chosen) void run(chosen);
            }}
          />
        </section>
      ) : null}

      {state.step === 'done' ? (
        <Alert tone="ok">
          {t('settings.backup.restore.done', {
            file: state.summary.fileName,
            people: number(state.summary.counts.people),
            units: number(state.summary.counts.units),
          })}
          {state.summary.provinceKey === 'restored'
            ? ` ${t('settings.backup.restore.doneKey')}`
            : null}
          {doneActions ? <div className="backup-restore__done">{doneActions}</div> : null}
        </Alert>
      ) : null}
    </div>
  );
}

/** The file input, with what a backup file is. */
function FileChooser({
  busy,
  chosen,
  onChoose,
}: {
  busy: boolean;
  /** A file is chosen already: the button offers another. */
  chosen: boolean;
  onChoose: (file: File) => void;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="backup-restore__choose">
      {/* The native input is hidden behind a Vietnamese button (Chromium's own "Choose
          File" follows the browser's language); it stays focusable for the keyboard. */}
      <input
        id={inputId}
        className="visually-hidden backup-restore__input"
        type="file"
        accept={ACCEPT}
        aria-describedby={hintId}
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again is seen as a change.
          event.target.value = '';
          if (file) onChoose(file);
        }}
      />
      <label
        htmlFor={inputId}
        className={
          chosen ? 'button backup-restore__label' : 'button button--primary backup-restore__label'
        }
        aria-disabled={busy}
      >
        {chosen ? t('settings.backup.restore.chooseOther') : t('settings.backup.restore.choose')}
      </label>
      <span id={hintId} className="muted">
        {t('settings.backup.restore.explain')}
      </span>
    </div>
  );
}

/** When and where the backup was made, and what it holds. */
function PreviewFacts({ preview }: { preview: BackupPreview }) {
  const { t, number, dateTime } = useI18n();
  return (
    <>
      <dl className="backup-facts">
        <div>
          <dt>{t('settings.backup.restore.madeAt')}</dt>
          <dd>{dateTime(preview.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('settings.backup.restore.unit')}</dt>
          <dd>{`${preview.unit.name} (${preview.unit.code})`}</dd>
        </div>
        <div>
          <dt>{t('settings.backup.restore.kind')}</dt>
          <dd>
            {preview.installationKind
              ? t(`settings.installation.kind.${preview.installationKind}`)
              : t('settings.backup.restore.kindNone')}
          </dd>
        </div>
        <div>
          <dt>{t('settings.backup.restore.app')}</dt>
          <dd>{preview.app}</dd>
        </div>
      </dl>
      <table className="table backup-counts">
        <caption>{t('settings.backup.restore.contents')}</caption>
        <tbody>
          {STORE_TABLES.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`settings.backup.count.${key}`)}</th>
              <td className="num">{number(preview.counts[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** What restoring the file brings besides the records, and what it replaces. */
function PreviewNotices({
  preview,
  replaces,
}: {
  preview: BackupPreview;
  /** What this computer holds now, when the restore would replace it. */
  replaces: { people: number; units: number } | undefined;
}) {
  const { t, number } = useI18n();
  return (
    <>
      {preview.demo ? <Alert tone="info">{t('settings.backup.restore.demo')}</Alert> : null}
      {preview.appLock ? <Alert tone="info">{t('settings.backup.restore.appLock')}</Alert> : null}
      {preview.signingKey ? (
        <Alert tone="info">{t('settings.backup.restore.signingKey')}</Alert>
      ) : null}
      {preview.provinceKey === 'notIncluded' ? (
        <Alert tone="warn">{t('settings.backup.restore.provinceKeyNotIncluded')}</Alert>
      ) : null}
      {preview.omittedSettings.length > 0 ? (
        <Alert tone="info">
          {t('settings.backup.restore.omitted', { keys: preview.omittedSettings.join(', ') })}
        </Alert>
      ) : null}
      {replaces ? (
        <Alert tone="warn">
          {t('settings.backup.restore.replaceWarning', {
            people: number(replaces.people),
            units: number(replaces.units),
          })}
        </Alert>
      ) : null}
    </>
  );
}

/** Asks before a restore replaces what this computer holds; Cancel has the focus. */
function ConfirmDialog({
  dialog,
  preview,
  onConfirm,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  preview: BackupPreview;
  onConfirm: () => void;
}) {
  const { t, dateTime } = useI18n();
  const dialogTitleId = useId();
  return (
    <dialog ref={dialog} className="backup-dialog" aria-labelledby={dialogTitleId}>
      <h2 id={dialogTitleId}>{t('settings.backup.restore.confirmTitle')}</h2>
      <p>
        {t('settings.backup.restore.confirmText', {
          file: preview.fileName,
          date: dateTime(preview.createdAt),
        })}
      </p>
      <div className="form-actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('settings.backup.restore.confirm')}
        </button>
        <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
