// Picking the people who attended a class from the people in scope: search as you type
// (diacritics optional), suitable people first, only the first matches rendered.
import { useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import type { ClassKind } from '@/domain/code-lists';
import type { PersonRow } from '@/db/rows';
import { useI18n } from '@/i18n/i18n';
import { Badge } from '@/ui/components';
import { Field } from '@/ui/field';
import { choosePeople, isSuitable, otherClassOf, type PickerMode } from './attendee-choice';
import { PICKER_LIMIT } from './classes-query';

/** Enough to pick from by eye; the search narrows a long list down. */
const SHOWN = 50;

interface AttendeePickerProps {
  /** The candidates of the class's unit subtree, and the people picked. */
  people: readonly PersonRow[];
  /** The class's unit holds too many people to list them: a smaller unit is asked for. */
  tooMany?: boolean;
  loading?: boolean;
  kind: ClassKind;
  classId: string | null;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  unitName: (id: string) => string;
  classTitle: (id: string) => string | undefined;
  error?: string | undefined;
}

export function AttendeePicker(props: AttendeePickerProps) {
  const { people, kind, classId, value, onChange, error } = props;
  const { t, number } = useI18n();
  const [search, setSearch] = useState('');
  const [mode, setMode] = useState<PickerMode>('suitable');
  const deferredSearch = useDeferredValue(search);
  const picked = useMemo(() => new Set(value), [value]);
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  const choice = useMemo(
    () =>
      choosePeople(people, {
        kind,
        classId,
        search: deferredSearch,
        mode,
        picked,
        limit: SHOWN,
      }),
    [people, kind, classId, deferredSearch, mode, picked],
  );

  const toggle = (id: string, checked: boolean) => {
    onChange(checked ? [...value, id] : value.filter((other) => other !== id));
  };
  // Enter in the search box would submit the whole class form; here it only searches.
  const keepEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };

  if (kind === 'other') {
    return (
      <fieldset className="picker">
        <legend>{t('classes.picker.legend')}</legend>
        <p className="muted">{t('classes.picker.otherKind')}</p>
        {value.length > 0 ? (
          <div className="picker__error" role="alert">
            {error ? <span className="field__error">{error}</span> : null}
            <button type="button" className="button button--small" onClick={() => onChange([])}>
              {t('classes.picker.clear', { count: number(value.length) })}
            </button>
          </div>
        ) : null}
      </fieldset>
    );
  }

  const pickedPeople = value.map((id) => byId.get(id)).filter((row) => row !== undefined);
  return (
    <fieldset className="picker" aria-describedby="picker-summary">
      <legend>
        {t('classes.picker.legend')} ·{' '}
        <span id="picker-summary">
          {t('classes.picker.pickedCount', { count: number(value.length) })}
        </span>
      </legend>
      <p className="muted picker__intro">
        {t(
          kind === 'awareness' ? 'classes.picker.introAwareness' : 'classes.picker.introNewMember',
        )}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <PickedChips
        people={pickedPeople}
        onUnpick={(id) => toggle(id, false)}
        onClear={() => onChange([])}
      />
      <div className="toolbar" hidden={props.tooMany}>
        <div className="picker__search">
          <Field label={t('classes.picker.search')} hint={t('classes.picker.searchHint')}>
            <input
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              onKeyDown={keepEnter}
              autoComplete="off"
            />
          </Field>
        </div>
        <Field label={t('classes.picker.mode')}>
          <select value={mode} onChange={(event) => setMode(event.target.value as PickerMode)}>
            <option value="suitable">
              {t(
                kind === 'awareness'
                  ? 'classes.picker.suitableAwareness'
                  : 'classes.picker.suitableNewMember',
              )}
            </option>
            <option value="all">{t('classes.picker.all')}</option>
            <option value="picked">{t('classes.picker.picked')}</option>
          </select>
        </Field>
      </div>
      <p className="muted picker__status" aria-live="polite">
        {props.loading
          ? t('common.loading')
          : props.tooMany
            ? t('classes.picker.tooMany', { count: number(PICKER_LIMIT) })
            : choice.matching === 0
              ? t(people.length === 0 ? 'classes.picker.noPeople' : 'classes.picker.noMatch')
              : choice.matching > choice.shown.length
                ? t('classes.picker.showingSome', {
                    shown: number(choice.shown.length),
                    count: number(choice.matching),
                  })
                : t('classes.picker.showingAll', { count: number(choice.matching) })}
      </p>
      <PickerList {...props} shown={choice.shown} picked={picked} onToggle={toggle} />
    </fieldset>
  );
}

/** The people picked so far, each a chip that unpicks them, and a button that clears them all. */
function PickedChips({
  people,
  onUnpick,
  onClear,
}: {
  people: readonly PersonRow[];
  onUnpick: (id: string) => void;
  onClear: () => void;
}) {
  const { t, number } = useI18n();
  if (people.length === 0) return null;
  return (
    <ul className="picker__chips" aria-label={t('classes.picker.pickedList')}>
      {people.slice(0, 30).map((person) => (
        <li key={person.id}>
          <button
            type="button"
            className="chip"
            onClick={() => onUnpick(person.id)}
            aria-label={t('classes.picker.unpick', { name: person.fullName })}
          >
            {person.fullName} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      {people.length > 30 ? (
        <li className="muted">
          {t('classes.picker.andMore', { count: number(people.length - 30) })}
        </li>
      ) : null}
      <li>
        <button type="button" className="button button--small" onClick={onClear}>
          {t('classes.picker.clearShort')}
        </button>
      </li>
    </ul>
  );
}

interface PickerListProps extends Pick<
  AttendeePickerProps,
  'kind' | 'classId' | 'unitName' | 'classTitle'
> {
  shown: readonly PersonRow[];
  picked: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
}

/** The people the search and mode show, a checkbox each. */
function PickerList({
  shown,
  kind,
  classId,
  picked,
  onToggle,
  unitName,
  classTitle,
}: PickerListProps) {
  const { t, date } = useI18n();
  if (shown.length === 0) return null;
  return (
    <ul className="picker__list">
      {shown.map((person) => {
        const other = otherClassOf(person, kind, classId);
        return (
          <li key={person.id}>
            <label className="picker__row">
              <input
                type="checkbox"
                checked={picked.has(person.id)}
                onChange={(event) => onToggle(person.id, event.target.checked)}
              />
              <span className="picker__name">{person.fullName}</span>
              <span className="muted">{date(person.birthDate)}</span>
              <span className="muted picker__unit">{unitName(person.unitId)}</span>
              <Badge tone={isSuitable(kind, person.stage) ? 'primary' : undefined}>
                {t(`stage.${person.stage}`)}
              </Badge>
              {other ? (
                <span className="picker__note">
                  {t('classes.picker.otherClass', {
                    title: classTitle(other) ?? t('classes.picker.unknownClass'),
                  })}
                </span>
              ) : null}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
