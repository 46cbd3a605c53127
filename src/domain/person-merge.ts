// Merging two records of one person (a duplicate pair): the user keeps one record and chooses,
// field by field where the two differ, whose value the kept record takes. Milestones are fields
// of their own, so the kept record may take one date from each side.
//
// Preselection (what the screen offers before the user changes anything):
// - the record kept is the more complete one (more fields filled in), the more recently updated
//   on a tie: it carries more of the work already done;
// - for each differing field, a value beats an empty one (nothing is lost by default, and this is
//   how the other record's links to classes and its place move to the kept record); where both
//   hold a value, the more recently updated record's value is taken.
import { MILESTONE_KEYS, type MilestoneKey } from './code-lists';
import type { Person } from './entities';
import { sameValue } from './merge';

/** Which of the pair: A and B as the screen shows them (the query's a and b). */
export type Side = 'a' | 'b';

export const MERGE_FIELDS = [
  'fullName',
  'gender',
  'birthDate',
  'nationalId',
  'unitId',
  'ethnicity',
  'religion',
  'youthUnion',
  'occupation',
  'workplaceSector',
  'education',
  ...MILESTONE_KEYS.map((key) => `milestones.${key}` as const),
  'decisionNo',
  'awarenessClassId',
  'newMemberClassId',
  'placeId',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** The fields that link a person to other records: they move to the kept record. */
export const LINK_FIELDS = [
  'awarenessClassId',
  'newMemberClassId',
  'placeId',
] as const satisfies readonly MergeField[];

export type MergeChoices = Partial<Record<MergeField, Side>>;

export function fieldValue(person: Person, field: MergeField): unknown {
  if (field.startsWith('milestones.')) {
    return person.milestones[field.slice('milestones.'.length) as MilestoneKey] ?? null;
  }
  return (person as unknown as Record<string, unknown>)[field] ?? null;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** The fields whose values differ between the two records, in the screen's order. */
export function differingFields(a: Person, b: Person): MergeField[] {
  return MERGE_FIELDS.filter((field) => !sameValue(fieldValue(a, field), fieldValue(b, field)));
}

/** How many of the compared fields hold a value. */
export function filledCount(person: Person): number {
  return MERGE_FIELDS.filter((field) => !isEmpty(fieldValue(person, field))).length;
}

const newer = (a: Person, b: Person): Side => (b.updatedAt > a.updatedAt ? 'b' : 'a');

/** The record to keep by default: the more complete, the newer on a tie. */
export function defaultKeep(a: Person, b: Person): Side {
  const filledA = filledCount(a);
  const filledB = filledCount(b);
  if (filledA !== filledB) return filledA > filledB ? 'a' : 'b';
  return newer(a, b);
}

/** The preselected side of every differing field: a value over none, else the newer record's. */
export function defaultChoices(a: Person, b: Person): Record<MergeField, Side> {
  const choices = {} as Record<MergeField, Side>;
  for (const field of differingFields(a, b)) {
    const emptyA = isEmpty(fieldValue(a, field));
    const emptyB = isEmpty(fieldValue(b, field));
    choices[field] = emptyA !== emptyB ? (emptyA ? 'b' : 'a') : newer(a, b);
  }
  return choices;
}

/**
 * The kept record: the kept side's id and stamp (the store stamps it anew), each differing field
 * from the chosen side (unchosen fields as preselected). Pure; check it against the contract's
 * schema before writing (the repository does).
 */
export function mergePersonRecords(
  a: Person,
  b: Person,
  keep: Side,
  choices: MergeChoices = {},
): Person {
  const sides = { a, b };
  const kept = sides[keep];
  const wanted = { ...defaultChoices(a, b), ...choices };
  const merged: Record<string, unknown> = { ...kept };
  const milestones: Record<string, unknown> = { ...kept.milestones };
  for (const field of differingFields(a, b)) {
    const value = fieldValue(sides[wanted[field]], field);
    if (field.startsWith('milestones.')) milestones[field.slice('milestones.'.length)] = value;
    else merged[field] = value;
  }
  merged.milestones = milestones;
  merged.id = kept.id;
  merged.updatedAt = kept.updatedAt;
  return merged as unknown as Person;
}

/** The links (classes, place) the kept record takes from the removed one. */
export function movedLinks(
  kept: Person,
  removed: Person,
  result: Person,
): (typeof LINK_FIELDS)[number][] {
  return LINK_FIELDS.filter(
    (field) =>
      !isEmpty(result[field]) && result[field] === removed[field] && result[field] !== kept[field],
  );
}
