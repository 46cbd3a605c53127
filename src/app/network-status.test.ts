import { describe, expect, it } from 'vitest';
import { createNetworkStatus, type NetworkEnvironment } from './network-status';

function fakeNetwork() {
  let link = true;
  let answers = true;
  let visible = true;
  const fetched: string[] = [];
  const events = new Set<() => void>();
  const timers = new Set<() => void>();
  const environment: NetworkEnvironment = {
    fetch: (url) => {
      fetched.push(url);
      return answers ? Promise.resolve({ status: 200 }) : Promise.reject(new TypeError('offline'));
    },
    onLine: () => link,
    visible: () => visible,
    listen(listener) {
      events.add(listener);
      return () => events.delete(listener);
    },
    every(_ms, callback) {
      timers.add(callback);
      return () => timers.delete(callback);
    },
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    environment,
    fetched,
    events,
    timers,
    settle,
    setLink: (value: boolean) => {
      link = value;
      events.forEach((listener) => listener());
    },
    setAnswers: (value: boolean) => {
      answers = value;
    },
    setVisible: (value: boolean) => {
      visible = value;
    },
    tick: () => timers.forEach((callback) => callback()),
  };
}

describe('the network status', () => {
  it('is offline when the origin does not answer, though the browser reports a link', async () => {
    const net = fakeNetwork();
    net.setAnswers(false);
    const status = createNetworkStatus(net.environment);
    const changes: boolean[] = [];
    status.subscribe(() => changes.push(status.isOnline()));
    await net.settle();
    expect(net.fetched).toHaveLength(1);
    expect(net.fetched[0]).toMatch(/^\/manifest\.webmanifest\?reachable=\d+$/);
    expect(status.isOnline()).toBe(false);
    expect(changes).toEqual([false]);
  });

  it('is offline at once when the browser loses its link, and online again once the origin answers', async () => {
    const net = fakeNetwork();
    const status = createNetworkStatus(net.environment);
    status.subscribe(() => undefined);
    await net.settle();
    expect(status.isOnline()).toBe(true);

    net.setAnswers(false);
    net.setLink(false);
    expect(status.isOnline()).toBe(false);
    await net.settle();

    net.setAnswers(true);
    net.setLink(true);
    await net.settle();
    expect(status.isOnline()).toBe(true);
  });

  it('notices a lost line on its regular check, only while the tab is shown', async () => {
    const net = fakeNetwork();
    const status = createNetworkStatus(net.environment);
    status.subscribe(() => undefined);
    await net.settle();
    net.setAnswers(false);
    net.setVisible(false);
    net.tick();
    await net.settle();
    expect(net.fetched).toHaveLength(1);
    expect(status.isOnline()).toBe(true);

    net.setVisible(true);
    net.tick();
    await net.settle();
    expect(net.fetched).toHaveLength(2);
    expect(status.isOnline()).toBe(false);
  });

  it('stops listening and checking when nothing shows the status', async () => {
    const net = fakeNetwork();
    const status = createNetworkStatus(net.environment);
    const unsubscribe = status.subscribe(() => undefined);
    await net.settle();
    unsubscribe();
    expect(net.events.size).toBe(0);
    expect(net.timers.size).toBe(0);
  });
});
