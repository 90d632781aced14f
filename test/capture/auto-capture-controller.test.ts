import { expect } from '@open-wc/testing';
import { ImageChecker, type ImageKind, type ImageSource, type QualityProblem, type QualityVerdict } from '../../src/capture/index.js';
import { isVerifyError } from '../../src/core/errors.js';
import { AutoCaptureController, spokenHint, type FrameChecker, type SpokenHint } from '../../src/controllers/auto-capture-controller.js';
import { autoCaptureReducer, initialAutoCapture } from '../../src/capture/auto-capture.js';
import { documentScene } from '../support/scenes.js';
import { TestHost } from '../support/test-host.js';

function verdict(problems: QualityProblem[] = []): QualityVerdict {
  return {
    ok: !problems.length,
    problems,
    metrics: { width: 1280, height: 720, sharpness: 5000, brightness: 130, darkLevel: 60, lightLevel: 220, glare: 0, saturation: 0, clipped: 0, highLevel: 240, balance: 1, fill: 0.5 },
    signature: new Uint8Array(256).fill(100),
  };
}

/** A checker that answers from a script of problems (the last one repeats), and records what it got. */
class FakeChecker implements FrameChecker {
  calls: ImageKind[] = [];
  closed = false;
  readonly script: QualityProblem[][];
  constructor(script: QualityProblem[][]) {
    this.script = script;
  }
  async check(source: ImageSource, kind: ImageKind): Promise<QualityVerdict> {
    if (!(source instanceof Blob)) source.close();
    this.calls.push(kind);
    return verdict(this.script[Math.min(this.calls.length - 1, this.script.length - 1)]);
  }
  close(): void {
    this.closed = true;
  }
}

/** A playing <video> of a still 1280 × 720 card (a canvas stream). */
async function cardVideo(): Promise<HTMLVideoElement> {
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 720;
  canvas.getContext('2d')!.drawImage(documentScene({ width: 1280, height: 720 }), 0, 0);
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = canvas.captureStream();
  document.body.append(video);
  await video.play();
  if (video.readyState < 2) await new Promise((done) => video.addEventListener('loadeddata', done, { once: true }));
  return video;
}

/** Resolves when `test` holds, checking on every controller update (no fixed sleeps). */
function until(host: TestHost, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const original = host.requestUpdate.bind(host);
    host.requestUpdate = () => {
      original();
      if (test()) resolve();
    };
    if (test()) resolve();
  });
}

