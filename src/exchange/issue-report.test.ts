import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { reportIssue, type Expectation, type Vocabulary } from './issue-report';

const expectations = z.registry<Expectation<string>>();
const id = z.string().regex(/^u\d$/);
expectations.add(id, { expected: 'id', orNull: 'idOrNull' });
const key = z.object({ kty: z.string(), d: z.never().optional() });
expectations.add(key, { expected: 'key', whole: true });
const vocabulary: Vocabulary<string> = {
  expectations,
  oneOf: 'oneOf',
  unknownMember: 'noMember',
  rules: { 'rule.order': 'inOrder' },
  fallback: 'valid',
};

function report(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('accepted');
  return reportIssue(schema, input, result.error, vocabulary);
}

describe('reportIssue', () => {
  it('names the field and what its building block must hold, in the "or null" form where it may be null', () => {
    const schema = z.object({ owner: id, parent: id.nullish().transform((v) => v ?? null) });
    expect(report(schema, { owner: 'x', parent: null })).toEqual({
      path: ['owner'],
      expected: 'id',
      received: 'x',
      message: 'Invalid string: must match pattern /^u\\d$/',
    });
    expect(report(schema, { owner: 'u1', parent: 7 })).toMatchObject({
      path: ['parent'],
      expected: 'idOrNull',
      received: '7',
    });
    expect(report(schema, { parent: null })).not.toHaveProperty('received');
  });

  it('lists the values of an enum, null among them where the field may be null', () => {
    const schema = z.object({ kind: z.enum(['a', 'b']).nullable() });
    expect(report(schema, { kind: 'c' })).toMatchObject({
      path: ['kind'],
      expected: 'oneOf',
      params: { allowed: 'a, b, null' },
    });
  });

  it('follows arrays, unions and rules between fields', () => {
    const item = z
      .object({ from: z.number(), to: z.number() })
      .refine((value) => value.to >= value.from, { message: 'rule.order', path: ['to'] });
    const schema = z.object({ items: z.array(z.union([z.string(), item])) });
    expect(report(schema, { items: ['x', { from: 2, to: 1 }] })).toMatchObject({
      path: ['items', 1, 'to'],
      expected: 'inOrder',
      received: '1',
    });
  });

  it('names a value described as a whole, not its member, and a record by its bad key', () => {
    const schema = z.object({ keys: z.record(id, key) });
    expect(report(schema, { keys: { u1: { kty: 'EC', d: 'secret' } } })).toMatchObject({
      path: ['keys', 'u1'],
      expected: 'key',
      received: '{"kty":"EC","d":"secret"}',
    });
    expect(report(schema, { keys: { nine: { kty: 'EC' } } })).toMatchObject({
      path: ['keys'],
      expected: 'valid',
      received: 'nine',
    });
  });

  it('reports an unknown member of a strict object before the faults of its members', () => {
    const schema = z.strictObject({ a: z.string(), inner: z.strictObject({ b: z.string() }) });
    expect(report(schema, { a: 1, inner: { b: 'x' }, extra: true })).toEqual({
      path: ['extra'],
      expected: 'noMember',
      received: 'true',
      message: expect.any(String),
    });
    expect(report(schema, { a: 1, inner: { b: 2, c: 3 } })).toMatchObject({ path: ['a'] });
    expect(report(schema, { a: 'x', inner: { b: 2, c: 3 } })).toMatchObject({
      path: ['inner', 'c'],
    });
  });

  it('reads the value found through own members only', () => {
    const schema = z.object({ constructor: z.string() });
    expect(report(schema, JSON.parse('{}'))).not.toHaveProperty('received');
  });
});
