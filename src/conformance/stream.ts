import { createSseParser } from '../core/sse.js';
import type { Driver, Exchange } from './context.js';
import { SESSIONS, type TestSession } from './flows.js';

export interface Frame {
  /** Ms since the stream was opened. */
  at: number;
  event: string;
  view: { status?: string; last_error?: unknown; handoff?: { status?: string } | null } & Record<string, unknown>;
  raw: string;
}

export interface OpenStream {
  exchange: Exchange;
  frames: Frame[];
  /** Ms since opening when the body ended; undefined while it is open. */
  endedAt: number | undefined;
  /** Resolves when a frame matches, or with undefined after `ms`. */
  next(match: (frame: Frame) => boolean, ms: number): Promise<Frame | undefined>;
  /** Resolves true when the body ends within `ms`. */
  ended(ms: number): Promise<boolean>;
  close(): void;
}

/** Opens a session's status stream and records its frames, each checked against ClientSession. */
export async function openStream(driver: Driver, session: TestSession, headers: Record<string, string> = {}): Promise<OpenStream> {
  const exchange = await driver.call({ method: 'GET', path: `${SESSIONS}/${session.id}/stream`, auth: session.secret, headers, stream: true });
  const opened = Date.now();
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((waiter) => waiter());
  const abort = new AbortController();
  const stream: OpenStream = {
    exchange,
    frames,
    endedAt: undefined,
    next(match, ms) {
      return new Promise((resolve) => {
        const look = () => {
          const found = frames.find(match);
          if (found || stream.endedAt !== undefined) finish(found);
        };
        const finish = (frame: Frame | undefined) => {
          clearTimeout(timer);
          waiters.delete(look);
          resolve(frame);
        };
        const timer = setTimeout(() => finish(undefined), ms);
        waiters.add(look);
        look();
      });
    },
    ended(ms) {
      return new Promise((resolve) => {
        const look = () => {
          if (stream.endedAt === undefined) return;
          clearTimeout(timer);
          waiters.delete(look);
          resolve(true);
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          resolve(false);
        }, ms);
        waiters.add(look);
        look();
      });
    },
    close: () => abort.abort(),
  };
  const body = exchange.response.body;
  if (!exchange.response.ok || !body) {
    stream.endedAt = 0;
    return stream;
  }
  const parse = createSseParser((event, data) => {
    let view: Frame['view'];
    try {
      view = JSON.parse(data) as Frame['view'];
    } catch {
      view = {};
    }
    const frame = { at: Date.now() - opened, event, view, raw: data };
    driver.shapes.record({ ...exchange, body: view }, 'ClientSession', view, ` frame ${frames.length + 1}`);
    frames.push(frame);
    wake();
  });
  const reader = body.getReader();
  abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parse(decoder.decode(value, { stream: true }));
      }
    } catch {
      // Cancelled by close(), or the connection broke: either way the body ended here.
    }
    stream.endedAt = Date.now() - opened;
    wake();
  })();
  return stream;
}
