import type { ApiClient } from './api.js';
import { VerifyError, type VerifyErrorType } from './errors.js';
import { malformedError, timersOr, type Timers } from './http.js';
import { isFinalStatus, type SessionStatus } from './session.js';
import { createSseParser } from './sse.js';
import { createStatusTracker, type StatusTracker } from './status-tracker.js';
import type { ClientSession } from './types.js';
import { sessionProblem } from './validate.js';

export interface WatchSessionOptions {
  client: ApiClient;
  /**
   * Called once per status change, and when `last_error` changes while `requires_input` (consent
   * declined, a failed check). The first call reports the current state with `previousStatus` null.
   */
  onChange: (session: ClientSession, previousStatus: SessionStatus | null) => void;
  /** Unrecoverable errors only (`authentication`, `invalid_request`); the watch ends. Transient ones are retried silently. */
  onError?: (error: VerifyError) => void;
  /** Aborting ends the watch, like calling the returned stop function. */
  signal?: AbortSignal;
  /**
   * `sse` follows the status stream (reconnecting when it drops), `poll` retrieves the session
   * periodically, `auto` follows the stream and falls back to polling when it fails or ends before
   * a final status. @default 'auto'
   */
  transport?: 'auto' | 'sse' | 'poll';
  /** ms between polls; doubled after each failure up to `maxPollInterval`. @default 2000 */
  pollInterval?: number;
  /** @default 30000 */
  maxPollInterval?: number;
  /**
   * A stream that delivers nothing for this long (ms), not even the start of its response, is given up: a
   * proxy may hold it open without passing frames on, or buffer it whole. `auto` then polls, `sse`
   * reconnects. @default 15000
   */
  idleTimeout?: number;
  /**
   * Where changes are de-duplicated and checked against the lifecycle table: pass the one that also
   * sees the other sources of the session (submit and decline answers) so each change is reported
   * once in all. With a tracker that already holds the session, its current state is not reported
   * again. @default a new one
   */
  tracker?: StatusTracker;
  /**
   * Polling pauses while it is hidden and polls at once when it becomes visible (or the window
   * comes back online). @default globalThis.document
   */
  document?: Document;
  /** Where the waits between polls and the stream's idle timeout are scheduled (a test's clock). @default the global `setTimeout` and `clearTimeout` */
  timers?: Timers;
}

const UNRECOVERABLE: readonly VerifyErrorType[] = ['authentication', 'invalid_request'];

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Follows a session's status until it is final, the watch is stopped, or an unrecoverable error.
 * Returns the stop function; after it (or an abort, or a final status) no request is made and no
 * callback is called.
 */
