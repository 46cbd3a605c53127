// The party tree as an indented table: a disclosure button per parent (keyboard: Tab + Enter/Space),
// the unit's name as a button that selects it for the detail panel.
import type { Unit } from '@/domain/entities';
import type { TreeNode } from '@/domain/unit-tree';
import { useI18n } from '@/i18n/i18n';
import { Badge, ScrollRegion } from '@/ui/components';
import { TableHead } from '@/ui/page-components';

interface UnitTreeTableProps {
  nodes: TreeNode<Unit>[];
  parentIds: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  onToggle: (unitId: string) => void;
  selectedId: string | undefined;
  onSelect: (unitId: string) => void;
  homeUnitId: string | undefined;
  peopleCounts: ReadonlyMap<string, number> | undefined;
  unitName: (id: string | null | undefined) => string;
}

/** The rows left once collapsed parents hide their descendants. */
function visibleNodes(nodes: TreeNode<Unit>[], collapsed: ReadonlySet<string>): TreeNode<Unit>[] {
  const out: TreeNode<Unit>[] = [];
  let hiddenBelow: number | null = null;
  for (const node of nodes) {
    if (hiddenBelow !== null && node.depth > hiddenBelow) continue;
    hiddenBelow = collapsed.has(node.unit.id) ? node.depth : null;
    out.push(node);
  }
  return out;
}

export function UnitTreeTable({
  nodes,
  parentIds,
  collapsed,
  onToggle,
  selectedId,
  onSelect,
  homeUnitId,
  peopleCounts,
  unitName,
}: UnitTreeTableProps) {
  const { t, number } = useI18n();
  return (
    <ScrollRegion label={t('common.tableOf', { title: t('units.tree.caption') })}>
      <table className="table unit-tree">
        <caption className="visually-hidden">{t('units.tree.caption')}</caption>
        <TableHead
          columns={[
            t('units.col.name'),
            t('units.col.code'),
            { label: t('units.col.people'), num: true },
            t('units.col.status'),
          ]}
        />
        <tbody>
          {visibleNodes(nodes, collapsed).map(({ unit, depth }) => {
            const closed = Boolean(unit.closedOn);
            const selected = unit.id === selectedId;
            const isParent = parentIds.has(unit.id);
            const expanded = !collapsed.has(unit.id);
            const details = [
              t(`unitKind.${unit.kind}`),
              unit.sector ? t(`unitSector.${unit.sector}`) : null,
            ].filter(Boolean);
            return (
              <tr
                key={unit.id}
                className={[closed ? 'is-closed' : '', selected ? 'is-selected' : '']
                  .filter(Boolean)
                  .join(' ')}
              >
                <td>
                  <div className="unit-tree__name" style={{ paddingLeft: `${depth * 22}px` }}>
                    {isParent ? (
                      <button
                        type="button"
                        className="unit-tree__toggle"
                        aria-expanded={expanded}
                        aria-label={t(expanded ? 'units.collapse' : 'units.expand', {
                          name: unit.name,
                        })}
                        onClick={() => onToggle(unit.id)}
                      >
                        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                      </button>
                    ) : (
                      <span className="unit-tree__spacer" aria-hidden="true" />
                    )}
                    <div>
                      <button
                        type="button"
                        className="unit-tree__select"
                        aria-pressed={selected}
                        onClick={() => onSelect(unit.id)}
                      >
                        {unit.name}
                      </button>
                      {unit.id === homeUnitId ? (
                        <>
                          {' '}
                          <Badge tone="primary">{t('units.home')}</Badge>
                        </>
                      ) : null}
                      <div className="unit-tree__meta">{details.join(' · ')}</div>
                    </div>
                  </div>
                </td>
                <td>{unit.code}</td>
                <td className="num">
                  {peopleCounts ? number(peopleCounts.get(unit.id) ?? 0) : ''}
                </td>
                <td>
                  <UnitStatusBadge unit={unit} unitName={unitName} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function UnitStatusBadge({
  unit,
  unitName,
}: {
  unit: Unit;
  unitName: (id: string | null | undefined) => string;
}) {
  const { t } = useI18n();
  if (!unit.closedOn) return <Badge tone="ok">{t('units.status.open')}</Badge>;
  return (
    <Badge>
      {unit.successorId
        ? t('units.status.closedInto', { name: unitName(unit.successorId) })
        : t('units.status.closed')}
    </Badge>
  );
}
