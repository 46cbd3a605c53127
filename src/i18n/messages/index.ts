// Every area's messages, merged. Each area owns its file; keys are prefixed with the area.
import type { Language } from '../language';
import { classes } from './classes';
import { common } from './common';
import { home } from './home';
import { later } from './later';
import { people } from './people';
import { pipeline } from './pipeline';
import { settings } from './settings';
import { setup } from './setup';
import { targets } from './targets';
import type { AreaMessages, Messages } from './types';
import { units } from './units';
import { validation } from './validation';

const areas: AreaMessages[] = [
  common,
  validation,
  setup,
  units,
  people,
  pipeline,
  classes,
  targets,
  home,
  settings,
  later,
];

export const messages: Record<Language, Messages> = {
  vi: Object.assign({}, ...areas.map((area) => area.vi)),
  en: Object.assign({}, ...areas.map((area) => area.en)),
};
