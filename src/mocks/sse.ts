import { timersOr, type Timers } from '../core/http.js';
import { isFinalStatus } from '../core/session.js';
import type { ClientSession } from '../core/types.js';
import type { SessionStore } from './session-store.js';
import type { StatusStreamMode } from './types.js';

const encoder = new TextEncoder();

function sessionEvent(view: ClientSession): string {
  return `event: session\ndata: ${JSON.stringify(view)}\n\n`;
}

/** The reconnection delay a snapshot asks of an `EventSource` (the SDK polls at its own interval). */
export const SNAPSHOT_RETRY_MS = 1000;

const headers = { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' };

/** How a live stream keeps itself from looking silent between changes. */
export interface StreamHeartbeat {
  /** Ms between comment lines; 0 sends none. */
  intervalMs: number;
  timers?: Timers | undefined;
}

const heartbeatComment = encoder.encode(': heartbeat\n\n');

/**
 * A `text/event-stream` response: the client view of session `id` at once, then after every change of
 * its status, last_error or handoff status, ending after a final status. Aborting `signal` (or cancelling the body)
 * unsubscribes from the store. In `snapshot` mode it ends after the current view (see
 * `MockBackendOptions.statusStream`). A live stream sends a comment line every `heartbeat.intervalMs` between
 * frames, as the service does, so that a client's idle timeout does not take a quiet session for a dead stream.
 */
export function sessionStreamResponse(
  store: SessionStore,
  id: string,
  signal: AbortSignal,
  mode: StatusStreamMode = 'live',
  heartbeat: StreamHeartbeat = { intervalMs: 0 },
): Response {
  const initial = store.clientView(id);
  if (mode === 'snapshot') {
    // The state first: a reader that takes only the first chunk of a stream still gets it.
    const note = ': snapshot: this transport delivers a body only once it ends, so each response is one state\n';
    return new Response(`${sessionEvent(initial)}retry: ${SNAPSHOT_RETRY_MS}\n${note}\n`, { status: 200, headers });
  }
  let stop: (closeBody: boolean) => void = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let lastChange = '';
      let stopped = false;
      const clock = timersOr(heartbeat.timers);
      let beat: unknown;
      const scheduleBeat = (): void => {
        if (stopped || heartbeat.intervalMs <= 0) return;
        beat = clock.setTimeout(() => {
          if (stopped) return;
          controller.enqueue(heartbeatComment);
          scheduleBeat();
        }, heartbeat.intervalMs);
      };
      const unsubscribe = store.subscribe(id, {
        change: (view) => push(view),
        end: () => stop(true),
      });
      const onAbort = () => stop(true);
      stop = (closeBody) => {
        if (stopped) return;
        stopped = true;
        clock.clearTimeout(beat);
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
        // The handoff too: the desktop follows the phone (`waiting`, `opened`, `submitted`, `expired`) on it,
        // and learns from a newer code's expiry that its own code was replaced.
        const change = JSON.stringify([view.status, view.last_error, view.handoff?.status, view.handoff?.expires_at]);
        if (stopped || change === lastChange) return;
        lastChange = change;
        controller.enqueue(encoder.encode(sessionEvent(view)));
        if (isFinalStatus(view.status)) stop(true);
      };
      signal.addEventListener('abort', onAbort);
      if (signal.aborted) stop(true);
      else {
        push(initial);
        scheduleBeat();
      }
    },
    // The reader went away: the stream is already closed for us, only the subscription remains.
    cancel: () => stop(false),
  });

  return new Response(body, { status: 200, headers });
}
