import type { AreaMessages } from './types';

export const home: AreaMessages = {
  vi: {},
  en: {},
};
