// The areas of the pages loaded later: one chunk, fetched with the first such page.
import { backup } from './backup';
import { chart } from './chart';
import { classes } from './classes';
import { dashboard } from './dashboard';
import { exchange } from './exchange';
import { exportsArea } from './exports';
import { lock } from './lock';
import { merge } from './merge';
import { people } from './people';
import { placeFigures } from './place-figures';
import { placeImport } from './place-import';
import { places } from './places';
import { quality } from './quality';
import { reports } from './reports';
import { rules } from './rules';
import { settings } from './settings';
import { sync } from './sync';
import { targets } from './targets';
import { units } from './units';

export const laterAreas = [
  exchange,
  chart,
  units,
  people,
  places,
  classes,
  targets,
  dashboard,
  reports,
  placeFigures,
  rules,
  quality,
  sync,
  backup,
  settings,
  lock,
  placeImport,
  merge,
  exportsArea,
] as const;
