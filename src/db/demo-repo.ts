// The demo province: a generated province (src/demo/), its places and their figures included,
// loaded into an empty store so that a newcomer sees a living dashboard, marked as demo (setting
// 'demo') and removable at once.
import { localIsoDate, type IsoDate } from '@/domain/dates';
import { nowStamp } from '@/domain/ids';
import { aggregateRowsOf } from './aggregates';
import { dataTables } from './data-tables';
import { toRow } from './people-repo';
import { db } from './schema';
import { getSetting, saveInstallation, setSetting, type Installation } from './settings-repo';
import type { SettingKey, SettingValue } from './settings-registry';

/** What the 'demo' setting holds while the demo province is in the store. */
export type DemoInfo = SettingValue<'demo'>;
export type DemoSize = DemoInfo['size'];
export type DemoCounts = DemoInfo['counts'];

/** People generated for each size: a few seconds to load, or a whole province for measurements. */
export const DEMO_PEOPLE: Record<DemoSize, number> = { small: 5_000, province: 250_000 };

export type DemoSummary = DemoInfo;

export const DEMO_SETTING = 'demo' satisfies SettingKey;

export class DemoError extends Error {
  constructor(readonly code: 'storeNotEmpty' | 'notDemo') {
    super(code);
  }
}

/** People written per bulkPut: progress is reported after each. */
const CHUNK = 5_000;

/**
 * Fills an EMPTY store (no installation, no records) with a generated province, in one
 * transaction: a closed tab half-way leaves the store empty. Sets the installation to the
 * province's root (kind 'province') and the demo marker. Progress counts people written.
 */
export async function loadDemoProvince(
  options: { seed?: number; size?: DemoSize; today?: IsoDate } = {},
  onProgress?: (done: number, total: number) => void,
): Promise<DemoSummary> {
  const size = options.size ?? 'small';
  const seed = options.seed ?? 2025;
  const today = options.today ?? localIsoDate();
  const d = db();
  const tables = [...dataTables(d), d.settings];
  const isEmpty = async () => {
    const counts = await Promise.all(dataTables(d).map((table) => table.count()));
    return counts.every((count) => count === 0) && !(await getSetting('installation'));
  };
  // Checked first so that a refusal costs nothing, and again inside the transaction.
  if (!(await isEmpty())) throw new DemoError('storeNotEmpty');
  // Generated before the transaction opens: an IndexedDB transaction closes while the page
  // computes without waiting on it. The generator (~7 KB gzipped) loads only when asked for.
  const { generateProvince } = await import('@/demo/generate-province');
  const province = generateProvince({ seed, people: DEMO_PEOPLE[size], today });
  const rows = province.people.map(toRow);
  const aggregates = aggregateRowsOf(rows);
  const root = province.units.find((unit) => unit.parentId === null);
  if (!root) throw new Error('generated province has no root');

  return d.transaction('rw', tables, async () => {
    if (!(await isEmpty())) throw new DemoError('storeNotEmpty');
    await d.units.bulkPut(province.units);
    await d.classes.bulkPut(province.classes);
    await d.targets.bulkPut(province.targets);
    await d.memberCounts.bulkPut(province.memberCounts);
    await d.places.bulkPut(province.places);
    await d.placeFigures.bulkPut(province.placeFigures);
    onProgress?.(0, rows.length);
    for (let start = 0; start < rows.length; start += CHUNK) {
      await d.people.bulkPut(rows.slice(start, start + CHUNK));
      onProgress?.(Math.min(rows.length, start + CHUNK), rows.length);
    }
    await d.admissionStats.bulkPut(aggregates.admissionStats);
    await d.unitStats.bulkPut(aggregates.unitStats);
    await d.placeStats.bulkPut(aggregates.placeStats);
    await d.qualityStats.bulkPut(aggregates.qualityStats);
    await d.homeStats.bulkPut(aggregates.homeStats);
    await d.peopleList.bulkPut(aggregates.peopleList);
    await d.peopleKeys.bulkPut(aggregates.peopleKeys);
    const loadedAt = nowStamp();
    const installation: Installation = { kind: 'province', homeUnitId: root.id, setUpAt: loadedAt };
    await saveInstallation(installation);
    const info: DemoInfo = {
      loadedAt,
      seed,
      size,
      today,
      rootUnitId: root.id,
      counts: {
        units: province.units.length,
        people: province.people.length,
        classes: province.classes.length,
        targets: province.targets.length,
        memberCounts: province.memberCounts.length,
      },
    };
    await setSetting(DEMO_SETTING, info);
    return info;
  });
}

/** The demo marker, or null when the store holds no demo province. */
export async function isDemoLoaded(): Promise<DemoInfo | null> {
  return (await getSetting(DEMO_SETTING)) ?? null;
}

/**
 * Empties the store (every record, typed in since included, and the installation): the app is a
 * fresh install again. The language chosen is kept: it is the user's, not the demo's. Refused
 * when the store does not hold the demo province, so no real data can go this way.
 */
export async function removeDemo(): Promise<void> {
  const d = db();
  await d.transaction('rw', [...dataTables(d), d.settings], async () => {
    if (!(await getSetting(DEMO_SETTING))) throw new DemoError('notDemo');
    const language = await getSetting('language');
    await Promise.all([...dataTables(d), d.settings].map((table) => table.clear()));
    if (language !== undefined) await setSetting('language', language);
  });
}
