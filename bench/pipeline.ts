// The capture engine's benchmarks (issue 9): the image pipeline against a bare floor, auto-capture
// checks on a 1280 × 720 camera stream, and what a 12 MP photo becomes before upload. Headless
// Chromium through playwright-core; every figure next to a floor measured in the same run.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
// localhost is a secure context (getUserMedia); every request is answered by page.route, nothing listens.
const ORIGIN = 'http://localhost:4599';
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// The floor: the least a page can do for the same upload-ready JPEG — decode, resize, encode, in a
// bare Worker, same messaging, no checks, no byte budget.
const FLOOR_WORKER = `
self.onmessage = async ({ data }) => {
  const image = data.source instanceof Blob ? await createImageBitmap(data.source, { imageOrientation: 'from-image' }) : data.source;
  const scale = Math.min(1, data.maxLongSide / Math.max(image.width, image.height));
  const canvas = new OffscreenCanvas(Math.round(image.width * scale), Math.round(image.height * scale));
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  image.close();
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: data.quality });
  self.postMessage({ size: blob.size });
};`;

// The page's entry: the capture engine as an app would load it (a chunk and a Worker chunk), and the
// test fixtures that generate photos.
const ENTRY = `
export * as capture from '${root}/src/capture/index.ts';
export * as fixtures from '${root}/test/support/scenes.ts';
export * as jpeg from '${root}/test/capture/jpeg.ts';
export * as corpus from '${root}/test/support/corpus.ts';
export * as selfies from '${root}/test/support/selfie-scenes.ts';
`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };

export async function buildPage(): Promise<{ dir: string; files: Map<string, Buffer> }> {
  const dir = await mkdtemp(join(tmpdir(), 'verify-identity-bench-pipeline-'));
  await writeFile(join(dir, 'entry.ts'), ENTRY);
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    // Relative URLs, so the Worker chunk is found beside the module that creates it.
    base: './',
    build: {
      outDir: join(dir, 'out'),
      target: 'es2022',
      minify: true,
      lib: { entry: join(dir, 'entry.ts'), formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const files = new Map<string, Buffer>();
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir(join(dir, 'out'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set('/' + path.slice(join(dir, 'out').length + 1), await readFile(path));
  }
  files.set('/floor-worker.js', Buffer.from(FLOOR_WORKER));
  // tsx compiles the page functions below with esbuild's keepNames, which calls a `__name` helper.
  files.set('/', Buffer.from(`<!doctype html><script>window.__name = (f) => f;</script><video muted playsinline></video><script type="module">import * as bench from './entry.js'; window.bench = bench; window.benchReady = true;</script>`));
  return { dir, files };
}

export async function openPage(browser: Browser, files: Map<string, Buffer>): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = files.get(path);
    return body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ contentType: path === '/' ? 'text/html' : (TYPES[extname(path)] ?? 'application/octet-stream'), body });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady);
  return page;
}

export interface PipelineCase {
  name: string;
  inputBytes: number;
  runs: number;
  median: number;
  floor: number;
  longTasks: number;
  longestTask: number;
  outputBytes: number;
  width: number;
  height: number;
  exifIn: boolean;
  exifOut: boolean;
  gpsOut: boolean;
}

export interface StreamResult {
  /** How the main thread takes each frame from the <video>. */
  grab: 'VideoFrame' | 'createImageBitmap';
  /** The auto-capture phase reached on the steady card (`capture` expected). */
  phase: string;
  seconds: number;
  checks: number;
  checksPerSecond: number;
  /** Main-thread task time per checked frame, from Chromium's own counter, minus the same stream left alone. */
  mainMsPerFrame: number;
  /** The synchronous part of each sample on the main thread (taking the frame + postMessage + reducer), median. */
  syncMsPerFrame: number;
  floorMainMsPerSecond: number;
  longTasks: number;
  width: number;
  height: number;
}

