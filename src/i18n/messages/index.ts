// Every area's messages, merged. Add an area's file here.
import type { Language } from '../language';
import { common } from './common';
import { setup } from './setup';
import type { AreaMessages, Messages } from './types';
import { validation } from './validation';

const areas: AreaMessages[] = [common, validation, setup];

export const messages: Record<Language, Messages> = {
  vi: Object.assign({}, ...areas.map((area) => area.vi)),
  en: Object.assign({}, ...areas.map((area) => area.en)),
};
