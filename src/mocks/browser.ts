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
}

/**
 * Starts the mock backend in the page through MSW's service worker. Requests it does not handle go to
 * the network. `stop()` resolves once the worker has stopped, so another backend can start in the page.
 */
export async function startMockBackend(
  options: StartMockBackendOptions = {},
): Promise<{ backend: MockBackend; worker: SetupWorker; stop(): Promise<void> }> {
  const { quiet = false, serviceWorkerUrl = '/mockServiceWorker.js', ...backendOptions } = options;
  const backend = createMockBackend(backendOptions);
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
