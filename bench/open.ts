import { chromium } from 'playwright-core';
import { bundle } from './bundle.js';

const ORIGIN = 'http://bench.test';
export const SESSION = {
  id: 'vs_bench',
  object: 'identity.verification_session',
  status: 'requires_input',
  type: 'document',
  options: {
    document: {
      allowed_types: ['passport', 'id_card', 'driving_license'],
      require_id_number: false,
      require_live_capture: false,
      require_matching_selfie: false,
    },
  },
  last_error: null,
  livemode: false,
  created: 1764115200,
};

/** Page code that records the time once the heading of \`stepTag\` inside \`host\` has focus, checked every frame. */
function waitForFocusedHeading(host: string, stepTag: string): string {
  return `
    const deepActive = (root) => { const a = root?.activeElement; return a?.shadowRoot?.activeElement ? deepActive(a.shadowRoot) : a; };
    const check = () => {
      const active = deepActive(${host}.shadowRoot);
      if (active?.matches('h1, h2') && active.getRootNode().host?.localName === '${stepTag}') window.__openMs = performance.now() - start;
      else requestAnimationFrame(check);
    };
    check();`;
}

// Each page times from "script starts" to "the first step's heading is on screen and focused".
const pages = {
  element: `
    import './element.js';
    const start = performance.now();
    const el = document.createElement('verify-identity');
    el.setAttribute('client-secret', 'vs_bench_secret_benchbenchbench');
    document.body.append(el);
    el.show();
    ${waitForFocusedHeading('el', 'verify-identity-consent-step')}`,
  floor: `
    import './floor.js';
    const start = performance.now();
    const response = await fetch('/v1/identity/verification_sessions/vs_bench', { headers: { Authorization: 'Bearer vs_bench_secret_benchbenchbench' } });
    await response.json();
    const el = document.createElement('floor-element');
    document.body.append(el);
    el.open = true;
    await el.updateComplete;
    const heading = el.shadowRoot.querySelector('h2');
    heading.tabIndex = -1;
    heading.focus();
    ${waitForFocusedHeading('el', 'floor-element')}`,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median ms from script start to the first step shown, for the element and for the floor. */
export async function measureOpen(runs = 15): Promise<{ element: number; floor: number; runs: number }> {
  const files: Record<string, string> = {
    '/element.js': (await bundle('src/index.ts')).toString('utf8'),
    '/floor.js': (await bundle('bench/floor-element.ts')).toString('utf8'),
    '/element-page.js': pages.element,
    '/floor-page.js': pages.floor,
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const timings: Record<'element' | 'floor', number[]> = { element: [], floor: [] };
    for (let i = 0; i < runs; i++) {
      for (const kind of ['floor', 'element'] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.route(`${ORIGIN}/**`, async (route) => {
          const path = new URL(route.request().url()).pathname;
          if (path.startsWith('/v1/identity/verification_sessions/')) {
            return route.fulfill({ json: SESSION });
          }
          if (path === '/') {
            return route.fulfill({ contentType: 'text/html', body: `<!doctype html><script type="module" src="/${kind}-page.js"></script>` });
          }
          const body = files[path];
          return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: 'text/javascript', body });
        });
        await page.goto(`${ORIGIN}/`);
        const ms = await page.waitForFunction(() => (window as unknown as { __openMs?: number }).__openMs, undefined, { timeout: 10_000 });
        timings[kind].push((await ms.jsonValue()) as number);
        await context.close();
      }
    }
    return { element: median(timings.element), floor: median(timings.floor), runs };
  } finally {
    await browser.close();
  }
}
