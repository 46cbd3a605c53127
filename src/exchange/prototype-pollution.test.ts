// Files from outside cannot pollute prototypes. JSON.parse makes "__proto__" an ordinary own
// member, but any code that copies a parsed object member by member with `target[key] = value`
// (a deep merge, Object.assign onto {}, a spread into a prototype-less copy …) would turn it into
// a prototype change, and "constructor": {"prototype": …} reaches Object.prototype through a
// naive path setter. Every reader of outside text is run here with both: the exchange parser, the
// plan and the apply on a real (fake-indexeddb) store, the installation backup and the key backup.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImportPlan } from '@/db/import-apply';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { getProvinceKeys, PROVINCE_KEY_ALGORITHM } from '@/db/keys-repo';
import { db, resetDatabase } from '@/db/schema';
import { saveInstallation, setSetting } from '@/db/settings-repo';
import { previewText } from './import-pipeline';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  testId,
} from '../../test/builders';
import { buildTree, rawDocument, treeUnits } from '../../test/exchange-documents';
import { createBackup, restoreBackup } from './backup';
import { BackupError } from './backup-errors';
import { ImportError } from './errors';
import {
  exportPrivateKeyUnderPassphrase,
  importPrivateKeyFromBackup,
  KeyBackupError,
  restoreProvinceKeys,
} from './key-backup';
import { parseExchange, type ImportWarning } from './parse';
import { planImport } from './plan';

type Json = Record<string, unknown>;

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
const PROTO_PAYLOAD = () => JSON.parse('{"polluted": true}') as Json;
const CONSTRUCTOR_PAYLOAD = () => JSON.parse('{"prototype": {"polluted": true}}') as Json;

/** Sets an own, enumerable member even for "__proto__" (as JSON.parse would), so it is serialised. */
function withOwn(target: Json, key: string, value: unknown): Json {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return target;
}

/** Both payloads on one object: "__proto__" and "constructor". */
function poison(target: Json): Json {
  withOwn(target, '__proto__', PROTO_PAYLOAD());
  return withOwn(target, 'constructor', CONSTRUCTOR_PAYLOAD());
}

const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Json).polluted).toBeUndefined();
  expect((Object.prototype as Json).polluted).toBeUndefined();
  expect((Object as unknown as Json).polluted).toBeUndefined();
  expect(([] as unknown as Json).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectPrototypeKeys);
}

/**
 * Paths inside `value` that hold a forbidden own key, or an object whose prototype was swapped
 * for a plain object (what `obj.__proto__ = {…}` does).
 */
function taintedPaths(value: unknown, path = '$', seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const found: string[] = [];
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (
    prototype !== null &&
    prototype !== Object.prototype &&
    Object.getPrototypeOf(prototype) === Object.prototype &&
    prototype.constructor === Object
  ) {
    found.push(`${path} (prototype replaced)`);
  }
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return found;
  for (const key of Object.getOwnPropertyNames(value)) {
    if (FORBIDDEN.includes(key)) found.push(`${path}.${key}`);
    else if (key !== 'length' || !Array.isArray(value)) {
      found.push(...taintedPaths((value as Json)[key], `${path}.${key}`, seen));
    }
  }
  return found;
}

/** Every row of every table of the store, by table. */
async function everyStoredRow(): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of db().tables) rows[table.name] = await table.toArray();
  return rows;
}

async function expectCleanStore(): Promise<void> {
  expect(taintedPaths(await everyStoredRow())).toEqual([]);
}

function warningFields(warnings: readonly ImportWarning[]): string[] {
  return warnings.map((warning) => `${warning.array ?? ''}:${warning.field}:${warning.message}`);
}

const tree = buildTree();
const units = treeUnits(tree);

/** A province file with a record of every kind, as plain JSON data (what arrives in a file). */
function provinceDocument(): Json {
  const klass = buildClass({ unitId: tree.commune.id });
  return JSON.parse(
    JSON.stringify(
      rawDocument(tree.province, {
        units,
        people: [
          buildPerson({
            unitId: tree.cellA.id,
            fullName: 'Hoàng Thị Thu',
            awarenessClassId: klass.id,
            milestones: { sourcedOn: '2025-01-01', awarenessCertOn: '2025-03-06' },
          }),
        ],
        classes: [klass],
        targets: [buildTarget({ unitId: tree.district.id })],
        memberCounts: [buildMemberCount({ unitId: tree.commune.id })],
        deleted: [{ type: 'person', id: testId(), deletedAt: '2026-05-05T00:00:00.000Z' }],
      }),
    ),
  ) as Json;
}

const RECORD_ARRAYS = ['units', 'people', 'classes', 'targets', 'memberCounts', 'deleted'];

