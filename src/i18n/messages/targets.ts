import type { AreaMessages } from './types';

export const targets: AreaMessages = {
  vi: {},
  en: {},
};
