// The person form by keyboard. Native date fields stay native (each is three or four Tab stops:
// day, month, year and the picker), so the form shows only the milestones a secretary is likely
// to touch — the steps dated, the next one — and keeps the rest behind one button: a new
// candidate's form reaches "Lưu" in far fewer Tabs than the 56 of a form with every date shown,
// and the button, pressed from the keyboard, moves the focus to the first date it unfolds.
import { expect, test, type Page } from '@playwright/test';
import { buildPerson, buildUnit } from '../test/builders';
import { PersonForm } from './support/person-form';
import { seed } from './support/seed';

const NOW = new Date('2026-11-28T09:00:00+07:00');
const cell = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TD' });

/** How many Tab presses from the focused element until `target` has the focus (at most 80). */
async function tabsUntil(page: Page, target: ReturnType<Page['getByRole']>): Promise<number> {
  for (let presses = 1; presses <= 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  return Infinity;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('a new candidate: from the name to "Lưu" in under 30 Tabs, the other dates one key away', async ({
  page,
}) => {
  await seed(page, { installation: { kind: 'unit', homeUnitId: cell.id }, units: [cell] });
  const form = new PersonForm(page);
  await form.gotoNew();
  await form.fullName.focus();
  const tabs = await tabsUntil(page, form.saveButton);
  expect(tabs).toBeLessThan(30);

  // Only the first step is shown; the button unfolds the seven others and focuses the next.
  await expect(form.milestone('sourcedOn')).toBeVisible();
  await expect(form.milestone('awarenessCertOn')).toHaveCount(0);
  await form.moreMilestones.focus();
  await expect(form.moreMilestones).toHaveText('Nhập các mốc khác (7 mốc)');
  await page.keyboard.press('Enter');
  await expect(form.milestone('awarenessCertOn')).toBeFocused();
  await expect(form.milestone('admittedOn')).toBeVisible();
  await expect(form.moreMilestones).toHaveCount(0);
});

test('a person in the middle of admission: their dated steps and the next one are shown', async ({
  page,
}) => {
  const person = buildPerson({
    fullName: 'Lò Thị Hoa',
    unitId: cell.id,
    milestones: {
      sourcedOn: '2025-01-10',
      awarenessCertOn: '2025-04-14',
      applicationOn: '2025-06-06',
      cellResolutionOn: null,
      decisionOn: null,
      admittedOn: null,
    },
  });
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: cell.id },
    units: [cell],
    people: [person],
  });
  const form = new PersonForm(page);
  await form.gotoEdit(person.id);
  await expect(form.milestone('applicationOn')).toHaveValue('2025-06-06');
  await expect(form.milestone('cellResolutionOn')).toBeVisible();
  await expect(form.milestone('decisionOn')).toHaveCount(0);
  // Typing the next step's date shows the one after it, without the button.
  await form.milestone('cellResolutionOn').fill('2026-07-08');
  await expect(form.milestone('decisionOn')).toBeVisible();
  await expect(form.decisionNo).toBeVisible();
});
