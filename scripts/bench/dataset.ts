// The benchmark's datasets, written as exchange files with the app's own writer (buildExport,
// serializeExport): the province's file (the unit tree, the classes, quotas and member counts,
// the places and their yearly figures), imported first, then one file per upper unit with its
// people — a district's file, as it would send it up, each person naming a place of the
// province's file — split in parts of at most MAX_PEOPLE_PER_FILE. The people come from
// streamProvince one part at a time, so a province of a million people never sits in memory.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GenerateProvinceOptions } from '../../src/demo/options';
import { streamProvince } from '../../src/demo/province-stream';
import type { Person, Unit } from '../../src/domain/entities';
import { deriveStage } from '../../src/domain/stage';
import { searchKey } from '../../src/domain/text';
import { subtreeIdsOf } from '../../src/domain/unit-tree';
import { buildExport, serializeExport } from '../../src/exchange/export';

export type SizeName = 'S' | 'M' | 'P' | 'L';

/** The largest district's file the issue names (one transaction per file). */
export const MAX_PEOPLE_PER_FILE = 30_000;

export interface SizeSpec {
  name: SizeName;
  label: string;
  options: Omit<GenerateProvinceOptions, 'seed' | 'today'>;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  // One upper unit (a commune's party committee) with its cells.
  S: { name: 'S', label: 'one unit', options: { people: 2_000, units: 1, closedUnits: 0 } },
  // A province: 16 open upper units and 2 merged in 2025, 230 units, ≈630 classes.
  M: {
    name: 'M',
    label: 'a province',
    options: { people: 100_000, peoplePerLeaf: 650, classSize: 300 },
  },
  // Not run by default (--sizes P): the province of the dashboard issue, ten years of a
  // province's admissions, candidates and classes, 250,000 people.
  P: {
    name: 'P',
    label: 'a province over ten years',
    options: { people: 250_000, peoplePerLeaf: 650, classSize: 300 },
  },
  // Ten times the people, the same shape: 42 upper units, ≈1,500 units, ≈7,400 classes.
  L: {
    name: 'L',
    label: 'a large province',
    options: { people: 1_000_000, peoplePerLeaf: 650, classSize: 300 },
  },
};

export interface DatasetFile {
  path: string;
  name: string;
  bytes: number;
  /** Records the file brings for the first time (what its import writes). */
  records: number;
  people: number;
}

export interface Dataset {
  size: SizeName;
  dir: string;
  rootUnitId: string;
  /** The province's own file: imported first, it brings the tree the others need. */
  provinceFile: DatasetFile;
  districtFiles: DatasetFile[];
  counts: {
    units: number;
    people: number;
    classes: number;
    targets: number;
    memberCounts: number;
    places: number;
    placeFigures: number;
  };
  /**
   * The floor's rows (/__bench/data/): the same records as the app stores them (a person with
   * its derived stage and search key), every record of the dataset or, past `floorPeople`
   * people, the first `floorPeople` of them.
   */
  floorFiles: string[];
  floorRecords: number;
  /** Every record of the dataset: what the import writes in all. */
  records: number;
  generateMs: number;
}

const EMPTY = {
  people: [],
  classes: [],
  targets: [],
  memberCounts: [],
  deleted: [],
  places: [],
  placeFigures: [],
};

