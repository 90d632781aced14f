import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';

// One engine per run, chosen by WTR_ENGINE (chromium — the default —, firefox or webkit): `npm run test:unit`,
// `test:firefox` and `test:webkit`. Separate runs keep coverage to Chromium (the only engine that reports it)
// and let WebKit alone run under xvfb-run.
const engine = process.env.WTR_ENGINE ?? 'chromium';

const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // `gc()` for the memory tests: a WeakRef to a captured image must clear once the element lets it go.
  '--js-flags=--expose-gc',
];

function chromium() {
  return chromeLauncher({
    // CHROME_PATH points the tests at another Chromium-based browser.
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs },
  });
}

/**
 * Debian's Firefox ESR through puppeteer-core and WebDriver BiDi (no browser download). Issue 12 saw ESR 140 answer the
 * emulation.setScreenOrientationOverride that setViewport sends with "unknown command"; ESR 153, Debian's now,
 * accepts it, so no workaround is kept.
 */
function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        // A fake camera that getUserMedia opens without asking, as Chromium's --use-fake-* flags do.
        'media.navigator.streams.fake': true,
        'media.navigator.permission.disabled': true,
      },
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic). The launcher starts its own
 * WebKitWebDriver on a free port and stops it with the run. MiniBrowser has no headless mode: run under
 * `xvfb-run -a` (`npm run test:webkit` does).
 */
class WebKitLauncher extends WebdriverLauncher {
  #driver;

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 would otherwise ask for BiDi, which WebKitWebDriver 2.50 does not offer.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          // Without the two media flags getUserMedia throws OverconstrainedError: no camera at all.
          args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'],
        },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const port = await freePort();
    this.options.port = port;
    // One session at a time; --replace-on-new-session lets a new one take over a stale one.
    this.#driver = spawn(process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        // MiniBrowser's GTK style (test/support/minibrowser/) lets its window be narrow enough for a 320 px page.
        XDG_CONFIG_HOME: fileURLToPath(new URL('./test/support/minibrowser', import.meta.url)),
        // A data and cache folder of this run's own (service worker registrations, caches): never shared with another
        // MiniBrowser on the machine.
        XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'wtr-webkit-data-')),
        XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'wtr-webkit-cache-')),
        // Video frames and canvases off GL. With no GPU here, WebKit's GL runs on Mesa's software rasteriser: over a
        // whole run the web process came to spend minutes in it (1.3 GB, its main thread and both llvmpipe threads
        // busy), after which every copy of a camera's video was blank and 10–12 camera tests failed, though each file
        // passed on its own; and it crashed the web process now and then from GStreamer's GL thread and the
        // compositor's (segfaults in swrast_dri.so, in dmesg). The compositor still uses GL.
        WEBKIT_GST_DISABLE_GL_SINK: '1',
        WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1',
      },
    });
    await new Promise((resolve, reject) => {
      this.#driver.once('error', reject);
      this.#driver.once('spawn', resolve);
    });
    // Web Test Runner does not always get to stop() (an interrupted run, a failed start): never leave it behind.
    process.once('exit', () => this.#driver?.kill());
    await waitForPort(port);
  }

  async stop() {
    await super.stop();
    this.#driver?.kill();
  }
}

