// Import: a file input (the keyboard way) inside a drop zone, a progress bar per file while the
// worker previews it, then a preview card per file and the buttons that apply them.
import { useId, useState } from 'react';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Alert } from '@/ui/components';
import { LinkButton } from '@/ui/page-components';
import { useFileDrop } from '@/ui/file-drop';
import { applyAllCandidates, useImportFiles } from './import-files';
import { PreviewCard } from './preview-card';

const ACCEPT = '.json,.ptdv.json,application/json';

export function ImportSection({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const { entries, addFiles, apply, applyAll, setTrusted, remove, clear } = useImportFiles(t);
  const { dragging, handlers } = useFileDrop((files) => void addFiles(files));
  const [applyingAll, setApplyingAll] = useState(false);
  const candidates = applyAllCandidates(entries);
  const anyApplied = entries.some((entry) => entry.apply.status === 'applied');
  const finished = entries.some(
    (entry) => entry.preview || entry.failure || entry.apply.status !== 'idle',
  );

  return (
    <section className="card" aria-labelledby="sync-import">
      <h2 id="sync-import">{t('sync.import.title')}</h2>
      <p className="muted sync-text">{t('sync.import.explain')}</p>
      <div className={dragging ? 'sync-drop sync-drop--active' : 'sync-drop'} {...handlers}>
        {/* The native input is hidden behind a Vietnamese button (Chromium's own "Choose
            Files" follows the browser's language); it stays focusable, so Tab and Space
            open the file dialog. */}
        <input
          id={inputId}
          className="visually-hidden sync-drop__input"
          type="file"
          multiple
          accept={ACCEPT}
          aria-describedby={hintId}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that choosing the same file again (a re-import) is seen as a change.
            event.target.value = '';
            void addFiles(files);
          }}
        />
        <label htmlFor={inputId} className="button button--primary sync-drop__label">
          {t('sync.import.choose')}
        </label>
        <span id={hintId} className="muted">
          {dragging ? t('sync.import.dropActive') : t('sync.import.drop')}
        </span>
      </div>

      {anyApplied && !scope.installation ? (
        <Alert tone="ok">
          {t('sync.import.continueSetupText')}{' '}
          <LinkButton to="/setup" label={t('sync.import.continueSetup')} primary />
        </Alert>
      ) : null}

      {entries.length > 0 ? (
        <div className="sync-previews">
          {entries.map((entry) => (
            <PreviewCard
              key={entry.key}
              entry={entry}
              scope={scope}
              onApply={apply}
              onTrust={setTrusted}
              onRemove={remove}
            />
          ))}
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={candidates.length === 0 || applyingAll}
              onClick={() => {
                setApplyingAll(true);
                void applyAll().finally(() => setApplyingAll(false));
              }}
            >
              {t('sync.import.applyAll', { count: candidates.length })}
            </button>
            {finished ? (
              <button type="button" className="button" onClick={clear}>
                {t('sync.import.clear')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
