// A worker that answers requests (the import worker, the backup worker), in Actual Budget's
// handler-map style: the worker's side is one map { request type: handler }
// (src/workers/serve-requests.ts serves it), and the messages both sides exchange are derived
// from the map's type, so a call from the page is checked against the handler it reaches.
//
// The page's side (createWorkerRpc): one worker started on first use and kept; every request
// carries an id, its progress messages go to its caller, its last message settles its promise.
// A crashed worker fails every request it held and is replaced by the next request (what it
// held in memory goes with it).

/**
 * One request's handler: it gets the request's arguments (structured-cloned: Files, Blobs and
 * CryptoKeys cross as they are) and a way to report progress to the caller, and returns or
 * resolves with the answer. What it throws is relayed to the caller through the worker's relay.
 * (`any` in this bound only: each map's own type is read from its handlers' signatures.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = (args: any, progress: (progress: any) => void) => unknown;

/** A worker's requests: a handler per request type. */
export type HandlerMap = Record<string, AnyHandler>;

export type ArgsOf<H extends AnyHandler> = Parameters<H>[0];
export type ResultOf<H extends AnyHandler> = Awaited<ReturnType<H>>;
export type ProgressOf<H extends AnyHandler> = H extends (
  args: never,
  progress: (progress: infer P) => void,
) => unknown
  ? P
  : never;

/** What the page posts: one request of the map, with the id its replies carry. */
export type RequestMessage<Handlers extends HandlerMap> = {
  [Type in keyof Handlers & string]: { id: number; type: Type; args: ArgsOf<Handlers[Type]> };
}[keyof Handlers & string];

/** What the worker posts back: progress (any number), then the answer or the relayed failure. */
export type ReplyMessage<Failure> =
  | { id: number; kind: 'progress'; progress: unknown }
  | { id: number; kind: 'done'; result: unknown }
  | { id: number; kind: 'failed'; error: Failure };

export interface WorkerRpcOptions<Failure> {
  /**
   * Starts the worker. It stays in the caller's module as `new Worker(new URL(…), …)`: that is
   * the form Vite finds and bundles a worker by.
   */
  start: () => Worker;
  /** Named in the error of a crashed worker. */
  name: string;
  /** The error a request rejects with, from the failure the worker relayed. */
  failure: (error: Failure) => unknown;
}

export interface WorkerRpc<Handlers extends HandlerMap> {
  /** Posts a request to the worker and settles with its handler's answer. */
  call<Type extends keyof Handlers & string>(
    type: Type,
    args: ArgsOf<Handlers[Type]>,
    onProgress?: (progress: ProgressOf<Handlers[Type]>) => void,
  ): Promise<ResultOf<Handlers[Type]>>;
  /** Whether a worker is running now (none: it held nothing, or it crashed with it). */
  running(): boolean;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: ((progress: never) => void) | undefined;
}

export function createWorkerRpc<Handlers extends HandlerMap, Failure>(
  options: WorkerRpcOptions<Failure>,
): WorkerRpc<Handlers> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function ensureWorker(): Worker {
    if (worker) return worker;
    const created = options.start();
    created.onmessage = (event: MessageEvent<ReplyMessage<Failure>>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      if (reply.kind === 'progress') {
        entry.onProgress?.(reply.progress as never);
        return;
      }
      pending.delete(reply.id);
      if (reply.kind === 'failed') entry.reject(options.failure(reply.error));
      else entry.resolve(reply.result);
    };
    created.onerror = (event) => {
      event.preventDefault();
      created.terminate();
      if (worker === created) worker = null;
      const error = new Error(event.message || `${options.name} failed`);
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    };
    worker = created;
    return created;
  }

  return {
    call(type, args, onProgress) {
      const id = nextId;
      nextId += 1;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
        try {
          const request = { id, type, args } as RequestMessage<Handlers>;
          ensureWorker().postMessage(request);
        } catch (error) {
          pending.delete(id);
          reject(error);
        }
      });
    },
    running: () => worker !== null,
  };
}
