import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildUnit } from '../../test/builders';
import { publishConnectionEvent } from './connection-events';
import { PtdvDatabase } from './schema';
import { describeStorageError } from './storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  // The "database replaced" state is the module's; tests that set it put it back.
  publishConnectionEvent({ type: 'opened' });
});

describe('describeStorageError', () => {
  it('recognises a full disk however deep Dexie wraps it', () => {
    const cases: unknown[] = [
      quota(),
      new Dexie.QuotaExceededError(quota()),
      new Dexie.AbortError('Transaction aborted', quota()),
      new Dexie.BulkError('3 of 10 operations failed', [quota(), quota(), quota()]),
      new Error('commit failed', { cause: new Dexie.AbortError(quota()) }),
    ];
    for (const error of cases) {
      expect(describeStorageError(error)).toMatchObject({ kind: 'quota', key: 'storage.quota' });
    }
    expect(describeStorageError(new Dexie.AbortError('x', quota())).detail).toBe(
      'The quota has been exceeded.',
    );
  });

  it('tells a closed connection from a database replaced by a newer tab', () => {
    const closed = new Dexie.DatabaseClosedError();
    expect(describeStorageError(closed).kind).toBe('closed');
    publishConnectionEvent({ type: 'versionchange', newVersion: 40 });
    expect(describeStorageError(closed)).toMatchObject({
      kind: 'versionChanged',
      key: 'storage.versionChanged',
    });
    expect(
      describeStorageError(
        new DOMException('The database connection is closing.', 'InvalidStateError'),
      ).kind,
    ).toBe('versionChanged');
  });

  it('names the other cases a user can act on', () => {
    expect(describeStorageError(new DOMException('x', 'InvalidStateError')).kind).toBe(
      'invalidState',
    );
    expect(describeStorageError(new Dexie.UnknownError('Internal error.')).kind).toBe('unknown');
    expect(describeStorageError(new Dexie.MissingAPIError()).kind).toBe('unavailable');
    expect(
      describeStorageError(new Dexie.OpenFailedError(new DOMException('denied', 'SecurityError')))
        .kind,
    ).toBe('unavailable');
    expect(describeStorageError(new Dexie.VersionError('too old')).kind).toBe('versionChanged');
  });

  it('keeps the kind of an error relayed from the import worker', () => {
    const relayed = Object.assign(new Error('Transaction aborted'), { storageKind: 'quota' });
    expect(describeStorageError(relayed)).toMatchObject({ kind: 'quota', key: 'storage.quota' });
    const bogus = Object.assign(new Error('x'), { storageKind: 'nonsense' });
    expect(describeStorageError(bogus).kind).toBe('other');
  });

  it('keeps the browser’s words for anything else', () => {
    expect(describeStorageError(new Error('disk on fire'))).toEqual({
      kind: 'other',
      key: 'storage.failed',
      detail: 'disk on fire',
    });
    expect(describeStorageError('plain text').detail).toBe('plain text');
  });
});

describe('a newer schema opened in another tab', () => {
  it('closes this connection and makes the next write fail with the clear message', async () => {
    const name = 'ptdv-versionchange-test';
    await Dexie.delete(name);
    const here = new PtdvDatabase(name);
    await here.open();
    const events: string[] = [];
    const { onConnectionEvent } = await import('./connection-events');
    const stop = onConnectionEvent((event) => events.push(event.type));

    // The other tab: raw IndexedDB at the next version (Dexie version v is IndexedDB v × 10).
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, here.verno * 10 + 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(upgraded.version).toBe(here.verno * 10 + 10);
    expect(events).toContain('versionchange');
    expect(here.isOpen()).toBe(false);

    const failure = await here.units.put(buildUnit()).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Dexie.DatabaseClosedError);
    expect(describeStorageError(failure).key).toBe('storage.versionChanged');
    stop();
    upgraded.close();
    await Dexie.delete(name);
  });
});
