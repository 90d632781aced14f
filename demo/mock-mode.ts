// Which mock backend a demo page talks to.
// - `http`: the shared mock API of the dev server (`npm run demo`, see mock-api-plugin.ts). Every page,
//   frame, browser and phone that reaches the server shares its sessions: what "Continue on your phone"
//   needs. The dev server marks its pages with <meta name="verify-demo-mock" content="http">.
// - `sw`: a mock backend in this page, through MSW's service worker: the static build (any static host)
//   and the unit tests. One per page, so a second page or device cannot see its sessions.
// `?mock=http` or `?mock=sw` in the address chooses (the preview of the build serves the API too).
import type { FaultInjector } from '../src/mocks/types.js';

export type MockMode = 'http' | 'sw';

export interface DemoMock {
  mode: MockMode;
  /** Fault injection needs the backend in the page: `null` with the shared API. */
  faults: FaultInjector | null;
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

export async function startDemoMock(): Promise<DemoMock> {
  if (mockMode() === 'http') {
    return {
      mode: 'http',
      faults: null,
      async expireHandoffCodes() {
        await fetch(`${import.meta.env.BASE_URL}__mock/expire-handoff-codes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      },
    };
  }
  const { startMockBackend } = await import('../src/mocks/browser.js');
  // The worker script sits beside index.html, so the built demo works under any base path.
  // Quiet: the webhook column polls twice a second, which would drown MSW's request log.
  const { backend } = await startMockBackend({ quiet: true, serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js` });
  return {
    mode: 'sw',
    faults: backend.faults,
    async expireHandoffCodes() {
      backend.expireHandoffCodes();
    },
  };
}
