// The two CSV buttons of an export: first the dialect of the app's language (Vietnamese:
// semicolons and a decimal comma; English: commas and a decimal point), the other beside it,
// each saying in its hint which spreadsheet settings it is for.
import { useI18n } from '@/i18n/i18n';
import { defaultCsvDialect, type CsvDialect } from './csv';

export function CsvButtons({ onDownload }: { onDownload: (dialect: CsvDialect) => void }) {
  const { t, language } = useI18n();
  const first = defaultCsvDialect(language);
  const second: CsvDialect = first === 'vietnamese' ? 'international' : 'vietnamese';
  return (
    <>
      <button
        type="button"
        className="button"
        title={t(`exports.csv.hint.${first}`)}
        onClick={() => onDownload(first)}
      >
        {t(`exports.csv.first.${first}`)}
      </button>
      <button
        type="button"
        className="button"
        title={t(`exports.csv.hint.${second}`)}
        onClick={() => onDownload(second)}
      >
        {t(`exports.csv.second.${second}`)}
      </button>
    </>
  );
}
