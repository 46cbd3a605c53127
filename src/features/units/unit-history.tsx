// A unit's history in plain words: founded, renamed "A → B", closed on … into ….
import { useQuery } from '@tanstack/react-query';
import type { UnitEvent } from '@/db/schema';
import type { UnitKind, UnitSector } from '@/domain/code-lists';
import { useI18n, type I18n } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import { Loading } from '@/ui/components';
import { unitHistoryQuery } from './unit-queries';

const FIELD_LABELS: Record<string, MessageKey> = {
  code: 'units.detail.code',
  name: 'units.detail.name',
  kind: 'units.detail.kind',
  sector: 'units.detail.sector',
  parentId: 'units.detail.parent',
  openedOn: 'units.detail.openedOn',
  closedOn: 'units.detail.closedOn',
  successorId: 'units.detail.successor',
};

/** The field each kind of event names in its headline (not repeated in the details). */
const HEADLINE_FIELD: Partial<Record<UnitEvent['kind'], string>> = {
  created: 'name',
  renamed: 'name',
  recoded: 'code',
  moved: 'parentId',
};

type UnitName = (id: string | null | undefined) => string;

function formatValue(field: string, value: unknown, i18n: I18n, unitName: UnitName): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (field) {
    case 'kind':
      return i18n.t(`unitKind.${value as UnitKind}`);
    case 'sector':
      return i18n.t(`unitSector.${value as UnitSector}`);
    case 'parentId':
    case 'successorId':
      return unitName(String(value));
    case 'openedOn':
    case 'closedOn':
      return i18n.date(String(value));
    default:
      return String(value);
  }
}

export function describeUnitEvent(
  event: UnitEvent,
  i18n: I18n,
  unitName: UnitName,
): { headline: string; details: string[] } {
  const { t } = i18n;
  const value = (field: string, index: 0 | 1) =>
    formatValue(field, event.changes[field]?.[index], i18n, unitName);
  let headline: string;
  switch (event.kind) {
    case 'created':
      headline = t('units.history.created', { name: value('name', 1) });
      break;
    case 'renamed':
    case 'recoded':
    case 'moved': {
      const field = HEADLINE_FIELD[event.kind] as string;
      headline = t(`units.history.${event.kind}`, {
        from: value(field, 0),
        to: value(field, 1),
      });
      break;
    }
    case 'closed':
      return {
        headline: event.changes.successorId?.[1]
          ? t('units.history.closedInto', {
              date: value('closedOn', 1),
              name: value('successorId', 1),
            })
          : t('units.history.closed', { date: value('closedOn', 1) }),
        details: [],
      };
    case 'reopened':
      return { headline: t('units.history.reopened'), details: [] };
    default:
      headline = t('units.history.edited');
  }
  const skip = HEADLINE_FIELD[event.kind];
  const details = Object.keys(event.changes)
    .filter((field) => field !== skip && field in FIELD_LABELS)
    .map((field) =>
      t('units.history.change', {
        field: t(FIELD_LABELS[field] as MessageKey),
        from: value(field, 0),
        to: value(field, 1),
      }),
    );
  return { headline, details };
}

export function UnitHistory({ unitId, unitName }: { unitId: string; unitName: UnitName }) {
  const i18n = useI18n();
  const history = useQuery(unitHistoryQuery(unitId));
  if (!history.data) return <Loading label={i18n.t('common.loading')} />;
  if (history.data.length === 0) return <p className="muted">{i18n.t('units.history.empty')}</p>;
  return (
    <ol className="unit-history">
      {history.data.map((event) => {
        const { headline, details } = describeUnitEvent(event, i18n, unitName);
        return (
          <li key={event.id}>
            <time dateTime={event.at}>{i18n.dateTime(event.at)}</time>
            <span className="unit-history__headline">{headline}</span>
            {details.length > 0 ? (
              <ul>
                {details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
