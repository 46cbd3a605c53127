// The installation every backup test starts from: a commune with two cells (one closed and
// merged into the other, with its history), three people, a class, a quota, a member count, a
// tombstone, an export in the log and two settings; and a raw dump of every store to compare.
import type { Page } from '@playwright/test';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import { putRows, seed } from './seed';

export const NOW = new Date('2026-11-28T09:00:00+07:00');

export const province = buildUnit({ code: 'TINH', name: 'Tỉnh ủy Tân Sơn', kind: 'province' });
export const commune = buildUnit({
  code: 'X-TL',
  name: 'Đảng ủy xã Tân Lập',
  kind: 'grassroots_committee',
  sector: 'commune',
  parentId: province.id,
});
export const dongTam = buildUnit({
  code: 'TL-1',
  name: 'Chi bộ thôn Đồng Tâm',
  parentId: commune.id,
});
/** Merged into Đồng Tâm on 1 July 2025: a closed unit with its history. */
export const hoaBinh = buildUnit({
  code: 'TL-2',
  name: 'Chi bộ thôn Hòa Bình',
  parentId: commune.id,
  closedOn: '2025-07-01',
  successorId: dongTam.id,
  updatedAt: '2025-07-01T03:00:00.000Z',
});
export const awareness = buildClass({
  unitId: commune.id,
  title: 'Lớp nhận thức về Đảng khóa 3/2026',
  startOn: '2026-03-02',
  endOn: '2026-03-06',
  attendeeCount: 35,
});
export const people = [
  buildPerson({
    unitId: dongTam.id,
    fullName: 'Lò Thị Hoa',
    gender: 'female',
    ethnicity: 'Thái',
    religion: 'Phật giáo',
    nationalId: '001200012345',
    awarenessClassId: awareness.id,
    milestones: {
      sourcedOn: '2025-01-10',
      awarenessCertOn: '2026-03-06',
      decisionOn: '2026-05-20',
      admittedOn: '2026-06-01',
    },
    decisionNo: '45-QĐ/ĐU',
  }),
  buildPerson({
    unitId: dongTam.id,
    fullName: 'Nguyễn Văn Bình',
    awarenessClassId: awareness.id,
    milestones: { sourcedOn: '2026-02-01', awarenessCertOn: '2026-03-06' },
  }),
  buildPerson({
    unitId: hoaBinh.id,
    fullName: 'Hà Văn Cường',
    milestones: { sourcedOn: '2024-04-01', admittedOn: '2024-12-15', officialOn: '2025-12-15' },
  }),
];

export type Rows = Record<string, unknown[]>;

/** Every row of every store of the app's database, read raw; key objects named, not opened. */
export async function dumpDatabase(page: Page): Promise<Rows> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(database.objectStoreNames)) {
      const request = database.transaction(name).objectStore(name).getAll();
      out[name] = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    database.close();
    return JSON.parse(
      JSON.stringify(out, (_key, value: unknown) =>
        value instanceof CryptoKey ? { cryptoKey: value.type } : value,
      ),
    ) as Record<string, unknown[]>;
  });
}

/** Seeds the installation; `extra` rows go in with the logs and settings. */
export async function seedStore(page: Page, extra: Rows = {}): Promise<void> {
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [province, commune, dongTam, hoaBinh],
    people,
    classes: [awareness],
    targets: [buildTarget({ unitId: commune.id, fromYear: 2025, toYear: 2030, admissions: 40 })],
    memberCounts: [buildMemberCount({ unitId: commune.id, year: 2026, total: 212 })],
  });
  await putRows(page, {
    unitEvents: [
      {
        id: 'ev-hoa-binh-created',
        unitId: hoaBinh.id,
        at: '2020-01-01T00:00:00.000Z',
        kind: 'created',
        changes: { name: [null, hoaBinh.name] },
      },
      {
        id: 'ev-hoa-binh-closed',
        unitId: hoaBinh.id,
        at: hoaBinh.updatedAt,
        kind: 'closed',
        changes: { closedOn: [null, '2025-07-01'], successorId: [null, dongTam.id] },
      },
    ],
    tombstones: [
      {
        type: 'person',
        id: '00000000-0000-4000-8000-00000000dead',
        deletedAt: '2026-10-01T02:00:00.000Z',
        unitId: dongTam.id,
      },
    ],
    exportLog: [
      {
        exportId: '00000000-0000-4000-9000-0000000e0001',
        exportedAt: '2026-10-15T01:00:00.000Z',
        fileName: 'ptdv-x-tl-2026-10-15-full.ptdv.json',
        rootUnitId: commune.id,
        content: 'subtree',
        scope: { type: 'full' },
        asOf: '2026-10-15T01:00:00.000Z',
        fileCounts: { units: 3, people: 3 },
        sealed: false,
      },
    ],
    settings: [
      { key: 'sync.reminderDays', value: 10 },
      { key: 'backupReminderDays', value: 7 },
    ],
    ...extra,
  });
}
