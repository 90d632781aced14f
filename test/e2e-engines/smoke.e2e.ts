// End-to-end smoke suite in Firefox and WebKit: the built demo's smallest page (plain.html, one
// <verify-identity> on the in-page mock backend), driven by role and accessible name as a person would use it.
// The full suite (test/e2e/) runs in Chromium; this one proves the main flows in the other two engines.
//
// `E2E_ENGINES=firefox` (or `webkit`) runs one engine only; WebKit needs an X display (`xvfb-run -a`).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { preview, type PreviewServer } from 'vite';
import { ENGINE_PACE, launchFirefox, launchWebKit, type Engine, type EnginePage } from './engines.js';

const projectRoot = resolve(import.meta.dirname, '../..');
const resultsRoot = resolve(projectRoot, 'test-results/e2e-engines');
const uploadFixture = resolve(projectRoot, 'test/e2e/fixtures/document.png');

// A flow takes 5–10 s here (in Firefox; WebKit takes up to three times as long: ENGINE_PACE); the margin is for a
// loaded 2-core machine. Each step has its own, shorter timeout (engines.ts), so a missing control fails with its name.
const TEST_TIMEOUT = 60_000;

const engines = { firefox: launchFirefox, webkit: launchWebKit };
const chosen = (process.env['E2E_ENGINES'] ?? 'firefox,webkit').split(',').map((name) => name.trim());
for (const name of chosen) {
  if (!Object.hasOwn(engines, name)) throw new Error(`E2E_ENGINES: unknown engine "${name}"`);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// In the page: records the element's status changes and its close, in order, into window.__events (the events
// bubble and are composed, so the document hears them from an element the page creates later too).
const recordEvents = `(() => {
  const events = (window.__events = []);
  const element = document;
  element.addEventListener('verification-status-change', (event) => events.push('status-change ' + event.detail.status));
  element.addEventListener('verification-requires-input', (event) => events.push('requires-input ' + event.detail.lastError?.code));
  element.addEventListener('verification-close', (event) => events.push('close ' + event.detail.reason));
  element.addEventListener('verification-error', (event) => events.push('error ' + event.detail.error.code));
})()`;

let server: PreviewServer;
let baseUrl: string;

before(async () => {
  if (!existsSync(resolve(projectRoot, 'dist-demo/plain.html'))) {
    throw new Error('dist-demo/ is missing: run `npm run build:demo` first (`npm run test:e2e:engines` does).');
  }
  await rm(resultsRoot, { recursive: true, force: true });
  // Port 0: the OS picks a free port, so parallel runs and a running `npm run demo` never collide.
  server = await preview({
    configFile: resolve(projectRoot, 'vite.config.ts'),
    mode: 'demo',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite preview did not report a URL.');
  baseUrl = url;
});

after(async () => {
  await server?.close();
});

for (const name of chosen) {
  describe(`smoke in ${name}`, () => {
    let engine: Engine;
    before(async () => {
      const started = Date.now();
      engine = await engines[name as keyof typeof engines]();
      console.log(`${engine.name} ${engine.version} launched in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
    after(async () => {
      await engine?.close();
    });

    /**
     * Opens a page of the demo for one test (plain.html unless `path` says otherwise), checks the page reported
     * no problem, and closes it however the test ends.
     */
    function scenario(title: string, path: string, body: (page: EnginePage) => Promise<void>): void {
      it(title, { timeout: TEST_TIMEOUT * ENGINE_PACE[name as keyof typeof ENGINE_PACE] }, async () => {
        const page = await engine.newPage();
        try {
          await page.goto(new URL(path, baseUrl).href);
          if (path.startsWith('plain.html')) {
            // plain.ts enables the button once the mock backend (MSW's service worker) answers.
            await page.waitFor({ role: 'button', name: 'Verify your identity', enabled: true });
          } else {
            await page.waitFor({ role: 'status', name: 'Mock backend ready: requests to /v1 are answered by a service worker, in test mode.' });
          }
          await page.evaluate(recordEvents);
          await body(page);
          assert.deepEqual(await page.problems(), []);
        } catch (error) {
          await page.screenshot(resolve(resultsRoot, name, slug(title), 'failure.png')).catch(() => undefined);
          throw error;
        } finally {
          await page.close();
        }
      });
    }

    const heading = (page: EnginePage, text: string) => page.waitFor({ role: 'heading', name: text });

    async function startAndChoosePassport(page: EnginePage, start = 'Verify your identity'): Promise<void> {
      await page.click({ role: 'button', name: start });
      await page.waitFor({ role: 'dialog', name: 'Verify your identity' });
      await heading(page, 'Before you start');
      await page.click({ role: 'button', name: 'Accept and continue' });
      await choosePassport(page);
    }

    async function choosePassport(page: EnginePage): Promise<void> {
      await heading(page, 'Choose your document');
      await page.click({ role: 'radio', name: 'passport' });
      await page.click({ role: 'button', name: 'Continue' });
      await heading(page, 'Photo page of your passport');
    }

    /** The capture step offers the camera or the upload first, depending on the device: switch if needed. */
    async function switchCaptureTo(page: EnginePage, mode: 'camera' | 'upload'): Promise<void> {
      const toCamera = { role: 'button', name: 'Use the camera' };
      const toUpload = { role: 'button', name: 'Upload a photo instead' };
      const offered = await page.first([toCamera, toUpload]);
      if (offered === (mode === 'camera' ? 0 : 1)) await page.click(mode === 'camera' ? toCamera : toUpload);
    }

    async function uploadAndSubmit(page: EnginePage): Promise<void> {
      await switchCaptureTo(page, 'upload');
      await page.upload({ label: 'Choose a photo' }, uploadFixture);
      // The check after the photo: the fixture is a sharp document.
      await page.click({ role: 'button', name: 'Use this photo' });
      await heading(page, 'Check and submit');
      await page.click({ role: 'button', name: 'Submit' });
    }

    scenario('verifies a person who uploads a photo of their passport', 'plain.html', async (page) => {
      await startAndChoosePassport(page);
      await uploadAndSubmit(page);
      await heading(page, 'You are verified');
      await page.click({ role: 'button', name: 'Done' });
      assert.deepEqual(await page.evaluate('window.__events'), ['status-change processing', 'status-change verified', 'close completed']);
    });

    scenario('fails a first attempt, then verifies the person when they try again', 'plain.html?outcome=document_expired', async (page) => {
      await startAndChoosePassport(page);
      await uploadAndSubmit(page);
      await heading(page, 'The check did not go through');
      // The failed attempt spent the client secret: "Try again" gets a fresh one from plain.ts's server.
      await page.click({ role: 'button', name: 'Try again' });
      // An expired document: Try again keeps the document type and asks for its photos again.
      await heading(page, 'Photo page of your passport');
      await uploadAndSubmit(page);
      await heading(page, 'You are verified');
      await page.click({ role: 'button', name: 'Done' });
      assert.deepEqual(await page.evaluate('window.__events'), [
        'status-change processing',
        'requires-input document_expired',
        'status-change requires_input',
        'status-change processing',
        'status-change verified',
        'close completed',
      ]);
    });

    // The full demo, whose server panel sets how long the checks take: long enough to close before they end.
    scenario('closes while the checks run, leaving the session processing', 'index.html', async (page) => {
      await page.fill({ label: 'Processing time (ms)' }, '60000');
      await startAndChoosePassport(page, 'Verify with the element');
      await uploadAndSubmit(page);
      await heading(page, 'Checking your details');
      // Escape closes the modal (dismissed). Closing aborts the status stream that MSW's service worker is serving: the request Firefox reports as
      // aborted, which the allow-list in engines.ts lets through (it is printed, not hidden).
      await page.press('Escape');
      await page.waitFor({ role: 'button', name: 'Verify with the element' });
      assert.deepEqual(await page.evaluate('window.__events'), ['status-change processing', 'close dismissed']);
    });

    scenario('verifies a person who takes the photo with the camera', 'plain.html', async (page) => {
      await startAndChoosePassport(page);
      await switchCaptureTo(page, 'camera');
      // The fake camera films a moving test pattern that the checks refuse: the third photo may be used after a warning.
      const use = { role: 'button', name: 'Use this photo' };
      const useAnyway = { role: 'button', name: 'Use this photo anyway' };
      const retake = { role: 'button', name: 'Retake' };
      for (let attempt = 0; ; attempt++) {
        assert.ok(attempt < 3, 'the third photo may be used');
        // Enabled once the camera preview is live.
        await page.click({ role: 'button', name: 'Take photo', enabled: true });
        await page.waitFor(retake);
        const offered = await page.first([use, useAnyway, retake]);
        if (offered < 2) {
          await page.click(offered === 0 ? use : useAnyway);
          break;
        }
        await page.click(retake);
      }
      await heading(page, 'Check and submit');
      await page.click({ role: 'button', name: 'Submit' });
      await heading(page, 'You are verified');
      await page.click({ role: 'button', name: 'Done' });
      assert.deepEqual(await page.evaluate('window.__events'), ['status-change processing', 'status-change verified', 'close completed']);
    });
  });
}
