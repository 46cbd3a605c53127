import type { AreaMessages } from './types';

export const classes: AreaMessages = {
  vi: {},
  en: {},
};
