// The page's side of a worker that answers requests (the import worker, the backup worker): one
// worker started on first use and kept; every request carries an id, its progress messages go to
// its caller, its last message settles its promise. A crashed worker fails every request it held
// and is replaced by the next request (what it held in memory goes with it).

/** What every worker reply carries: the id of the request it answers, and what it is. */
export interface WorkerReply {
  id: number;
  kind: string;
}

type ProgressOf<Reply> = Reply extends { kind: 'progress'; progress: infer P } ? P : never;
type FailureOf<Reply> = Reply extends { kind: 'failed'; error: infer E } ? E : never;
type AnswerOf<Reply> = Exclude<Reply, { kind: 'progress' } | { kind: 'failed' }>;

export interface WorkerRpcOptions<Reply extends WorkerReply> {
  /**
   * Starts the worker. It stays in the caller's module as `new Worker(new URL(…), …)`: that is
   * the form Vite finds and bundles a worker by.
   */
  start: () => Worker;
  /** Named in the error of a crashed worker. */
  name: string;
  /** The value a request resolves with, from its final reply. */
  answer: (reply: AnswerOf<Reply>) => unknown;
  /** The error a request rejects with, from the failure the worker relayed. */
  failure: (error: FailureOf<Reply>) => unknown;
}

export interface WorkerRpc<Request, Reply extends WorkerReply> {
  /** Posts `build(id)` and settles with the worker's answer to that id. */
  request<T>(
    build: (id: number) => Request,
    onProgress?: (progress: ProgressOf<Reply>) => void,
  ): Promise<T>;
  /** Whether a worker is running now (none: it held nothing, or it crashed with it). */
  running(): boolean;
}

interface Pending<Progress> {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onProgress: ((progress: Progress) => void) | undefined;
}

export function createWorkerRpc<Request, Reply extends WorkerReply>(
  options: WorkerRpcOptions<Reply>,
): WorkerRpc<Request, Reply> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending<ProgressOf<Reply>>>();

  function ensureWorker(): Worker {
    if (worker) return worker;
    const created = options.start();
    created.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      if (reply.kind === 'progress') {
        entry.onProgress?.((reply as unknown as { progress: ProgressOf<Reply> }).progress);
        return;
      }
      pending.delete(reply.id);
      if (reply.kind === 'failed') {
        entry.reject(options.failure((reply as unknown as { error: FailureOf<Reply> }).error));
      } else {
        entry.resolve(options.answer(reply as AnswerOf<Reply>));
      }
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
    request<T>(build: (id: number) => Request, onProgress?: (progress: ProgressOf<Reply>) => void) {
      const id = nextId;
      nextId += 1;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
        try {
          ensureWorker().postMessage(build(id));
        } catch (error) {
          pending.delete(id);
          reject(error);
        }
      });
    },
    running: () => worker !== null,
  };
}
