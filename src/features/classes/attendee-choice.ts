// Which people the attendee picker shows, in which order: for a few thousand people, filtering
// and sorting happen here (pure) and the picker renders only the first matches.
import type { ClassKind } from '@/domain/code-lists';
import type { Stage } from '@/domain/pipeline-types';
import { matchesSearch } from '@/domain/text';

export interface Candidate {
  id: string;
  fullName: string;
  searchKey: string;
  stage: Stage;
  awarenessClassId: string | null;
  newMemberClassId: string | null;
}

export type PickerMode = 'suitable' | 'all' | 'picked';

/** Not yet admitted people go to an awareness class; probationary members to a new-member class. */
const SUITABLE_STAGES: Record<ClassKind, readonly Stage[]> = {
  awareness: ['source', 'certified', 'applied', 'resolved', 'decided'],
  new_member: ['probation'],
  other: [],
};

export function isSuitable(kind: ClassKind, stage: Stage): boolean {
  return SUITABLE_STAGES[kind].includes(stage);
}

/** The class a person already attended for this kind of class, if it is another one. */
export function otherClassOf(
  person: Candidate,
  kind: ClassKind,
  classId: string | null,
): string | null {
  const linked =
    kind === 'awareness'
      ? person.awarenessClassId
      : kind === 'new_member'
        ? person.newMemberClassId
        : null;
  return linked && linked !== classId ? linked : null;
}

const collator = new Intl.Collator('vi');

/** Vietnamese lists sort by given name (the last word), then by the full name. */
export function compareVietnameseNames(a: string, b: string): number {
  const given = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
  return collator.compare(given(a), given(b)) || collator.compare(a, b);
}

export interface ChoiceQuery {
  kind: ClassKind;
  classId: string | null;
  search: string;
  mode: PickerMode;
  picked: ReadonlySet<string>;
  limit: number;
}

export interface Choice<T> {
  shown: T[];
  /** How many match the search and mode (shown is at most `limit` of them). */
  matching: number;
}

/**
 * The people to show: matching the search (diacritic-insensitive) and the mode; suitable ones first, then those with no class of this
 * kind yet, then by name.
 */
export function choosePeople<T extends Candidate>(
  people: readonly T[],
  query: ChoiceQuery,
): Choice<T> {
  const matching = people.filter((person) => {
    if (query.mode === 'picked' && !query.picked.has(person.id)) return false;
    if (query.mode === 'suitable' && !isSuitable(query.kind, person.stage)) {
      // A picked person stays visible even if no longer suitable, so it can be unticked.
      if (!query.picked.has(person.id)) return false;
    }
    return matchesSearch(person.searchKey, query.search);
  });
  const rank = (person: T) =>
    (isSuitable(query.kind, person.stage) ? 0 : 2) +
    (otherClassOf(person, query.kind, query.classId) ? 1 : 0);
  matching.sort((a, b) => rank(a) - rank(b) || compareVietnameseNames(a.fullName, b.fullName));
  return { shown: matching.slice(0, query.limit), matching: matching.length };
}
