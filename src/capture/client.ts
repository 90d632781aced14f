// The main-thread face of the checks and the pipeline: posts work to a module Worker created on
// first use, or runs it on the main thread where Workers or OffscreenCanvas are missing.
import { errorFromWire, imageError } from './errors.js';
import { checkSource, prepareSource } from './pipeline.js';
import { WORKER_READY, type PeerMessage, type WorkerRequest, type WorkerResponse } from './protocol.js';
import type { CheckRegion, ImageKind, ImageSource, PreparedImage, PrepareOptions, QualityThresholds, QualityVerdict } from './types.js';

export interface ImageCheckerOptions {
  /**
   * Run in a Worker. `false` runs on the main thread (blocking it for the length of each check).
   * @default true where `Worker` and `OffscreenCanvas` exist
   */
  worker?: boolean;
  /**
   * Encode each upload's JPEG in a second Worker while the first runs the checks: a photo is ready in about the time
   * of the encode alone on a device with two cores or more. `false`: one Worker does both, in turn.
   * @default true when the checks run in a Worker
   */
  encoderWorker?: boolean;
  /** Overrides of the built-in limits (`THRESHOLDS`), per kind. */
  thresholds?: Partial<Record<ImageKind, Partial<QualityThresholds>>>;
}

type Pending = { resolve: (value: WorkerResponse) => void; reject: (error: unknown) => void };

/**
 * How long a new Worker may take to load before the checks run on the main thread instead: a Worker can
 * hang without an error event (Firefox under MSW's service worker: docs/engine-notes.md).
 */
const WORKER_LOAD_TIMEOUT_MS = 3000;

const canUseWorker = () => typeof Worker === 'function' && typeof OffscreenCanvas === 'function';

/**
 * The one place a Worker is created: the literal `new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`
 * is what Vite recognises to bundle the Worker as a chunk of its own; Web Test Runner's dev server serves the same
 * URL as transformed TypeScript.
 */
const spawnWorker = () => new Worker(new URL('./quality.worker.ts', import.meta.url), { type: 'module' });

/**
 * Checks photos and prepares them for upload. Frames (`ImageBitmap`, `VideoFrame`) are transferred:
 * the caller must not use them afterwards. `close()` ends the Worker; calls still pending reject
 * with an `AbortError` DOMException.
 *
 * ```ts
 * const { ImageChecker } = await import('./capture/index.js'); // a chunk of its own
 * const checker = new ImageChecker();
 * const verdict = await checker.check(await createImageBitmap(video), 'document');
 * const { blob, verdict: onFile } = await checker.prepare(file, 'document'); // throws VerifyError codes 'heic', 'corrupt', …
 * checker.close();
 * ```
 */
