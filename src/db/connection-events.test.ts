import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { onConnectionEvent, type ConnectionEvent } from './connection-events';
import { PtdvDatabase } from './schema';

describe('connection events of the app database', () => {
  it('reports an upgrade blocked by an old tab, then the open once that tab lets go', async () => {
    const name = 'ptdv-blocked-test';
    await Dexie.delete(name);
    // An old tab: version 1 of the schema, which never closes when asked to.
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () => request.result.createObjectStore('units', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const events: ConnectionEvent['type'][] = [];
    const stop = onConnectionEvent((event) => events.push(event.type));

    const current = new PtdvDatabase(name);
    const opening = current.open();
    await expect.poll(() => events).toContain('blocked');
    expect(current.isOpen()).toBe(false);

    oldTab.close();
    await opening;
    expect(events.at(-1)).toBe('opened');
    stop();
    current.close();
    await Dexie.delete(name);
  });
});
