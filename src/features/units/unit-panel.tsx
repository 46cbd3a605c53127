// The units page's side panel: the selected unit's detail, or the form of what is being done to
// it (add a unit, edit, close into a successor, delete).
import type { Unit } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import type { Scope } from '@/queries/units';
import { CloseUnitForm } from './close-unit-form';
import { DeleteUnitConfirm } from './delete-unit-confirm';
import { UnitDetail, type DetailAction, type Notice } from './unit-detail';
import { UnitForm } from './unit-form';

export type Panel =
  | { mode: 'view' }
  | { mode: 'add'; parentId: string | null }
  | { mode: 'edit' }
  | { mode: 'close' }
  | { mode: 'delete' };

interface UnitPanelProps {
  panel: Panel;
  scope: Scope;
  selected: Unit | undefined;
  /** The parent a new unit starts under. */
  defaultParent: Unit | undefined;
  peopleCount: number | undefined;
  notice: Notice | null;
  /** Focus the detail's heading (back from a form or after a save). */
  autoFocus: boolean;
  busy: boolean;
  onSaved: (unit: Unit, text: string) => void;
  onDeleted: (unit: Unit, text: string) => void;
  onCancel: () => void;
  onAction: (action: DetailAction) => void;
}

export function UnitPanel({
  panel,
  scope,
  selected,
  defaultParent,
  onSaved,
  onDeleted,
  onCancel,
  ...detail
}: UnitPanelProps) {
  const { t } = useI18n();
  if (panel.mode === 'add') {
    return (
      <>
        <h2>{t('units.form.addTitle')}</h2>
        <UnitForm
          scope={scope}
          defaultParent={defaultParent}
          onSaved={onSaved}
          onCancel={onCancel}
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
          <UnitForm scope={scope} unit={selected} onSaved={onSaved} onCancel={onCancel} />
        </>
      );
    case 'close':
      return (
        <>
          <h2>{t('units.close.title', { name: selected.name })}</h2>
          <CloseUnitForm scope={scope} unit={selected} onClosed={onSaved} onCancel={onCancel} />
        </>
      );
    case 'delete':
      return (
        <>
          <h2>{t('units.delete.title', { name: selected.name })}</h2>
          <DeleteUnitConfirm unit={selected} onDeleted={onDeleted} onCancel={onCancel} />
        </>
      );
    default:
      return <UnitDetail unit={selected} scope={scope} {...detail} />;
  }
}
