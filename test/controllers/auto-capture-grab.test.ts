import { expect } from '@open-wc/testing';
import type { ImageSource, QualityVerdict } from '../../src/capture/index.js';
import { AutoCaptureController, type FrameChecker } from '../../src/controllers/auto-capture-controller.js';
import { TestHost } from '../support/test-host.js';

// The controller's own frame grab (no grabFrame option) on a still video, in every engine (issue 12): WebKit
// refuses most `new VideoFrame(video)` of a canvas stream that paints nothing new, which left auto-capture
// with an error instead of a frame.

describe('AutoCaptureController grabbing frames of a still video', () => {
  let video: HTMLVideoElement;
  before(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#dde7f0';
    ctx.fillRect(0, 0, 640, 360);
    ctx.fillStyle = '#2c5d8f';
    ctx.fillRect(40, 40, 200, 120);
    video = document.createElement('video');
    video.muted = true;
    video.srcObject = canvas.captureStream();
    document.body.append(video);
    await video.play();
    if (video.readyState < 2) await new Promise((done) => video.addEventListener('loadeddata', done, { once: true }));
  });
  after(() => {
    (video.srcObject as MediaStream).getTracks().forEach((track) => track.stop());
    video.remove();
  });

  /** Runs the controller's own grab for ten checks; returns the size of each frame and the errors. */
  async function tenChecks(): Promise<{ sizes: number[][]; errors: unknown[] }> {
    const host = new TestHost();
    const sizes: number[][] = [];
    const errors: unknown[] = [];
    const checker: FrameChecker = {
      async check(source: ImageSource): Promise<QualityVerdict> {
        if (source instanceof Blob) throw new Error('expected a frame, got a Blob');
        sizes.push(source instanceof VideoFrame ? [source.displayWidth, source.displayHeight] : [source.width, source.height]);
        source.close();
        return {
          ok: false,
          problems: ['blurry'],
          metrics: { width: 640, height: 360, sharpness: 0, brightness: 130, darkLevel: 60, lightLevel: 220, glare: 0, saturation: 0, clipped: 0, highLevel: 240, balance: 1, fill: 0.5 },
          signature: new Uint8Array(256),
        };
      },
      close() {},
    };
    const controller = new AutoCaptureController(host, { intervalMs: 20, createChecker: async () => checker });
    const done = new Promise<void>((resolve) => {
      const original = host.requestUpdate.bind(host);
      host.requestUpdate = () => {
        original();
        if (controller.error) errors.push(controller.error);
        if (sizes.length + errors.length >= 10) resolve();
      };
    });
    await controller.start(video, 'document');
    await done;
    controller.hostDisconnected();
    return { sizes, errors };
  }

  it('hands the checker a frame at every tick, never an error', async () => {
    const { sizes, errors } = await tenChecks();
    expect(errors.map(String)).to.deep.equal([]);
    expect(sizes.every(([width, height]) => width === 640 && height === 360), JSON.stringify(sizes)).to.equal(true);
  });

  it('takes a bitmap copy when the video refuses to give a VideoFrame, as WebKit does at times', async () => {
    const { VideoFrame: original } = globalThis;
    class Refusing extends original {
      constructor(image: CanvasImageSource, init?: VideoFrameInit) {
        if (image instanceof HTMLVideoElement) throw new DOMException('Video element has no video frame', 'InvalidStateError');
        super(image, init);
      }
    }
    globalThis.VideoFrame = Refusing as unknown as typeof VideoFrame;
    try {
      const { sizes, errors } = await tenChecks();
      expect(errors.map(String)).to.deep.equal([]);
      expect(sizes).to.have.length(10);
    } finally {
      globalThis.VideoFrame = original;
    }
  });
});
