// What `verify-identity/mocks/browser` resolves to under Node (its `node` export condition). Server-side
// renderers (Next.js renders 'use client' components on the server too) import the page's modules in Node,
// where msw's `msw/browser` does not exist: this stand-in loads there, and starting it says what to do instead.
import { VerifyError } from '../core/errors.js';
import type { startMockBackend as startInBrowser } from './browser.js';

export type { StartMockBackendOptions } from './browser.js';

/** Under Node no stream goes through a service worker. */
export function canTransferStreams(): boolean {
  return false;
}

/** Rejects: the in-page mock needs a browser's service worker. */
export const startMockBackend: typeof startInBrowser = () =>
  Promise.reject(
    new VerifyError({
      type: 'invalid_request',
      code: 'browser_required',
      message:
        'verify-identity/mocks/browser starts in a browser only: call startMockBackend() from client code (e.g. a useEffect), ' +
        'never while rendering on the server. In Node use verify-identity/mocks/node or verify-identity/mocks/http.',
    }),
  );
