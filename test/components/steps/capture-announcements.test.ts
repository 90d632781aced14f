import { expect, waitUntil } from '@open-wc/testing';
import { shadow } from './define-steps.js';
import { en } from '../../../src/locales/en.js';
import { documentScene } from '../../support/scenes.js';
import { renderCaptureStep, sceneCameras, watchCheckerAnswers } from '../../support/capture-step.js';
import { ENGINE_PACE } from '../../engine-pace.js';

// A camera that never holds a usable picture long enough: every other auto-capture check comes back "too blurry",
// the others good. Issue 26 saw the announced hint flip "Hold still — taking the photo" / another hint 13 times in
// 20 s on such a camera. The verdicts of auto-capture's checks are rewritten on their way from the checks' Worker,
// alternating; the rest is left alone.

const t = en.capture.check;
let checks = 0;

describe('<verify-identity-capture-step>: announcements on a camera that flips between good and bad frames', () => {
  watchCheckerAnswers((answer, op) => {
    if (!('verdict' in answer) || op !== 'check') return;
    const bad = checks++ % 2 === 0;
    Object.assign(answer.verdict, { ok: !bad, problems: bad ? ['blurry'] : [] });
  });
  const film = sceneCameras();

  it('announces the hint once, not its flips: no "taking the photo" for a countdown that never gets going', async function () {
    // The two waits below, each scaled to the engine, and the element's set-up.
    this.timeout((15_000 + 25_000) * ENGINE_PACE + 5_000);
    const camera = film(documentScene({ width: 1280, height: 720 }));
    const element = await renderCaptureStep({ mediaDevices: camera.mediaDevices });
    const region = shadow(element).querySelector<HTMLElement>('[aria-live=polite]')!;
    await waitUntil(() => region.textContent!.trim() !== '', 'a first hint is announced', { timeout: 15_000 * ENGINE_PACE });
    const said = [region.textContent!.trim()];
    const observer = new MutationObserver(() => {
      const text = region.textContent!.trim();
      if (text !== said.at(-1)) said.push(text);
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    // Time is the subject: at least six seconds of frames (four 1.5 s announcement slots), and at least nine checks,
    // which WebKit's Worker takes longer for since the document search (one every one to three seconds there).
    const checksBefore = checks;
    const start = performance.now();
    await waitUntil(() => checks - checksBefore > 8 && performance.now() - start >= 6000, 'auto-capture kept checking frames', {
      timeout: 25_000 * ENGINE_PACE,
      interval: 100,
    }).catch(() => undefined);
    observer.disconnect();
    expect(checks - checksBefore, 'auto-capture kept checking frames').to.be.greaterThan(8);
    expect(shadow(element).querySelector('[part=verdict]'), 'never good long enough to be taken').to.equal(null);
    expect(said).to.deep.equal([t.problems.blurry]);
  });
});