describe('AutoCaptureController', () => {
  let video: HTMLVideoElement;
  before(async () => {
    video = await cardVideo();
  });
  after(() => {
    (video.srcObject as MediaStream).getTracks().forEach((track) => track.stop());
    video.remove();
  });

  it('hints the problem, then counts down and calls onCapture once when frames are good and steady', async () => {
    const host = new TestHost();
    const checker = new FakeChecker([['dark'], ['dark'], []]);
    let clock = 0;
    let captures = 0;
    const controller = new AutoCaptureController(host, {
      intervalMs: 0,
      holdMs: 300,
      now: () => (clock += 100),
      createChecker: async () => checker,
      onCapture: () => captures++,
    });
    expect(host.controllers).to.deep.equal([controller]);
    const hints: (string | null)[] = [];
    const seen = until(host, () => {
      if (controller.state && controller.verdict) hints.push(controller.state.hint);
      return controller.state?.phase === 'capture';
    });
    await controller.start(video, 'document');
    await seen;
    expect(hints.slice(0, 2)).to.deep.equal(['dark', 'dark']);
    expect(captures).to.equal(1);
    expect(checker.calls.every((kind) => kind === 'document')).to.equal(true);
    controller.hostDisconnected();
    expect(controller.running).to.equal(false);
    expect(checker.closed).to.equal(true);
  });

  it('says "taking the photo" once half the countdown held, and not its breaking off because the picture moved', () => {
    let state = initialAutoCapture();
    let said: SpokenHint = null;
    const heard: SpokenHint[] = [];
    for (const [at, frame] of [[0, verdict(['dark'])], [250, verdict()], [500, verdict()], [850, verdict()]] as const) {
      state = autoCaptureReducer(state, { type: 'frame', at, verdict: frame });
      said = spokenHint(state, said);
      heard.push(said);
    }
    // dark; a countdown just begun (nothing new); 250 of 600 ms (still nothing); 600 ms: capture.
    expect(heard).to.deep.equal(['dark', 'dark', 'dark', 'steady']);
    expect(spokenHint({ ...state, phase: 'adjusting', hint: 'hold_still' }, 'steady'), 'the countdown broke off: nothing new').to.equal('steady');
    expect(spokenHint({ ...state, phase: 'adjusting', hint: 'glare' }, 'steady'), 'another problem is news').to.equal('glare');
    expect(spokenHint({ ...state, phase: 'steadying', progress: 0.5 }, 'glare')).to.equal('steady');
  });

  it('stop() ends the loop: no check starts afterwards', async () => {
    const host = new TestHost();
    const checker = new FakeChecker([['blurry']]);
    // A clock that stands still: checks take no time, so no pause follows them.
    const controller = new AutoCaptureController(host, { intervalMs: 0, now: () => 0, createChecker: async () => checker });
    const twoChecks = until(host, () => checker.calls.length >= 2);
    await controller.start(video, 'selfie');
    await twoChecks;
    controller.stop();
    const count = checker.calls.length;
    // At intervalMs 0 the loop would have run again within these two macrotask turns.
    await new Promise((done) => setTimeout(done, 0));
    await new Promise((done) => setTimeout(done, 0));
    expect(checker.calls.length).to.equal(count);
    expect(controller.running).to.equal(false);
    controller.hostDisconnected();
  });

  it('a failed check is kept in error and the next check still runs', async () => {
    const host = new TestHost();
    let calls = 0;
    const failing: FrameChecker = {
      async check(source) {
        if (!(source instanceof Blob)) source.close();
        if (++calls === 1) throw new Error('worker hiccup');
        return verdict(['glare']);
      },
      close() {},
    };
    const controller = new AutoCaptureController(host, { intervalMs: 0, createChecker: async () => failing });
    const failed = until(host, () => controller.error !== null);
    await controller.start(video, 'document');
    await failed;
    expect((controller.error as Error).message).to.equal('worker hiccup');
    await until(host, () => controller.state?.hint === 'glare');
    expect(controller.error).to.equal(null);
    controller.hostDisconnected();
  });

  it('a check slower than the interval is followed by a pause as long as itself, and the slower frames still capture', async () => {
    const host = new TestHost();
    let clock = 0;
    // Each check takes 1.2 s (a slow phone checking on its main thread), over the 250 ms interval.
    const slow: FrameChecker = {
      async check(source) {
        if (!(source instanceof Blob)) source.close();
        clock += 1200;
        return verdict();
      },
      close() {},
    };
    const waits: number[] = [];
    const original = globalThis.setTimeout;
    // The pauses asked for are recorded and pass at once on this test's clock.
    globalThis.setTimeout = ((handler: () => void, ms = 0) => {
      waits.push(ms);
      return original(() => {
        clock += ms;
        handler();
      }, 0);
    }) as typeof setTimeout;
    try {
      let captures = 0;
      const controller = new AutoCaptureController(host, {
        intervalMs: 250,
        holdMs: 3000,
        now: () => clock,
        createChecker: async () => slow,
        onCapture: () => captures++,
      });
      const captured = until(host, () => controller.state?.phase === 'capture');
      await controller.start(video, 'document');
      await captured;
      expect(captures).to.equal(1);
      expect(waits.length).to.be.at.least(2);
      expect(waits.every((ms) => ms === 1200)).to.equal(true);
      controller.hostDisconnected();
    } finally {
      globalThis.setTimeout = original;
    }
  });

  it('reset() goes back to waiting after a capture', async () => {
    const host = new TestHost();
    let clock = 0;
    const controller = new AutoCaptureController(host, { intervalMs: 0, holdMs: 100, now: () => (clock += 100), createChecker: async () => new FakeChecker([[]]) });
    const captured = until(host, () => controller.state?.phase === 'capture');
    await controller.start(video, 'document');
    await captured;
    controller.stop();
    controller.reset();
    expect(controller.state!.phase).to.equal('waiting');
    controller.hostDisconnected();
  });

  it('follow() samples the video given, leaves the one already sampled running, and stops with null', async () => {
    const host = new TestHost();
    const checker = new FakeChecker([['dark']]);
    const controller = new AutoCaptureController(host, { intervalMs: 0, createChecker: async () => checker });
    const starts: ImageKind[] = [];
    const start = controller.start.bind(controller);
    controller.start = (...args) => (starts.push(args[1]), start(...args));
    controller.follow(video, 'document');
    await until(host, () => checker.calls.length >= 2);
    controller.follow(video, 'document');
    await until(host, () => checker.calls.length >= 4);
    expect(starts, 'not started again for the same video').to.deep.equal(['document']);
    expect(controller.running).to.equal(true);
    controller.follow(null, 'document');
    expect(controller.running).to.equal(false);
    const calls = checker.calls.length;
    controller.follow(video, 'selfie');
    await until(host, () => checker.calls.length > calls + 1);
    expect(controller.running).to.equal(true);
    expect(starts).to.deep.equal(['document', 'selfie']);
    expect(checker.calls.at(-1), 'the kind of the new start').to.equal('selfie');
    controller.hostDisconnected();
  });

  it('with the real engine: frames with no picture are skipped — the hint stays as it was, no error — and the next ones capture', async function () {
    // WebKitGTK 2.50 copies a camera's video fully transparent in its first second and now and then later: such a
    // frame is no picture yet, not a dark, blurred one that would flash "too dark" and restart the countdown.
    this.timeout(30_000);
    const host = new TestHost();
    const blank = new OffscreenCanvas(1280, 720);
    blank.getContext('2d');
    const blurred = documentScene({ width: 1280, height: 720, blur: 3 });
    const sharp = documentScene({ width: 1280, height: 720 });
    const script = [blank, blank, blurred, blurred, blank, blank, blank, blurred, blank, sharp];
    let grabs = 0;
    const real = new ImageChecker();
    /** What the checker answered for each frame, in order. */
    const answers: string[] = [];
    const checker: FrameChecker = {
      async check(source, kind) {
        try {
          const verdict = await real.check(source, kind);
          answers.push(verdict.problems.join(' ') || 'ok');
          return verdict;
        } catch (error) {
          answers.push(isVerifyError(error) ? error.code : String(error));
          throw error;
        }
      },
      close: () => real.close(),
    };
    let clock = 0;
    let captures = 0;
    const controller = new AutoCaptureController(host, {
      intervalMs: 0,
      holdMs: 300,
      now: () => (clock += 100),
      createChecker: async () => checker,
      grabFrame: () => createImageBitmap(script[Math.min(grabs++, script.length - 1)]!),
      onCapture: () => captures++,
    });
    const seen: { phase: string; hint: string | null; error: unknown }[] = [];
    const captured = until(host, () => {
      if (controller.state) seen.push({ phase: controller.state.phase, hint: controller.state.hint, error: controller.error });
      return controller.state?.phase === 'capture';
    });
    await controller.start(video, 'document');
    await captured;
    expect(answers.slice(0, 9)).to.deep.equal(['blank_frame', 'blank_frame', 'blurry', 'blurry', 'blank_frame', 'blank_frame', 'blank_frame', 'blurry', 'blank_frame']);
    // One update at the start (waiting), one per real frame: none for the blank ones.
    const hints = seen.map(({ phase, hint }) => `${phase}${hint ? ` ${hint}` : ''}`);
    expect(hints.slice(0, 4)).to.deep.equal(['waiting', 'adjusting blurry', 'adjusting blurry', 'adjusting blurry']);
    expect(hints.slice(4).every((hint) => hint === 'steadying' || hint === 'capture'), hints.join()).to.equal(true);
    expect(seen.every(({ error }) => error === null)).to.equal(true);
    expect(captures).to.equal(1);
    controller.hostDisconnected();
  });

  it('with the real engine: a still, sharp card from a 1280 × 720 video auto-captures', async function () {
    this.timeout(30_000);
    const host = new TestHost();
    let captures = 0;
    const controller = new AutoCaptureController(host, { intervalMs: 100, holdMs: 300, onCapture: () => captures++ });
    const captured = until(host, () => controller.state?.phase === 'capture');
    await controller.start(video, 'document');
    await captured;
    expect(controller.verdict!.ok, JSON.stringify(controller.verdict!.metrics)).to.equal(true);
    expect(captures).to.equal(1);
    controller.hostDisconnected();
  });
});
