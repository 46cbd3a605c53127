// The export card's warning when the data to export has problems the data checks find: a count
// and a link to /quality, never a refusal (the province's checks see the same file).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { localIsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import { QUALITY_CHECK_IDS } from '@/domain/quality-checks';
import { useI18n } from '@/i18n/i18n';
import { qualityQuery } from '@/queries/quality';
import { Alert } from '@/ui/components';
import { Link } from '@/ui/router';

export function ExportQualityWarning({ homeUnit }: { homeUnit: Unit }) {
  const { t, number } = useI18n();
  const [today] = useState(() => localIsoDate());
  const report = useQuery(qualityQuery({ rootUnitId: homeUnit.id, today }));
  if (!report.data) return null;
  const data = report.data;
  const total = QUALITY_CHECK_IDS.reduce((sum, id) => sum + data.counts[id].total, 0);
  if (total === 0) return null;
  return (
    <Alert tone="warn">
      {t('quality.warning.export', { count: number(total) })}{' '}
      <Link to={`/quality?unit=${encodeURIComponent(homeUnit.code)}`}>
        {t('quality.warning.link')}
      </Link>
    </Alert>
  );
}
