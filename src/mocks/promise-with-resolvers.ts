/**
 * msw 3 calls `Promise.withResolvers` (Node 22+, every current browser) while handling requests: on
 * Node 20, which this project supports, every request through the mock's handlers would fail.
 * `createMockBackend()` installs it when missing, so a consumer's own `setupServer(...createMockBackend().handlers)`
 * works on Node 20 as well as `setupMockServer()`. Not on import: an app that imports the mock but never starts it
 * (a production build, the mock behind a development guard) must not get its global `Promise` patched.
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
