// The worker's side of src/exchange/worker-rpc.ts: each request goes to its handler in the
// worker's map; the handler's progress, then its answer or its relayed failure, go back with
// the request's id.
import type { HandlerMap, ReplyMessage, RequestMessage } from '@/exchange/worker-rpc';

/** The part of a worker's global scope this needs (a stand-in in tests). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

export interface ServeOptions<Handlers extends HandlerMap, Failure> {
  /** What the page is told of an error a handler threw (structured-clone-safe). */
  relay: (error: unknown, request: RequestMessage<Handlers>) => Failure;
  /** Posts a request's answer: a worker that times its replies wraps `send` here. */
  sendAnswer?: (send: () => void, request: RequestMessage<Handlers>) => void;
}

export function serveRequests<Handlers extends HandlerMap, Failure>(
  scope: WorkerScope,
  handlers: Handlers,
  { relay, sendAnswer = (send) => send() }: ServeOptions<Handlers, Failure>,
): void {
  scope.onmessage = (event: MessageEvent<RequestMessage<Handlers>>) => {
    const request = event.data;
    const { id } = request;
    const post = (message: ReplyMessage<Failure>) => scope.postMessage(message);
    const progress = (value: unknown) => post({ id, kind: 'progress', progress: value });
    // Started at once, as the message arrives; a handler that throws before its first await
    // fails its request like one that rejects.
    new Promise((resolve) => resolve(handlers[request.type]!(request.args, progress)))
      .then((result) => sendAnswer(() => post({ id, kind: 'done', result }), request))
      .catch((error: unknown) => post({ id, kind: 'failed', error: relay(error, request) }));
  };
}