/** The same document with both payloads at every level a reader walks through. */
function poisonedDocument(): { text: string; document: Json } {
  const document = provinceDocument();
  poison(document);
  poison(document.source as Json);
  poison(document.scope as Json);
  for (const array of RECORD_ARRAYS) {
    for (const record of document[array] as Json[]) poison(record);
  }
  poison((document.people as Json[])[0]!.milestones as Json);
  const text = JSON.stringify(document, null, 1);
  // The text really carries the members (JSON.stringify writes own "__proto__" members).
  expect(text.match(/"__proto__": \{/g)?.length).toBeGreaterThan(RECORD_ARRAYS.length + 3);
  expect(text).toContain('"constructor": {\n');
  return { text, document };
}

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  // A failure in one test must not hide behind pollution left by another.
  delete (Object.prototype as Json).polluted;
});

describe('parseExchange', () => {
  it('keeps "__proto__" and "constructor" out of the document at every level, as warnings', () => {
    const { text } = poisonedDocument();
    const { document, warnings } = parseExchange(text, 'poisoned.ptdv.json');
    expectNoPollution();
    expect(taintedPaths(document)).toEqual([]);
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
    expect(document.source).toEqual({
      unitId: tree.province.id,
      unitCode: 'TU',
      unitName: 'Tỉnh ủy Tân Sơn',
      app: 'Test tool 1.0',
    });
    expect(document.scope).toEqual({ type: 'full' });
    expect(document.people[0]?.milestones).toEqual({
      sourcedOn: '2025-01-01',
      awarenessCertOn: '2025-03-06',
      applicationOn: null,
      cellResolutionOn: null,
      decisionOn: null,
      admittedOn: null,
      officialOn: null,
      removedOn: null,
    });

    const fields = warningFields(warnings);
    expect(fields).toEqual(
      expect.arrayContaining([
        ':__proto__:exchange.warning.unknownMember',
        ':constructor:exchange.warning.unknownMember',
        'people:milestones.__proto__:exchange.warning.unknownField',
        'people:milestones.constructor:exchange.warning.unknownField',
      ]),
    );
    for (const array of RECORD_ARRAYS) {
      expect(fields).toContain(`${array}:__proto__:exchange.warning.unknownField`);
      expect(fields).toContain(`${array}:constructor:exchange.warning.unknownField`);
    }
  });

  it('refuses "__proto__" as a unit id among the unit keys, and copies nothing', () => {
    const document = provinceDocument();
    const unitKeys = withOwn({}, '__proto__', { kty: 'EC', crv: 'P-256', polluted: true });
    document.unitKeys = unitKeys;
    const text = JSON.stringify(document);
    expect(text).toContain('"unitKeys":{"__proto__":');
    let error: unknown;
    try {
      parseExchange(text, 'keys.ptdv.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({
      code: 'invalidEnvelope',
      field: 'unitKeys',
    });
    expectNoPollution();
  });

  it('reads a province key carrying "__proto__" and "constructor" as just its public members', () => {
    const document = provinceDocument();
    document.provincePublicKey = poison({
      kty: 'EC',
      crv: 'P-256',
      x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
      y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
    });
    const { document: parsed } = parseExchange(JSON.stringify(document), 'key.ptdv.json');
    expect(parsed.provincePublicKey).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
      y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
    });
    expect(taintedPaths(parsed)).toEqual([]);
    expectNoPollution();
  });
});

describe('the plan and the apply, through the import path', () => {
  it('stores every record without the keys, and reports them in the preview', async () => {
    const { text } = poisonedDocument();
    const preview = await previewText(text, 'poisoned.ptdv.json', await readStoreSnapshot());
    expect(preview.error).toBeUndefined();
    const plan = preview.plan!;
    expect(plan.isProvinceFile).toBe(true);
    expect(plan.counts.unit.created).toBe(units.length);
    expect(plan.counts.person.created).toBe(1);
    expect(warningFields(plan.warnings)).toContain(
      'people:__proto__:exchange.warning.unknownField',
    );
    expect(taintedPaths(plan)).toEqual([]);

    await applyImportPlan(plan);
    expectNoPollution();
    const rows = await everyStoredRow();
    expect(rows.units).toHaveLength(units.length);
    expect(rows.people).toHaveLength(1);
    expect(rows.classes).toHaveLength(1);
    expect(rows.targets).toHaveLength(1);
    expect(rows.memberCounts).toHaveLength(1);
    expect(rows.tombstones).toHaveLength(1);
    expect(rows.importLog).toHaveLength(1);
    expect(taintedPaths(rows)).toEqual([]);
  });

  it('a second file over stored records (updates, not creations) stays clean too', async () => {
    const first = provinceDocument();
    const { document } = parseExchange(JSON.stringify(first), 'first.ptdv.json');
    await applyImportPlan(planImport(document, await readStoreSnapshot(), 'first.ptdv.json'));

    const { document: raw } = poisonedDocument();
    raw.exportId = testId(9);
    for (const array of RECORD_ARRAYS.filter((name) => name !== 'deleted')) {
      for (const record of raw[array] as Json[]) record.updatedAt = '2026-11-25T00:00:00.000Z';
    }
    const text = JSON.stringify(raw);
    const parsed = parseExchange(text, 'second.ptdv.json');
    const plan = planImport(
      parsed.document,
      await readStoreSnapshot(),
      'second.ptdv.json',
      parsed.warnings,
    );
    expect(plan.counts.unit.updated).toBe(units.length);
    await applyImportPlan(plan);
    expectNoPollution();
    await expectCleanStore();
  });
});

