// Closing a place: the day, and the place that takes it over (hamlets merged into a new one).
// The successors on offer are the open places of the same kind, those of the same unit first.
import { useMemo, useState } from 'react';
import type { Place } from '@/domain/entities';
import { PlaceRuleError } from '@/db/places-repo';
import { useI18n } from '@/i18n/i18n';
import { storageErrorMessage } from '@/queries/storage-error-message';
import type { Scope } from '@/queries/units';
import { Alert } from '@/ui/components';
import { DraftBanner } from '@/ui/draft-banner';
import { Field } from '@/ui/field';
import { ClosedOnField, useClosingForm } from '@/ui/closing-form';
import { draftFormKey } from '@/ui/form-draft';
import { FormActions } from '@/ui/form-actions';
import { closePlaceSchema, useClosePlace } from './save-place';

interface ClosePlaceFormProps {
  scope: Scope;
  place: Place;
  /** The scope's places, in list order. */
  places: readonly Place[];
  onClosed: (text: string) => void;
  onCancel: () => void;
}

/** The open places of the same kind, grouped by unit, the place's own unit first. */
function successorGroups(scope: Scope, place: Place, places: readonly Place[]) {
  const groups = new Map<string, Place[]>();
  groups.set(place.unitId, []);
  for (const other of places) {
    if (other.id === place.id || other.closedOn || other.kind !== place.kind) continue;
    const list = groups.get(other.unitId);
    if (list) list.push(other);
    else groups.set(other.unitId, [other]);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([unitId, list]) => ({ unitId, label: scope.unitName(unitId), places: list }));
}

export function ClosePlaceForm({ scope, place, places, onClosed, onCancel }: ClosePlaceFormProps) {
  const { t } = useI18n();
  const close = useClosePlace();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => closePlaceSchema(place.openedOn), [place.openedOn]);
  const { form, draft: formDraft } = useClosingForm(schema, draftFormKey('place-close', place.id));
  const {
    register,
    handleSubmit,
    formState: { isSubmitting },
  } = form;
  const groups = useMemo(() => successorGroups(scope, place, places), [scope, place, places]);
  const names = useMemo(() => new Map(places.map((item) => [item.id, item.name])), [places]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await close.mutateAsync({ id: place.id, values });
      formDraft.clear();
      onClosed(
        values.successorId
          ? t('places.close.doneInto', {
              name: place.name,
              successor: names.get(values.successorId) ?? '',
            })
          : t('places.close.done', { name: place.name }),
      );
    } catch (error) {
      setFailure(
        error instanceof PlaceRuleError
          ? t(`places.error.${error.code}`)
          : storageErrorMessage(t, error, 'save'),
      );
    }
  });

  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <h2>{t('places.close.title', { name: place.name })}</h2>
      <DraftBanner draft={formDraft} />
      <p className="muted">{t('places.close.explain')}</p>
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      <div className="place-form__grid">
        <ClosedOnField form={form} label={t('places.close.closedOn')} />
        <div className="place-form__name">
          <Field label={t('places.close.successor')} hint={t('places.close.successorHint')}>
            <select {...register('successorId')}>
              <option value="">{t('places.close.successorNone')}</option>
              {groups.map((group) => (
                <optgroup key={group.unitId} label={group.label}>
                  {group.places.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
        </div>
      </div>
      <FormActions
        submitLabel={t('places.close.submit')}
        busy={isSubmitting}
        draft={formDraft}
        onCancel={onCancel}
      />
    </form>
  );
}
