import type { Stage } from '@/domain/pipeline-types';
import { useI18n } from '@/i18n/i18n';
import { Badge } from '@/ui/components';

const TONES: Partial<Record<Stage, 'ok' | 'warn' | 'danger' | 'primary'>> = {
  resolved: 'warn',
  decided: 'warn',
  probation: 'primary',
  official: 'ok',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useI18n();
  return <Badge tone={TONES[stage]}>{t(`stage.${stage}`)}</Badge>;
}
