// /targets: admission quotas against the admissions made, and member counts at the start of
// each year (the denominator of the admission rate).
import { useState } from 'react';
import { localIsoDate, yearOf } from '@/domain/dates';
import { tallyOfPeople } from '@/domain/admission-tally';
import { useI18n } from '@/i18n/i18n';
import { useAdmissionTally } from '@/queries/admissions';
import { useMemberCounts, useTargets } from '@/queries/targets';
import { useScope, type Scope } from '@/queries/units';
import { Alert, Loading, PageHeader } from '@/ui/components';
import { Loaded } from '@/ui/page-components';
import { MemberCountSection } from './member-count-section';
import { TargetSection } from './target-section';
import './targets.css';

const NO_ADMISSIONS = tallyOfPeople([]);

export default function TargetsPage() {
  return <Loaded value={useScope().scope}>{(scope) => <TargetsScreen scope={scope} />}</Loaded>;
}

function TargetsScreen({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const targets = useTargets(scope);
  const counts = useMemberCounts(scope);
  const admissions = useAdmissionTally();
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const year = yearOf(localIsoDate());

  const header = <PageHeader title={t('targets.title')} description={t('targets.description')} />;
  if (targets.isLoading || counts.isLoading || admissions.isLoading) {
    return (
      <>
        {header}
        <Loading label={t('common.loading')} />
      </>
    );
  }
  const failure = targets.error ?? counts.error ?? admissions.error;
  if (failure) {
    return (
      <>
        {header}
        <Alert tone="error">{t('common.error', { message: failure.message })}</Alert>
      </>
    );
  }
  const notify = (tone: 'ok' | 'error', text: string) => setNotice({ tone, text });
  return (
    <>
      {header}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <TargetSection
        scope={scope}
        targets={targets.data ?? []}
        admissions={admissions.data ?? NO_ADMISSIONS}
        year={year}
        notify={notify}
      />
      <MemberCountSection
        scope={scope}
        counts={counts.data ?? []}
        admissions={admissions.data ?? NO_ADMISSIONS}
        year={year}
        notify={notify}
      />
    </>
  );
}
