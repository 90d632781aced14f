/**
 * msw 3 calls `Promise.withResolvers` (Node 22+, every current browser) while handling requests: on
 * Node 20, which this project supports, every request through the mock's handlers would fail. This
 * module installs it when missing, on import: it is imported by `createMockBackend`, so a consumer's
 * own `setupServer(...createMockBackend().handlers)` works on Node 20 as well as `setupMockServer()`.
 */
interface WithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };
}

export function ensurePromiseWithResolvers(): void {
  const PromiseClass = Promise as PromiseConstructor & WithResolvers;
  if (typeof PromiseClass.withResolvers === 'function') return;
  PromiseClass.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

ensurePromiseWithResolvers();