async function waitForPort(port, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Serves the capture Worker as one file, as both builds ship it (Vite bundles a Worker's imports into it).
 * Served as modules, its imports deadlock in Firefox under MSW's service worker: a module Worker's imports are
 * fetched with the Worker as their client, MSW's worker awaits `clients.get()` of that client before answering,
 * and Firefox resolves it only once the Worker is execution-ready, which needs those imports (mswjs/msw#2654).
 * The Worker then never loaded and every check ran on the main thread after the 3 s wait.
 */
function bundledWorker(path) {
  const entry = fileURLToPath(new URL(`.${path}`, import.meta.url));
  return {
    name: 'bundled-worker',
    async serve(context) {
      if (context.path !== path) return undefined;
      const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
      return { body: outputFiles[0].text, type: 'js' };
    },
  };
}

/**
 * `viewport` (test/support/viewport.ts): Web Test Runner's own `setViewport` drives puppeteer and playwright only and
 * throws for a WebDriver session. There the page is the window's content: the window is resized by what its frame
 * and MiniBrowser's toolbar take, measured, until the page's viewport is the size asked for.
 */
function viewportPlugin() {
  return {
    name: 'viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'viewport') return undefined;
      const { width, height, touch = false } = payload;
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        await page.setViewport({ width, height });
        // `touch`: a touch screen, which Chromium then reports as `(pointer: coarse)`. Through CDP, as puppeteer's own
        // `hasTouch` reloads the page (and ends the test run). Firefox's BiDi session has no CDP: the size alone applies.
        if (engine === 'chromium') {
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: touch, ...(touch && { maxTouchPoints: 5 }) });
          await cdp.detach();
        }
        return true;
      }
      const driver = session.browser.driver;
      if (session.browser.type !== 'webdriver' || !driver) throw new Error(`viewport: not supported for ${session.browser.type}`);
      const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
      let [innerWidth, innerHeight] = await inner();
      for (let tries = 0; tries < 3 && (innerWidth !== width || innerHeight !== height); tries++) {
        const outer = await driver.getWindowSize();
        await driver.setWindowSize(outer.width + width - innerWidth, outer.height + height - innerHeight);
        [innerWidth, innerHeight] = await inner();
      }
      if (innerWidth !== width || innerHeight !== height) {
        throw new Error(`viewport: asked for ${width} × ${height}, the window gives ${innerWidth} × ${innerHeight}`);
      }
      return true;
    },
  };
}

const launchers = { chromium, firefox, webkit: () => new WebKitLauncher() };
if (!Object.hasOwn(launchers, engine)) throw new Error(`WTR_ENGINE=${engine}: expected one of ${Object.keys(launchers).join(', ')}`);

/**
 * How much longer than in Chromium the engine may take for the same work. WebKitGTK is far slower here (software
 * rendering under Xvfb on 2 shared cores), measured in one camera test: 8 s from getUserMedia to the mock camera's
 * first frame, 6 s to encode a 1920×1080 frame as JPEG, 11 s for one axe check; a flow of the element takes 2–3×
 * Chromium's time. Those are the engine's costs on this machine, not waits in the product. Firefox needs no more
 * than Chromium. Tests read it as `ENGINE_PACE` (test/engine-pace.ts) to scale their own waits.
 */
const pace = engine === 'webkit' ? 3 : 1;

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/e2e-engines/**', '!test/node/**', '!test/package/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: test pages share MSW's service worker, and with two pages under load a
  // request-count assertion once saw an extra retry.
  concurrency: 1,
  // Per test, at the engine's pace.
  testFramework: { config: { timeout: 10_000 * pace } },
  // Per test file (default 2 min): at WebKit's pace a file of camera tests comes close, and a file cut off
  // reports no test by name. The accessibility file runs about sixty axe checks, seconds each in WebKit: 10 min
  // on a loaded machine. (Each test keeps its own timeout, so a hung test still fails on its own.)
  testsFinishTimeout: engine === 'webkit' ? 1_200_000 : 120_000,
  // The default page, with the engine's pace for the tests' own waits.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>globalThis.__ENGINE_PACE__ = ${pace};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  // Measured at 99 % of lines and 93 % of branches when set; a run with --coverage below this fails.
  // Only Chromium reports coverage (`npm run test:unit`).
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 95, lines: 95, branches: 88, functions: 95 },
  },
  browsers: [launchers[engine]()],
  middleware: [
    // MSW's worker must be served from the root so that its scope covers the test page.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  plugins: [
    bundledWorker('/src/capture/quality.worker.ts'),
    viewportPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
