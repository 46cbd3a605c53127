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
      {([first, second] as const).map((dialect, index) => (
        <button
          key={dialect}
          type="button"
          className="button"
          title={t(`exports.csv.hint.${dialect}`)}
          onClick={() => onDownload(dialect)}
        >
          {t(index === 0 ? `exports.csv.first.${dialect}` : `exports.csv.second.${dialect}`)}
        </button>
      ))}
    </>
  );
}
