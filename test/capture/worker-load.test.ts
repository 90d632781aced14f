import { expect } from '@open-wc/testing';
import { ImageChecker } from '../../src/capture/index.js';
import { useMockBackend } from '../support/backend.js';
import { bitmap, documentScene } from '../support/scenes.js';

describe('ImageChecker: its Worker under the mock backend', () => {
  useMockBackend();
  let checker: ImageChecker | undefined;
  afterEach(() => checker?.close());

  it('checks in its Worker while MSW’s service worker controls the page', async () => {
    expect(navigator.serviceWorker.controller, 'MSW controls the page').to.not.equal(null);
    checker = new ImageChecker();
    const verdict = await checker.check(await bitmap(documentScene({ width: 1280, height: 720 })), 'document');
    expect(verdict.metrics.width).to.equal(1280);
    // A Worker that does not report ready within 3 s is dropped and the checks move to the main thread.
    // Firefox never loaded it when the test server sent it as modules (see bundledWorker in web-test-runner.config.mjs).
    expect(checker.usesWorker, 'the check ran in the Worker').to.equal(true);
  });
});
