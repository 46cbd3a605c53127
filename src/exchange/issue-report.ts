// One way from a failed check to the facts of a refusal. Every envelope a file can bring (the
// exchange document and its records, the sealed envelope, the backup member, the key backup) is
// a Zod schema; the first issue of a failed parse becomes where the fault is (a path from the
// envelope's root: member, array index, field), what the value must hold and what was found.
// What a value must hold is said once per building block, in the envelope's vocabulary (a
// registry keyed by schema, never a table by field name): a new field of a known kind needs no
// entry, and the messages follow the schemas.
import type * as z from 'zod';
import type { MessageKey } from '@/i18n/messages';
import { receivedText, type ImportErrorData } from './errors';

export interface Expectation<K extends string = MessageKey> {
  /** i18n key of what the value must hold. */
  expected: K;
  /** The key where the value may also be null (`…uuidOrNull`); `expected` when absent. */
  orNull?: K;
  params?: Record<string, string | number>;
  /** A fault anywhere inside the value names the value itself (a key: its members are noise). */
  whole?: true;
}

export interface Vocabulary<K extends string = MessageKey> {
  expectations: z.core.$ZodRegistry<Expectation<K>>;
  /** What a value of an enum must be ("one of {allowed}"). */
  oneOf?: K;
  /** What an unknown member of a strict object is told. */
  unknownMember?: K;
  /** Rules between fields, which say more than the field's type: keyed by the rule's message. */
  rules?: Readonly<Record<string, K>>;
  /** What any other value must be. */
  fallback?: K;
}

export type IssuePath = (string | number)[];

export interface IssueReport<K extends string = MessageKey> {
  /** Where, from the root of the value checked; empty for the value itself. */
  path: IssuePath;
  expected?: K;
  params?: Record<string, string | number>;
  /** The value found there, as the message shows it; absent when it is missing. */
  received?: string;
  /** Zod's message of the issue: a rule's key, or a mark an envelope looks for. */
  message: string;
}

type Schema = z.core.$ZodType;
/** The parts of Zod's definitions the walk reads (every kind of schema has some of them). */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  valueType?: Schema;
  options?: Schema[];
  in?: Schema;
  out?: Schema;
  innerType?: Schema;
  entries?: Record<string, string | number>;
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'nonoptional',
  'readonly',
]);

/** The schema of the values at `key` inside the values of `schema`, if it says. */
function child(schema: Schema, key: string | number): Schema | undefined {
  const def = defOf(schema);
  if (def.type === 'object') {
    return def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : def.catchall;
  }
  if (def.type === 'array') return def.element;
  if (def.type === 'tuple')
    return (typeof key === 'number' && def.items?.[key]) || def.rest || undefined;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const found = child(option, key);
      if (found) return found;
    }
    return undefined;
  }
  if (def.type === 'pipe')
    return (def.in && child(def.in, key)) ?? (def.out && child(def.out, key));
  return WRAPPERS.has(def.type) && def.innerType ? child(def.innerType, key) : undefined;
}

/**
 * What the envelope says a value of `schema` must hold, looking through wrappers (optional,
 * nullable, the input side of a pipe) to the building block it names; a nullable wrapper on the
 * way gives the "or null" form. An enum lists its values.
 */
function expectationOf<K extends string>(
  schema: Schema | undefined,
  vocabulary: Vocabulary<K>,
): (Expectation<K> & { nullable: boolean }) | undefined {
  let nullable = false;
  for (let node = schema; node !== undefined;) {
    // Zod's registry types its entries through $replace, which a generic key type defeats.
    const found = vocabulary.expectations.get(node) as Expectation<K> | undefined;
    if (found) return { ...found, nullable };
    const def = defOf(node);
    if (def.type === 'enum' && vocabulary.oneOf !== undefined) {
      const allowed = [...Object.values(def.entries ?? {}), ...(nullable ? ['null'] : [])];
      return { expected: vocabulary.oneOf, params: { allowed: allowed.join(', ') }, nullable };
    }
    if (def.type === 'nullable') nullable = true;
    node = def.type === 'pipe' ? def.in : WRAPPERS.has(def.type) ? def.innerType : undefined;
  }
  return undefined;
}

/** The value at `path` inside `value`, through own members only (never an inherited one). */
function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The issue a reader going member by member would have met first. Zod lists a strict object's
 * unknown members after the faults of its known ones; such a reader sees them on entering the
 * object, before its members.
 */
function firstIssue(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue | undefined {
  const first = issues[0];
  let chosen = first;
  for (const issue of issues) {
    if (
      chosen !== undefined &&
      issue.code === 'unrecognized_keys' &&
      issue.path.length < chosen.path.length &&
      issue.path.every((key, index) => first?.path[index] === key)
    ) {
      chosen = issue;
    }
  }
  return chosen;
}

/** The facts of a refusal from the first issue of a failed parse of `input` by `schema`. */
export function reportIssue<K extends string = MessageKey>(
  schema: Schema,
  input: unknown,
  error: z.ZodError,
  vocabulary: Vocabulary<K>,
): IssueReport<K> {
  const issue = firstIssue(error.issues);
  const message = issue?.message ?? '';
  let path = (issue?.path ?? []).filter((key) => typeof key !== 'symbol');
  if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    path = [...path, issue.keys[0]];
    const received = receivedText(valueAt(input, path));
    return withDefined({ path, expected: vocabulary.unknownMember, received, message });
  }
  // A key of a record that is not what it must be: the record is named, the key is what was found.
  const badKey = issue?.code === 'invalid_key' ? path.at(-1) : undefined;
  if (badKey !== undefined) path = path.slice(0, -1);

  let node: Schema | undefined = schema;
  let depth = 0;
  for (; depth < path.length && node !== undefined; depth += 1) {
    if (expectationOf(node, vocabulary)?.whole) break;
    node = child(node, path[depth] as string | number);
  }
  if (node !== undefined) path = path.slice(0, depth);
  const rule = vocabulary.rules?.[message];
  const found = rule === undefined ? expectationOf(node, vocabulary) : undefined;
  return withDefined({
    path,
    expected:
      rule ?? (found ? (found.nullable && found.orNull) || found.expected : vocabulary.fallback),
    params: found?.params,
    received: receivedText(badKey ?? valueAt(input, path)),
    message,
  });
}

/** The report without the facts it does not have (errors keep only members that are set). */
function withDefined<K extends string>(report: {
  [M in keyof IssueReport<K>]: IssueReport<K>[M] | undefined;
}): IssueReport<K> {
  const out: IssueReport<K> = { path: report.path ?? [], message: report.message ?? '' };
  if (report.expected !== undefined) out.expected = report.expected;
  if (report.params !== undefined) out.params = report.params;
  if (report.received !== undefined) out.received = report.received;
  return out;
}

/** A path as the exchange's messages write it: `milestones.admittedOn`, `unitKeys.<id>`. */
function dottedPath(path: IssuePath): string {
  return path.map(String).join('.');
}

/** Where a report says the fault is and what it says of the value, as an ImportError's members. */
export function importErrorFields(
  report: IssueReport,
): Pick<ImportErrorData, 'field' | 'expected' | 'received' | 'params'> {
  const data: Pick<ImportErrorData, 'field' | 'expected' | 'received' | 'params'> = {};
  if (report.path.length > 0) data.field = dottedPath(report.path);
  if (report.expected !== undefined) data.expected = report.expected;
  if (report.received !== undefined) data.received = report.received;
  if (report.params !== undefined) data.params = report.params;
  return data;
}
