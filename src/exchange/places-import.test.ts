// Places and their figures (exchange format, 2026-12 additions) through the whole way of a file:
// parse → plan → apply on a real (fake-indexeddb) store, export, and the store's place figures.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportPlan } from '@/db/import-apply';
import { collectExport } from '@/db/export-collect';
import { readStoreSnapshot } from '@/db/store-snapshot';
import { db, resetDatabase } from '@/db/schema';
import type { Place, PlaceFigure } from '@/domain/entities';
import { unpackPlaceStats } from '@/domain/place-stats';
import { translate } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import { buildPerson, buildPlace, buildPlaceFigure, testId } from '../../test/builders';
import { buildTree, rawDocument, toText, treeUnits } from '../../test/exchange-documents';
import { ImportError, importErrorMessage } from './errors';
import { parseExchange } from './parse';
import { emptySnapshot, planImport } from './plan';

beforeEach(async () => {
  await resetDatabase();
});

const vi = (key: MessageKey, params?: Record<string, string | number>) =>
  translate('vi', key, params);
const tree = buildTree();
const units = treeUnits(tree);

const hamlet = buildPlace({ unitId: tree.commune.id, name: 'Thôn Đồng Tâm' });
const school = buildPlace({
  unitId: tree.commune.id,
  kind: 'school',
  name: 'Trường THPT Tân Lập',
  code: '34001',
});
const otherHamlet = buildPlace({ unitId: tree.otherCommune.id, name: 'Thôn Quang Minh' });

function figure(overrides: Partial<PlaceFigure>): PlaceFigure {
  return buildPlaceFigure({ placeId: hamlet.id, year: 2025, households: 200, ...overrides });
}

/** The province's file: every unit, and the places given. */
function provinceText(places: Place[], placeFigures: PlaceFigure[] = [], exportId = testId()) {
  return toText(rawDocument(tree.province, { units, places, placeFigures, exportId }));
}

async function importText(text: string, fileName = 'f.ptdv.json') {
  const { document, warnings } = parseExchange(text, fileName);
  const plan = planImport(document, await readStoreSnapshot(), fileName, warnings);
  const entry = await applyImportPlan(plan);
  return { plan, entry };
}

