// `npm run bench`: every figure next to a floor measured in the same run, written to bench/RESULTS.md.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { measureMemory, memorySection } from './memory.js';
import { measureOpen, measureWarmOpen, openSection } from './open.js';
import { pipelineSection, measurePipeline } from './pipeline.js';
import { measureQuality, qualitySection } from './quality.js';
import { measureSelfieQuality, replaceSelfieSection, selfieQualitySection } from './selfie-quality.js';
import { measureServer, serverSection } from './server.js';
import { measureEnglishFlow, measureFirstLoad, measureSizes } from './size.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;

// `npm run bench -- memory`: the memory section alone, replaced in the RESULTS.md there is (it takes minutes).
if (process.argv.includes('memory')) {
  const path = resolve(import.meta.dirname, 'RESULTS.md');
  const results = await readFile(path, 'utf8');
  const start = results.indexOf('## Memory');
  const end = results.indexOf('\n## ', start + 1);
  const section = memorySection(await measureMemory()).join('\n');
  await writeFile(path, results.slice(0, start) + section + results.slice(end + 1));
  console.log(section);
  process.exit(0);
}

// `npm run bench -- quality`: the quality checks on the generated corpus alone, printed with every wrong verdict,
// and its section replaced (or added) in the RESULTS.md there is.
if (process.argv.includes('quality')) {
  const scores = await measureQuality();
  for (const score of scores)
    for (const kind of score.kinds) for (const failure of kind.failures) console.log(`${score.set}: ${failure}`);
  const section = qualitySection(scores).join('\n');
  const path = resolve(import.meta.dirname, 'RESULTS.md');
  const results = await readFile(path, 'utf8');
  const start = results.indexOf('## Capture: quality checks');
  const at = start >= 0 ? start : results.indexOf('## Reading these figures');
  const end = start >= 0 ? results.indexOf('\n## ', start + 1) + 1 : at;
  const selfies = await measureSelfieQuality();
  for (const score of selfies)
    for (const kind of score.kinds) for (const failure of kind.failures) console.log(`${score.set}: ${failure}`);
  const selfieSection = selfieQualitySection(selfies).join('\n');
  await writeFile(path, replaceSelfieSection(results.slice(0, at) + section + '\n' + results.slice(end), selfieSection));
  console.log(section);
  console.log(selfieSection);
  process.exit(0);
}

// `npm run bench -- server`: the test-mode server section alone, replaced (or added) in the RESULTS.md there is.
if (process.argv.includes('server')) {
  const path = resolve(import.meta.dirname, 'RESULTS.md');
  const results = await readFile(path, 'utf8');
  const section = serverSection(await measureServer()).join('\n');
  const start = results.indexOf('## Test-mode server');
  const end = start === -1 ? results.indexOf('## Reading these figures') : results.indexOf('\n## ', start + 1) + 1;
  await writeFile(path, results.slice(0, start === -1 ? end : start) + section + '\n' + results.slice(end));
  console.log(section);
  process.exit(0);
}

// `npm run bench -- pipeline`: the capture pipeline's sections alone, printed (RESULTS.md is left as it is).
if (process.argv.includes('pipeline')) {
  console.log(pipelineSection(await measurePipeline()).join('\n'));
  process.exit(0);
}

// `npm run bench -- open`: time to the first step alone, printed (RESULTS.md is left as it is).
if (process.argv.includes('open')) {
  const open = await measureOpen();
  const warm = await measureWarmOpen();
  console.log(openSection(open, warm).join('\n'));
  const list = (values: number[]) => values.map((ms) => ms.toFixed(1)).join(' ');
  console.log(`cold, element (ms): ${list(open.samples.element)}`);
  console.log(`cold, floor (ms): ${list(open.samples.floor)}`);
  for (const side of ['element', 'floor'] as const) {
    console.log(`warm first openings, ${side} (ms): ${list(warm[side].first)}`);
    console.log(`warm openings again, ${side} (ms): ${list(warm[side].again)}`);
    console.log(`warm first openings, ${side}, main-thread CPU (ms): ${list(warm[side].firstCpu)}`);
    console.log(`warm openings again, ${side}, main-thread CPU (ms): ${list(warm[side].againCpu)}`);
  }
  process.exit(0);
}

