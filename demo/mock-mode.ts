// Which mock backend a demo page talks to.
// - `http`: the shared mock API of the dev server (`npm run demo`, see mock-api-plugin.ts). Every page,
//   frame, browser and phone that reaches the server shares its sessions: what "Continue on your phone"
//   needs. The dev server marks its pages with <meta name="verify-demo-mock" content="http">.
// - `sw`: a mock backend in this page, through MSW's service worker: the static build (any static host)
//   and the unit tests. One per page, so a second page or device cannot see its sessions.
// `?mock=http` or `?mock=sw` in the address chooses (the preview of the build serves the API too).
// Test-mode controls (faults, expiring handoff codes) work the same in both: through the dev server's `/__mock/`
// paths for the shared API, directly on the backend for the one in the page.
import type { Fault } from '../src/mocks/types.js';
import { checkFault } from './fault-control.js';

export type MockMode = 'http' | 'sw';

/** One-shot faults in whichever backend the page uses. */
export interface DemoFaults {
  /** The next matching request fails this way; resolves with the number of faults still to fire. */
  arm(fault: Fault): Promise<number>;
  /** How many armed faults have not fired yet. */
  pending(): Promise<number>;
}

export interface DemoMock {
  mode: MockMode;
  faults: DemoFaults;
  /** Test mode: the handoff codes still waiting for a phone expire now. */
  expireHandoffCodes(): Promise<void>;
}

const meta = (name: string): string | null => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;

export function mockMode(): MockMode {
  const asked = new URLSearchParams(location.search).get('mock');
  if (asked === 'http' || asked === 'sw') return asked;
  return meta('verify-demo-mock') === 'http' ? 'http' : 'sw';
}

/**
 * The handoff page the QR code links to: on the dev server's network address when it listens on one
 * (`VERIFY_DEMO_ORIGIN` overrides), so that a real phone can open it; else beside this page.
 */
export function handoffPageUrl(): string {
  const forced = new URLSearchParams(location.search).get('mock');
  const url = new URL(`${import.meta.env.BASE_URL}handoff.html`, meta('verify-demo-origin') ?? location.href);
  if (forced) url.searchParams.set('mock', forced);
  return url.href;
}

/** A test-mode control of the dev server (see mock-api-plugin.ts): POST with a JSON body, or it is refused. */
async function control<T>(path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}__mock/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The mock refused ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export async function startDemoMock(): Promise<DemoMock> {
  if (mockMode() === 'http') {
    return {
      mode: 'http',
      faults: {
        arm: async (fault) => (await control<{ pending: number }>('faults', fault)).pending,
        pending: async () => (await control<{ pending: number }>('faults/pending')).pending,
      },
      expireHandoffCodes: () => control<void>('expire-handoff-codes'),
    };
  }
  const { startMockBackend } = await import('../src/mocks/browser.js');
  // The worker script sits beside index.html, so the built demo works under any base path.
  // Quiet: the webhook column polls twice a second, which would drown MSW's request log.
  const { backend } = await startMockBackend({ quiet: true, serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js` });
  return {
    mode: 'sw',
    faults: {
      async arm(fault) {
        // The same rules as the dev server's, so a fault that works here works there.
        const checked = checkFault(fault);
        if ('error' in checked) throw new Error(checked.error);
        backend.faults.inject(checked.fault);
        return backend.faults.pending.length;
      },
      pending: async () => backend.faults.pending.length,
    },
    async expireHandoffCodes() {
      backend.expireHandoffCodes();
    },
  };
}
