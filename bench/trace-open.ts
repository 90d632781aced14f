/**
 * `npx tsx bench/trace-open.ts [pages] [--minified]`: traces warm pages of the element (as `measureWarmOpen`
 * serves them, readable build unless `--minified`) and prints where each page's first opening and its
 * openings again spend main-thread time: trace events by kind (thread time) and the sampled profile's
 * functions by self time, summed over the pages. A tool for docs/performance.md, not a figure of the bench.
 */
import { chromium } from 'playwright-core';
import { browserBuild, warmPages, type TraceEvent } from './open.js';
import { serve } from './serve.js';

interface Event extends TraceEvent {
  args?: { data?: { url?: string; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
  id?: string;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const pagesToTrace = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 4);
const minified = process.argv.includes('--minified');
const kinds = process.argv.includes('--floor') ? (['floor'] as const) : (['element'] as const);

const files = { ...(await browserBuild(!minified)), '/element-warm.js': warmPages.element, '/floor-warm.js': warmPages.floor };
const { origin, close } = await serve({ element: '/element-warm.js', floor: '/floor-warm.js' }, files);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

type Tally = Map<string, number>;
const add = (tally: Tally, key: string, ms: number) => tally.set(key, (tally.get(key) ?? 0) + ms);
const byKind = { first: new Map() as Tally, again: new Map() as Tally };
const bySelf = { first: new Map() as Tally, again: new Map() as Tally };
const totals = { first: [] as number[], again: [] as number[] };
const openings: string[] = [];

try {
  for (let i = 0; i < pagesToTrace; i++) {
    for (const kind of kinds) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('console', (message) => message.text().startsWith('opening ') && openings.push(`${kind} ${message.text()}`));
      const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'warm-done', timeout: 60_000 });
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.cpu_profiler'],
      });
      await page.goto(`${origin}/${kind}`, { waitUntil: 'commit' });
      await done;
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: Event[] };
      tally(traceEvents);
      await context.close();
    }
  }
} finally {
  await browser.close();
  close();
}

function tally(events: Event[]): void {
  const marks = events.filter((event) => event.cat.includes('blink.user_timing') && (event.name === 'start' || event.name === 'painted')).sort((a, b) => a.ts - b.ts);
  const main = marks[0];
  if (!main) return;
  const spans: [number, number][] = [];
  for (const mark of marks) {
    if (mark.name === 'start') spans.push([mark.ts, Infinity]);
    else if (spans.length) spans.at(-1)![1] = mark.ts;
  }
  const which = (ts: number) => spans.findIndex(([from, to]) => ts >= from && ts <= to);
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.tdur !== undefined);
  // Self thread time of each complete event: its own minus its children's (events nest within one thread).
  onMain.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { event: Event; self: number }[] = [];
  const finish = (entry: { event: Event; self: number }) => {
    const index = which(entry.event.ts);
    if (index < 0) return;
    const key = entry.event.name;
    add(index === 0 ? byKind.first : byKind.again, key, entry.self / 1000);
    if (entry.event.name === 'RunTask') (index === 0 ? totals.first : totals.again).push(entry.event.tdur! / 1000);
  };
  for (const event of onMain) {
    while (stack.length && stack.at(-1)!.event.ts + (stack.at(-1)!.event.dur ?? 0) <= event.ts) finish(stack.pop()!);
    if (stack.length) stack.at(-1)!.self -= event.tdur!;
    stack.push({ event, self: event.tdur! });
  }
  while (stack.length) finish(stack.pop()!);
  if (process.argv.includes('--timeline')) {
    // The first opening's tasks and the last opening's (an opening again): when each starts after the mount,
    // its wall and thread ms, what it ran (forced style and layout of any length, the rest over 0.2 ms).
    for (const [label, [from, to]] of [['first opening', spans[0]!], ['last opening', spans.at(-1)!]] as const) {
      const lines = onMain
        .filter((event) => event.name === 'RunTask' && event.ts + (event.dur ?? 0) >= from && event.ts <= to && (event.dur ?? 0) > 50)
        .map((task) => {
          const shown = (event: Event) => (event.dur ?? 0) > (/^(UpdateLayoutTree|Layout)$/.test(event.name) ? 20 : 200) && event.name !== 'RunMicrotasks';
          const inner = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts <= task.ts + (task.dur ?? 0) && shown(event));
          return `  +${((task.ts - from) / 1000).toFixed(1)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} wall, ${(task.tdur! / 1000).toFixed(1)} cpu; ${inner.map((event) => `${event.name} ${((event.dur ?? 0) / 1000).toFixed(1)}`).join(', ')}`;
        });
      const marksIn = events.filter((event) => event.cat.includes('blink.user_timing') && event.ts >= from && event.ts <= to).map((event) => `${event.name}@${((event.ts - from) / 1000).toFixed(1)}`);
      // This page's requests only (the trace also holds other processes').
      const network = events.filter((event) => event.pid === main.pid && /^Resource(SendRequest|ReceiveResponse|Finish)$/.test(event.name) && event.ts >= from && event.ts <= to).map((event) => `${event.name}@${((event.ts - from) / 1000).toFixed(1)} ${(event.args?.data as { url?: string } | undefined)?.url?.split('/').pop() ?? ''}`);
      console.log(`${label} timeline (${((to - from) / 1000).toFixed(1)} ms):\n${lines.join('\n')}\n  marks ${marksIn.join(' ')}\n  network ${network.join(' ')}`);
    }
  }

  // The sampled profile: ProfileChunk events of the main thread's profile.
  const nodes = new Map<number, ProfileNode>();
  const profile = events.find((event) => event.name === 'Profile' && event.pid === main.pid && event.tid === main.tid);
  let now = (profile?.args as { data?: { startTime?: number } } | undefined)?.data?.startTime ?? 0;
  for (const chunk of events.filter((event) => event.name === 'ProfileChunk' && event.pid === main.pid && event.id === profile?.id)) {
    const profile = chunk.args?.data?.cpuProfile;
    for (const node of profile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    const samples = profile?.samples ?? [];
    samples.forEach((id, index) => {
      const delta = deltas[index] ?? 0;
      now += delta;
      const span = which(now);
      if (span < 0) return;
      const frame = nodes.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
      const file = (frame.url ?? '').split('/').pop();
      add(span === 0 ? bySelf.first : bySelf.again, `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`, (deltas[index + 1] ?? delta) / 1000);
    });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const top = (tally: Tally, n: number, per: number) =>
  [...tally].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, ms]) => `  ${(ms / per).toFixed(2).padStart(7)} ms  ${key}`).join('\n');
console.log(openings.join('\n'));
const againPer = pagesToTrace * 3;
console.log(`\nfirst openings (${pagesToTrace} pages): RunTask thread ms summed per page ${(totals.first.reduce((a, b) => a + b, 0) / pagesToTrace).toFixed(1)}`);
console.log(`self thread time by event, per first opening:\n${top(byKind.first, 25, pagesToTrace)}`);
console.log(`sampled self time, per first opening:\n${top(bySelf.first, 40, pagesToTrace)}`);
console.log(`\nopenings again: RunTask thread ms per opening ${(totals.again.reduce((a, b) => a + b, 0) / againPer).toFixed(1)}`);
console.log(`self thread time by event, per opening again:\n${top(byKind.again, 20, againPer)}`);
console.log(`sampled self time, per opening again:\n${top(bySelf.again, 25, againPer)}`);
void median;
