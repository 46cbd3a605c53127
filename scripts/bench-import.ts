// Times what the import worker does with a large file before anything is written: parsing and
// validating a district's file (30,000 people by default, about 15 MB) and planning it against
// an empty store and against a store that already holds every record (a re-import). Also the
// structured clone of the plan, the price of handing it from the worker to the page and back.
// It prints JSON figures; it is a measurement, not a test.
//   npm run bench:import [-- --people 30000 --runs 3]
// Writing to IndexedDB is left out: fake-indexeddb in Node says nothing of a browser.
import { parseArgs } from 'node:util';
import { generateProvince } from '../src/domain/demo-province';
import { buildExport, serializeExport } from '../src/exchange/export';
import { parseExchange } from '../src/exchange/parse';
import { emptySnapshot, planImport, type StoreSnapshot } from '../src/exchange/plan';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '30000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '2025' },
  },
});
const peopleCount = Number(values.people);
const runs = Math.max(1, Number(values.runs));

function time<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}
const round = (ms: number) => Math.round(ms);
const median = (list: number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

const province = generateProvince({
  seed: Number(values.seed),
  people: peopleCount,
  today: '2026-11-28',
});
const root = province.units.find((unit) => unit.parentId === null);
if (!root) throw new Error('the generated province has no root');
const text = serializeExport(
  buildExport({
    source: { unitId: root.id, unitCode: root.code, unitName: root.name },
    scope: { type: 'full' },
    units: province.units,
    people: province.people,
    classes: province.classes,
    targets: province.targets,
    memberCounts: province.memberCounts,
    deleted: [],
  }),
);

/** The snapshot of a store that already holds every record of the file. */
function fullSnapshot(): StoreSnapshot {
  const snapshot = emptySnapshot();
  snapshot.units = province.units;
  for (const unit of province.units) snapshot.stamps.unit.set(unit.id, unit.updatedAt);
  const owned = [
    ['person', province.people],
    ['class', province.classes],
    ['target', province.targets],
    ['memberCount', province.memberCounts],
  ] as const;
  for (const [type, records] of owned) {
    for (const record of records) {
      snapshot.stamps[type].set(record.id, record.updatedAt);
      snapshot.owners[type].set(record.id, record.unitId);
    }
  }
  for (const klass of province.classes) snapshot.classIds.add(klass.id);
  return snapshot;
}

const figures = {
  jsonParse: [] as number[],
  parseAndValidate: [] as number[],
  planIntoEmpty: [] as number[],
  planReimport: [] as number[],
  clonePlan: [] as number[],
};
const full = fullSnapshot();
let created = 0;
let unchanged = 0;
for (let run = 0; run < runs; run += 1) {
  figures.jsonParse.push(time(() => JSON.parse(text)).ms);
  const parsed = time(() => parseExchange(text, 'bench.ptdv.json'));
  figures.parseAndValidate.push(parsed.ms);
  const intoEmpty = time(() =>
    planImport(parsed.value.document, emptySnapshot(), 'bench.ptdv.json', parsed.value.warnings),
  );
  figures.planIntoEmpty.push(intoEmpty.ms);
  created = intoEmpty.value.counts.person.created;
  const reimport = time(() => planImport(parsed.value.document, full, 'bench.ptdv.json'));
  figures.planReimport.push(reimport.ms);
  unchanged = reimport.value.counts.person.unchanged;
  figures.clonePlan.push(time(() => structuredClone(intoEmpty.value)).ms);
}

console.log(
  JSON.stringify(
    {
      people: province.people.length,
      units: province.units.length,
      classes: province.classes.length,
      fileMB: Math.round((Buffer.byteLength(text, 'utf8') / 1e6) * 10) / 10,
      runs,
      medianMs: Object.fromEntries(
        Object.entries(figures).map(([name, list]) => [name, round(median(list))]),
      ),
      parseValidatePlanMs: round(median(figures.parseAndValidate) + median(figures.planIntoEmpty)),
      check: { created, unchanged },
      node: process.version,
    },
    null,
    2,
  ),
);
