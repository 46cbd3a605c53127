import type { AreaMessages } from './types';

export const people: AreaMessages = {
  vi: {},
  en: {},
};
