import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type CameraErrorCode = 'camera_denied' | 'camera_not_found' | 'camera_in_use' | 'camera_unsupported' | 'camera_failed';

/** Why the camera could not be used. `cause` keeps the browser's original error. */
export class CameraError extends Error {
  override readonly name = 'CameraError';
  readonly code: CameraErrorCode;

  constructor(code: CameraErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

export type CameraState = 'idle' | 'starting' | 'live' | 'error';
export type FacingMode = 'environment' | 'user';

/**
 * What to ask the camera for. A phone (`handheld`: a coarse pointer) is asked for 4 : 3, its sensor's own shape, which
 * it gives upright (3 : 4) when held upright: a 16 : 9 stream in a phone's tall preview loses most of its width to
 * the crop. Elsewhere a 1920 × 1080 webcam picture.
 */
export function videoConstraints(facingMode: FacingMode, handheld: boolean): MediaTrackConstraints {
  if (handheld) return { facingMode: { ideal: facingMode }, width: { ideal: 1920 }, height: { ideal: 1440 }, aspectRatio: { ideal: 4 / 3 } };
  return { facingMode: { ideal: facingMode }, width: { ideal: 1920 }, height: { ideal: 1080 } };
}

export interface CameraControllerOptions {
  /** Where to get the stream from. @default navigator.mediaDevices */
  mediaDevices?: MediaDevices;
}

/** Maps getUserMedia's DOMException names to what the person can do about them. */
function toCameraError(error: unknown): CameraError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return new CameraError('camera_denied', 'Camera access was denied.', error);
    case 'NotFoundError':
    case 'OverconstrainedError':
      return new CameraError('camera_not_found', 'No suitable camera was found.', error);
    case 'NotReadableError':
      return new CameraError('camera_in_use', 'The camera is in use or could not be read.', error);
    default:
      return new CameraError('camera_failed', 'The camera could not be started.', error);
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) {
    track.onended = null;
    track.stop();
  }
}

/**
 * Owns one camera stream for its host: `start()` opens it, `stop()` and the host leaving the DOM
 * stop every track. A start that is superseded (a newer start, `stop()`, disconnection) stops its
 * stream as soon as it arrives and rejects with an `AbortError` DOMException, so no camera is left on.
 */
export class CameraController implements ReactiveController {
  state: CameraState = 'idle';
  stream: MediaStream | null = null;
  error: CameraError | null = null;

  /** Where streams come from; may be replaced between starts. Falls back to `navigator.mediaDevices`. */
  mediaDevices: MediaDevices | undefined;

  readonly #host: ReactiveControllerHost;
  /** Bumped by every start and stop; a pending start whose number is stale gives up. */
  #generation = 0;

  constructor(host: ReactiveControllerHost, options: CameraControllerOptions = {}) {
    this.#host = host;
    this.mediaDevices = options.mediaDevices;
    host.addController(this);
  }

  async start({ facingMode }: { facingMode: FacingMode }): Promise<MediaStream> {
    this.#release();
    const generation = ++this.#generation;
    this.#set('starting', null);

    const mediaDevices = this.mediaDevices ?? globalThis.navigator?.mediaDevices;
    if (typeof mediaDevices?.getUserMedia !== 'function') {
      // No mediaDevices at all: an old browser or a page not served over HTTPS.
      const error = new CameraError('camera_unsupported', 'This browser cannot use a camera here.');
      this.#set('error', error);
      throw error;
    }

    let stream: MediaStream;
    try {
      stream = await mediaDevices.getUserMedia({
        audio: false,
        video: videoConstraints(facingMode, globalThis.matchMedia?.('(pointer: coarse)').matches ?? false),
      });
    } catch (cause) {
      const error = toCameraError(cause);
      if (generation === this.#generation) this.#set('error', error);
      throw error;
    }

    if (generation !== this.#generation) {
      stopTracks(stream);
      throw new DOMException('The camera was stopped before it started.', 'AbortError');
    }
    this.stream = stream;
    const onEnded = () => {
      if (this.stream !== stream) return;
      this.#release();
      this.#set('error', new CameraError('camera_failed', 'The camera stopped unexpectedly.'));
    };
    for (const track of stream.getVideoTracks()) {
      // `ended` fires only when the browser ends the track (device unplugged, permission revoked), never on stop().
      // The handler property hears a script-dispatched `ended` too, which Firefox's addEventListener does not
      // (docs/engine-notes.md); the track is ours alone, and #release() clears the handler when it stops it.
      track.onended = onEnded;
    }
    this.#set('live', null);
    return stream;
  }

  /** Whether the live camera has a light that `setTorch()` can switch (`getCapabilities().torch`). */
  get hasTorch(): boolean {
    const track = this.stream?.getVideoTracks()[0];
    const capabilities = track?.getCapabilities?.() as (MediaTrackCapabilities & { torch?: boolean }) | undefined;
    return capabilities?.torch === true;
  }

  /** Switches the camera's light on or off; false when the device refused. */
  async setTorch(on: boolean): Promise<boolean> {
    const track = this.stream?.getVideoTracks()[0];
    if (!track) return false;
    try {
      // `torch` is not in TypeScript's DOM types yet (Image Capture spec).
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
      return true;
    } catch {
      return false;
    }
  }

  /** How many cameras the device has (0 when it cannot tell, e.g. before permission in some browsers). */
  async countCameras(): Promise<number> {
    const mediaDevices = this.mediaDevices ?? globalThis.navigator?.mediaDevices;
    if (typeof mediaDevices?.enumerateDevices !== 'function') return 0;
    try {
      return (await mediaDevices.enumerateDevices()).filter((device) => device.kind === 'videoinput').length;
    } catch {
      return 0;
    }
  }

  /** Stops every track and cancels a pending start. */
  stop(): void {
    this.#generation++;
    this.#release();
    if (this.state !== 'idle' || this.error) this.#set('idle', null);
  }

  hostDisconnected(): void {
    this.stop();
  }

  #release(): void {
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
  }

  #set(state: CameraState, error: CameraError | null): void {
    this.state = state;
    this.error = error;
    this.#host.requestUpdate();
  }
}
