import { describe, expect, it } from 'vitest';
import { createUpdateState, type UpdateEnvironment } from './service-worker';

function fakeEnvironment() {
  const calls: string[] = [];
  let dirty = false;
  const environment: UpdateEnvironment = {
    skipWaiting: () => calls.push('skipWaiting'),
    reload: () => calls.push('reload'),
    hasUnsavedInput: () => dirty,
  };
  return {
    environment,
    calls,
    setDirty: (value: boolean) => {
      dirty = value;
    },
  };
}

describe('the update state', () => {
  it('does nothing until a new version waits', () => {
    const fake = fakeEnvironment();
    const update = createUpdateState(fake.environment);
    expect(update.getStatus()).toBe('idle');
    expect(update.apply()).toBe(false);
    expect(fake.calls).toEqual([]);
  });

  it('updates on request: skip waiting, then one reload once the new worker controls the page', () => {
    const fake = fakeEnvironment();
    const update = createUpdateState(fake.environment);
    const seen: string[] = [];
    update.subscribe(() => seen.push(update.getStatus()));
    update.waiting();
    expect(update.getStatus()).toBe('waiting');
    expect(fake.calls).toEqual([]);

    expect(update.apply()).toBe(true);
    expect(update.getStatus()).toBe('activating');
    expect(fake.calls).toEqual(['skipWaiting']);

    update.controllerChanged();
    update.controllerChanged();
    expect(fake.calls).toEqual(['skipWaiting', 'reload']);
    expect(seen).toEqual(['waiting', 'activating']);
  });

  it('refuses to update while a form holds unsaved input, and accepts once it is saved', () => {
    const fake = fakeEnvironment();
    const update = createUpdateState(fake.environment);
    update.waiting();
    fake.setDirty(true);
    expect(update.apply()).toBe(false);
    expect(update.getStatus()).toBe('waiting');
    expect(fake.calls).toEqual([]);

    fake.setDirty(false);
    expect(update.apply()).toBe(true);
    expect(fake.calls).toEqual(['skipWaiting']);
  });

  it('never reloads over input typed between the click and the takeover', () => {
    const fake = fakeEnvironment();
    const update = createUpdateState(fake.environment);
    update.waiting();
    update.apply();
    fake.setDirty(true);
    update.controllerChanged();
    expect(fake.calls).toEqual(['skipWaiting']);
    expect(update.getStatus()).toBe('reload-needed');

    // The reload waits for the secretary, and for the form to be saved.
    expect(update.apply()).toBe(false);
    fake.setDirty(false);
    expect(update.apply()).toBe(true);
    expect(fake.calls).toEqual(['skipWaiting', 'reload']);
  });

  it('does not reload when another tab installed the new version: it asks for a reload', () => {
    const fake = fakeEnvironment();
    const update = createUpdateState(fake.environment);
    update.waiting();
    update.controllerChanged();
    expect(update.getStatus()).toBe('reload-needed');
    expect(fake.calls).toEqual([]);
    // A further version installing behind it does not hide the need to reload.
    update.waiting();
    expect(update.getStatus()).toBe('reload-needed');
  });

  it('stops telling a listener once it unsubscribes', () => {
    const fake = fakeEnvironment();
    const update = createUpdateState(fake.environment);
    let count = 0;
    const unsubscribe = update.subscribe(() => count++);
    update.waiting();
    unsubscribe();
    update.apply();
    expect(count).toBe(1);
  });
});