const sizes = await measureSizes();
const englishFlow = await measureEnglishFlow();
const firstLoad = await measureFirstLoad();
const open = await measureOpen();
const warm = await measureWarmOpen();
const pipeline = await measurePipeline();
const memory = await measureMemory();
const server = await measureServer();

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const lines = [
  '# Benchmark results',
  '',
  `Date: ${new Date().toISOString().slice(0, 10)}  `,
  `Machine: ${machine}  `,
  'Command: `npm run bench` (each figure is measured next to its floor in the same run; the ratio is what to watch).',
  '',
  '## Shipped size (minified, self-contained, brotli quality 11)',
  '',
  '| bundle | raw | gzip | brotli | floor (brotli) | ratio |',
  '|---|---|---|---|---|---|',
  `| core SDK (\`src/core\`) | ${kb(sizes.core!.raw)} | ${kb(sizes.core!.gzip)} | ${kb(sizes.core!.brotli)} | ${kb(sizes['floor-core']!.brotli)} — one authenticated fetch | ${ratio(sizes.core!.brotli, sizes['floor-core']!.brotli)} |`,
  `| whole English flow (\`dist/browser\`: first load and every on-demand chunk but the other languages; budget 61.25 KB) | ${kb(englishFlow.raw)} | ${kb(englishFlow.gzip)} | ${kb(englishFlow.brotli)} | — | — |`,
  `| drop-in element, first load (\`dist/browser/verify-identity.js\` and the chunks it imports, Lit included; budget 31.5 KB) | ${kb(firstLoad.raw)} | ${kb(firstLoad.gzip)} | ${kb(firstLoad.brotli)} | ${kb(sizes['floor-element']!.brotli)} — bare Lit element, \`<dialog>\`, one Floating UI popover | ${ratio(firstLoad.brotli, sizes['floor-element']!.brotli)} |`,
  '',
  ...openSection(open, warm),
  ...memorySection(memory),
  ...pipelineSection(pipeline),
  ...qualitySection(await measureQuality()),
  ...selfieQualitySection(await measureSelfieQuality()),
  ...serverSection(server),
  '## Reading these figures',
  '',
  '- The core SDK is far above its floor because the floor is one bare `fetch`: the difference buys typed errors, retries with backoff and `Retry-After`, idempotent submits, upload progress, response checks, and the status watcher (SSE framed by a small parser of its own, with a polling fallback).',
  '- The drop-in element\'s first load is its modal, the consent step, the session model and the English strings; the later steps, Floating UI (the floor ships it in its one file) and the other languages are chunks fetched on demand (the later steps while the person reads the consent). The budget (`npm run size`, 1000-byte kB) is 31.5 kB.',
  '- Time to the first step moves by tens of milliseconds between runs on this 2-core machine, and by hundreds when other work shares it: then the ratio, not the milliseconds, is what to read, and even it moves by ±0.2. The element sends the session request first and renders what it can in its closed dialog while it is answered (a loading view shows only after 100 ms); then renders the consent step, opens the dialog once that has rendered (one style and layout) and focuses its heading. Where the time goes beyond the floor: more to lay out (the header, the step bar, the consent; its fonts: two weights, five sizes, each a font lookup on a cold page) and Lit\'s first render of more templates. The status stream, the later steps, Floating UI and the consent\'s time estimate (the page\'s first `Intl` format: ICU loads its data) come after the consent is painted.',
  '- The warm opening is the usual case in an app, which imports the package up front and opens the element later: the page has loaded and settled before the element is mounted. Its floor is the strictest there is, a `<dialog>` without a framework filled from the same fetch. Each page\'s first opening and its openings again are told apart: the first also pays for what is done once per page (element classes finalized, style sheets built, templates prepared, code compiled, the first style and layout with these sheets), part of which the package does while the page is idle after loading it (`src/components/verify-identity/warm-up.ts`). The CPU column, the page\'s main-thread thread time from a trace of each warm page, is the steadier comparison when other work shares the machine; wall times then move by a factor of two between runs. What the time is spent on: [docs/performance.md](../docs/performance.md).',
  '',
];
const report = lines.join('\n');
await writeFile(resolve(import.meta.dirname, 'RESULTS.md'), report);
console.log(report);
