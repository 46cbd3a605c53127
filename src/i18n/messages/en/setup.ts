// The English words of the setup area (../setup.ts), loaded with the English language only.
import type { SetupKey } from '../setup';
import type { Message } from '../types';

export const setupEn: Record<SetupKey, Message> = {
  'setup.nav': 'First-run setup',
  'setup.notSetUp': 'Not set up',
  'setup.kind.unit': 'Grassroots unit installation',
  'setup.kind.province': 'Provincial office installation',
  'setup.title': 'First-run setup',
  'setup.description':
    'Done once on this computer. The home unit can be changed later under Settings.',
  'setup.import.before':
    'If the Provincial Committee has sent you a data file (.ptdv.json), go to ',
  'setup.import.link': 'Data exchange',
  'setup.import.after': ' to import it.',
  'setup.step1': 'Step 1. Who is this installation for?',
  'setup.choice.unit.title': 'Grassroots unit (cell, grassroots committee…)',
  'setup.choice.unit.text':
    'Used by a party committee or cell to follow its candidates and new members and send figures upwards.',
  'setup.choice.province.title': 'Provincial Committee office',
  'setup.choice.province.text':
    'Used at the Provincial Committee to manage the province’s party tree, assign quotas and combine the figures units send in.',
  'setup.step2.unit': 'Step 2. Your unit',
  'setup.step2.province': 'Step 2. The Provincial Committee',
  'setup.step2.unitHint':
    'Enter the party unit using this installation. Its cells can be added later under Party units.',
  'setup.step2.provinceHint':
    'Enter the Provincial Committee. After saving, add its subordinate committees under Party units.',
  'setup.step2.pickHint':
    'This computer already holds a party tree (for example imported from a province file). Pick your unit in it.',
  'setup.field.homeUnit': 'Home unit of this installation',
  'setup.field.homeUnitHint': 'The app shows and counts this unit and every unit below it.',
  'setup.field.code': 'Unit code',
  'setup.field.codeHint': 'The official code set by the higher committee.',
  'setup.field.name': 'Unit name',
  'setup.field.namePlaceholder': 'e.g. Đảng bộ xã Tân Lập',
  'setup.field.provinceNamePlaceholder': 'e.g. Tỉnh ủy Thái Nguyên',
  'setup.field.kind': 'Kind of party unit',
  'setup.field.sector': 'Sector',
  'setup.field.sectorNone': '— Not chosen —',
  'setup.field.pickPlaceholder': '— Choose a unit —',
  'setup.step3': 'Step 3. Save',
  'setup.submit': 'Finish setup',
  'setup.error.pickHome': 'Please choose the home unit.',
  'setup.error.duplicateCode': 'This code is already used by another open unit.',
  'setup.welcome.unit':
    'Setup is complete. Start by adding candidates to the source list, or add your cells under Party units.',
  'setup.demo.title': 'Try it with demo data',
  'setup.demo.text':
    'No data yet? The app can generate a demo province (made-up people, units and figures) so you can see the dashboard and reports at once. Demo data is clearly marked and removed with one button under Settings.',
  'setup.demo.size': 'Size of the demo data',
  'setup.demo.size.small': 'Small province: {count} records, made in seconds',
  'setup.demo.size.province': 'Whole province: {count} records, takes one to a few minutes',
  'setup.demo.load': 'Make demo data',
  'setup.demo.loading': 'Making demo data…',
  'setup.demo.preparing': 'Preparing…',
  'setup.demo.progressLabel': 'Progress of the demo data',
  'setup.demo.progress': '{done}/{total} written',
  'setup.demo.failed': 'The demo data could not be made: {message}',
  'setup.demo.badge': 'Demo data',
  'setup.demo.badgeTitle': 'The figures shown are demo data, not real figures.',
};
