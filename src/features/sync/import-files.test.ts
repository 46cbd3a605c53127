import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '@/exchange/plan';
import { applicablePlan, applyAllCandidates, type ImportEntry } from './import-files';

function entry(overrides: Partial<ImportEntry> = {}, plan: Partial<PlanSummary> = {}): ImportEntry {
  return {
    key: overrides.key ?? 'a',
    fileName: 'a.ptdv.json',
    progress: null,
    preview: { fileName: 'a.ptdv.json', plan: { alreadyImported: false, ...plan } as PlanSummary },
    trusted: false,
    apply: { status: 'idle' },
    ...overrides,
  };
}

const firstUse = {
  sealed: { unitId: 'u', publicKeyJwk: {}, fingerprint: '0123456789abcdef', firstUse: true },
};

describe('applicablePlan', () => {
  it('gives the plan of a valid file not applied yet', () => {
    expect(applicablePlan(entry())).not.toBeNull();
  });

  it('refuses a refused file, one still previewed, one applying or applied', () => {
    expect(
      applicablePlan(
        entry({ preview: { fileName: 'a', error: { code: 'truncated', file: 'a' } } }),
      ),
    ).toBeNull();
    expect(applicablePlan(entry({ preview: undefined }))).toBeNull();
    expect(applicablePlan(entry({ apply: { status: 'applying' } }))).toBeNull();
    expect(applicablePlan(entry({ apply: { status: 'applied' } }))).toBeNull();
  });

  it('waits for the signer key of a first sealed file to be confirmed', () => {
    expect(applicablePlan(entry({}, firstUse))).toBeNull();
    expect(applicablePlan(entry({ trusted: true }, firstUse))).not.toBeNull();
  });

  it('lets a failed apply be tried again', () => {
    expect(applicablePlan(entry({ apply: { status: 'failed', message: 'x' } }))).not.toBeNull();
  });
});

describe('applyAllCandidates', () => {
  it('leaves out files already imported (they change nothing) and unconfirmed keys', () => {
    const entries = [
      entry({ key: 'ok' }),
      entry({ key: 'again' }, { alreadyImported: true }),
      entry({ key: 'tofu' }, firstUse),
      entry({ key: 'trusted', trusted: true }, firstUse),
    ];
    expect(applyAllCandidates(entries).map((item) => item.key)).toEqual(['ok', 'trusted']);
  });
});
