// The exchange document (../shared/exchange-format.md; our optional members in
// docs/exchange-format.md) as Zod schemas: the envelope's members, the records of each array (the
// domain's schemas, src/domain/entities.ts), and what each building block must hold, for the
// refusal's message (exchange.expected.*). The members and fields a file may have are the keys
// of these schemas: anything else is reported as unknown (a warning).
import * as z from 'zod';
import {
  booleanSchema,
  countSchema,
  dateTimeSchema,
  ethnicitySchema,
  idSchema,
  isoDateSchema,
  memberCountSchema,
  placeFigureSchema,
  placeSchema,
  milestonesSchema,
  nationalIdSchema,
  noteSchema,
  personSchema,
  religionSchema,
  targetSchema,
  textSchema,
  tombstoneSchema,
  trainingClassSchema,
  unitSchema,
  yearSchema,
} from '@/domain/entities';
import { isJsonObject } from '@/domain/plain-data';
import {
  EXCHANGE_FORMAT,
  SUPPORTED_VERSIONS,
  utcStamp,
  type ExchangeArray,
  type ExchangeSource,
} from './format';
import type { ExpectedCode } from './errors';
import type { Expectation, Vocabulary } from './issue-report';

/** The message of the version check that sends the user to an update, not to the file's author. */
export const NEWER_VERSION = 'newerVersion';
const LATEST_VERSION = Math.max(...SUPPORTED_VERSIONS);

const expectations = z.registry<Expectation>();
const key = (name: ExpectedCode) => `exchange.expected.${name}` as const;
/** Names what `schema` must hold in a refusal (and its "or null" form, where it has one). */
function expect<T extends z.core.$ZodType>(
  schema: T,
  expected: ExpectedCode,
  orNull?: ExpectedCode,
): T {
  expectations.add(schema, { expected: key(expected), ...(orNull ? { orNull: key(orNull) } : {}) });
  return schema;
}

// The domain's building blocks.
expect(idSchema, 'uuid', 'uuidOrNull');
expect(dateTimeSchema, 'dateTime');
expect(isoDateSchema, 'date', 'dateOrNull');
expect(textSchema, 'text');
expect(noteSchema, 'textOrNull', 'textOrNull');
expect(ethnicitySchema, 'ethnicity');
expect(religionSchema, 'religion');
expect(nationalIdSchema, 'nationalId');
expect(milestonesSchema, 'milestones');
expect(booleanSchema, 'boolean');
expect(countSchema, 'count');
expect(yearSchema, 'year');

/** The schema of the records of each array. */
export const RECORD_SCHEMAS = {
  units: unitSchema,
  people: personSchema,
  classes: trainingClassSchema,
  targets: targetSchema,
  memberCounts: memberCountSchema,
  deleted: tombstoneSchema,
  places: placeSchema,
  placeFigures: placeFigureSchema,
} satisfies Record<ExchangeArray, z.ZodObject>;
for (const schema of Object.values(RECORD_SCHEMAS)) expect(schema, 'record');

const versionSchema = z
  .number()
  .refine(Number.isInteger, { abort: true })
  .refine((version) => version <= LATEST_VERSION, { message: NEWER_VERSION, abort: true })
  .refine((version) => SUPPORTED_VERSIONS.includes(version));
expectations.add(versionSchema, {
  expected: key('version'),
  params: { supported: SUPPORTED_VERSIONS.join(', ') },
});

const sourceSchema = expect(
  z.object({ unitId: idSchema, unitCode: textSchema, unitName: textSchema, app: textSchema }),
  'source',
) satisfies z.ZodType<ExchangeSource>;

const fullScope = z.object({ type: expect(z.literal('full'), 'scopeType') });
const changesScope = z.object({
  type: expect(z.literal('changes'), 'scopeType'),
  since: dateTimeSchema.transform(utcStamp),
});
const scopeSchema = expect(z.discriminatedUnion('type', [fullScope, changesScope]), 'scope');

/** An array of records, each checked on its own afterwards (with its index in the message). */
const recordsSchema = expect(
  z.custom<unknown[]>((value) => Array.isArray(value)),
  'array',
);

/** A public JWK copied member by member; one with the private member `d` is refused. */
const jwkSchema = z.object({
  kty: z.string(),
  crv: z.string().optional(),
  x: z.string().optional(),
  y: z.string().optional(),
  n: z.string().optional(),
  e: z.string().optional(),
  alg: z.string().optional(),
  use: z.string().optional(),
  ext: z.boolean().optional(),
  key_ops: z.array(z.string()).optional(),
  d: z.never().optional(),
});
expectations.add(jwkSchema, { expected: key('jwk'), whole: true });

/**
 * Unit id → the unit's signing key, as the province vouches for it. Zod's records pass over a
 * "__proto__" key without a word: every key is checked first, so that one is refused like any
 * other key that is not a unit id.
 */
const unitKeysSchema = expect(
  z
    .custom<Record<string, unknown>>((value) => isJsonObject(value))
    .superRefine((value, ctx) => {
      for (const unitId of Object.keys(value)) {
        if (idSchema.safeParse(unitId).success) continue;
        ctx.addIssue({
          code: 'invalid_key',
          origin: 'record',
          issues: [],
          input: unitId,
          path: [unitId],
        });
      }
    })
    .pipe(z.record(idSchema, jwkSchema)),
  'unitKeys',
);

export const envelopeSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  version: versionSchema,
  exportId: idSchema,
  exportedAt: dateTimeSchema.transform(utcStamp),
  source: sourceSchema,
  scope: scopeSchema,
  units: recordsSchema,
  people: recordsSchema,
  classes: recordsSchema,
  targets: recordsSchema,
  memberCounts: recordsSchema,
  deleted: recordsSchema,
  // Added 2026-12: absent is empty.
  places: recordsSchema.optional(),
  placeFigures: recordsSchema.optional(),
  provincePublicKey: jwkSchema.nullish(),
  unitKeys: unitKeysSchema.nullish(),
});

export const EXCHANGE_VOCABULARY: Vocabulary = {
  expectations,
  oneOf: key('enum'),
  rules: {
    'validation.endBeforeStart': key('endOn'),
    'validation.toYearBeforeFromYear': key('toYear'),
  },
  fallback: key('valid'),
};