function refusal(text: string): ImportError {
  try {
    parseExchange(text, 'x.ptdv.json');
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('places in an exchange file', () => {
  it('imports places and their figures, and a second import of the file changes nothing', async () => {
    const text = provinceText([hamlet, school], [figure({ partyOrganisation: 'none' })]);
    const { entry } = await importText(text);
    expect(entry.counts.place?.created).toBe(2);
    expect(entry.counts.placeFigure?.created).toBe(1);
    expect(await db().places.count()).toBe(2);
    expect(await db().placeFigures.get(figure({}).id)).toBeUndefined();
    const stored = await db().placeFigures.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ placeId: hamlet.id, year: 2025, partyOrganisation: 'none' });

    // The same records in another file: unchanged, not duplicated.
    const again = await importText(provinceText([hamlet, school], stored));
    expect(again.entry.counts.place?.unchanged).toBe(2);
    expect(again.entry.counts.placeFigure?.unchanged).toBe(1);
    expect(await db().placeFigures.count()).toBe(1);
  });

  it('reads a file without places as before: absent is empty', async () => {
    const { plan } = await importText(toText(rawDocument(tree.province, { units })));
    expect(plan.fileCounts.places).toBe(0);
    expect(plan.writes.places).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('refuses a negative figure, naming the record and the field', () => {
    const error = refusal(provinceText([hamlet], [figure({ households: -3 })]));
    expect(error).toMatchObject({
      code: 'invalidRecord',
      array: 'placeFigures',
      index: 0,
      field: 'households',
    });
    expect(importErrorMessage(error, vi)).toContain('placeFigures[0]');
  });

  it('refuses a second figure for the same place and year, naming both records', () => {
    const first = figure({});
    const second = figure({ households: 210 });
    const error = refusal(provinceText([hamlet], [first, second]));
    expect(error).toMatchObject({
      code: 'duplicatePlaceYear',
      array: 'placeFigures',
      index: 1,
      id: second.id,
      field: 'year',
    });
    const message = importErrorMessage(error, vi);
    expect(message).toContain('placeFigures[0]');
    expect(message).toContain('“Thôn Đồng Tâm”');
    expect(message).toContain('2025');
  });

  it('refuses a figure or a person naming a place that is nowhere, and writes nothing', async () => {
    const lost = testId();
    const { document } = parseExchange(provinceText([hamlet], [figure({ placeId: lost })]), 'f');
    expect(() => planImport(document, emptySnapshot(), 'f.ptdv.json')).toThrow(ImportError);
    try {
      planImport(document, await readStoreSnapshot(), 'f.ptdv.json');
    } catch (error) {
      expect(error).toMatchObject({
        code: 'missingReference',
        array: 'placeFigures',
        field: 'placeId',
        expected: 'exchange.expected.placeRef',
      });
    }
    const person = buildPerson({ unitId: tree.cellA.id, placeId: lost });
    const withPerson = parseExchange(
      toText(rawDocument(tree.province, { units, people: [person] })),
      'g',
    );
    expect(() => planImport(withPerson.document, emptySnapshot(), 'g')).toThrow(
      expect.objectContaining({ code: 'missingReference', field: 'placeId' }),
    );
    expect(await db().places.count()).toBe(0);
  });

  it('scopes a figure by its place’s unit: a commune may not send the figures of another’s', async () => {
    await importText(provinceText([hamlet, otherHamlet]));
    const communeFile = toText(
      rawDocument(tree.commune, {
        units: [tree.commune],
        placeFigures: [figure({}), figure({ placeId: otherHamlet.id })],
      }),
    );
    const { entry, plan } = await importText(communeFile);
    expect(entry.counts.placeFigure).toMatchObject({ created: 1, outOfScope: 1 });
    expect(plan.outOfScope[0]).toMatchObject({
      type: 'placeFigure',
      unitId: tree.otherCommune.id,
      label: 'Thôn Quang Minh · 2025',
    });
  });

  it('keeps one figure per place and year: a newer one under another id replaces, an older one is stale', async () => {
    const stored = figure({ updatedAt: '2026-02-01T00:00:00.000Z', households: 200 });
    await importText(provinceText([hamlet], [stored]));

    const older = figure({ updatedAt: '2026-01-01T00:00:00.000Z', households: 180 });
    const stale = await importText(provinceText([hamlet], [older]));
    expect(stale.plan.counts.placeFigure.stale).toBe(1);
    expect(stale.entry.counts.placeFigure?.stale).toBe(1);
    expect((await db().placeFigures.toArray()).map((row) => row.households)).toEqual([200]);

    const newer = figure({ updatedAt: '2026-03-01T00:00:00.000Z', households: 230 });
    const replaced = await importText(provinceText([hamlet], [newer]));
    expect(replaced.plan.counts.placeFigure.updated).toBe(1);
    expect(replaced.entry.counts.placeFigure).toMatchObject({ created: 0, updated: 1 });
    const after = await db().placeFigures.toArray();
    expect(after.map((row) => [row.id, row.households])).toEqual([[newer.id, 230]]);
  });

  it('counts a person’s place in the places’ aggregates, in the import’s transaction', async () => {
    await importText(provinceText([hamlet, school]));
    const student = buildPerson({
      unitId: tree.cellA.id,
      occupation: 'high_school_student',
      placeId: school.id,
      milestones: { sourcedOn: '2025-09-01', awarenessCertOn: '2025-10-10' },
    });
    await importText(
      toText(rawDocument(tree.commune, { units: [tree.commune], people: [student] })),
    );
    const shards = await db().placeStats.toArray();
    const places = new Map(shards.flatMap((shard) => [...unpackPlaceStats(shard)]));
    expect(places.get(school.id)?.days.sourcedOn).toHaveLength(1);
    expect(places.get(school.id)?.days.awarenessCertOn).toHaveLength(1);
    expect(places.get(school.id)?.days.admittedOn).toEqual([]);
  });

  it('goes out again in the unit’s export, and down in the province’s tree file', async () => {
    await importText(provinceText([hamlet, otherHamlet], [figure({})]));
    const communeExport = await collectExport({ rootUnitId: tree.commune.id });
    expect(communeExport.places.map((place) => place.id)).toEqual([hamlet.id]);
    expect(communeExport.placeFigures).toHaveLength(1);
    const down = await collectExport({ rootUnitId: tree.province.id, content: 'provinceTree' });
    expect(down.places).toHaveLength(2);
    expect(down.people).toEqual([]);
  });
});
