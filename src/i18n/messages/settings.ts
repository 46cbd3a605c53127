import type { AreaMessages } from './types';

export const settings: AreaMessages = {
  vi: {},
  en: {},
};
