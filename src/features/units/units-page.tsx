// The party tree of the installation's scope, with a detail panel for the selected unit:
// add, edit (history kept), close into a successor, reopen, delete an empty unit.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocation, useSearchParams } from '@/ui/router';
import type { Unit } from '@/domain/entities';
import { pathTo } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { useScope, type Scope } from '@/queries/units';
import { Alert, EmptyState, Loading, PageHeader } from '@/ui/components';
import { useReopenUnit } from './close-unit';
import { CloseUnitForm } from './close-unit-form';
import { DeleteUnitConfirm } from './delete-unit-confirm';
import { UnitDetail, type DetailAction, type Notice } from './unit-detail';
import { unitErrorKey } from './unit-errors';
import { UnitForm } from './unit-form';
import { peopleCountsQuery } from './unit-queries';
import { UnitTreeTable } from './unit-tree-table';
import './units.css';

type Panel =
  | { mode: 'view' }
  | { mode: 'add'; parentId: string | null }
  | { mode: 'edit' }
  | { mode: 'close' }
  | { mode: 'delete' };

export default function UnitsPage() {
  const { t } = useI18n();
  const { scope } = useScope();
  if (!scope) return <Loading label={t('common.loading')} />;
  return <UnitsScreen scope={scope} />;
}

