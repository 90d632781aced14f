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
export const coldPages = {
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

/** Openings timed in each warm page after its first. */
const WARM_REOPENINGS = 3;

/**
 * Page code of the warm measure. The page loads `module` (the package, or nothing for the floor) and
 * settles first (load event, fonts ready, then idle), as an app that imported the package earlier; then
 * it times its first opening and `WARM_REOPENINGS` more, each from mounting to the first step's heading
 * painted, with the page left idle in between. `open` mounts and opens (and returns what `close` closes
 * and removes); `isStepHeading(heading)` tells the first step's heading from any other (a loading view's).
 * Each opening is told by a console message: `opening <ms> <phases…>`, then `warm-done`.
 */
function warmPage(module: string, open: string, close: string, isStepHeading: string): string {
  return `
    ${module ? `import '${module}';` : ''}
    const idle = () => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve, { timeout: 1000 }), 100));
    // The heading given focus in the open dialog (seen as focus() returns) resolves the opening waiting for it.
    let focused = null;
    const focus = HTMLElement.prototype.focus;
    HTMLElement.prototype.focus = function (options) {
      focus.call(this, options);
      if (focused && this.getRootNode().activeElement === this && (${isStepHeading})(this) && inOpenDialog(this)) focused();
    };
    function inOpenDialog(node) {
      for (; node; node = node.parentNode ?? node.host) if (node.localName === 'dialog') return node.open;
      return false;
    }
    const headingFocused = () => new Promise((resolve) => (focused = () => { focused = null; resolve(); }));
    // Painted: the next frame's rAF, then a task queued from it, which runs once that frame is painted.
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    }));
    if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
    await document.fonts.ready;
    await idle();
    for (let i = 0; i <= ${WARM_REOPENINGS}; i++) {
      performance.clearResourceTimings();
      // The marks show each opening in a performance trace of the page.
      const start = performance.mark('start').startTime;
      const heading = headingFocused();
      const el = await (async () => { ${open} })();
      await heading;
      const focusedAt = performance.mark('focus').startTime;
      await painted();
      const end = performance.mark('painted').startTime;
      // Phases: mounting → session request sent, → its answer read, → heading focused, → painted.
      const request = performance.getEntriesByType('resource').find((entry) => /verification_sessions\\/[^/]+$/.test(entry.name));
      const phases = request ? [request.startTime - start, request.responseEnd - request.startTime, focusedAt - request.responseEnd] : [NaN, NaN, NaN];
      console.log('opening ' + [end - start, ...phases, end - focusedAt].map((ms) => ms.toFixed(2)).join(' '));
      await (async () => { ${close} })();
      await idle();
    }
    console.log('warm-done');`;
}

export const warmPages = {
  element: warmPage(
    './element/verify-identity.js',
    `const el = document.createElement('verify-identity');
      el.setAttribute('client-secret', 'vs_bench_secret_benchbenchbench');
      document.body.append(el);
      el.shown = el.show();
      return el;`,
    `el.close();
      await el.shown;
      el.remove();`,
    `(heading) => heading.getRootNode().host?.localName === 'verify-identity-consent-step'`,
  ),
  // The floor: a hand-made <dialog>, no framework, filled from the same fetch of the same answer.
  floor: warmPage(
    '',
    `const response = await fetch('/v1/identity/verification_sessions/vs_bench', { headers: { Authorization: 'Bearer vs_bench_secret_benchbenchbench' } });
      const session = await response.json();
      const dialog = document.createElement('dialog');
      const heading = document.createElement('h2');
      heading.textContent = session.id;
      heading.tabIndex = -1;
      dialog.append(heading);
      document.body.append(dialog);
      dialog.showModal();
      heading.focus();
      return dialog;`,
    `el.close();
      el.remove();`,
    `(heading) => heading.localName === 'h2'`,
  ),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * What integrators load: the self-contained browser build (`vite build --mode browser`, as in
 * `dist/browser`), its first file and the chunks it fetches on demand, served beside it. `readable`: not
 * minified, so that function names show in a profile (for traces, never for the figures).
 */
export async function browserBuild(readable = false): Promise<Record<string, string>> {
  const root = resolve(import.meta.dirname, '..');
  const outDir = await mkdtemp(join(tmpdir(), 'verify-identity-open-'));
  try {
    await build({ configFile: resolve(root, 'vite.config.ts'), mode: 'browser', logLevel: 'silent', build: { outDir, emptyOutDir: true, ...(readable ? { minify: false, rolldownOptions: { output: { minify: false } } } : {}) } });
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
    '/element-page.js': coldPages.element,
    '/floor-page.js': coldPages.floor,
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

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Median of each phase over the openings. */
function phaseMedians(side: WarmSide): number[] {
  return [0, 1, 2, 3].map((index) => median(side.phases.map((phases) => phases[index]!).filter((value) => !Number.isNaN(value))));
}

/** The RESULTS.md section of time to the first step: cold page loads, and warm pages. */
export function openSection(open: OpenResult, warm: WarmResult): string[] {
  const row = (what: string, element: number[], floor: number[], cpu?: [number[], number[]]) =>
    `| ${what} | ${ms(median(element))} | ${ms(median(floor))} | ${(median(element) / median(floor)).toFixed(2)}× | ${
      cpu ? `${ms(median(cpu[0]))} / ${ms(median(cpu[1]))} (${(median(cpu[0]) / median(cpu[1])).toFixed(2)}×)` : '—'
    } |`;
  const [element, floor] = [phaseMedians(warm.element), phaseMedians(warm.floor)];
  return [
    `## Time to the first step (headless Chromium)`,
    '',
    'From mounting the element (its module already imported) to the first step\'s heading painted, focused, in the open modal dialog: the heading\'s `focus()` returning with the dialog open, then the next frame\'s `requestAnimationFrame` and a task queued from it, which runs once that frame is painted; the page tells the bench by a console message (evaluating in the page meanwhile, as `waitForFunction` does, would be measured too). The element is the shipped browser build (`dist/browser`: its first file, with its on-demand chunks beside it). Both sides are served by a plain local HTTP server that answers the session at once, so this measures the SDK, not a network.',
    '',
    `- **Cold**: a fresh page for each of ${open.runs} openings, mounting as soon as the module has run (the page is still loading); the floor is a hand-made Lit \`<dialog>\` fed by the same fetch (fetch, then a Lit element renders its \`<dialog>\`, \`showModal()\`, focus the heading).`,
    `- **Warm**: ${warm.pages} pages for each side, where the package was loaded and the page has settled (load event, fonts ready, idle) before the element is mounted, as in an app that imported the package up front; each page times its first opening, then ${warm.reopenings} more, each on a newly mounted element, closed and removed after it, the page idle in between. The floor is a hand-made \`<dialog>\` without a framework, filled from the same fetch of the same answer: fetch, create the \`<dialog>\` and its heading, \`showModal()\`, focus the heading.`,
    '',
    '| what | median | floor | ratio | main-thread CPU, element / floor |',
    '|---|---|---|---|---|',
    row(`cold page load: \`<verify-identity>\`.show() → consent step (median of ${open.runs})`, open.samples.element, open.samples.floor),
    row(`**warm page, first opening** (median of ${warm.pages})`, warm.element.first, warm.floor.first, [warm.element.firstCpu, warm.floor.firstCpu]),
    row(`warm page, opening again (median of ${warm.element.again.length})`, warm.element.again, warm.floor.again, [warm.element.againCpu, warm.floor.againCpu]),
    '',
    'Main-thread CPU: the thread time of the page\'s main-thread tasks within the same span, from a trace of each warm page (CDP tracing): the work itself, which other load on the machine sways far less than the wall time.',
    '',
    `Where a warm opening's time goes (medians over all warm openings): mounting → session request sent ${ms(element[0]!)} (floor ${ms(floor[0]!)}); → answer read ${ms(element[1]!)} (${ms(floor[1]!)}); → heading focused ${ms(element[2]!)} (${ms(floor[2]!)}); → painted ${ms(element[3]!)} (${ms(floor[3]!)}).`,
    '',
  ];
}

/** One side of the warm measure: ms from mounting to the heading painted, and the phases of that time. */
export interface WarmSide {
  /** Each page's first opening. */
  first: number[];
  /** The openings after it. */
  again: number[];
  /** Per opening (first ones and later ones alike): mounting → request sent, → answer read, → heading focused, → painted. */
  phases: number[][];
  /** The page's main-thread CPU time in the same spans: the work itself, less swayed than wall time by other load on the machine. */
  firstCpu: number[];
  againCpu: number[];
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}
export type Trace = { traceEvents: TraceEvent[] };

/**
 * Main-thread CPU ms of each opening in a trace of its page: the thread time of the renderer main thread's
 * tasks between each `start` and `painted` mark (a task across a mark counted by its share inside).
 */
export function mainThreadTimes({ traceEvents }: Trace): number[] {
  const marks = traceEvents.filter((event) => event.cat.includes('blink.user_timing') && (event.name === 'start' || event.name === 'painted'));
  marks.sort((a, b) => a.ts - b.ts);
  const thread = marks[0];
  if (!thread) return [];
  const tasks = traceEvents.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === thread.pid && event.tid === thread.tid && event.tdur !== undefined);
  const spans: [number, number][] = [];
  for (const mark of marks) {
    if (mark.name === 'start') spans.push([mark.ts, Infinity]);
    else if (spans.length) spans.at(-1)![1] = mark.ts;
  }
  return spans.map(([from, to]) => {
    let cpu = 0;
    for (const task of tasks) {
      const [start, end] = [task.ts, task.ts + (task.dur ?? 0)];
      const inside = Math.min(end, to) - Math.max(start, from);
      if (inside > 0) cpu += task.tdur! * (task.dur ? inside / task.dur : 1);
    }
    return cpu / 1000;
  });
}

export interface WarmResult {
  pages: number;
  reopenings: number;
  element: WarmSide;
  floor: WarmSide;
}

/**
 * The warm opening: pages where the package is already loaded and the page has settled, element and
 * floor pages alternating, each timing its first opening and a few more.
 */
export async function measureWarmOpen(pages = 11): Promise<WarmResult> {
  const files: Record<string, string> = {
    ...(await browserBuild()),
    '/element-warm.js': warmPages.element,
    '/floor-warm.js': warmPages.floor,
  };
  const { origin, close } = await serve({ element: '/element-warm.js', floor: '/floor-warm.js' }, files);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result: WarmResult = {
      pages,
      reopenings: WARM_REOPENINGS,
      element: { first: [], again: [], phases: [], firstCpu: [], againCpu: [] },
      floor: { first: [], again: [], phases: [], firstCpu: [], againCpu: [] },
    };
    for (let i = 0; i < pages; i++) {
      for (const kind of ['floor', 'element'] as const) {
        const side = result[kind];
        const context = await browser.newContext();
        const page = await context.newPage();
        let openings = 0;
        page.on('console', (message) => {
          if (!message.text().startsWith('opening ')) return;
          const [ms, ...phases] = message.text().slice('opening '.length).split(' ').map(Number);
          (openings++ === 0 ? side.first : side.again).push(ms!);
          side.phases.push(phases);
        });
        const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'warm-done', timeout: 60_000 });
        await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
        await page.goto(`${origin}/${kind}`, { waitUntil: 'commit' });
        await done;
        mainThreadTimes(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace).forEach((ms, index) => (index === 0 ? side.firstCpu : side.againCpu).push(ms));
        await context.close();
      }
    }
    return result;
  } finally {
    await browser.close();
    close();
  }
}
