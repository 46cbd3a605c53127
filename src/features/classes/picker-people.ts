// The people the attendee picker offers: the candidates of the class's unit subtree (by index),
// and every person picked, whichever subtree they were picked from (their chips stay).
import { useMemo, useState } from 'react';
import type { PersonRow } from '@/db/rows';
import type { Scope } from '@/queries/units';
import { useCandidates } from './classes-query';

export interface PickerPeople {
  people: readonly PersonRow[];
  /** The subtree holds too many people to list: a smaller unit is asked for. */
  tooMany: boolean;
  isLoading: boolean;
}

export function usePickerPeople(
  scope: Scope,
  unitId: string,
  attendees: readonly PersonRow[],
  pickedIds: readonly string[],
): PickerPeople {
  const candidates = useCandidates(scope, unitId);
  // Every row seen in this form, so that a person picked from another unit keeps their chip.
  const [seen] = useState(() => new Map<string, PersonRow>());
  const people = useMemo(() => {
    const rows = candidates.data ?? [];
    for (const row of [...attendees, ...rows]) seen.set(row.id, row);
    const listed = new Set(rows.map((row) => row.id));
    const picked = pickedIds
      .filter((id) => !listed.has(id))
      .map((id) => seen.get(id))
      .filter((row) => row !== undefined);
    return [...rows, ...picked];
  }, [candidates.data, attendees, pickedIds, seen]);
  return { people, tooMany: candidates.data === null, isLoading: candidates.isLoading };
}
