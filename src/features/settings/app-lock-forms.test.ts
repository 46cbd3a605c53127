import { describe, expect, it } from 'vitest';
import { AppLockError } from '@/db/app-lock';
import { changeLockSchema, enableLockSchema, lockErrorMessage } from './app-lock-forms';

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

describe('the app lock forms', () => {
  it('asks for 8 letters, the same passphrase twice and the box ticked', () => {
    expect(
      issues(
        enableLockSchema.safeParse({ passphrase: 'ngắn', confirm: 'ngắn', acknowledged: false }),
      ),
    ).toEqual([
      ['passphrase', 'lock.error.tooShort'],
      ['acknowledged', 'lock.error.acknowledge'],
    ]);
    expect(
      issues(
        enableLockSchema.safeParse({
          passphrase: 'Chi bộ thôn Đông',
          confirm: 'Chi bộ thôn Tây',
          acknowledged: true,
        }),
      ),
    ).toEqual([['confirm', 'lock.error.mismatch']]);
    expect(
      enableLockSchema.safeParse({
        passphrase: 'Chi bộ thôn Đông',
        confirm: 'Chi bộ thôn Đông',
        acknowledged: true,
      }).success,
    ).toBe(true);
  });

  it('counts letters, not the marks an input method sends apart', () => {
    // 7 letters, 10 code points when decomposed.
    const seven = 'Đường 12'.slice(0, 7).normalize('NFD');
    expect(
      issues(enableLockSchema.safeParse({ passphrase: seven, confirm: seven, acknowledged: true })),
    ).toEqual([['passphrase', 'lock.error.tooShort']]);
  });

  it('needs the current passphrase to change it', () => {
    expect(
      issues(changeLockSchema.safeParse({ current: '', passphrase: 'mật khẩu mới', confirm: 'x' })),
    ).toEqual([
      ['current', 'lock.error.required'],
      ['confirm', 'lock.error.mismatch'],
    ]);
  });

  it('names a refused passphrase, and passes other failures on', () => {
    expect(lockErrorMessage(new AppLockError('wrongPassphrase'))).toEqual([
      'lock.error.wrongPassphrase',
    ]);
    expect(lockErrorMessage(new Error('QuotaExceededError'))).toEqual([
      'lock.error.failed',
      { message: 'QuotaExceededError' },
    ]);
  });
});
