// The English words of the first screen's areas: one chunk, fetched when English is chosen
// (load-messages.ts loadEnglish), so that the Vietnamese first screen does not carry them.
import { commonEn } from './en/common';
import { homeEn } from './en/home';
import { pipelineEn } from './en/pipeline';
import { setupEn } from './en/setup';
import { validationEn } from './en/validation';

export const firstScreenEnglish = [commonEn, validationEn, setupEn, pipelineEn, homeEn] as const;
