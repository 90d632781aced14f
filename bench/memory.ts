import { chromium, type Page } from 'playwright-core';
import { bundle } from './bundle.js';
import { SESSION } from './open.js';

const ORIGIN = 'http://bench.test';
// The first tens of openings still fill caches (compiled code, Lit's templates): measured after them.
const WARM_UP = 40;
const CYCLES = 40;

// One open/close cycle, defined in the page as window.cycle(). The element: show(), the consent step's
// heading focused, close(), show() settled. The floor: the same fetch, a hand-made <dialog> with a
// heading opened, focused, closed and removed.
const pages = {
  element: `
    import './element.js';
    const el = document.createElement('verify-identity');
    el.setAttribute('client-secret', 'vs_bench_secret_benchbenchbench');
    document.body.append(el);
    const focusedStep = () => new Promise((resolve) => {
      const deepActive = (root) => { const a = root?.activeElement; return a?.shadowRoot?.activeElement ? deepActive(a.shadowRoot) : a; };
      const check = () => (deepActive(el.shadowRoot)?.getRootNode().host?.localName === 'verify-identity-consent-step' ? resolve() : requestAnimationFrame(check));
      check();
    });
    window.cycle = async () => {
      const result = el.show();
      await focusedStep();
      el.close();
      await result;
    };`,
  floor: `
    window.cycle = async () => {
      const response = await fetch('/v1/identity/verification_sessions/vs_bench', { headers: { Authorization: 'Bearer vs_bench_secret_benchbenchbench' } });
      const session = await response.json();
      const dialog = document.createElement('dialog');
      const heading = document.createElement('h2');
      heading.textContent = session.id;
      heading.tabIndex = -1;
      dialog.append(heading);
      document.body.append(dialog);
      dialog.showModal();
      heading.focus();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      dialog.close();
      dialog.remove();
    };`,
};

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

export interface MemoryResult {
  cycles: number;
  /** Bytes of JS heap left per open/close cycle, after forced garbage collection. */
  element: number;
  floor: number;
}

/** JS heap growth per open/close cycle (after warm-up, forced GC before and after), element and floor. */
export async function measureMemory(): Promise<MemoryResult> {
  const files: Record<string, string> = { '/element.js': (await bundle('src/index.ts')).toString('utf8'), '/element-page.js': pages.element, '/floor-page.js': pages.floor };
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const growth: Record<'element' | 'floor', number> = { element: 0, floor: 0 };
    for (const kind of ['floor', 'element'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route(`${ORIGIN}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path.startsWith('/v1/identity/verification_sessions/')) return route.fulfill({ json: SESSION });
        if (path === '/') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><script type="module" src="/${kind}-page.js"></script>` });
        const body = files[path];
        return body === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: 'text/javascript', body });
      });
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(() => typeof (window as unknown as { cycle?: unknown }).cycle === 'function');
      const run = (times: number) => page.evaluate(async (n) => {
        for (let i = 0; i < n; i++) await (window as unknown as { cycle: () => Promise<void> }).cycle();
      }, times);
      await run(WARM_UP);
      const before = await heapAfterGc(page);
      await run(CYCLES);
      const after = await heapAfterGc(page);
      growth[kind] = (after - before) / CYCLES;
      await context.close();
    }
    return { cycles: CYCLES, ...growth };
  } finally {
    await browser.close();
  }
}
