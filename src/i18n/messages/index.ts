// Every area's messages, merged. Each area owns its file; keys are prefixed with the area.
import type { Language } from '../language';
import { chart } from './chart';
import { classes } from './classes';
import { common } from './common';
import { dashboard } from './dashboard';
import { exchange } from './exchange';
import { home } from './home';
import { people } from './people';
import { pipeline } from './pipeline';
import { reports } from './reports';
import { settings } from './settings';
import { setup } from './setup';
import { sync } from './sync';
import { targets } from './targets';
import type { AreaMessages, Messages } from './types';
import { units } from './units';
import { validation } from './validation';

const areas: AreaMessages[] = [
  common,
  validation,
  exchange,
  setup,
  units,
  people,
  pipeline,
  classes,
  targets,
  home,
  dashboard,
  chart,
  reports,
  settings,
  sync,
];

export const messages: Record<Language, Messages> = {
  vi: Object.assign({}, ...areas.map((area) => area.vi)),
  en: Object.assign({}, ...areas.map((area) => area.en)),
};
