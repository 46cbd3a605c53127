// What the app-lock tests share (src/db/app-lock.test.ts, src/exchange/app-lock-exchange.test.ts):
// an empty store with no lock keys before each test and none left after it, and the check that a
// promise fails with the lock's error of a given code.
import { afterEach, beforeEach, expect } from 'vitest';
import { AppLockError, setLockKeys } from '../src/db/app-lock';
import { resetDatabase } from '../src/db/schema';

/** Registers the hooks: call once at the top of a test file. */
export function startEachTestUnlocked(): void {
  beforeEach(async () => {
    await resetDatabase();
    setLockKeys(null, { enabled: null });
  });

  afterEach(() => {
    setLockKeys(null, { enabled: null });
  });
}

export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppLockError);
  expect((error as AppLockError).code).toBe(code);
}
