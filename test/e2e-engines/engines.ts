// The smoke suite's two browsers behind one small interface: Debian's Firefox ESR through puppeteer-core over
// WebDriver BiDi, and WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic) with webdriverio.
// Playwright cannot drive either build. Elements are found by role and accessible name by in-page.js.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type ElementHandle, type Page as PuppeteerPage } from 'puppeteer-core';
import { remote } from 'webdriverio';

/** What to find: a role and its accessible name, or a form control by its label; `within` another element. */
export type Query = ({ role: string; name: string; enabled?: boolean } | { label: string }) & { within?: Query };

export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Waits for the one element the query names, then clicks it as a person would (the driver's native click). */
  click(query: Query): Promise<void>;
  /** Waits for the one element the query names. */
  waitFor(query: Query): Promise<void>;
  /** Presses a key (a name such as 'Escape') on whatever has the focus. */
  press(key: 'Escape' | 'Enter' | 'Tab'): Promise<void>;
  /** Waits until one of the queries finds its element; returns its index. */
  first(queries: Query[]): Promise<number>;
  /** Waits for the field the query names, then replaces its value by typing `text`. */
  fill(query: Query, text: string): Promise<void>;
  /** Waits for the file input the query names and gives it `path`. */
  upload(query: Query, path: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page (sent as text, so nothing of the test's build leaks in). */
  evaluate<T>(expression: string): Promise<T>;
  /** Uncaught errors, unhandled rejections and console errors so far, less the allow-list (see allowedNoise). */
  problems(): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  /** As docs/browsers.md names it: "Firefox" or "WebKit". */
  name: string;
  version: string;
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

/**
 * How much longer than Firefox the engine may take for the same work: WebKitGTK renders in software under Xvfb and
 * is about three times slower here (the unit suite's ENGINE_PACE, web-test-runner.config.mjs, says why).
 */
export const ENGINE_PACE: Record<'firefox' | 'webkit', number> = { firefox: 1, webkit: 3 };

/** Under load on 2 shared cores a step can take seconds; still well under the test's own timeout. Scaled by ENGINE_PACE. */
const STEP_TIMEOUT = 15_000;

const locateSource = readFileSync(resolve(import.meta.dirname, 'in-page.js'), 'utf8')
  .replace(/^\s*\/\/.*$/gm, '')
  .trim()
  .replace(/;$/, '');

/**
 * Console noise that is not a fault of the page, each entry with the reason it is allowed. Everything else
 * the page reports fails the test.
 */
const allowedNoise: { pattern: RegExp; why: string }[] = [
  {
    // Firefox logs these when the page aborts a request that MSW's service worker is still answering — the
    // status stream, aborted when the modal closes or a final status arrives (issue 12, defect 4). The
    // abort is ours and deliberate; nothing in the page failed.
    pattern: /NS_BINDING_ABORTED|A ServiceWorker intercepted the request and encountered an unexpected error/,
    why: 'Firefox: a request answered by the service worker was aborted by the page',
  },
];

/** The page's problems less the allowed noise, which is printed (so that it stays visible) rather than hidden. */
export function withoutAllowedNoise(engine: string, problems: string[]): string[] {
  return problems.filter((problem) => {
    const allowed = allowedNoise.find(({ pattern }) => pattern.test(problem));
    if (allowed) console.log(`${engine}: allowed (${allowed.why}): ${problem}`);
    return !allowed;
  });
}

function describe(query: Query): string {
  return 'label' in query ? `control labelled "${query.label}"` : `${query.role} named "${query.name}"`;
}

/** Polls `attempt` until one of the queries finds its element; returns its index. */
async function waitForFirst(queries: Query[], attempt: (query: Query) => Promise<unknown>, timeout: number): Promise<number> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const [index, query] of queries.entries()) {
      if (typeof (await attempt(query)) !== 'string') return index;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`none of ${queries.map(describe).join(', ')} after ${timeout / 1000} s`);
}

/** Polls `attempt` (which returns the element or why there is none) until it finds one or time runs out. */
async function waitForElement<T>(query: Query, attempt: () => Promise<T | string>, timeout: number): Promise<T> {
  const deadline = Date.now() + timeout;
  let reason = `no ${describe(query)}`;
  while (Date.now() < deadline) {
    const result = await attempt();
    if (typeof result !== 'string') return result;
    reason = result;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${reason} after ${timeout / 1000} s`);
}

// In the page: collects uncaught errors, unhandled rejections and console errors into window.__problems.
const problemCollector = `(() => {
  if (window.__problems) return;
  const problems = (window.__problems = []);
  addEventListener('error', (event) => problems.push('uncaught: ' + (event.error?.stack ?? event.message)));
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + String(event.reason?.stack ?? event.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { problems.push('console.error: ' + args.map(String).join(' ')); consoleError(...args); };
})()`;

// ---- Firefox ----

export async function launchFirefox(): Promise<Engine> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // A fake camera that getUserMedia opens without asking.
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
    },
  });
  const version = await browser.version();
  return {
    name: 'Firefox',
    version,
    async newPage() {
      const page: PuppeteerPage = await browser.newPage();
      const problems: string[] = [];
      // Over BiDi these come from the start of every document, load included.
      page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      const locate = async (query: Query): Promise<ElementHandle<Element> | string> => {
        const handle = await page.evaluateHandle(`(${locateSource})(${JSON.stringify(query)})`);
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (element) return element;
        const reason = (await handle.jsonValue()) as string;
        await handle.dispose();
        return reason;
      };
      const find = (query: Query) => waitForElement(query, () => locate(query), STEP_TIMEOUT * ENGINE_PACE.firefox);
      return {
        async goto(url) {
          await page.goto(url);
        },
        async click(query) {
          await (await find(query)).click();
        },
        async waitFor(query) {
          await find(query);
        },
        first: (queries) => waitForFirst(queries, locate, STEP_TIMEOUT * ENGINE_PACE.firefox),
        async press(key) {
          await page.keyboard.press(key);
        },
        async fill(query, text) {
          const field = await find(query);
          await field.click({ count: 3 });
          await field.type(text);
        },
        async upload(query, path) {
          await ((await find(query)) as ElementHandle<HTMLInputElement>).uploadFile(path);
        },
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        async problems() {
          return withoutAllowedNoise('Firefox', problems);
        },
        async screenshot(path) {
          await mkdir(dirname(path), { recursive: true });
          await page.screenshot({ path: path as `${string}.png` });
        },
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

// ---- WebKit ----

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port}`);
}

/** MiniBrowser has no headless mode: run under `xvfb-run -a` (the npm script does). */
export async function launchWebKit(): Promise<Engine> {
  const port = await freePort();
  const driver = spawn(process.env['WEBKIT_WEBDRIVER_PATH'] ?? 'WebKitWebDriver', [`--port=${port}`, '--replace-on-new-session'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // A data and cache folder of this run's own (service worker registrations, caches): never shared with another
    // MiniBrowser on the machine.
    env: { ...process.env, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'e2e-webkit-data-')), XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'e2e-webkit-cache-')) },
  });
  let browser: WebdriverIO.Browser;
  try {
    await waitForDriver(port, driver);
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 would otherwise ask for BiDi, which WebKitWebDriver does not offer.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          // Without the two media flags getUserMedia throws OverconstrainedError: no camera at all.
          args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'],
        },
      } as WebdriverIO.Capabilities,
    });
  } catch (error) {
    driver.kill();
    throw error;
  }
  await browser.setWindowSize(1280, 900).catch(() => undefined);
  const version = String(browser.capabilities.browserVersion ?? '');
  // One window, one session (WebKitWebDriver serves one at a time): each test navigates it afresh, which
  // also gives it a fresh in-page mock backend.
  let open = false;
  return {
    name: 'WebKit',
    version,
    async newPage() {
      if (open) throw new Error('WebKit: one page at a time');
      open = true;
      const locate = async (query: Query) => {
        const result = (await browser.execute(`return (${locateSource})(arguments[0])`, query)) as unknown;
        if (typeof result === 'string') return result;
        // An element reference: webdriverio wraps it into an element it can act on.
        return browser.$(result as WebdriverIO.Element);
      };
      const find = (query: Query) => waitForElement(query, () => locate(query), STEP_TIMEOUT * ENGINE_PACE.webkit);
      return {
        async goto(url) {
          await browser.url(url);
          // WebDriver classic cannot run a script before the page's own: errors of the first load are
          // seen only as the page never getting ready, which fails the test by its own name.
          await browser.execute(problemCollector);
        },
        async click(query) {
          await (await find(query)).click();
        },
        async waitFor(query) {
          await find(query);
        },
        first: (queries) => waitForFirst(queries, locate, STEP_TIMEOUT * ENGINE_PACE.webkit),
        async press(key) {
          await browser.keys(key);
        },
        async fill(query, text) {
          await (await find(query)).setValue(text);
        },
        async upload(query, path) {
          await (await find(query)).addValue(path);
        },
        evaluate: <T>(expression: string) => browser.execute(`return (${expression})`) as Promise<T>,
        async problems() {
          const problems = ((await browser.execute('return window.__problems ?? []')) as string[]) ?? [];
          return withoutAllowedNoise('WebKit', problems);
        },
        async screenshot(path) {
          await mkdir(dirname(path), { recursive: true });
          await browser.saveScreenshot(path);
        },
        async close() {
          await browser.url('about:blank').catch(() => undefined);
          open = false;
        },
      };
    },
    async close() {
      await browser.deleteSession().catch(() => undefined);
      driver.kill();
    },
  };
}
