// /sync: files in (preview, apply) and out (a unit's file for the province; the province's file
// for its units), the province's keys and its sync board. Open before the first-run choice: a
// new installation gets its unit tree by importing the province's file here.
import { useI18n } from '@/i18n/i18n';
import { useScope, type Scope } from '@/queries/units';
import { Alert, Loading, PageHeader } from '@/ui/components';
import { LinkButton } from '@/ui/page-components';
import { DownwardExportCard, ExportCard, ReminderBanner, ReminderCard } from './export-section';
import { ExportHistory, ImportHistory } from './history-tables';
import { ImportSection } from './import-section';
import { ProvinceKeysCard, UnitKeysCard } from './province-keys-card';
import { SyncBoardCard } from './sync-board';
import './sync.css';

export default function SyncPage() {
  const { t } = useI18n();
  const { scope } = useScope();
  return (
    <div className="sync-page">
      <PageHeader title={t('sync.title')} description={t('sync.description')} />
      {scope ? <SyncContent scope={scope} /> : <Loading label={t('common.loading')} />}
    </div>
  );
}

function SyncContent({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const { installation, homeUnit } = scope;

  if (!installation) {
    return (
      <>
        <Alert tone="info">{t('sync.notSetUp.body')}</Alert>
        <ImportSection scope={scope} />
        <p>
          {t('sync.notSetUp.setupHint')}{' '}
          <LinkButton to="/setup" label={t('sync.notSetUp.toSetup')} />
        </p>
        <ImportHistory />
      </>
    );
  }

  if (installation.kind === 'province') {
    return (
      <>
        <ImportSection scope={scope} />
        {homeUnit ? <SyncBoardCard scope={scope} /> : null}
        <div className="sync-grid">
          {homeUnit ? <DownwardExportCard homeUnit={homeUnit} /> : null}
          <ProvinceKeysCard />
        </div>
        <UnitKeysCard scope={scope} />
        <ImportHistory />
        <ExportHistory />
      </>
    );
  }

  return (
    <>
      {homeUnit ? <ReminderBanner homeUnit={homeUnit} installation={installation} /> : null}
      {homeUnit ? (
        <div className="sync-grid">
          <ExportCard homeUnit={homeUnit} />
          <ReminderCard homeUnit={homeUnit} installation={installation} />
        </div>
      ) : null}
      <ImportSection scope={scope} />
      <ExportHistory />
      <ImportHistory />
    </>
  );
}
