import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockBackend } from './create-mock-backend.js';
import type { MockBackend, MockBackendOptions } from './types.js';

export interface StartMockBackendOptions extends MockBackendOptions {
  /**
   * Hide MSW's log of every intercepted request.
   * @default false
   */
  quiet?: boolean;
  /**
   * Where the MSW worker script is served; the demo, served under a base path, sets it.
   * @default '/mockServiceWorker.js'
   */
  serviceWorkerUrl?: string;
  /** @default 'live' where the browser can stream a response out of the service worker, else 'snapshot' (WebKit) */
  statusStream?: MockBackendOptions['statusStream'];
}

/**
 * Whether this browser can transfer a `ReadableStream` through `postMessage`: MSW streams a mocked body
 * to its service worker that way, and where it cannot (WebKit: `DataCloneError`) it sends the body once
 * it has ended. The same test as MSW's, so the two always agree.
 */
export function canTransferStreams(): boolean {
  const { port1, port2 } = new MessageChannel();
  try {
    const stream = new ReadableStream();
    port1.postMessage(stream, [stream]);
    return true;
  } catch {
    return false;
  } finally {
    port1.close();
    port2.close();
  }
}

/**
 * Starts the mock backend in the page through MSW's service worker. Requests it does not handle go to
 * the network. `stop()` resolves once the worker has stopped, so another backend can start in the page.
 * Where the browser cannot stream a body out of the worker, status streams are served as snapshots.
 */
export async function startMockBackend(
  options: StartMockBackendOptions = {},
): Promise<{ backend: MockBackend; worker: SetupWorker; stop(): Promise<void> }> {
  const {
    quiet = false,
    serviceWorkerUrl = '/mockServiceWorker.js',
    // A live stream would reach such a browser only when it ends, with the session: its changes would be late.
    statusStream = canTransferStreams() ? 'live' : 'snapshot',
    ...backendOptions
  } = options;
  const backend = createMockBackend({ ...backendOptions, statusStream });
  const worker = setupWorker(...backend.handlers);
  await worker.start({ quiet, onUnhandledFrame: 'bypass', serviceWorker: { url: serviceWorkerUrl } });
  return {
    backend,
    worker,
    async stop() {
      backend.reset();
      // Not awaiting this let a following start race the worker's unregistering (Firefox and WebKit fail).
      await worker.stop();
    },
  };
}