function UnitsScreen({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const location = useLocation();
  const welcome = (location.state as { welcome?: string } | null)?.welcome === 'province';
  const [params, setParams] = useSearchParams();
  const [showClosed, setShowClosed] = useState(true);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<Panel>({ mode: 'view' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const reopen = useReopenUnit();

  const unitIds = useMemo(() => scope.units.map((unit) => unit.id), [scope.units]);
  const counts = useQuery(peopleCountsQuery(scope.key, unitIds));

  const byId = useMemo(() => new Map(scope.units.map((unit) => [unit.id, unit])), [scope.units]);
  const selected: Unit | undefined =
    byId.get(params.get('unit') ?? '') ?? scope.homeUnit ?? scope.tree[0]?.unit;

  // A closed unit stays in view while it still has open units below it (they hang under it).
  const nodes = useMemo(() => {
    if (showClosed) return scope.tree;
    const keep = new Set<string>();
    for (const unit of scope.units) {
      if (unit.closedOn) continue;
      for (const step of pathTo(scope.units, unit.id)) keep.add(step.id);
    }
    return scope.tree.filter(({ unit }) => keep.has(unit.id));
  }, [scope.tree, scope.units, showClosed]);
  const parentIds = useMemo(
    () => new Set(nodes.map(({ unit }) => unit.parentId).filter((id): id is string => !!id)),
    [nodes],
  );
  const closedCount = scope.units.filter((unit) => unit.closedOn).length;
  const hiddenCount = scope.tree.length - nodes.length;

  const select = (unitId: string, next: Notice | null = null, focus = false) => {
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('unit', unitId);
      return updated;
    });
    setPanel({ mode: 'view' });
    setNotice(next);
    setReturnFocus(focus);
  };

  const expandTo = (unit: Unit) =>
    setCollapsed((current) => {
      const next = new Set(current);
      for (const step of pathTo(scope.allUnits, unit.id))
        if (step.id !== unit.id) next.delete(step.id);
      return next;
    });

  const afterSave = (unit: Unit, text: string) => {
    expandTo(unit);
    select(unit.id, { tone: 'ok', text }, true);
  };

  const backToView = () => {
    setPanel({ mode: 'view' });
    setReturnFocus(true);
  };

  const openAdd = (parent: Unit | undefined) => {
    setNotice(null);
    setPanel({ mode: 'add', parentId: parent?.id ?? null });
  };

  const onAction = async (action: DetailAction) => {
    if (!selected) return;
    setNotice(null);
    setReturnFocus(false);
    if (action === 'addChild') return openAdd(selected);
    if (action !== 'reopen') return setPanel({ mode: action });
    try {
      const reopened = await reopen.mutateAsync(selected.id);
      setNotice({ tone: 'ok', text: t('units.done.reopened', { name: reopened.name }) });
    } catch (error) {
      const key = unitErrorKey('reopen', error);
      setNotice({
        tone: 'error',
        text: key ? t(key, { code: selected.code }) : storageErrorMessage(t, error, 'save'),
      });
    }
  };

  const addButton = (
    <button
      type="button"
      className="button button--primary"
      onClick={() =>
        openAdd(selected && !selected.closedOn ? selected : (scope.homeUnit ?? undefined))
      }
    >
      {t('units.add')}
    </button>
  );

  const panelContent = () => {
    if (panel.mode === 'add') {
      return (
        <>
          <h2>{t('units.form.addTitle')}</h2>
          <UnitForm
            scope={scope}
            defaultParent={panel.parentId ? byId.get(panel.parentId) : undefined}
            onSaved={afterSave}
            onCancel={backToView}
          />
        </>
      );
    }
    if (!selected) return <p className="muted">{t('units.selectHint')}</p>;
    switch (panel.mode) {
      case 'edit':
        return (
          <>
            <h2>{t('units.form.editTitle', { name: selected.name })}</h2>
            <UnitForm scope={scope} unit={selected} onSaved={afterSave} onCancel={backToView} />
          </>
        );
      case 'close':
        return (
          <>
            <h2>{t('units.close.title', { name: selected.name })}</h2>
            <CloseUnitForm
              scope={scope}
              unit={selected}
              onClosed={afterSave}
              onCancel={backToView}
            />
          </>
        );
      case 'delete':
        return (
          <>
            <h2>{t('units.delete.title', { name: selected.name })}</h2>
            <DeleteUnitConfirm
              unit={selected}
              onDeleted={(unit, text) =>
                select(unit.parentId ?? scope.homeUnit?.id ?? '', { tone: 'ok', text }, true)
              }
              onCancel={backToView}
            />
          </>
        );
      default:
        return (
          <UnitDetail
            unit={selected}
            scope={scope}
            peopleCount={counts.data?.get(selected.id)}
            notice={notice}
            autoFocus={returnFocus}
            busy={reopen.isPending}
            onAction={(action) => void onAction(action)}
          />
        );
    }
  };

  if (scope.allUnits.length === 0) {
    return (
      <>
        <PageHeader title={t('units.title')} description={t('units.description')} />
        {panel.mode === 'add' ? (
          <section className="card unit-panel">{panelContent()}</section>
        ) : (
          <EmptyState title={t('units.empty.title')} action={addButton}>
            {t('units.empty.text')}
          </EmptyState>
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={t('units.description')}
        actions={addButton}
      />
      {welcome ? <Alert tone="ok">{t('units.welcome')}</Alert> : null}
      {scope.installation && !scope.homeUnit ? (
        <Alert tone="warn">{t('units.homeMissing')}</Alert>
      ) : null}
      <div className="units-layout">
        <div>
          <div className="toolbar units-toolbar">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={showClosed}
                onChange={(event) => setShowClosed(event.target.checked)}
              />
              {t('units.showClosed')}
            </label>
            <button
              type="button"
              className="button button--small"
              onClick={() => setCollapsed(new Set())}
            >
              {t('units.expandAll')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setCollapsed(new Set(parentIds))}
            >
              {t('units.collapseAll')}
            </button>
            <span className="muted units-toolbar__count">
              {t('units.tree.count', {
                open: scope.units.length - closedCount,
                closed: closedCount,
              })}
              {hiddenCount > 0 ? ` ${t('units.closedHidden', { count: hiddenCount })}` : ''}
            </span>
          </div>
          <UnitTreeTable
            nodes={nodes}
            parentIds={parentIds}
            collapsed={collapsed}
            onToggle={(unitId) =>
              setCollapsed((current) => {
                const next = new Set(current);
                if (!next.delete(unitId)) next.add(unitId);
                return next;
              })
            }
            selectedId={selected?.id}
            onSelect={(unitId) => select(unitId)}
            homeUnitId={scope.homeUnit?.id}
            peopleCounts={counts.data}
            unitName={scope.unitName}
          />
        </div>
        <section className="card unit-panel" aria-label={t('units.detail.label')}>
          {panelContent()}
        </section>
      </div>
    </>
  );
}
