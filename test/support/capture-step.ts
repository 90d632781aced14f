// The capture step as its tests film it: rendered in English, on a scene camera that is stopped after each test,
// with the answers of its checks' Worker watched (or rewritten) on their way back to the step.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { VerifyCaptureStep } from '../../src/components/steps/capture-step.js';
import type { CaptureEvent } from '../../src/components/step-events.js';
import type { FileSide } from '../../src/core/types.js';
import { WORKER_READY, type WorkerRequest, type WorkerResponse } from '../../src/capture/protocol.js';
import { en } from '../../src/locales/en.js';
import { sceneCamera, type SceneCamera, type SceneCameraOptions } from '../capture/scene-camera.js';
import { ENGINE_PACE } from '../engine-pace.js';

export interface CaptureStepOptions {
  side?: FileSide;
  /** @default 'id_card' (none for a selfie) */
  documentType?: string;
  allowUpload?: boolean;
  preferCamera?: boolean;
  mediaDevices?: MediaDevices;
  /** @default 20000, the step's own default */
  checkTimeout?: number;
}

/** The capture step, in English; upload allowed and the camera first unless told otherwise. */
export function renderCaptureStep({
  side = 'front',
  documentType = side === 'selfie' ? undefined : 'id_card',
  allowUpload = true,
  preferCamera = true,
  mediaDevices,
  checkTimeout = 20_000,
}: CaptureStepOptions = {}): Promise<VerifyCaptureStep> {
  return fixture<VerifyCaptureStep>(html`
    <verify-identity-capture-step
      .strings=${en}
      .side=${side}
      .documentType=${documentType}
      .allowUpload=${allowUpload}
      .preferCamera=${preferCamera}
      .mediaDevices=${mediaDevices}
      .checkTimeout=${checkTimeout}
    ></verify-identity-capture-step>
  `);
}

/**
 * Resolves once the step's shutter can be pressed: the camera is live. Not waiting for the preview's first picture:
 * a shutter pressed before it (a blank WebKit copy) waits for it (capture-blank-frames.test.ts).
 */
export async function whenLive(element: VerifyCaptureStep): Promise<void> {
  // The first start of a camera can take over a second when test files run in parallel.
  const shutter = () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part=capture-button]');
  await waitUntil(() => shutter()?.disabled === false, 'the camera never went live', { timeout: 5000 * ENGINE_PACE });
}

/** The step filming `camera`, once its shutter can be pressed. */
export async function filmingStep(camera: SceneCamera, options: Omit<CaptureStepOptions, 'mediaDevices'> = {}): Promise<VerifyCaptureStep> {
  const element = await renderCaptureStep({ ...options, mediaDevices: camera.mediaDevices });
  await whenLive(element);
  return element;
}

/** Makes scene cameras for the tests of the enclosing `describe` (or file); each is stopped after its test. */
export function sceneCameras(): (scene: OffscreenCanvas, options?: SceneCameraOptions) => SceneCamera {
  const running: SceneCamera[] = [];
  afterEach(() => {
    for (const camera of running.splice(0)) camera.stop();
  });
  return (scene, options) => {
    const camera = sceneCamera(scene, options);
    running.push(camera);
    return camera;
  };
}

/**
 * For the enclosing `describe`, the checks' Worker (one per page, private to the steps) runs as it is, but each of
 * its answers goes through `onAnswer`, with the op of the request it answers, before the step sees it; `onAnswer`
 * may rewrite it. Call it before any step of the page makes its checker.
 */
export function watchCheckerAnswers(onAnswer: (answer: WorkerResponse, op: WorkerRequest['op']) => void): void {
  const RealWorker = globalThis.Worker;
  class WatchedWorker extends RealWorker {
    readonly #ops = new Map<number, WorkerRequest['op']>();
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // Added before the client's own listener: the client sees what `onAnswer` rewrote.
      this.addEventListener('message', ({ data }: MessageEvent<WorkerResponse | typeof WORKER_READY>) => {
        if (data !== WORKER_READY) onAnswer(data, this.#ops.get(data.id)!);
      });
    }

    // The client posts every request with a transfer list.
    override postMessage(message: WorkerRequest, transfer?: Transferable[] | StructuredSerializeOptions): void {
      this.#ops.set(message.id, message.op);
      super.postMessage(message, transfer as Transferable[]);
    }
  }
  before(() => (globalThis.Worker = WatchedWorker));
  after(() => (globalThis.Worker = RealWorker));
}

/** Chooses `file` in the step's file input, as the file picker would. */
export function chooseFile(element: VerifyCaptureStep, file: File): void {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Presses "Use this photo" on the check screen and returns what the step handed over. */
export async function usePhoto(element: VerifyCaptureStep): Promise<CaptureEvent['detail']> {
  const heard = oneEvent(element, 'vi-step-complete');
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part=use-photo-button]')!.click();
  return ((await heard) as CaptureEvent).detail;
}