/** (a) + (c): the pipeline on a 12 MP phone JPEG (with EXIF GPS) and on a 1920 × 1080 frame. */
async function measurePipelineCases(page: Page, runs: number): Promise<PipelineCase[]> {
  return page.evaluate(async (runs) => {
    type Bench = typeof import('./pipeline-page-types.js');
    const { capture, fixtures, jpeg } = (window as unknown as { bench: Bench }).bench;
    const longTasks: PerformanceEntry[] = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
    const checker = new capture.ImageChecker();
    const floorWorker = new Worker('./floor-worker.js');
    const floor = (source: Blob | ImageBitmap, maxLongSide: number) =>
      new Promise<number>((done) => {
        floorWorker.onmessage = () => done(0);
        floorWorker.postMessage({ source, maxLongSide, quality: capture.DEFAULT_QUALITY }, source instanceof Blob ? [] : [source]);
      });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const photo = await jpeg.withExif(await fixtures.jpeg(fixtures.documentScene({ width: 4032, height: 3024 }), 0.92), 6);
    const frameScene = fixtures.documentScene({ width: 1920, height: 1080 });
    const cases = [
      { name: '12 MP JPEG (4032 × 3024, EXIF with GPS) → 2000 px', make: async () => photo as Blob | ImageBitmap },
      { name: '1920 × 1080 camera frame (ImageBitmap)', make: () => createImageBitmap(frameScene) as Promise<Blob | ImageBitmap> },
    ];
    const results = [];
    for (const { name, make } of cases) {
      // One warm-up each: the Worker's first load and the encoder's first run are not what we measure.
      await checker.prepare(await make(), 'document');
      await floor(await make(), 2000);
      const times: number[] = [];
      const floors: number[] = [];
      let prepared: Awaited<ReturnType<typeof checker.prepare>> | undefined;
      const windows: [number, number][] = [];
      for (let i = 0; i < runs; i++) {
        let source = await make();
        let start = performance.now();
        await floor(source, 2000);
        floors.push(performance.now() - start);
        source = await make();
        start = performance.now();
        prepared = await checker.prepare(source, 'document');
        const end = performance.now();
        times.push(end - start);
        windows.push([start, end]);
      }
      // Long tasks are only delivered after they end: give the observer a moment.
      await new Promise((done) => setTimeout(done, 100));
      const during = longTasks.filter((task) => windows.some(([from, to]) => task.startTime < to && task.startTime + task.duration > from));
      const output = new Uint8Array(await prepared!.blob.arrayBuffer());
      const input = photo instanceof Blob ? new Uint8Array(await photo.arrayBuffer()) : new Uint8Array();
      results.push({
        name,
        inputBytes: name.startsWith('12') ? input.length : 1920 * 1080 * 4,
        runs,
        median: median(times),
        floor: median(floors),
        longTasks: during.length,
        longestTask: Math.max(0, ...during.map((task) => task.duration)),
        outputBytes: output.length,
        width: prepared!.width,
        height: prepared!.height,
        exifIn: name.startsWith('12') ? jpeg.hasExif(input) : false,
        exifOut: jpeg.hasExif(output),
        gpsOut: jpeg.contains(output, 'GPSCAM'),
      });
    }
    checker.close();
    floorWorker.terminate();
    return results;
  }, runs);
}

/** 30 frames of a steady 1280 × 720 card with fresh sensor noise each, as concatenated JPEGs (MJPEG). */
async function cameraFile(page: Page, path: string): Promise<void> {
  const frames = await page.evaluate(async () => {
    type Bench = typeof import('./pipeline-page-types.js');
    const { fixtures } = (window as unknown as { bench: Bench }).bench;
    const out: string[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const blob = await fixtures.jpeg(fixtures.documentScene({ width: 1280, height: 720, seed }), 0.9);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      out.push(btoa(text));
    }
    return out;
  });
  await writeFile(path, Buffer.concat(frames.map((frame) => Buffer.from(frame, 'base64'))));
}

