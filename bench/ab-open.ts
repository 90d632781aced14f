/**
 * `npx tsx bench/ab-open.ts <dirA> <dirB> [pages] [cold]`: the element's warm opening (and with `cold`, two cold
 * openings a page) for two browser builds side by side, pages alternating in one run, so that a change can be
 * told from the load of a shared machine. A build dir holds `vite build --mode browser`'s files:
 * `npx tsx bench/ab-open.ts --build <dir>` writes the working tree's there. `COLD_ONLY=1`: the cold openings
 * alone. Prints medians, quartiles and the median of each phase of the first openings (`VERBOSE=1`: every one).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserBuild, coldPages, mainThreadTimes, warmPages, type Trace } from './open.js';
import { serve } from './serve.js';
if (process.argv[2] === '--build') {
  const outDir = process.argv[3]!;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(await browserBuild())) await writeFile(join(outDir, name.split('/').pop()!), text);
  process.exit(0);
}
const [dirA, dirB, pagesArg, coldArg] = process.argv.slice(2);
const variants = { a: dirA!, b: dirB! };
const files: Record<string, string> = {};
const pages: Record<string, string> = {};
for (const [name, dir] of Object.entries(variants)) {
  for (const file of await readdir(dir)) if (file.endsWith('.js')) files[`/${name}/${file}`] = await readFile(join(dir, file), 'utf8');
  files[`/${name}-warm.js`] = warmPages.element.replace('./element/', `./${name}/`);
  files[`/${name}-cold.js`] = coldPages.element.replace('./element/', `./${name}/`);
  pages[`${name}-warm`] = `/${name}-warm.js`;
  pages[`${name}-cold`] = `/${name}-cold.js`;
}
const { origin, close } = await serve(pages, files);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const r: Record<string, { first: number[]; again: number[]; firstCpu: number[]; againCpu: number[]; cold: number[]; firstPhases: string[] }> = {};
for (const name of Object.keys(variants)) r[name] = { first: [], again: [], firstCpu: [], againCpu: [], cold: [], firstPhases: [] };
const n = Number(pagesArg ?? 8);
for (let i = 0; i < n; i++) {
  for (const name of i % 2 ? ['b', 'a'] : ['a', 'b']) {
    const side = r[name]!;
    if (!process.env.COLD_ONLY) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let k = 0;
    page.on('console', (m) => {
      if (!m.text().startsWith('opening ')) return;
      const [ms] = m.text().slice(8).split(' ').map(Number);
      if (k++ === 0) { side.first.push(ms!); side.firstPhases.push(m.text().slice(8)); } else side.again.push(ms!);
    });
    const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'warm-done', timeout: 60_000 });
    await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await page.goto(`${origin}/${name}-warm`, { waitUntil: 'commit' });
    await done;
    mainThreadTimes(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace).forEach((ms, index) => (index === 0 ? side.firstCpu : side.againCpu).push(ms));
    await context.close();
    }
    if (coldArg) {
      for (let j = 0; j < 2; j++) {
        const c = await browser.newContext();
        const p = await c.newPage();
        const message = p.waitForEvent('console', { predicate: (m) => m.text().startsWith('open-ms '), timeout: 20_000 });
        await p.goto(`${origin}/${name}-cold`, { waitUntil: 'commit' });
        side.cold.push(Number((await message).text().slice(8)));
        await c.close();
      }
    }
  }
}
await browser.close();
close();
const med = (v: number[]) => { const s = [...v].sort((x, y) => x - y); return s.length ? s[Math.floor(s.length / 2)]!.toFixed(1) : '-'; };
const q = (v: number[]) => { const s = [...v].sort((x, y) => x - y); return s.length ? `${s[Math.floor(s.length / 4)]!.toFixed(1)}–${s[Math.floor((3 * s.length) / 4)]!.toFixed(1)}` : '-'; };
for (const [name, side] of Object.entries(r)) {
  console.log(`${name} (${variants[name as 'a']}): first ${med(side.first)} [${q(side.first)}] cpu ${med(side.firstCpu)} [${q(side.firstCpu)}]; again ${med(side.again)} cpu ${med(side.againCpu)}; cold ${med(side.cold)} [${q(side.cold)}] n=${side.cold.length}`);
  // Each phase's median on its own (mounting → request sent → answer read → heading focused → painted).
  const phases = side.firstPhases.map((line) => line.split(' ').map(Number).slice(1));
  console.log(`   first opening's phases, medians: ${[0, 1, 2, 3].map((i) => med(phases.map((p) => p[i]!))).join(' / ')} ms`);
  if (process.env.VERBOSE) console.log(`   first phases: ${side.firstPhases.join(' | ')}`);
}
