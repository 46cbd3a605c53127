// Step 4: what was written, and the way back to the places.
import { useI18n } from '@/i18n/i18n';
import { Alert } from '@/ui/components';
import { LinkButton } from '@/ui/page-components';
import type { PlaceImportState } from './use-place-import';

export function DoneStep({ state }: { state: PlaceImportState }) {
  const { t, number } = useI18n();
  const { result, book, plan } = state;
  if (!result) return null;
  return (
    <>
      <Alert tone="ok">
        {t('placeImport.done.summary', {
          file: book?.fileName ?? '',
          created: number(result.created),
          updated: number(result.updated),
          unchanged: number(result.unchanged),
        })}
      </Alert>
      {result.figuresWritten > 0 ? (
        <p>
          {t('placeImport.done.figures', {
            year: plan?.year ?? '',
            count: number(result.figuresWritten),
          })}
        </p>
      ) : null}
      <div className="form-actions">
        <LinkButton to="/places" label={t('placeImport.backToPlaces')} primary />
        <button type="button" className="button" onClick={state.reset}>
          {t('placeImport.done.another')}
        </button>
      </div>
    </>
  );
}
