import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { bundle } from './bundle.js';
import { serve } from './serve.js';


/**
 * Page code shared by both pages: once the heading of `stepTag` inside `host` has been given focus in the
 * open dialog (seen as the `focus()` call returns: a `focusin` moving within one shadow tree never reaches
 * its host), waits for the next frame to be painted (its rAF, then a task queued from it, which runs after
 * that frame's paint) and records the time from `start`.
 */
function whenHeadingPainted(host: string, stepTag: string): string {
  return `
    const focus = HTMLElement.prototype.focus;
    let focused = false;
    HTMLElement.prototype.focus = function (options) {
      focus.call(this, options);
      const root = this.getRootNode();
      const inStep = this.matches('h1, h2') && root.host?.localName === '${stepTag}' && root.activeElement === this;
      if (!inStep || !${host}.shadowRoot.querySelector('dialog')?.open || focused) return;
      focused = true;
      // The marks show the span in a performance trace of the page.
      performance.mark('focus');
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark('painted');
          console.log('open-ms ' + (performance.now() - start));
        };
        channel.port2.postMessage(null);
      });
    };`;
}

// Each page times from mounting (its module already imported, as both are) to the first step's heading
// painted, focused, in the open modal dialog.
const pages = {
  element: `
    import './element/verify-identity.js';
    const start = performance.now();
    performance.mark('start');
    const el = document.createElement('verify-identity');
    ${whenHeadingPainted('el', 'verify-identity-consent-step')}
    el.setAttribute('client-secret', 'vs_bench_secret_benchbenchbench');
    document.body.append(el);
    el.show();`,
  floor: `
    import './floor.js';
    const start = performance.now();
    performance.mark('start');
    const el = document.createElement('floor-element');
    ${whenHeadingPainted('el', 'floor-element')}
    const response = await fetch('/v1/identity/verification_sessions/vs_bench', { headers: { Authorization: 'Bearer vs_bench_secret_benchbenchbench' } });
    await response.json();
    document.body.append(el);
    el.open = true;
    await el.updateComplete;
    const heading = el.shadowRoot.querySelector('h2');
    heading.tabIndex = -1;
    heading.focus();`,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * What integrators load: the self-contained browser build (`vite build --mode browser`, as in
 * `dist/browser`), its first file and the chunks it fetches on demand, served beside it.
 */
export async function browserBuild(): Promise<Record<string, string>> {
  const root = resolve(import.meta.dirname, '..');
  const outDir = await mkdtemp(join(tmpdir(), 'verify-identity-open-'));
  try {
    await build({ configFile: resolve(root, 'vite.config.ts'), mode: 'browser', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const files: Record<string, string> = {};
    for (const file of await readdir(outDir)) if (file.endsWith('.js')) files[`/element/${file}`] = await readFile(join(outDir, file), 'utf8');
    return files;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export interface OpenResult {
  /** Median ms from mounting to the heading painted. */
  element: number;
  floor: number;
  runs: number;
  /** Every run's ms, in order. */
  samples: { element: number[]; floor: number[] };
}

/** Median ms from mounting to the first step's heading painted, for the element and for the floor, alternating, each a cold load. */
export async function measureOpen(runs = 21): Promise<OpenResult> {
  const files: Record<string, string> = {
    ...(await browserBuild()),
    '/floor.js': (await bundle('bench/floor-element.ts')).toString('utf8'),
    '/element-page.js': pages.element,
    '/floor-page.js': pages.floor,
  };
  const { origin, close } = await serve({ element: '/element-page.js', floor: '/floor-page.js' }, files);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const samples: OpenResult['samples'] = { element: [], floor: [] };
    for (let i = 0; i < runs; i++) {
      for (const kind of ['floor', 'element'] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        // Told by a console message: evaluating anything in the page meanwhile (waitForFunction injects
        // Playwright's script, about 50 ms of main thread here) would be measured too.
        const message = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('open-ms '), timeout: 20_000 });
        await page.goto(`${origin}/${kind}`, { waitUntil: 'commit' });
        samples[kind].push(Number((await message).text().slice('open-ms '.length)));
        await context.close();
      }
    }
    return { element: median(samples.element), floor: median(samples.floor), runs, samples };
  } finally {
    await browser.close();
    close();
  }
}

/** The RESULTS.md table of time to the first step. */
export function openSection(open: OpenResult): string[] {
  return [
    `## Time to the first step (headless Chromium, median of ${open.runs} cold page loads)`,
    '',
    'From mounting the element (its module already imported) to the first step\'s heading painted, focused, in the open modal dialog: the heading\'s `focus()` returning with the dialog open, then the next frame\'s `requestAnimationFrame` and a task queued from it, which runs once that frame is painted; the page tells the bench by a console message (evaluating in the page meanwhile, as `waitForFunction` does, would be measured too). The element is the shipped browser build (`dist/browser`: its first file, with its on-demand chunks beside it); the floor is a hand-made Lit `<dialog>` fed by the same fetch. Both are served by a plain local HTTP server that answers the session at once, so this measures the SDK, not a network.',
    '',
    '| what | median | floor | ratio |',
    '|---|---|---|---|',
    `| \`<verify-identity>\`.show() → consent step | ${open.element.toFixed(1)} ms | ${open.floor.toFixed(1)} ms — fetch, then a Lit element renders its \`<dialog>\`, \`showModal()\`, focus the heading | ${(open.element / open.floor).toFixed(2)}× |`,
    '',
  ];
}