/** (b): checks per second on the fake camera's 1280 × 720 stream, one check in flight, and the main thread's share. */
async function measureStream(page: Page, seconds: number, grab: StreamResult['grab']): Promise<StreamResult> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')!.value;
  };
  await page.evaluate(async () => {
    const video = document.querySelector('video')!;
    if (video.srcObject) return;
    video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
    await video.play();
    await new Promise((done) => setTimeout(done, 500));
  });
  // The floor: the same page with the stream playing and nothing sampling it.
  const idleStart = await taskSeconds();
  await page.waitForTimeout(seconds * 1000);
  const idle = (await taskSeconds()) - idleStart;
  const busyStart = await taskSeconds();
  const result = await page.evaluate(async ({ seconds, grab }) => {
    type Bench = typeof import('./pipeline-page-types.js');
    const { capture } = (window as unknown as { bench: Bench }).bench;
    const video = document.querySelector('video')!;
    const longTasks: PerformanceEntry[] = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
    const checker = new capture.ImageChecker();
    // A VideoFrame wraps the frame the video shows (no copy); createImageBitmap converts it to RGBA on the spot.
    const sample = (): Promise<ImageBitmap | VideoFrame> | VideoFrame => (grab === 'VideoFrame' ? new VideoFrame(video) : createImageBitmap(video));
    await checker.check(await sample(), 'document');
    let state = capture.initialAutoCapture();
    const sync: number[] = [];
    let checks = 0;
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const t0 = performance.now();
      const pending = sample();
      const t1 = performance.now();
      const frame = await pending;
      const t2 = performance.now();
      const verdictPromise = checker.check(frame, 'document');
      const t3 = performance.now();
      const verdict = await verdictPromise;
      const t4 = performance.now();
      state = capture.autoCaptureReducer(state, { type: 'frame', at: t4, verdict });
      sync.push(t1 - t0 + (t3 - t2) + (performance.now() - t4));
      checks++;
    }
    checker.close();
    await new Promise((done) => setTimeout(done, 100));
    sync.sort((a, b) => a - b);
    return { checks, sync: sync[Math.floor(sync.length / 2)]!, longTasks: longTasks.length, width: video.videoWidth, height: video.videoHeight, phase: state.phase };
  }, { seconds, grab });
  const busy = (await taskSeconds()) - busyStart;
  await cdp.detach();
  return {
    grab,
    phase: result.phase,
    seconds,
    checks: result.checks,
    checksPerSecond: result.checks / seconds,
    mainMsPerFrame: (Math.max(0, busy - idle) * 1000) / result.checks,
    syncMsPerFrame: result.sync,
    floorMainMsPerSecond: (idle * 1000) / seconds,
    longTasks: result.longTasks,
    width: result.width,
    height: result.height,
  };
}

