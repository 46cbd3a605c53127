// /people/new and /people/:id/edit: one form, the rules of src/domain/person-rules.ts through
// zodResolver. Nothing is saved while a field is invalid; the first invalid field gets the focus.
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from '@/ui/router';
import { localIsoDate } from '@/domain/dates';
import type { Person } from '@/domain/entities';
import {
  sectorAllowed,
  toFormValues,
  type PersonDraft,
  type PersonFormValues,
} from '@/domain/person-rules';
import { fromRow } from '@/db/people-repo';
import { useI18n } from '@/i18n/i18n';
import { useLockState } from '@/queries/app-lock';
import { isSaveConflict, useSaveConflict } from '@/queries/save-conflict';
import { useStorageErrorMessage } from '@/queries/storage-error-message';
import { useScope, type Scope } from '@/queries/units';
import { Alert, Loading, PageHeader } from '@/ui/components';
import { ConflictNotice, ConflictView } from '@/ui/conflict-view';
import { DraftBanner } from '@/ui/draft-banner';
import { draftFormKey, useFormDraft } from '@/ui/form-draft';
import { PersonNotFound } from './person-not-found';
import { usePerson } from './people-queries';
import { usePersonConflictText } from './person-conflict';
import { placeChoices, useAllPlaces } from './person-places';
import { MilestoneFields, PersonalFields, WorkFields } from './person-form-fields';
import { personFormResolver, useSavePerson } from './save-person';
import './people.css';

const CELL_KINDS = ['cell', 'grassroots_cell'];

/** The unit a new person starts in: the list's unit filter, else the home unit if it is a cell. */
function defaultUnitId(scope: Scope, fromUrl: string | null): string {
  if (fromUrl && scope.unitIds.has(fromUrl)) return fromUrl;
  if (scope.homeUnit && CELL_KINDS.includes(scope.homeUnit.kind)) return scope.homeUnit.id;
  return '';
}

export default function PersonFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { scope } = useScope();
  const [params] = useSearchParams();
  const person = usePerson(id);
  // The version the form opened with: if another tab deletes the person meanwhile, the form and
  // its input stay on screen and the save says what happened (src/db/save-conflict.ts).
  const [opened, setOpened] = useState(person.data);
  if (person.data && opened?.id !== person.data.id) setOpened(person.data);
  const data = opened && opened.id === id ? opened : person.data;

  if (!scope || person.isLoading) return <Loading label={t('common.loading')} />;
  // A failed re-read keeps the form (and its input) when the person was read before.
  if (person.error && !data)
    return <Alert tone="error">{t('common.error', { message: person.error.message })}</Alert>;
  if (id && !data) return <PersonNotFound />;

  const loaded = data ? fromRow(data) : undefined;
  const defaults = loaded
    ? toFormValues(loaded)
    : { ...toFormValues(), unitId: defaultUnitId(scope, params.get('unit')) };
  return <PersonForm key={id ?? 'new'} id={id} loaded={loaded} defaults={defaults} scope={scope} />;
}

function PersonForm({
  id,
  loaded,
  defaults,
  scope,
}: {
  id: string | undefined;
  loaded: Person | undefined;
  defaults: PersonFormValues;
  scope: Scope;
}) {
  const { t, tMessage } = useI18n();
  const navigate = useNavigate();
  const save = useSavePerson();
  const form = useForm<PersonFormValues, unknown, PersonDraft>({
    resolver: personFormResolver,
    defaultValues: defaults,
  });
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    formState: { errors, submitCount, isSubmitting },
  } = form;
  // While the app lock encrypts the CCCD at rest, it is not kept in a draft (localStorage, clear).
  const lock = useLockState();
  const formDraft = useFormDraft(form, draftFormKey('person', id), {
    withheld: lock.enabled === false ? [] : ['nationalId'],
  });
  const errorMessage = useStorageErrorMessage();
  const allPlaces = useAllPlaces();
  const conflictText = usePersonConflictText(scope, allPlaces.data);
  const versions = useSaveConflict(loaded, (record, keepDirty) =>
    form.reset(toFormValues(record), keepDirty ? { keepDefaultValues: true } : undefined),
  );
  const today = localIsoDate();
  const occupation = watch('occupation');
  const sector = watch('workplaceSector');
  const ethnicity = watch('ethnicity');
  const unitId = watch('unitId');
  const placeId = watch('placeId');
  const milestones = watch('milestones');
  const decisionNo = watch('decisionNo');
  const places = useMemo(
    () => placeChoices(allPlaces.data ?? [], scope.allUnits, unitId, placeId),
    [allPlaces.data, scope.allUnits, unitId, placeId],
  );
  const showSector = sectorAllowed(occupation) || sector !== '';
  const cancelTo = id ? `/people/${id}` : '/people';

  const message = (key: string | undefined) => (key ? tMessage(key) : undefined);
  const errorCount =
    Object.keys(errors).filter((key) => key !== 'milestones').length +
    Object.keys(errors.milestones ?? {}).length;

  const onSubmit = (draft: PersonDraft) => {
    versions.reset();
    save.mutate(
      { id: versions.asNew ? undefined : id, draft, base: versions.base },
      {
        onSuccess: (row) => {
          formDraft.clear();
          return navigate(`/people/${row.id}`, { replace: true, state: { saved: true } });
        },
        onError: versions.catchConflict,
      },
    );
  };

  const units = scope.tree.filter(({ unit }) => !unit.closedOn || unit.id === defaults.unitId);
  const fields = { register, errors, message };

  return (
    <>
      <PageHeader
        title={id ? t('people.form.editTitle') : t('people.form.newTitle')}
        description={id ? defaults.fullName : t('people.form.newDescription')}
      />
      <form className="form person-form" onSubmit={handleSubmit(onSubmit)} noValidate>
        <DraftBanner draft={formDraft} />
        {submitCount > 0 && errorCount > 0 ? (
          <Alert tone="error">{t('people.form.hasErrors', { count: errorCount })}</Alert>
        ) : null}
        {versions.view ? <ConflictView {...versions.view} {...conflictText} /> : null}
        <ConflictNotice notice={versions.notice} />
        {save.error && !isSaveConflict(save.error) ? (
          <Alert tone="error">{errorMessage(save.error)}</Alert>
        ) : null}

        <PersonalFields {...fields} ethnicity={ethnicity} today={today} />
        <WorkFields
          {...fields}
          setValue={setValue}
          units={units}
          showSector={showSector}
          places={places}
        />
        <MilestoneFields {...fields} today={today} values={milestones} decisionNo={decisionNo} />

        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={isSubmitting || save.isPending}
          >
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
          <Link to={cancelTo} className="button" onClick={formDraft.clear}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