export function watchSession(options: WatchSessionOptions): () => void {
  const {
    client,
    onChange,
    onError,
    transport = 'auto',
    pollInterval = 2000,
    maxPollInterval = 30_000,
    idleTimeout = 15_000,
    tracker = createStatusTracker(),
  } = options;
  const timers = timersOr(options.timers);
  const doc = options.document ?? globalThis.document;
  // A fake document (tests, headless) has no window: `online` then comes from the global scope.
  const win: Partial<EventTarget> = doc?.defaultView ?? globalThis;
  const controller = new AbortController();
  const { signal } = controller;
  let wake: (() => void) | undefined;
  let streaming = false;
  /** A poke that came while a request was in flight: the next rest is skipped. */
  let poked = false;

  /** Visible again, or back online: poll at once, or while streaming, check the stream missed nothing. */
  const poke = (): void => {
    if (wake) wake();
    else if (streaming && !signal.aborted) client.retrieve({ signal }).then(report, endsWatch);
    else poked = true;
  };
  const hidden = (): boolean => doc?.visibilityState === 'hidden';
  const onVisibilityChange = (): void => {
    if (!hidden()) poke();
  };

  const stop = (): void => {
    if (signal.aborted) return;
    controller.abort();
    options.signal?.removeEventListener('abort', stop);
    doc?.removeEventListener('visibilitychange', onVisibilityChange);
    win.removeEventListener?.('online', poke);
    wake?.();
  };

  /** Resolves after `ms`, or early when poked (visible again, online) or stopped. */
  const rest = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (signal.aborted || poked) {
        poked = false;
        return resolve();
      }
      const timer = ms === Infinity ? undefined : timers.setTimeout(() => wake?.(), ms);
      wake = () => {
        timers.clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });

  /** Reports `session` if the tracker takes it as a change; true when the watch is over. */
  const report = (session: ClientSession): boolean => {
    if (signal.aborted) return true;
    const previousStatus = tracker.current?.status ?? null;
    const outcome = tracker.accept(session);
    if (outcome === 'initial' || outcome === 'change') {
      try {
        onChange(session, previousStatus);
      } catch (error) {
        // A throwing listener must not break the watch; surface it as an uncaught error instead.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    if (isFinalStatus(tracker.current!.status)) stop();
    return signal.aborted;
  };

  /** True when `error` ends the watch (stopped meanwhile, or unrecoverable: then reported). */
  const endsWatch = (error: unknown): boolean => {
    if (signal.aborted) return true;
    // A redacted session refuses the secret for good: retrying cannot help (the caller learns why).
    const final = error instanceof VerifyError && (UNRECOVERABLE.includes(error.type) || error.code === 'session_redacted');
    if (!final) return false;
    stop();
    onError?.(error);
    return true;
  };

  let streamDelivered = false;

  /** Follows the status stream; true when the watch is over, false when the stream failed or ended early. */
  const followStream = async (): Promise<boolean> => {
    let idle: unknown;
    // The stream's own signal: a response that does not even begin within idleTimeout is given up too (a proxy
    // that buffers the whole stream, MSW's service worker in WebKit), else the request timeout would hold it.
    const opening = new AbortController();
    const giveUp = (): void => opening.abort();
    signal.addEventListener('abort', giveUp, { once: true });
    try {
      idle = timers.setTimeout(giveUp, idleTimeout);
      const response = await client.openStream({ signal: opening.signal });
      timers.clearTimeout(idle);
      const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
      streaming = true;
      const received: unknown[] = [];
      const feed = createSseParser((event, data) => {
        if (event === 'session') received.push(parseJson(data));
      });
      for (;;) {
        // A silent stream (nothing, not even a comment, for idleTimeout) is cancelled: the read then ends.
        idle = timers.setTimeout(() => void reader?.cancel().catch(() => undefined), idleTimeout);
        const chunk = await reader?.read();
        timers.clearTimeout(idle);
        if (!chunk || chunk.done) return false;
        feed(chunk.value);
        for (const session of received.splice(0)) {
          const problem = sessionProblem(session);
          if (problem) throw malformedError('a status event', problem);
          streamDelivered = true;
          if (report(session as ClientSession)) {
            await reader?.cancel().catch(() => undefined);
            return true;
          }
        }
      }
    } catch (error) {
      return endsWatch(error);
    } finally {
      timers.clearTimeout(idle);
      signal.removeEventListener('abort', giveUp);
      streaming = false;
    }
  };

  const followStreamReconnecting = async (): Promise<void> => {
    let pause = pollInterval;
    while (!(await followStream())) {
      // A stream that delivered events was healthy: back off afresh; one that did not, longer each time.
      pause = streamDelivered ? pollInterval : Math.min(pause * 2, maxPollInterval);
      streamDelivered = false;
      await rest(pause);
    }
  };

  const poll = async (): Promise<void> => {
    let interval = pollInterval;
    while (!signal.aborted) {
      if (hidden()) {
        await rest(Infinity);
        continue;
      }
      try {
        if (report(await client.retrieve({ signal }))) return;
        interval = pollInterval;
      } catch (error) {
        if (endsWatch(error)) return;
        interval = Math.min(interval * 2, maxPollInterval);
      }
      await rest(interval);
    }
  };

  if (options.signal?.aborted) {
    stop();
    return stop;
  }
  options.signal?.addEventListener('abort', stop, { once: true });
  doc?.addEventListener('visibilitychange', onVisibilityChange);
  win.addEventListener?.('online', poke);

  if (transport === 'sse') void followStreamReconnecting();
  else if (transport === 'poll') void poll();
  else
    void followStream().then((over) => {
      if (!over) return poll();
    });
  return stop;
}