export class ImageChecker {
  readonly #options: ImageCheckerOptions;
  #worker: Worker | undefined;
  /** The second Worker, encoding uploads beside the checks once both have loaded. */
  #encoder: Worker | undefined;
  /** Resolves true once the Worker said it loaded, false if it failed or took too long. */
  #ready: Promise<boolean> | undefined;
  /** Ends the wait for the Worker's load (false: use the main thread), and its timer. */
  #endLoadWait: ((ready: boolean) => void) | undefined;
  /** Set when the Worker failed to load or crashed: later calls run on the main thread. */
  #workerFailed = false;
  #closed = false;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  constructor(options: ImageCheckerOptions = {}) {
    this.#options = options;
  }

  /** Whether calls go to a Worker (false after `close()`, or once the Worker failed). */
  get usesWorker(): boolean {
    return !this.#closed && !this.#workerFailed && (this.#options.worker ?? canUseWorker());
  }

  /**
   * The verdict on a camera frame or a file (a file gets `VerifyError` codes as in `prepare`). A frame with no
   * picture (every pixel transparent) rejects with code `blank_frame`: take the next one. `region`: judge only the
   * guide's part of a camera frame (see `CheckRegion`).
   */
  async check(source: ImageSource, kind: ImageKind, region?: CheckRegion): Promise<QualityVerdict> {
    const thresholds = this.#options.thresholds?.[kind];
    if (!(await this.#workerReady())) {
      this.#assertOpen(source);
      return checkSource(source, kind, thresholds, region);
    }
    const response = await this.#post({ id: 0, op: 'check', source, kind, thresholds, region });
    if ('verdict' in response) return response.verdict;
    throw new Error('unexpected answer from the Worker');
  }

  /**
   * An upload-ready JPEG (EXIF orientation applied, downscaled, no metadata, within the byte budget)
   * and the verdict on it. Rejects with `VerifyError` (type `invalid_request`) of code `empty`,
   * `heic`, `unsupported`, `corrupt`, `too_large`, `animated`, `too_many_pixels`, `encode_failed` or `worker_failed`,
   * and for a camera frame with no picture yet `blank_frame`. `region`: a camera frame is judged on the guide's part
   * (see `CheckRegion`); the whole frame is prepared.
   */
  async prepare(source: ImageSource, kind: ImageKind, options: PrepareOptions = {}, region?: CheckRegion): Promise<PreparedImage> {
    const thresholds = this.#options.thresholds?.[kind];
    if (!(await this.#workerReady())) {
      this.#assertOpen(source);
      return prepareSource(source, kind, options, thresholds, region);
    }
    const response = await this.#post({ id: 0, op: 'prepare', source, kind, options, thresholds, region });
    if ('prepared' in response) return response.prepared;
    throw new Error('unexpected answer from the Worker');
  }

  /** Ends the Worker; pending calls reject with an `AbortError`. The checker cannot be used again. */
  close(): void {
    this.#closed = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#encoder?.terminate();
    this.#encoder = undefined;
    this.#endLoadWait?.(false);
    this.#rejectAll(new DOMException('The image checker was closed.', 'AbortError'));
  }

  /** Whether work goes to the Worker: starts it on first use and waits until it has loaded. */
  async #workerReady(): Promise<boolean> {
    if (!this.usesWorker) return false;
    try {
      this.#ensureWorker();
    } catch {
      // The page forbids it: Trusted Types (a `default` policy that refuses the URL), CSP's `worker-src`. The
      // checks and the image pipeline then run here; the photo still never leaves unchecked or with its metadata.
      this.#workerFailed = true;
      return false;
    }
    const ready = await this.#ready!;
    return ready && this.usesWorker;
  }

  #assertOpen(source: ImageSource): void {
    if (!this.#closed) return;
    if (!(source instanceof Blob)) source.close();
    throw new DOMException('The image checker was closed.', 'AbortError');
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = spawnWorker();
    let resolveReady!: (ready: boolean) => void;
    this.#ready = new Promise<boolean>((resolve) => (resolveReady = resolve));
    const settle = (ready: boolean) => {
      clearTimeout(timer);
      this.#endLoadWait = undefined;
      resolveReady(ready);
    };
    const timer = setTimeout(() => {
      this.#fail(worker);
      settle(false);
    }, WORKER_LOAD_TIMEOUT_MS);
    this.#endLoadWait = settle;
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse | typeof WORKER_READY>) => {
      if (event.data === WORKER_READY) {
        settle(true);
        if (this.#options.encoderWorker !== false) this.#startEncoder(worker);
        return;
      }
      const pending = this.#pending.get(event.data.id);
      if (!pending) return;
      this.#pending.delete(event.data.id);
      if ('error' in event.data) pending.reject(errorFromWire(event.data.error));
      else pending.resolve(event.data);
    });
    // A Worker that cannot load (blocked by CSP, script failed) or crashes: pending calls fail,
    // later ones run on the main thread.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      settle(false);
      this.#fail(worker);
      this.#rejectAll(imageError('worker_failed', event.message));
    });
    this.#worker = worker;
    return worker;
  }

  #fail(worker: Worker): void {
    this.#workerFailed = true;
    worker.terminate();
    if (this.#worker === worker) this.#worker = undefined;
    this.#encoder?.terminate();
    this.#encoder = undefined;
  }

  /**
   * Starts the encoding Worker beside `checking` (loaded), and joins the two once it has loaded. Until then, and if
   * it never loads (it is ended with the other) or crashes, `checking` encodes uploads itself: nothing waits for it.
   */
  #startEncoder(checking: Worker): void {
    let encoder: Worker;
    try {
      encoder = spawnWorker();
    } catch {
      return;
    }
    const drop = () => {
      encoder.terminate();
      if (this.#encoder !== encoder) return;
      this.#encoder = undefined;
      // What it was encoding fails as a Worker failure would; later uploads are encoded by `checking` again.
      checking.postMessage({ op: 'encode-with', port: null } satisfies PeerMessage);
    };
    encoder.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (event.data !== WORKER_READY || this.#encoder !== encoder) return;
      const { port1, port2 } = new MessageChannel();
      encoder.postMessage({ op: 'encode-for', port: port2 } satisfies PeerMessage, [port2]);
      checking.postMessage({ op: 'encode-with', port: port1 } satisfies PeerMessage, [port1]);
    });
    encoder.addEventListener('error', (event) => {
      event.preventDefault();
      drop();
    });
    this.#encoder = encoder;
  }

  #post(request: WorkerRequest): Promise<WorkerResponse> {
    this.#assertOpen(request.source);
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      const transfer: Transferable[] = request.source instanceof Blob ? [] : [request.source];
      try {
        worker.postMessage({ ...request, id }, transfer);
      } catch (error) {
        // A frame that was closed or already transferred cannot be sent (DataCloneError).
        reject(error);
        return;
      }
      this.#pending.set(id, { resolve, reject });
    });
  }

  #rejectAll(error: unknown): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const { reject } of pending) reject(error);
  }
}