export async function measurePipeline(runs = 21, streamSeconds = 5): Promise<{ cases: PipelineCase[]; streams: StreamResult[] }> {
  const { dir, files } = await buildPage();
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  try {
    let cases: PipelineCase[];
    const camera = join(dir, 'camera.mjpeg');
    const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
    try {
      const page = await openPage(browser, files);
      cases = await measurePipelineCases(page, runs);
      await cameraFile(page, camera);
    } finally {
      await browser.close();
    }
    // The fake camera plays the file: a steady card, as a person holding still would give.
    const cameraBrowser = await chromium.launch({
      executablePath,
      args: [...CHROME_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${camera}`],
    });
    try {
      const page = await openPage(cameraBrowser, files);
      const streams = [await measureStream(page, streamSeconds, 'VideoFrame'), await measureStream(page, streamSeconds, 'createImageBitmap')];
      return { cases, streams };
    } finally {
      await cameraBrowser.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The Markdown section of bench/RESULTS.md for these figures. */
export function pipelineSection({ cases, streams }: Awaited<ReturnType<typeof measurePipeline>>): string[] {
  const runs = cases[0]?.runs ?? 0;
  const photo = cases.find((row) => row.exifIn);
  return [
    `## Capture: image pipeline (headless Chromium, median of ${runs} runs each)`,
    '',
    'From `ImageChecker.prepare()` called on the main thread to the upload-ready JPEG back (decode with EXIF orientation, downscale to 2000 px, the quality checks, JPEG within 1 MB): the checks in the module Worker, the JPEG drawn at its upload size and encoded meanwhile in a second Worker it hands the decoded picture to (transferred, not copied). The floor does only decode + resize + `convertToBlob` at the same quality in one bare Worker, with the same messaging. Long tasks: main-thread tasks over 50 ms (`PerformanceObserver` `longtask`) while the pipeline runs.',
    '',
    '| input | median | floor | ratio | main-thread long tasks | output |',
    '|---|---|---|---|---|---|',
    ...cases.map(
      (row) =>
        `| ${row.name} | ${ms(row.median)} | ${ms(row.floor)} | ${(row.median / row.floor).toFixed(2)}× | ${row.longTasks}${row.longTasks ? ` (longest ${ms(row.longestTask)})` : ''} | ${row.width} × ${row.height}, ${kb(row.outputBytes)} |`,
    ),
    '',
    '## Capture: bytes uploaded for a 12 MP photo',
    '',
    '| what | input | uploaded | EXIF segment (APP1) | GPS data |',
    '|---|---|---|---|---|',
    photo
      ? `| 12 MP phone JPEG, EXIF with orientation and GPS | ${kb(photo.inputBytes)}, EXIF ${photo.exifIn ? 'present' : 'absent'} | ${kb(photo.outputBytes)} (budget 977 KB = 1 000 000 bytes) | ${photo.exifOut ? 'present' : 'none'} | ${photo.gpsOut ? 'present' : 'none'} |`
      : '| (not measured) | | | | |',
    '',
    `## Capture: auto-capture checks on a 1280 × 720 camera stream (${streams[0]?.seconds ?? 0} s each)`,
    '',
    'The fake camera plays a steady generated card (`--use-file-for-fake-video-capture`, 30 noisy MJPEG frames); the page takes a frame from the `<video>`, transfers it to the Worker, waits for the verdict and feeds the auto-capture reducer, one check in flight. Main-thread time: Chromium\'s own counter (`Performance.getMetrics` TaskDuration) over the window, minus the same page with the stream playing and nothing sampling it (the floor), per checked frame; and the synchronous part of each sample measured in the page (median).',
    '',
    '| frame taken with | checks / s | main-thread ms per check (counter − floor) | synchronous ms per check (median) | floor: main thread with the stream alone | long tasks | auto-capture |',
    '|---|---|---|---|---|---|---|',
    ...streams.map(
      (row) =>
        `| \`${row.grab === 'VideoFrame' ? 'new VideoFrame(video)' : 'createImageBitmap(video)'}\` | ${row.checksPerSecond.toFixed(1)} | ${row.mainMsPerFrame.toFixed(2)} | ${row.syncMsPerFrame.toFixed(2)} | ${row.floorMainMsPerSecond.toFixed(1)} ms/s | ${row.longTasks} | ${row.phase} |`,
    ),
    '',
    '- The checks add a draw to a 960 px canvas, `getImageData` and two passes over its pixels (the checks, the document search) to the floor\'s decode, resize and encode: about as long as the encode of a 1920 × 1080 frame, so they run beside it, on another core. Without a second core free (a loaded machine, a single-core device) the two Workers take turns and a frame takes about twice its floor, as when one Worker did both (docs/quality-corpus.md, "Cost").',
    '- `createImageBitmap(video)` converts the frame to RGBA on the main thread, synchronously, without a GPU: tens to hundreds of ms and a long task per frame. `new VideoFrame(video)` only wraps the frame; the Worker converts it. `AutoCaptureController` takes frames that way where WebCodecs exists. The counter-based figure counts every main-thread task the sampling causes (message events, promise jobs, garbage collection), the synchronous figure only our own code; both move with the load of the machine.',
    '',
  ];
}
