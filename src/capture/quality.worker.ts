// The Worker of the quality checks and the image pipeline: one request at a time per message, each
// answered with its id. Frames arrive transferred and are closed here once used. ImageChecker starts a second
// one of these to encode uploads beside the checks (encoder.ts).
import { errorToWire } from './errors.js';
import { peerEncoder, serveEncoder } from './encoder.js';
import { checkSource, prepareSource } from './pipeline.js';
import { WORKER_READY, type PeerMessage, type WorkerRequest, type WorkerResponse } from './protocol.js';

// Typed by hand: the project's `lib` is DOM, not WebWorker.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest | PeerMessage>) => void): void;
  postMessage(message: WorkerResponse | typeof WORKER_READY, transfer: Transferable[]): void;
};

/** The other Worker, encoding uploads while this one checks them (none yet, or gone: encode here). */
let encoder: ReturnType<typeof peerEncoder> | undefined;

scope.addEventListener('message', ({ data }: MessageEvent<WorkerRequest | PeerMessage>) => {
  if (data.op === 'encode-for') serveEncoder(data.port);
  else if (data.op === 'encode-with') {
    encoder?.lost();
    encoder = data.port ? peerEncoder(data.port) : undefined;
  } else void handle(data).then(({ response, transfer }) => scope.postMessage(response, transfer));
});

// Loaded: the client sends work only after this (a Worker whose script never arrives must not hold work hostage).
scope.postMessage(WORKER_READY, []);

async function handle(request: WorkerRequest): Promise<{ response: WorkerResponse; transfer: Transferable[] }> {
  try {
    if (request.op === 'check') {
      const verdict = await checkSource(request.source, request.kind, request.thresholds, request.region);
      return { response: { id: request.id, verdict }, transfer: [verdict.signature.buffer as ArrayBuffer] };
    }
    const prepared = await prepareSource(request.source, request.kind, request.options, request.thresholds, request.region, encoder);
    return { response: { id: request.id, prepared }, transfer: [prepared.verdict.signature.buffer as ArrayBuffer] };
  } catch (error) {
    return { response: { id: request.id, error: errorToWire(error) }, transfer: [] };
  }
}
