// Writes a generated province as an exchange file (format ptdv-exchange, version 1), for imports,
// demonstrations and measurements:
//   npm run demo:file -- --people 100000 --out demo.ptdv.json [--seed 2025] [--today 2026-11-28]
// Records are written one per line, section by section, and the people as the generator draws
// them (one upper unit at a time), so that a million people never sit in memory. The places come
// with the tree, their figures once the people are drawn.
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { streamProvince } from '../src/demo/province-stream';
import { isIsoDate, localIsoDate } from '../src/domain/dates';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    out: { type: 'string', default: 'demo.ptdv.json' },
    seed: { type: 'string', default: '2025' },
    today: { type: 'string' },
    units: { type: 'string' },
  },
});

const people = Number(values.people);
const seed = Number(values.seed);
const today = values.today ?? localIsoDate();
if (!Number.isInteger(people) || people < 0)
  throw new Error(`--people: not a count: ${values.people}`);
if (!Number.isInteger(seed)) throw new Error(`--seed: not an integer: ${values.seed}`);
if (!isIsoDate(today)) throw new Error(`--today: not a date YYYY-MM-DD: ${today}`);

const started = performance.now();
const province = streamProvince({
  seed,
  people,
  today,
  ...(values.units ? { units: Number(values.units) } : {}),
});
const root = province.units.find((unit) => unit.parentId === null);
if (!root) throw new Error('the generated province has no root');

const header = {
  format: 'ptdv-exchange',
  version: 1,
  exportId: crypto.randomUUID(),
  exportedAt: new Date().toISOString(),
  source: {
    unitId: root.id,
    unitCode: root.code,
    unitName: root.name,
    app: `PTĐV demo-file (seed ${seed}, ${today})`,
  },
  scope: { type: 'full' },
};

const file = openSync(values.out, 'w');
const write = (text: string) => writeSync(file, text);
const BATCH = 1_000;

/** One section's records, written a batch of lines at a time; `section.add` may be called again. */
function openSection(name: string) {
  let written = 0;
  write(`"${name}":[`);
  return {
    add(records: readonly unknown[]) {
      for (let start = 0; start < records.length; start += BATCH) {
        const lines = records.slice(start, start + BATCH).map((record) => JSON.stringify(record));
        write(`${written === 0 ? '\n' : ',\n'}${lines.join(',\n')}`);
        written += lines.length;
      }
    },
    close(last = false) {
      write(last ? ']\n' : '],\n');
      return written;
    },
  };
}

const headerJson = JSON.stringify(header);
write(`${headerJson.slice(0, -1)},\n`);
const units = openSection('units');
units.add(province.units);
units.close();
const places = openSection('places');
places.add(province.places);
places.close();
const peopleSection = openSection('people');
const records = province.draw(BATCH, (part) => peopleSection.add(part.people));
const peopleWritten = peopleSection.close();
const sections: [string, readonly unknown[]][] = [
  ['classes', records.classes],
  ['targets', records.targets],
  ['memberCounts', records.memberCounts],
  ['placeFigures', records.placeFigures],
  ['deleted', []],
];
sections.forEach(([name, list], index) => {
  const section = openSection(name);
  section.add(list);
  section.close(index === sections.length - 1);
});
write('}\n');
closeSync(file);

console.log(
  JSON.stringify({
    out: values.out,
    seed,
    today,
    units: province.units.length,
    people: peopleWritten,
    classes: records.classes.length,
    targets: records.targets.length,
    memberCounts: records.memberCounts.length,
    places: province.places.length,
    placeFigures: records.placeFigures.length,
    ms: Math.round(performance.now() - started),
  }),
);