/** Writes the dataset of a size into `dir` (emptied first). */
export function writeDataset(
  size: SizeName,
  dir: string,
  seed: number,
  today: string,
  floorPeople: number,
  log: (line: string) => void = () => {},
): Dataset {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const province = streamProvince({ seed, today, ...SIZES[size].options });
  const root = province.units.find((unit) => unit.parentId === null);
  if (!root) throw new Error('bench: the generated province has no root');
  const exportedAt = new Date(`${today}T12:00:00+07:00`);

  const write = (name: string, text: string, records: number, people: number): DatasetFile => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return { path, name, bytes: Buffer.byteLength(text), records, people };
  };
  const source = (unit: Unit) => ({ unitId: unit.id, unitCode: unit.code, unitName: unit.name });

  const floorFiles: string[] = [];
  let floorRecords = 0;
  const writeFloor = (batches: { store: string; rows: unknown[] }[]) => {
    const name = `floor-${String(floorFiles.length).padStart(2, '0')}.json`;
    writeFileSync(join(dir, name), JSON.stringify(batches));
    floorFiles.push(name);
    for (const batch of batches) floorRecords += batch.rows.length;
  };
  // The row the app stores (src/db/people-repo.ts toRow; e2e/support/seed.ts does the same).
  const row = (person: Person) => ({
    ...person,
    stage: deriveStage(person.milestones),
    searchKey: searchKey(`${person.fullName} ${person.nationalId ?? ''}`),
  });
  let floorPeopleLeft = floorPeople;

  const subtrees = new Map<string, Unit[]>();
  const subtreeOf = (unit: Unit): Unit[] => {
    let units = subtrees.get(unit.id);
    if (!units) {
      const ids = subtreeIdsOf(province.units, unit.id);
      units = province.units.filter((item) => ids.has(item.id));
      subtrees.set(unit.id, units);
    }
    return units;
  };

  // The districts' files, as the people are drawn; the province's file after them (its classes
  // count their attendees), though it is the one imported first.
  const districtFiles: DatasetFile[] = [];
  let people = 0;
  const rest = province.draw(MAX_PEOPLE_PER_FILE, (part) => {
    // A district's full file: its units (already known from the province's file: unchanged)
    // and its people.
    const document = buildExport(
      {
        source: source(part.source),
        scope: { type: 'full' },
        ...EMPTY,
        units: subtreeOf(part.source),
        people: part.people,
      },
      exportedAt,
    );
    const index = String(districtFiles.length + 1).padStart(2, '0');
    districtFiles.push(
      write(
        `${index}-${part.source.code}-${part.part}.ptdv.json`,
        serializeExport(document),
        part.people.length,
        part.people.length,
      ),
    );
    people += part.people.length;
    if (floorPeopleLeft > 0) {
      const rows = part.people.slice(0, floorPeopleLeft).map(row);
      floorPeopleLeft -= rows.length;
      writeFloor([{ store: 'people', rows }]);
    }
    if (districtFiles.length % 10 === 0) log(`  ${districtFiles.length} files, ${people} people`);
  });

  const provinceDocument = buildExport(
    {
      source: source(root),
      scope: { type: 'full' },
      ...EMPTY,
      units: province.units,
      classes: rest.classes,
      targets: rest.targets,
      memberCounts: rest.memberCounts,
      places: province.places,
      placeFigures: rest.placeFigures,
    },
    exportedAt,
  );
  const counts = {
    units: province.units.length,
    people,
    classes: rest.classes.length,
    targets: rest.targets.length,
    memberCounts: rest.memberCounts.length,
    places: province.places.length,
    placeFigures: rest.placeFigures.length,
  };
  const provinceFile = write(
    `00-${root.code}-tinh.ptdv.json`,
    serializeExport(provinceDocument),
    counts.units +
      counts.classes +
      counts.targets +
      counts.memberCounts +
      counts.places +
      counts.placeFigures,
    0,
  );
  writeFloor([
    { store: 'units', rows: province.units },
    { store: 'classes', rows: rest.classes },
    { store: 'targets', rows: rest.targets },
    { store: 'memberCounts', rows: rest.memberCounts },
    { store: 'places', rows: province.places },
    { store: 'placeFigures', rows: rest.placeFigures },
  ]);

  return {
    size,
    dir,
    rootUnitId: root.id,
    provinceFile,
    districtFiles,
    counts,
    floorFiles,
    floorRecords,
    records: Object.values(counts).reduce((sum, count) => sum + count, 0),
    generateMs: Math.round(performance.now() - started),
  };
}
