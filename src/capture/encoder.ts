// The second Worker's part of the image pipeline: it encodes the upload's JPEG while the first Worker runs the
// checks on the same picture. The two take about as long (docs/quality-corpus.md, "Cost"), so on a device with two
// cores or more a photo is ready in about the time of the encode alone. The Workers talk over a MessagePort that
// ImageChecker hands each of them once both have loaded.
import { isVerifyError } from '../core/errors.js';
import { imageError, isImageErrorCode } from './errors.js';
import { encodeWithin, type EncodeJob, type Encoded, type Encoder } from './pipeline.js';

type EncodeRequest = { id: number; image: ImageBitmap; job: EncodeJob };
type EncodeResponse = { id: number; encoded: Encoded } | { id: number; error: { code: string; message: string } };

/** The encoding Worker's side: answers each request on `port`. */
export function serveEncoder(port: MessagePort): void {
  port.onmessage = async ({ data: { id, image, job } }: MessageEvent<EncodeRequest>) => {
    let response: EncodeResponse;
    try {
      response = { id, encoded: await encodeWithin(image, job) };
    } catch (error) {
      // Anything but our own errors (out of memory) is a failure to produce the image.
      response = { id, error: { code: isVerifyError(error) ? error.code : 'encode_failed', message: error instanceof Error ? error.message : String(error) } };
    }
    port.postMessage(response);
  };
}

/** The checking Worker's side: an `Encoder` that sends each picture to the other Worker. */
export class PeerEncoder implements Encoder {
  readonly #port: MessagePort;
  readonly #pending = new Map<number, { resolve: (encoded: Encoded) => void; reject: (error: unknown) => void }>();
  #nextId = 1;
  #lost = false;

  constructor(port: MessagePort) {
    this.#port = port;
    port.onmessage = ({ data }: MessageEvent<EncodeResponse>) => {
      const pending = this.#pending.get(data.id);
      if (!pending) return;
      this.#pending.delete(data.id);
      if ('error' in data) pending.reject(imageError(isImageErrorCode(data.error.code) ? data.error.code : 'encode_failed', data.error.message));
      else pending.resolve(data.encoded);
    };
  }

  get ready(): boolean {
    return !this.#lost;
  }

  encode(image: ImageBitmap, job: EncodeJob): Promise<Encoded> {
    if (this.#lost) {
      image.close();
      return Promise.reject(imageError('worker_failed', 'The encoding Worker stopped.'));
    }
    const id = this.#nextId++;
    return new Promise<Encoded>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#port.postMessage({ id, image, job } satisfies EncodeRequest, [image]);
    });
  }

  /** The other Worker is gone (it crashed): what it was encoding is lost. */
  lost(): void {
    this.#lost = true;
    this.#port.close();
    for (const { reject } of this.#pending.values()) reject(imageError('worker_failed', 'The encoding Worker stopped.'));
    this.#pending.clear();
  }
}
