// The import's steps, one per record type, in the order they run: units first (with their
// history events), then what belongs to them. A new record type is one more entry of
// RECORD_STEPS: a plain one (recordStep) writes what is still newer, a step of its own does
// more (units write their history, people keep the aggregates: import-people.ts).
import type { RecordType } from '@/domain/code-lists';
import { newId, type Unit } from '@/domain/entities';
import {
  writeStillNewer,
  type ApplyContext,
  type PlanToApply,
  type RecordStep,
} from './import-context';
import type { RecordRows, UnitOwnedType } from './exchange-tables';
import { peopleStep } from './import-people';
import { placeFigureStep } from './import-place-figures';
import type { UnitEvent } from './schema';

const UNIT_FIELDS = [
  'code',
  'name',
  'kind',
  'sector',
  'parentId',
  'openedOn',
  'closedOn',
  'successorId',
] as const;

/** The history event of a unit written by an import (the units page shows them). */
function unitEvent(before: Unit | undefined, after: Unit): UnitEvent | null {
  if (!before) {
    return {
      id: newId(),
      unitId: after.id,
      at: after.updatedAt,
      kind: 'created',
      changes: { name: [null, after.name] },
    };
  }
  const changes: UnitEvent['changes'] = {};
  for (const field of UNIT_FIELDS) {
    if (before[field] !== after[field]) changes[field] = [before[field], after[field]];
  }
  if (Object.keys(changes).length === 0) return null;
  const kind: UnitEvent['kind'] =
    changes.closedOn && after.closedOn
      ? 'closed'
      : changes.closedOn
        ? 'reopened'
        : changes.name
          ? 'renamed'
          : changes.code
            ? 'recoded'
            : changes.parentId
              ? 'moved'
              : 'edited';
  return { id: newId(), unitId: after.id, at: after.updatedAt, kind, changes };
}

const unitStep: RecordStep<'unit'> = {
  async write(context) {
    const { accepted, before } = await writeStillNewer(context, 'unit', context.plan.writes.units);
    const events = accepted
      .map((unit, index) => unitEvent(before[index], unit))
      .filter((event): event is UnitEvent => event !== null);
    if (events.length > 0) await context.d.unitEvents.bulkAdd(events);
  },
  ownerOf: (unit) => unit.id,
};

/** A record type whose records are written as they come, owned by their unitId. */
function recordStep<T extends UnitOwnedType>(
  type: T,
  records: (writes: PlanToApply['writes']) => readonly RecordRows[T][],
): RecordStep<T> {
  return {
    async write(context: ApplyContext) {
      await writeStillNewer(context, type, records(context.plan.writes));
    },
    ownerOf: (row) => row.unitId,
  };
}

/** Every record type's step, in the order they run: places before the people who name them. */
export const RECORD_STEPS: { readonly [T in RecordType]: RecordStep<T> } = {
  unit: unitStep,
  place: recordStep('place', (writes) => writes.places),
  placeFigure: placeFigureStep,
  person: peopleStep,
  class: recordStep('class', (writes) => writes.classes),
  target: recordStep('target', (writes) => writes.targets),
  memberCount: recordStep('memberCount', (writes) => writes.memberCounts),
};
