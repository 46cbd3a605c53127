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
import { Alert, EmptyState, PageHeader } from '@/ui/components';
import { Loaded } from '@/ui/page-components';
import { useReopenUnit } from './close-unit';
import type { DetailAction, Notice } from './unit-detail';
import { unitErrorKey } from './unit-errors';
import { UnitPanel, type Panel } from './unit-panel';
import { peopleCountsQuery } from './unit-queries';
import { UnitTreeTable } from './unit-tree-table';
import './units.css';

export default function UnitsPage() {
  return <Loaded value={useScope().scope}>{(scope) => <UnitsScreen scope={scope} />}</Loaded>;
}

function UnitsScreen({ scope }: { scope: Scope }) {
  const { t } = useI18n();
  const location = useLocation();
  const welcome = (location.state as { welcome?: string } | null)?.welcome === 'province';
  const [params, setParams] = useSearchParams();
  const [panel, setPanel] = useState<Panel>({ mode: 'view' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const reopen = useReopenUnit();

  const unitIds = useMemo(() => scope.units.map((unit) => unit.id), [scope.units]);
  const counts = useQuery(peopleCountsQuery(scope.key, unitIds));

  const byId = useMemo(() => new Map(scope.units.map((unit) => [unit.id, unit])), [scope.units]);
  const selected: Unit | undefined =
    byId.get(params.get('unit') ?? '') ?? scope.homeUnit ?? scope.tree[0]?.unit;

  const view = useTreeView(scope);

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

  const afterSave = (unit: Unit, text: string) => {
    view.expandTo(unit);
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

  const panelContent = (
    <UnitPanel
      panel={panel}
      scope={scope}
      selected={selected}
      defaultParent={panel.mode === 'add' && panel.parentId ? byId.get(panel.parentId) : undefined}
      peopleCount={selected ? counts.data?.get(selected.id) : undefined}
      notice={notice}
      autoFocus={returnFocus}
      busy={reopen.isPending}
      onSaved={afterSave}
      onDeleted={(unit, text) =>
        select(unit.parentId ?? scope.homeUnit?.id ?? '', { tone: 'ok', text }, true)
      }
      onCancel={backToView}
      onAction={(action) => void onAction(action)}
    />
  );

  if (scope.allUnits.length === 0) {
    return (
      <>
        <PageHeader title={t('units.title')} description={t('units.description')} />
        {panel.mode === 'add' ? (
          <section className="card unit-panel">{panelContent}</section>
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
          <TreeToolbar scope={scope} view={view} />
          <UnitTreeTable
            nodes={view.nodes}
            parentIds={view.parentIds}
            collapsed={view.collapsed}
            onToggle={view.toggle}
            selectedId={selected?.id}
            onSelect={(unitId) => select(unitId)}
            homeUnitId={scope.homeUnit?.id}
            peopleCounts={counts.data}
            unitName={scope.unitName}
          />
        </div>
        <section className="card unit-panel" aria-label={t('units.detail.label')}>
          {panelContent}
        </section>
      </div>
    </>
  );
}

/** Which units the tree shows: closed ones or not, and the branches folded. */
function useTreeView(scope: Scope) {
  const [showClosed, setShowClosed] = useState(true);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
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
  return {
    showClosed,
    setShowClosed,
    collapsed,
    setCollapsed,
    nodes,
    parentIds,
    /** Unfolds the branches above a unit, so that it is in view. */
    expandTo: (unit: Unit) =>
      setCollapsed((current) => {
        const next = new Set(current);
        for (const step of pathTo(scope.allUnits, unit.id))
          if (step.id !== unit.id) next.delete(step.id);
        return next;
      }),
    toggle: (unitId: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(unitId)) next.add(unitId);
        return next;
      }),
  };
}

/** Show the closed units or not, unfold or fold every branch, and how many units there are. */
function TreeToolbar({ scope, view }: { scope: Scope; view: ReturnType<typeof useTreeView> }) {
  const { t, number } = useI18n();
  const closedCount = scope.units.filter((unit) => unit.closedOn).length;
  const hiddenCount = scope.tree.length - view.nodes.length;
  return (
    <div className="toolbar units-toolbar">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={view.showClosed}
          onChange={(event) => view.setShowClosed(event.target.checked)}
        />
        {t('units.showClosed')}
      </label>
      <button
        type="button"
        className="button button--small"
        onClick={() => view.setCollapsed(new Set())}
      >
        {t('units.expandAll')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => view.setCollapsed(new Set(view.parentIds))}
      >
        {t('units.collapseAll')}
      </button>
      <span className="muted units-toolbar__count">
        {t('units.tree.count', {
          open: number(scope.units.length - closedCount),
          closed: number(closedCount),
        })}
        {hiddenCount > 0 ? ` ${t('units.closedHidden', { count: number(hiddenCount) })}` : ''}
      </span>
    </div>
  );
}