describe('the installation backup', () => {
  async function backupText(): Promise<Json> {
    const { document } = parseExchange(JSON.stringify(provinceDocument()), 'f.ptdv.json');
    await applyImportPlan(planImport(document, await readStoreSnapshot(), 'f.ptdv.json'));
    await saveInstallation({
      kind: 'province',
      homeUnitId: tree.province.id,
      setUpAt: '2026-01-01T00:00:00.000Z',
    });
    await setSetting('sync.reminderDays', 14);
    const { text } = await createBackup(undefined, new Date('2026-11-28T02:00:00.000Z'));
    return JSON.parse(text) as Json;
  }

  /** Restores `file`: the summary, or the refusal. The store is checked either way. */
  async function restore(file: Json): Promise<'restored' | 'refused'> {
    const text = JSON.stringify(file);
    expect(text).toContain('"__proto__":');
    try {
      await restoreBackup(text, { fileName: 'sao-luu.ptdv.json' });
      return 'restored';
    } catch (error) {
      if (error instanceof BackupError || error instanceof ImportError) return 'refused';
      throw error;
    } finally {
      expectNoPollution();
      await expectCleanStore();
    }
  }

  it('restores records that carried the keys, without them', async () => {
    const file = await backupText();
    poison(file);
    for (const array of RECORD_ARRAYS) {
      for (const record of file[array] as Json[]) poison(record);
    }
    poison((file.people as Json[])[0]!.milestones as Json);
    await resetDatabase();
    expect(await restore(file)).toBe('restored');
    const rows = await everyStoredRow();
    expect(rows.units).toHaveLength(units.length);
    expect(rows.people).toHaveLength(1);
  });

  it('never writes the keys from the backup member, its settings, history or logs', async () => {
    const original = await backupText();
    // Members with a fixed shape drop unknown keys (zod objects); free-form values (settings,
    // history, logs) must be plain data, and a forbidden key refuses the file.
    const places: [string, 'restored' | 'refused', (member: Json) => void][] = [
      ['the member', 'restored', (member) => poison(member)],
      ['its counts', 'restored', (member) => poison(member.counts as Json)],
      ['its keys', 'restored', (member) => poison(member.keys as Json)],
      ['a setting row', 'restored', (member) => poison((member.settings as Json[])[0]!)],
      [
        'a setting value',
        'refused',
        (member) => {
          const rows = member.settings as Json[];
          rows.push({ key: 'ui.extra', value: poison({ shown: true }) });
          (member.counts as Json).settings = rows.length;
        },
      ],
      [
        'the installation setting',
        'refused',
        (member) => {
          const row = (member.settings as Json[]).find((item) => item.key === 'installation')!;
          poison(row.value as Json);
        },
      ],
      [
        'the import log',
        'refused',
        (member) => {
          const entry = (member.importLog as Json[])[0]!;
          poison(entry);
          poison(entry.counts as Json);
        },
      ],
    ];
    for (const [place, expected, addKeys] of places) {
      const file = JSON.parse(JSON.stringify(original)) as Json;
      addKeys(file.installationBackup as Json);
      await resetDatabase();
      expect(await restore(file), place).toBe(expected);
    }
  });
});

describe('the key backup', () => {
  const PASSPHRASE = 'Tỉnh ủy Tân Lập 2026';
  const SLOW = { timeout: 60_000 };

  it('opens a backup carrying the keys, and stores only the clean public key', SLOW, async () => {
    const pair = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, true, ['deriveBits']);
    const backup = JSON.parse(
      await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE),
    ) as Json;
    poison(backup);
    poison(backup.kdf as Json);
    poison(backup.cipher as Json);
    poison(backup.publicKey as Json);
    const text = JSON.stringify(backup);
    expect(text.match(/"__proto__":/g)).toHaveLength(4);

    // The extra members are outside the authenticated header: the backup still opens.
    const opened = await importPrivateKeyFromBackup(text, PASSPHRASE);
    expectNoPollution();
    expect(taintedPaths(opened.publicKeyJwk)).toEqual([]);
    await restoreProvinceKeys(text, PASSPHRASE);
    const stored = await getProvinceKeys();
    expect(Object.keys(stored!.publicKeyJwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expectNoPollution();
    await expectCleanStore();
  });

  it('refuses a "constructor" or "__proto__" in place of a known member', async () => {
    const pair = await crypto.subtle.generateKey(PROVINCE_KEY_ALGORITHM, true, ['deriveBits']);
    const good = JSON.parse(await exportPrivateKeyUnderPassphrase(pair.privateKey, PASSPHRASE));
    for (const member of ['kdf', 'cipher', 'publicKey']) {
      const backup = JSON.parse(JSON.stringify(good)) as Json;
      backup[member] = JSON.parse('{"__proto__": {"alg": "A256GCM", "kty": "EC"}}');
      await expect(importPrivateKeyFromBackup(JSON.stringify(backup), PASSPHRASE)).rejects.toThrow(
        KeyBackupError,
      );
      expectNoPollution();
    }
  });
});
