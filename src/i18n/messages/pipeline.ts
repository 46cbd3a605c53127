import type { AreaMessages } from './types';

export const pipeline: AreaMessages = {
  vi: {},
  en: {},
};
