import type { AreaMessages } from './types';

export const units: AreaMessages = {
  vi: {},
  en: {},
};
