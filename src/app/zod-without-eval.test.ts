import { expect, it } from 'vitest';

it('makes Zod build its parsers without eval, set before Zod loads', async () => {
  await import('./zod-without-eval');
  const z = await import('zod');
  // Zod keeps its settings in the object this module fills; if a Zod upgrade moves them, the
  // CSP would start reporting Zod's eval probe on every page: this test fails first.
  expect(z.config()).toBe((globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig);
  expect(z.config().jitless).toBe(true);
  const person = z.object({ name: z.string() });
  expect(person.parse({ name: 'Lò Thị Hương' })).toEqual({ name: 'Lò Thị Hương' });
});
