// Step 1: a file input (the keyboard way) inside a drop zone, the reading's progress, and why a
// file could not be read.
import { useId } from 'react';
import { useI18n } from '@/i18n/i18n';
import { Alert } from '@/ui/components';
import { useFileDrop } from '@/ui/file-drop';
import type { PlaceImportState } from './use-place-import';

const ACCEPT =
  '.csv,.xlsx,.txt,.tsv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function FileStep({ state }: { state: PlaceImportState }) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const { reading, fileError, chooseFile } = state;
  const { dragging, handlers } = useFileDrop(([file]) => {
    if (file) void chooseFile(file);
  });

  return (
    <>
      <p className="muted place-import__text">{t('placeImport.file.explain')}</p>
      <div
        className={
          dragging ? 'place-import__drop place-import__drop--active' : 'place-import__drop'
        }
        {...handlers}
      >
        {/* The native input is hidden behind a Vietnamese button (Chromium's own "Choose File"
            follows the browser's language); it stays focusable, so Tab and Space open it. */}
        <input
          id={inputId}
          className="visually-hidden place-import__input"
          type="file"
          accept={ACCEPT}
          aria-describedby={hintId}
          disabled={reading !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) is seen as a change.
            event.target.value = '';
            if (file) void chooseFile(file);
          }}
        />
        <label htmlFor={inputId} className="button button--primary place-import__label">
          {t('placeImport.file.choose')}
        </label>
        <span id={hintId} className="muted">
          {dragging ? t('placeImport.file.dropActive') : t('placeImport.file.drop')}
        </span>
      </div>
      {reading ? (
        <div className="place-import__progress" role="status">
          <span>{t(`placeImport.file.phase.${reading.phase}`, { file: reading.file })}</span>
          <progress aria-label={t('placeImport.file.progressLabel', { file: reading.file })} />
        </div>
      ) : null}
      {fileError ? <Alert tone="error">{fileError}</Alert> : null}
    </>
  );
}
