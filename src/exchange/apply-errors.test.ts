// A refusal the store finds while applying a file (db/import-errors.ts) reaches the page as the
// exchange's refusal of the same code, with the same words.
import { describe, expect, it } from 'vitest';
import { ImportApplyError } from '@/db/import-errors';
import { translate } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';
import { failure } from './import-handlers';
import { ImportError, importErrorMessage, isImportErrorData } from './errors';

describe('a refusal found while applying', () => {
  const params = { unitId: 'u1', knownKey: 'aaaa', fileKey: 'bbbb' };

  it('is relayed as the exchange’s refusal, facts and all', () => {
    const relayed = failure(
      new ImportApplyError('sealedWrongSigner', 'xa.ptdv.json', params),
      'xa.ptdv.json',
    );
    expect(relayed).toEqual({ code: 'sealedWrongSigner', file: 'xa.ptdv.json', params });
  });

  it('reads as the same refusal found when opening the file', () => {
    const vi = (key: MessageKey, values?: Record<string, string | number>) =>
      translate('vi', key, values);
    const relayed = failure(new ImportApplyError('sealedWrongSigner', 'xa.ptdv.json', params));
    if (!isImportErrorData(relayed)) throw new Error('not relayed');
    const opened = new ImportError({ code: 'sealedWrongSigner', file: 'xa.ptdv.json', params });
    expect(importErrorMessage(relayed, vi)).toBe(importErrorMessage(opened, vi));
    expect(importErrorMessage(relayed, vi)).toContain('“xa.ptdv.json”');
    expect(importErrorMessage(relayed, vi)).toContain('khóa khác với khóa đã biết');
  });
});
