// The second Worker's part of the image pipeline: it encodes the upload's JPEG while the first Worker runs the
// checks on the same picture. The two take about as long (docs/quality-corpus.md, "Cost"), so on a device with two
// cores or more a photo is ready in about the time of the encode alone. The Workers talk over a MessagePort that
// ImageChecker hands each of them once both have loaded.
import { errorFromWire, errorToWire, imageError, type ErrorOnWire } from './errors.js';
import { drawScaled, encodeWithin, scaledSize, type EncodeJob, type Encoded, type Encoder } from './pipeline.js';

type EncodeRequest = { id: number; image: ImageBitmap; job: EncodeJob };
type EncodeResponse = { id: number; encoded: Encoded } | { id: number; error: ErrorOnWire };

/** The encoding Worker's side: answers each request on `port`. */
export function serveEncoder(port: MessagePort): void {
  port.onmessage = async ({ data: { id, image, job } }: MessageEvent<EncodeRequest>) => {
    let response: EncodeResponse;
    try {
      // At its size already (a frame, a small photo), a bitmap renderer takes the picture over without copying it.
      const { width, height } = scaledSize(job);
      let canvas: ReturnType<typeof drawScaled>;
      if (width === image.width && height === image.height) {
        canvas = new OffscreenCanvas(width, height);
        canvas.getContext('bitmaprenderer')!.transferFromImageBitmap(image);
      } else canvas = drawScaled(image, job);
      image.close();
      response = { id, encoded: await encodeWithin(canvas, job) };
    } catch (error) {
      response = { id, error: errorToWire(error) };
    }
    port.postMessage(response);
  };
}

/** The checking Worker's side: an `Encoder` that sends each picture to the other Worker; `lost()` once that one is gone (it crashed). */
export function peerEncoder(port: MessagePort): Encoder & { lost(): void } {
  const pending = new Map<number, { resolve: (encoded: Encoded) => void; reject: (error: unknown) => void }>();
  const gone = () => imageError('worker_failed', 'The encoding Worker stopped.');
  let nextId = 1;
  let ready = true;
  port.onmessage = ({ data }: MessageEvent<EncodeResponse>) => {
    const request = pending.get(data.id);
    pending.delete(data.id);
    if (!request) return;
    if ('error' in data) request.reject(errorFromWire(data.error));
    else request.resolve(data.encoded);
  };
  return {
    get ready() {
      return ready;
    },
    encode(image, job) {
      if (!ready) {
        image.close();
        return Promise.reject(gone());
      }
      const id = nextId++;
      return new Promise<Encoded>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ id, image, job } satisfies EncodeRequest, [image]);
      });
    },
    lost() {
      ready = false;
      port.close();
      for (const { reject } of pending.values()) reject(gone());
      pending.clear();
    },
  };
}
