import { expect, waitUntil } from '@open-wc/testing';
import { ImageChecker } from '../../src/capture/index.js';
import { documentScene, jpeg } from '../support/scenes.js';

type PreparedLike = Awaited<ReturnType<ImageChecker['prepare']>>;

/** What ImageChecker does with its Workers: each one created, the joining messages it posts, and each picture sent to be encoded. */
function recordWorkers() {
  const record = { created: [] as Worker[], ops: [] as string[], encodes: 0 };
  const Real = globalThis.Worker;
  globalThis.Worker = class extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      record.created.push(this);
    }
    override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
      const transfer = Array.isArray(options) ? options : (options?.transfer ?? []);
      const op = (message as { op?: string } | null)?.op;
      if (op === 'encode-with' || op === 'encode-for') record.ops.push(op);
      if (op !== 'encode-for') return super.postMessage(message, transfer);
      // The encoding Worker's port, relayed through here so that each picture it is sent is counted.
      const original = (message as { port: MessagePort }).port;
      const relay = new MessageChannel();
      original.onmessage = ({ data }: MessageEvent<{ image: ImageBitmap }>) => {
        record.encodes++;
        relay.port1.postMessage(data, [data.image]);
      };
      relay.port1.onmessage = ({ data }) => original.postMessage(data);
      super.postMessage({ op, port: relay.port2 }, [relay.port2]);
    }
  } as typeof Worker;
  return { record, restore: () => (globalThis.Worker = Real) };
}

const same = (a: PreparedLike, b: PreparedLike) => {
  expect([a.width, a.height, a.quality, a.blob.size]).to.deep.equal([b.width, b.height, b.quality, b.blob.size]);
  expect(a.verdict).to.deep.equal(b.verdict);
};

describe('ImageChecker: the encoding Worker beside the checks', () => {
  let workers: ReturnType<typeof recordWorkers>;
  const checkers: ImageChecker[] = [];
  beforeEach(() => (workers = recordWorkers()));
  afterEach(() => {
    workers.restore();
    for (const checker of checkers.splice(0)) checker.close();
  });

  /** A checker whose two Workers have loaded and been joined. */
  async function joinedChecker(): Promise<ImageChecker> {
    const checker = new ImageChecker();
    checkers.push(checker);
    await checker.check(await createImageBitmap(documentScene({ width: 320, height: 180 })), 'document');
    await waitUntil(() => workers.record.ops.includes('encode-with'), 'the two Workers are joined', { timeout: 5000 });
    return checker;
  }

  it('encodes each upload in the second Worker: the same JPEG and verdict as one Worker doing both', async () => {
    const two = await joinedChecker();
    const one = new ImageChecker({ encoderWorker: false });
    checkers.push(one);
    const file = await jpeg(documentScene({ noise: 10, glare: 0.06 }));
    same(await two.prepare(file, 'document'), await one.prepare(file, 'document'));
    expect(workers.record.created, 'two Workers, then one').to.have.length(3);
    expect(workers.record.encodes, 'encoded by the second Worker').to.equal(1);
    // The byte budget's lower qualities and smaller sizes are tried there too.
    same(await two.prepare(file, 'document', { maxBytes: 40_000 }), await one.prepare(file, 'document', { maxBytes: 40_000 }));
    const frame = await createImageBitmap(documentScene());
    const prepared = await two.prepare(frame, 'document');
    expect([prepared.width, prepared.height, prepared.verdict.ok]).to.deep.equal([1920, 1080, true]);
    expect(workers.record.encodes).to.equal(3);
  });

  it('two uploads asked for in one task are both encoded there, each with its own size', async () => {
    const two = await joinedChecker();
    const [document, selfie] = await Promise.all([
      two.prepare(await createImageBitmap(documentScene()), 'document'),
      two.prepare(await createImageBitmap(documentScene({ width: 1280, height: 720 })), 'selfie'),
    ]);
    expect([document.width, document.height]).to.deep.equal([1920, 1080]);
    expect([selfie.width, selfie.height]).to.deep.equal([1000, 563]);
    const decoded = await createImageBitmap(selfie.blob);
    expect([decoded.width, decoded.height], 'the JPEG is the selfie, not the document').to.deep.equal([1000, 563]);
    expect(workers.record.encodes).to.equal(2);
  });

  it('a blank camera frame still throws blank_frame, its JPEG dropped, and the next upload is fine', async () => {
    const two = await joinedChecker();
    const blank = new OffscreenCanvas(640, 360);
    blank.getContext('2d')!.clearRect(0, 0, 640, 360);
    const error = await two.prepare(await createImageBitmap(blank), 'document').catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).to.equal('blank_frame');
    expect((await two.prepare(await jpeg(documentScene()), 'document')).verdict.ok).to.equal(true);
  });

  it('if the encoding Worker crashes, what it was encoding fails as worker_failed and later uploads are encoded by the first', async () => {
    const two = await joinedChecker();
    const file = await jpeg(documentScene());
    const inFlight = two.prepare(file, 'document').catch((caught: unknown) => caught);
    // In the same task as the request: the first Worker hears of the crash before it has a picture to send.
    workers.record.created[1]!.dispatchEvent(new ErrorEvent('error', { message: 'crashed', cancelable: true }));
    const outcome = await inFlight;
    // Either it was encoded by the first Worker (the crash heard before the picture was sent) or it failed as a Worker does.
    if ('blob' in (outcome as object)) expect((outcome as PreparedLike).verdict.ok).to.equal(true);
    else expect((outcome as { code?: string }).code).to.equal('worker_failed');
    expect(workers.record.ops.filter((op) => op === 'encode-with'), 'told to encode itself again').to.have.length(2);
    const encodes = workers.record.encodes;
    const next = await two.prepare(file, 'document');
    expect(next.verdict.ok).to.equal(true);
    expect(workers.record.encodes, 'not sent to the crashed Worker').to.equal(encodes);
  });

  it('close() ends both Workers', async () => {
    const two = await joinedChecker();
    let ended = 0;
    for (const worker of workers.record.created) {
      const terminate = worker.terminate.bind(worker);
      worker.terminate = () => {
        ended++;
        terminate();
      };
    }
    two.close();
    expect(ended).to.equal(2);
  });
});
