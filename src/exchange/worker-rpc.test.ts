// The page's side of a request/reply worker, with a stand-in Worker: each request gets its own
// progress and answer, a relayed failure rejects that request only, and a crashed worker fails
// everything it held and is replaced by the next request.
import { describe, expect, it } from 'vitest';
import { createWorkerRpc, type ReplyMessage, type RequestMessage } from './worker-rpc';

/** The stand-in worker's requests, as its handler map would declare them. */
type Handlers = {
  count: (args: { to: number }, progress: (done: number) => void) => Promise<number>;
  fail: (args: Record<string, never>) => Promise<number>;
};
type Request = RequestMessage<Handlers>;
type Reply = ReplyMessage<{ message: string }>;

/** Records what the page posts; the test answers as the worker would. */
class FakeWorker {
  posted: Request[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(request: Request): void {
    this.posted.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: Reply): void {
    this.onmessage?.({ data: message } as MessageEvent<Reply>);
  }

  crash(message: string): ErrorEvent {
    const event = { message, defaultPrevented: false } as ErrorEvent & {
      defaultPrevented: boolean;
    };
    event.preventDefault = () => {
      event.defaultPrevented = true;
    };
    this.onerror?.(event);
    return event;
  }
}

function setUp() {
  const started: FakeWorker[] = [];
  const rpc = createWorkerRpc<Handlers, { message: string }>({
    start: () => {
      const worker = new FakeWorker();
      started.push(worker);
      return worker as unknown as Worker;
    },
    name: 'counting worker',
    failure: (error) => new Error(`relayed: ${error.message}`),
  });
  return { rpc, started };
}

describe('a request/reply worker', () => {
  it('starts one worker on first use and routes progress and answers by request id', async () => {
    const { rpc, started } = setUp();
    expect(rpc.running()).toBe(false);
    const firstProgress: number[] = [];
    const secondProgress: number[] = [];
    const first = rpc.call('count', { to: 3 }, (progress) => {
      firstProgress.push(progress);
    });
    const second = rpc.call('count', { to: 5 }, (progress) => {
      secondProgress.push(progress);
    });
    expect(started).toHaveLength(1);
    expect(rpc.running()).toBe(true);
    const worker = started[0]!;
    const [a, b] = worker.posted.map((request) => request.id);
    expect(a).not.toBe(b);

    worker.reply({ id: b!, kind: 'progress', progress: 2 });
    worker.reply({ id: a!, kind: 'progress', progress: 1 });
    worker.reply({ id: b!, kind: 'done', result: 5 });
    worker.reply({ id: a!, kind: 'done', result: 3 });
    await expect(first).resolves.toBe(3);
    await expect(second).resolves.toBe(5);
    expect(firstProgress).toEqual([1]);
    expect(secondProgress).toEqual([2]);

    // A late or unknown reply is ignored; the worker is kept for the next request.
    worker.reply({ id: a!, kind: 'done', result: 99 });
    void rpc.call('count', { to: 1 });
    expect(started).toHaveLength(1);
  });

  it('rejects the one request whose failure the worker relayed', async () => {
    const { rpc, started } = setUp();
    const failing = rpc.call('fail', {});
    const fine = rpc.call('count', { to: 2 });
    const worker = started[0]!;
    worker.reply({ id: worker.posted[0]!.id, kind: 'failed', error: { message: 'tệp hỏng' } });
    worker.reply({ id: worker.posted[1]!.id, kind: 'done', result: 2 });
    await expect(failing).rejects.toThrow('relayed: tệp hỏng');
    await expect(fine).resolves.toBe(2);
  });

  it('fails everything a crashed worker held, and starts a new one for the next request', async () => {
    const { rpc, started } = setUp();
    const first = rpc.call('count', { to: 1 });
    const second = rpc.call('count', { to: 2 });
    const crashed = started[0]!;
    const event = crashed.crash('');
    expect(event.defaultPrevented).toBe(true);
    expect(crashed.terminated).toBe(true);
    await expect(first).rejects.toThrow('counting worker failed');
    await expect(second).rejects.toThrow('counting worker failed');
    expect(rpc.running()).toBe(false);

    const next = rpc.call('count', { to: 4 });
    expect(started).toHaveLength(2);
    const replacement = started[1]!;
    replacement.reply({ id: replacement.posted[0]!.id, kind: 'done', result: 4 });
    await expect(next).resolves.toBe(4);
  });

  it('rejects a request that cannot be posted, and forgets it', async () => {
    const { rpc, started } = setUp();
    void rpc.call('count', { to: 1 }).catch(() => {});
    started[0]!.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    await expect(rpc.call('count', { to: 2 })).rejects.toThrow('could not be cloned');
  });
});
