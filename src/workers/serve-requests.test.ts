// Both sides of a request/reply worker over an in-memory channel: the page's calls reach the
// handler of their type with their arguments, progress and answers come back to the one call,
// and what a handler throws, before or after an await, comes back through the worker's relay.
import { describe, expect, it } from 'vitest';
import { createWorkerRpc, type HandlerMap } from '@/exchange/worker-rpc';
import { serveRequests, type WorkerScope } from './serve-requests';

const handlers = {
  async count({ to }: { to: number }, progress: (done: number) => void): Promise<number> {
    for (let done = 1; done <= to; done += 1) progress(done);
    return to;
  },
  refuse({ why }: { why: string }): number {
    throw new Error(why);
  },
  async refuseLater({ why }: { why: string }): Promise<number> {
    await Promise.resolve();
    throw new Error(why);
  },
} satisfies HandlerMap;

/** A worker and its global scope joined by structured clones, as postMessage does. */
function connect(sent: string[]) {
  const scope: WorkerScope = { onmessage: null, postMessage: () => {} };
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null,
    postMessage(message: unknown) {
      const data = structuredClone(message);
      queueMicrotask(() => scope.onmessage?.({ data } as MessageEvent));
    },
    terminate() {},
  };
  scope.postMessage = (message) => {
    const data = structuredClone(message);
    queueMicrotask(() => worker.onmessage?.({ data } as MessageEvent));
  };
  serveRequests(scope, handlers, {
    relay: (error, request) => ({ message: `${request.type}: ${(error as Error).message}` }),
    sendAnswer: (send, request) => {
      sent.push(request.type);
      send();
    },
  });
  return createWorkerRpc<typeof handlers, { message: string }>({
    start: () => worker as unknown as Worker,
    name: 'counting worker',
    failure: (error) => new Error(error.message),
  });
}

describe('serving a handler map', () => {
  it('answers each call from its handler, with its own progress', async () => {
    const sent: string[] = [];
    const rpc = connect(sent);
    const three: number[] = [];
    const two: number[] = [];
    const [first, second] = await Promise.all([
      rpc.call('count', { to: 3 }, (done) => three.push(done)),
      rpc.call('count', { to: 2 }, (done) => two.push(done)),
    ]);
    expect([first, second]).toEqual([3, 2]);
    expect(three).toEqual([1, 2, 3]);
    expect(two).toEqual([1, 2]);
    expect(sent).toEqual(['count', 'count']);
  });

  it('relays what a handler throws, at once or after an await, with the request it failed', async () => {
    const sent: string[] = [];
    const rpc = connect(sent);
    await expect(rpc.call('refuse', { why: 'tệp hỏng' })).rejects.toThrow('refuse: tệp hỏng');
    await expect(rpc.call('refuseLater', { why: 'đĩa đầy' })).rejects.toThrow(
      'refuseLater: đĩa đầy',
    );
    await expect(rpc.call('count', { to: 1 })).resolves.toBe(1);
    expect(sent).toEqual(['count']);
  });
});
