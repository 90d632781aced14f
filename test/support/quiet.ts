// Proves that nothing will happen, without waiting to see: the SDK's own pending timers (those set from
// src/) and its requests in flight are tracked, so "quiet" means nothing is left that could fire later.
// The mock's and MSW's timers are left alone (they are not the SDK's and do not come from src/core…).

const SDK = /\/src\/(core|controllers|components|capture)\//;

export interface Quiet {
  /** A fetch that counts requests in flight; pass it to the client or element. */
  fetch: typeof fetch;
  /** Requests started so far. */
  readonly started: number;
  /** Stacks of the SDK's timers still pending, and the number of its requests still in flight. */
  pending(): { timers: string[]; requests: number };
  /** Resolves once what is under way has run, then throws if an SDK timer or request is still pending. */
  expectQuiet(what: string): Promise<void>;
  restore(): void;
}

/**
 * The frame that asked for a timer: past this wrapper's own frame and `src/core/http.ts`, whose global timers
 * everyone's waits go through (the mock's too): the frame after them tells whose wait it is.
 */
function callerOf(stack: string): string {
  const frames = stack.split('\n').filter((line) => /:\d+:\d+\)?$/.test(line.trim()));
  return frames.slice(1).find((frame) => !frame.includes('/src/core/http.ts')) ?? frames[1] ?? '';
}

/** With `page: true`, the page's own `fetch` is counted too (it still goes to the network, or to MSW). */
export function trackQuiet({ page = false } = {}): Quiet {
  const timers = new Map<ReturnType<typeof setTimeout>, string>();
  const original = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  let started = 0;
  let inFlight = 0;
  globalThis.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const stack = new Error().stack ?? '';
    const id = original.setTimeout.call(
      globalThis,
      () => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...values: unknown[]) => void)(...args);
      },
      ms,
    );
    if (SDK.test(callerOf(stack))) timers.set(id, stack);
    return id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id?: ReturnType<typeof setTimeout>) => {
    if (id !== undefined) timers.delete(id);
    original.clearTimeout.call(globalThis, id);
  }) as typeof clearTimeout;
  const pending = () => ({ timers: [...timers.values()], requests: inFlight });
  const pageFetch = globalThis.fetch;
  const counting: typeof fetch = (input, init) => {
    started += 1;
    inFlight += 1;
    return pageFetch(input, init).finally(() => (inFlight -= 1));
  };
  if (page) globalThis.fetch = counting;
  return {
    fetch: counting,
    get started() {
      return started;
    },
    pending,
    async expectQuiet(what) {
      // A few zero-delay turns let an abort that is under way finish (its promise chains run in microtasks);
      // no SDK timer of a real delay fires in them.
      for (let turn = 0; turn < 5 && (timers.size || inFlight); turn++) await new Promise((resolve) => original.setTimeout.call(globalThis, resolve, 0));
      const { timers: left, requests } = pending();
      if (left.length || requests) throw new Error(`${what}: ${left.length} SDK timer(s) and ${requests} request(s) still pending\n${left.join('\n---\n')}`);
    },
    restore() {
      globalThis.fetch = pageFetch;
      globalThis.setTimeout = original.setTimeout;
      globalThis.clearTimeout = original.clearTimeout;
    },
  };
}
