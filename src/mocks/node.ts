import { setupServer, type SetupServer } from 'msw/node';
import { createMockBackend } from './create-mock-backend.js';
import type { MockBackend, MockBackendOptions } from './types.js';

/**
 * msw 3's Node interceptors call `Promise.withResolvers` (Node 22+); every request fails without it on
 * Node 20, which this project supports. Installed only when missing, and only once a server is set up.
 */
interface PromiseWithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };
}

function ensurePromiseWithResolvers(): void {
  const PromiseClass = Promise as PromiseConstructor & PromiseWithResolvers;
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

/** The mock backend for Node (scripts, benchmarks): call `server.listen()` to start intercepting. */
export function setupMockServer(options: MockBackendOptions = {}): { backend: MockBackend; server: SetupServer } {
  ensurePromiseWithResolvers();
  const backend = createMockBackend(options);
  return { backend, server: setupServer(...backend.handlers) };
}
