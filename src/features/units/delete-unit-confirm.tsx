// Deleting is for a unit entered by mistake; the explanation steers everything else to closing.
import { useEffect, useRef, useState } from 'react';
import type { Unit } from '@/domain/entities';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import { Alert } from '@/ui/components';
import { useDeleteUnit } from './delete-unit';
import { unitErrorKey } from './unit-errors';

interface DeleteUnitConfirmProps {
  unit: Unit;
  onDeleted: (unit: Unit, notice: string) => void;
  onCancel: () => void;
}

export function DeleteUnitConfirm({ unit, onDeleted, onCancel }: DeleteUnitConfirmProps) {
  const { t } = useI18n();
  const remove = useDeleteUnit();
  const [failure, setFailure] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  const confirm = async () => {
    setFailure(null);
    try {
      await remove.mutateAsync(unit.id);
      onDeleted(unit, t('units.done.deleted', { name: unit.name }));
    } catch (error) {
      const key = unitErrorKey('delete', error);
      setFailure(key ? t(key) : storageErrorMessage(t, error, 'delete'));
    }
  };

  return (
    <div className="form">
      <p className="unit-panel__hint">{t('units.delete.explain')}</p>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={() => void confirm()}
        >
          {t('units.delete.submit')}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
