import { isFinalStatus } from '../core/session.js';
import type { ClientSession } from '../core/types.js';
import type { SessionStore } from './session-store.js';

const encoder = new TextEncoder();

function sessionFrame(view: ClientSession): Uint8Array {
  return encoder.encode(`event: session\ndata: ${JSON.stringify(view)}\n\n`);
}

/**
 * A `text/event-stream` response: the client view of session `id` at once, then after every change of
 * its status, last_error or handoff status, ending after a final status. Aborting `signal` (or cancelling the body)
 * unsubscribes from the store.
 */
export function sessionStreamResponse(store: SessionStore, id: string, signal: AbortSignal): Response {
  const initial = store.clientView(id);
  let stop: (closeBody: boolean) => void = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let lastChange = '';
      let stopped = false;
      const unsubscribe = store.subscribe(id, {
        change: (view) => push(view),
        end: () => stop(true),
      });
      const onAbort = () => stop(true);
      stop = (closeBody) => {
        if (stopped) return;
        stopped = true;
        unsubscribe();
        signal.removeEventListener('abort', onAbort);
        if (!closeBody) return;
        try {
          controller.close();
        } catch {
          // The reader cancelled the body at the same moment: it is closed already.
        }
      };
      const push = (view: ClientSession) => {
        // A redaction of a canceled session, for instance, emits an event without changing what the client sees.
        // The handoff too: the desktop follows the phone (`waiting`, `opened`, `submitted`, `expired`) on it.
        const change = JSON.stringify([view.status, view.last_error, view.handoff?.status]);
        if (stopped || change === lastChange) return;
        lastChange = change;
        controller.enqueue(sessionFrame(view));
        if (isFinalStatus(view.status)) stop(true);
      };
      signal.addEventListener('abort', onAbort);
      if (signal.aborted) stop(true);
      else push(initial);
    },
    // The reader went away: the stream is already closed for us, only the subscription remains.
    cancel: () => stop(false),
  });

  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
  });
}
