// Every screen at 1366×768, in Vietnamese and English, with data and empty: each has its heading,
// shows no untranslated message key, and fits the laptop's width (no sideways scrolling).
// With PTDV_SHOTS_DIR set, screenshots are written there for review.
import { expect, test, type Page } from '@playwright/test';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../test/builders';
import { languagePicker } from './support/app-shell';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

const shot = screenshots();
const NOW = new Date('2026-11-28T09:00:00+07:00');

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const cells = ['Chi bộ thôn Đông', 'Chi bộ thôn Tây', 'Chi bộ Trường THPT Tân Lập'].map((name, i) =>
  buildUnit({ name, code: `TL-${i + 1}`, parentId: commune.id }),
);
const awareness = buildClass({ unitId: commune.id, title: 'Lớp nhận thức về Đảng khóa I/2026' });
const FIRST = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Lò', 'Cầm'];
const LAST = ['Hương', 'Đào', 'Minh', 'Tuấn', 'Ngọc', 'Thủy', 'Dũng', 'Yến', 'Bảo'];
const people = Array.from({ length: 60 }, (_, i) => {
  const stage = i % 6;
  const milestones = {
    sourcedOn: '2024-01-10',
    awarenessCertOn: stage >= 1 ? '2024-03-14' : null,
    applicationOn: stage >= 2 ? '2024-05-06' : null,
    cellResolutionOn: stage >= 3 ? '2026-07-08' : null,
    decisionOn: stage >= 4 ? '2026-08-12' : null,
    admittedOn: stage >= 5 ? '2026-09-02' : null,
  };
  return buildPerson({
    fullName: `${FIRST[i % FIRST.length]} ${i % 2 ? 'Thị' : 'Văn'} ${LAST[i % LAST.length]}`,
    gender: i % 2 ? 'female' : 'male',
    ethnicity: i % 5 === 0 ? 'Thái' : 'Kinh',
    unitId: cells[i % cells.length]?.id ?? commune.id,
    milestones,
    awarenessClassId: stage === 1 ? awareness.id : null,
  });
});
const SCREENS = [
  ['/', 'home'],
  ['/people', 'people'],
  [`/people/${people[4]?.id}`, 'person'],
  [`/people/${people[4]?.id}/edit`, 'person-edit'],
  ['/people/new', 'person-new'],
  ['/classes', 'classes'],
  ['/classes?edit=new', 'class-new'],
  ['/targets', 'targets'],
  ['/units', 'units'],
  ['/dashboard', 'dashboard'],
  ['/reports', 'reports'],
  ['/sync', 'sync'],
  ['/settings', 'settings'],
] as const;

async function check(page: Page, path: string, name: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
  // An untranslated key looks like "area.some.key".
  const text = await page.getByRole('main').innerText();
  expect(text).not.toMatch(/\b[a-z]+\.[a-z]+[A-Za-z]*\.[a-zA-Z.]+\b/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  await shot(page, name);
}

test('every screen with data, in Vietnamese, fits 1366×768', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, ...cells],
    people,
    classes: [awareness],
    targets: [buildTarget({ unitId: commune.id, fromYear: 2026, toYear: 2028, admissions: 30 })],
    memberCounts: [buildMemberCount({ unitId: commune.id, year: 2026, total: 412 })],
  });
  for (const [path, name] of SCREENS) await check(page, path, `vi-${name}`);
});

test('every screen empty, and in English', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await check(page, '/setup', 'vi-setup-empty');
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune],
  });
  for (const [path, name] of SCREENS.filter(([p]) => !p.includes(people[4]?.id ?? '-'))) {
    await check(page, path, `vi-empty-${name}`);
  }
  await page.goto('/settings');
  await languagePicker(page).selectOption('en');
  await expect(page.getByRole('link', { name: 'Candidates & members' })).toBeVisible();
  for (const [path, name] of SCREENS.filter(([p]) => !p.includes(people[4]?.id ?? '-'))) {
    await check(page, path, `en-empty-${name}`);
  }
});
