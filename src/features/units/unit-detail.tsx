// The selected unit: its facts, what can be done with it, and its history.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Unit } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { Alert, Badge } from '@/ui/components';
import { UnitHistory } from './unit-history';
import { UnitStatusBadge } from './unit-tree-table';

export type DetailAction = 'addChild' | 'edit' | 'close' | 'reopen' | 'delete';

export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

interface UnitDetailProps {
  unit: Unit;
  scope: Scope;
  peopleCount: number | undefined;
  notice: Notice | null;
  /** Move focus to the heading (after a form closes), so keyboard users keep their place. */
  autoFocus: boolean;
  busy: boolean;
  onAction: (action: DetailAction) => void;
}

export function UnitDetail({
  unit,
  scope,
  peopleCount,
  notice,
  autoFocus,
  busy,
  onAction,
}: UnitDetailProps) {
  const { t, date, number } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus, unit.id]);

  const isHome = unit.id === scope.homeUnit?.id;
  const closed = Boolean(unit.closedOn);
  const children = scope.units.filter((child) => child.parentId === unit.id);
  const facts: [string, ReactNode][] = [
    [t('units.detail.code'), unit.code],
    [t('units.detail.kind'), t(`unitKind.${unit.kind}`)],
    [t('units.detail.sector'), unit.sector ? t(`unitSector.${unit.sector}`) : '—'],
    [t('units.detail.parent'), scope.unitName(unit.parentId)],
    [t('units.detail.openedOn'), date(unit.openedOn)],
    [t('units.detail.children'), number(children.length)],
    [t('units.detail.people'), peopleCount === undefined ? '…' : number(peopleCount)],
  ];
  if (closed) {
    facts.push([t('units.detail.closedOn'), date(unit.closedOn)]);
    facts.push([t('units.detail.successor'), scope.unitName(unit.successorId)]);
  }

  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {unit.name}
      </h2>
      <p className="unit-panel__badges">
        <UnitStatusBadge unit={unit} unitName={scope.unitName} />
        {isHome ? <Badge tone="primary">{t('units.home')}</Badge> : null}
      </p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <dl className="unit-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="unit-panel__actions">
        {closed ? null : (
          <button
            type="button"
            className="button button--small"
            onClick={() => onAction('addChild')}
          >
            {t('units.action.addChild')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => onAction('edit')}>
          {t('units.action.edit')}
        </button>
        {isHome ? null : closed ? (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => onAction('reopen')}
          >
            {t('units.action.reopen')}
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={() => onAction('close')}>
            {t('units.action.close')}
          </button>
        )}
        {isHome ? null : (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => onAction('delete')}
          >
            {t('units.action.delete')}
          </button>
        )}
      </div>
      {isHome ? <p className="muted unit-panel__hint">{t('units.homeProtected')}</p> : null}
      <h3>{t('units.history.title')}</h3>
      <UnitHistory unitId={unit.id} unitName={scope.unitName} />
    </>
  );
}
