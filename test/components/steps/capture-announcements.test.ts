import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { shadow } from './define-steps.js';
import type { VerifyCaptureStep } from '../../../src/components/steps/capture-step.js';
import { WORKER_READY, type WorkerRequest, type WorkerResponse } from '../../../src/capture/protocol.js';
import { en } from '../../../src/locales/en.js';
import { documentScene } from '../../support/scenes.js';
import { sceneCamera, type SceneCamera } from '../../capture/scene-camera.js';
import { ENGINE_PACE } from '../../engine-pace.js';

// A camera that never holds a usable picture long enough: every other auto-capture check comes back "too blurry",
// the others good. Issue 26 saw the announced hint flip "Hold still — taking the photo" / another hint 13 times in
// 20 s on such a camera. The step's checker (one per page, private) runs in a Worker: this one rewrites the
// verdicts of auto-capture's checks, alternating, and leaves the rest alone. Installed before any step of this file
// makes its checker.

const t = en.capture.check;
let checks = 0;

const RealWorker = globalThis.Worker;
class AlternatingWorker extends RealWorker {
  readonly #ops = new Map<number, WorkerRequest['op']>();
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    // Added before the client's own listener: it sees the rewritten verdict.
    this.addEventListener('message', ({ data }: MessageEvent<WorkerResponse | typeof WORKER_READY>) => {
      if (data === WORKER_READY || !('verdict' in data) || this.#ops.get(data.id) !== 'check') return;
      const bad = checks++ % 2 === 0;
      Object.assign(data.verdict, { ok: !bad, problems: bad ? ['blurry'] : [] });
    });
  }

  override postMessage(message: WorkerRequest, transfer?: Transferable[] | StructuredSerializeOptions): void {
    this.#ops.set(message.id, message.op);
    super.postMessage(message, transfer as Transferable[]);
  }
}

describe('<verify-identity-capture-step>: announcements on a camera that flips between good and bad frames', () => {
  before(() => (globalThis.Worker = AlternatingWorker));
  after(() => (globalThis.Worker = RealWorker));
  let camera: SceneCamera | undefined;
  afterEach(() => {
    camera?.stop();
    camera = undefined;
  });

  it('announces the hint once, not its flips: no "taking the photo" for a countdown that never gets going', async function () {
    // The two waits below, each scaled to the engine, and the element's set-up.
    this.timeout((15_000 + 25_000) * ENGINE_PACE + 5_000);
    camera = sceneCamera(documentScene({ width: 1280, height: 720 }));
    const element = await fixture<VerifyCaptureStep>(html`
      <verify-identity-capture-step
        .strings=${en}
        side="front"
        .documentType=${'id_card'}
        .allowUpload=${true}
        .preferCamera=${true}
        .mediaDevices=${camera.mediaDevices}
      ></verify-identity-capture-step>
    `);
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
