// Shared set-up for the end-to-end suite: the built demo served by Vite's preview server in this
// process, one headless Chromium, and a fresh browser context (so a fresh mock backend) per test.

import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FileChooser, type Locator, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const projectRoot = resolve(import.meta.dirname, '../..');
const screenshotRoot = resolve(projectRoot, 'test-results/e2e');

const CHROME_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export const uploadFixture = resolve(import.meta.dirname, 'fixtures/document.png');

export interface DemoPage {
  page: Page;
  /**
   * Saves a screenshot as test-results/e2e/<suite>/<test>/<nn>-<step>.png: of `target` when given, else of what
   * the person sees while the modal is open, else of the whole page.
   */
  shot(step: string, target?: Locator): Promise<void>;
  /** Uncaught errors the page threw; a passing flow has none. */
  pageErrors: Error[];
  /**
   * The next file chooser the page opens (one already opened is kept for it). Choosers are intercepted
   * from the page's creation: `page.waitForEvent('filechooser')` turns interception on asynchronously and
   * can lose the race with the key press that opens one, which headless Chromium then cancels.
   */
  nextFileChooser(): Promise<FileChooser>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The page to open, relative to the demo's base URL. @default '' (the demo, index.html) */
  path?: string;
  /** Resolves once the page can be used. @default the demo's "Mock backend ready" status */
  ready?: (page: Page) => Promise<void>;
  /** `phone`: a phone-sized touch screen (the element then opens the fake camera first). @default 'desktop' */
  device?: 'desktop' | 'phone';
  /** Overrides the device's viewport. @default 1280 × 900 on a desktop, 390 × 844 on a phone */
  viewport?: { width: number; height: number };
}

export interface DemoHarness {
  baseUrl: string;
  open(testName: string, options?: OpenOptions): Promise<DemoPage>;
  close(): Promise<void>;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const demoReady = (page: Page) => page.getByRole('status').filter({ hasText: 'Mock backend ready' }).waitFor();

export interface StartOptions {
  /** This suite's folder of test-results/e2e/, emptied at start so that renamed tests leave nothing behind. */
  screenshots: string;
  /** Headers the preview server adds to every response (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** More Chromium flags (e.g. `--use-file-for-fake-video-capture=…`, which applies to the whole browser). */
  chromeArgs?: string[];
}

export async function startDemo({ screenshots, headers, chromeArgs = [] }: StartOptions): Promise<DemoHarness> {
  const screenshotFolder = resolve(screenshotRoot, screenshots);
  if (!existsSync(resolve(projectRoot, 'dist-demo/index.html'))) {
    throw new Error('dist-demo/ is missing: run `npm run build:demo` first (`npm run test:e2e` does).');
  }
  await rm(screenshotFolder, { recursive: true, force: true });
  // Port 0 lets the OS pick a free port, so parallel runs and a running `npm run demo` never collide.
  const server: PreviewServer = await preview({
    configFile: resolve(projectRoot, 'vite.config.ts'),
    mode: 'demo',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, ...(headers ? { headers } : {}) },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    throw new Error('Vite preview did not report a URL.');
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      args: [...CHROME_ARGS, ...chromeArgs],
    });
  } catch (error) {
    await server.close();
    throw error;
  }

  return {
    baseUrl,
    async open(testName, { path = '', ready = demoReady, device = 'desktop', viewport } = {}) {
      // A separate context per page: no shared storage, service worker or page state, like two devices.
      const context: BrowserContext = await browser.newContext(
        device === 'phone'
          ? { viewport: viewport ?? { width: 390, height: 844 }, isMobile: true, hasTouch: true }
          : { viewport: viewport ?? { width: 1280, height: 900 } },
      );
      await context.grantPermissions(['camera'], { origin: new URL(baseUrl).origin });
      const page = await context.newPage();
      // Well under the test's own timeout, so a missing control fails with its name, not a bare timeout.
      page.setDefaultTimeout(10_000);
      const pageErrors: Error[] = [];
      page.on('pageerror', (error) => pageErrors.push(error));
      const choosers: FileChooser[] = [];
      const waitingForChooser: ((chooser: FileChooser) => void)[] = [];
      page.on('filechooser', (chooser) => {
        const waiting = waitingForChooser.shift();
        if (waiting) waiting(chooser);
        else choosers.push(chooser);
      });
      const folder = resolve(screenshotFolder, slug(testName));
      await mkdir(folder, { recursive: true });
      let count = 0;

      await page.goto(new URL(path, baseUrl).href);
      await ready(page);
      return {
        page,
        pageErrors,
        nextFileChooser() {
          const chooser = choosers.shift();
          return chooser ? Promise.resolve(chooser) : new Promise((resolve) => waitingForChooser.push(resolve));
        },
        async shot(step, target) {
          count += 1;
          const path = resolve(folder, `${String(count).padStart(2, '0')}-${slug(step)}.png`);
          if (target) await target.screenshot({ path });
          else await page.screenshot({ path, fullPage: !(await page.getByRole('dialog').isVisible()) });
        },
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
