import { ClauseFailure, NotExercised, canonicalJson, describeAnswer, type Exchange } from '../context.js';
import { pause, type TestSession } from '../flows.js';
import { openStream, type Frame, type OpenStream } from '../stream.js';
import type { Check, Kit } from './check.js';

/** How long a frame or the end of the stream may take to come, in ms. */
const PROMPT_MS = 2000;

interface StreamRun {
  session: TestSession;
  stream: OpenStream;
  /** The first frame, if it came within PROMPT_MS. */
  first: Frame | undefined;
  /** The final frame, if one came. */
  final: Frame | undefined;
  ended: boolean;
  /** Client views polled every 50 ms while the stream ran. */
  polled: Exchange[];
}

const changeOf = (frame: Frame) => JSON.stringify([frame.view.status, frame.view.last_error ?? null, frame.view.handoff?.status ?? null]);
const isFinal = (frame: Frame) => frame.view.status === 'verified' || frame.view.status === 'canceled';

/** One session followed from creation to verified: the stream's frames, and polls beside it. */
async function streamRun({ driver, flows }: Kit): Promise<StreamRun> {
  // Checks long enough for a poll to see `processing`.
  const session = await flows.create('verified', Math.max(flows.processingMs, 600));
  const stream = await openStream(driver, session);
  if (!stream.exchange.response.ok) {
    throw new NotExercised(`opening the stream failed: ${stream.exchange.error ?? `${stream.exchange.status} ${await stream.exchange.response.text().catch(() => '')}`}`);
  }
  const first = await stream.next(() => true, PROMPT_MS);
  const polled: Exchange[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      polled.push(await flows.retrieveClient(session));
      await pause(50);
    }
  })();
  try {
    await flows.uploadAndSubmit(session);
    const final = await stream.next(isFinal, flows.processingMs + 600 + 5000);
    const ended = final ? await stream.ended(PROMPT_MS) : false;
    return { session, stream, first, final, ended, polled };
  } finally {
    polling = false;
    await poller;
    stream.close();
  }
}

function sharedRun(kit: Kit): Promise<StreamRun> {
  let run = kit.scenarios.get('stream') as Promise<StreamRun> | undefined;
  if (!run) {
    run = streamRun(kit);
    kit.scenarios.set('stream', run);
  }
  return run;
}

const framesText = (frames: Frame[]) => frames.map((frame) => `${frame.at} ms: ${frame.event} ${frame.view.status ?? '?'}`).join('; ') || 'no frame';

function streamFailure(run: StreamRun, reason: string, expected: string): ClauseFailure {
  return new ClauseFailure(reason, [{ request: run.stream.exchange.request, answer: `${run.stream.exchange.status}, frames: ${framesText(run.stream.frames)}${run.ended ? ', then the end' : ''}`, expected }]);
}

export const streamChecks: Check[] = [
  {
    clause: 'stream.event-stream',
    async run(kit) {
      const run = await sharedRun(kit);
      const { headers } = run.stream.exchange;
      const type = headers.get('Content-Type') ?? '';
      if (!type.startsWith('text/event-stream') || headers.get('Cache-Control') !== 'no-cache') {
        throw new ClauseFailure('wrong headers', [{ request: run.stream.exchange.request, answer: `Content-Type: ${type}; Cache-Control: ${headers.get('Cache-Control')}`, expected: 'Content-Type: text/event-stream; Cache-Control: no-cache' }]);
      }
      const other = run.stream.frames.find((frame) => frame.event !== 'session');
      if (other) throw streamFailure(run, `an event named ${other.event}`, 'every frame is `event: session`');
    },
  },
  {
    clause: 'stream.frame-at-once',
    async run(kit) {
      const run = await sharedRun(kit);
      if (!run.first || run.first.view.status !== 'requires_input' || run.first.view.id !== run.session.id) {
        throw streamFailure(run, 'no current view at once', `within ${PROMPT_MS} ms, a frame with the client view of ${run.session.id} (requires_input)`);
      }
    },
  },
  {
    clause: 'stream.frame-per-change',
    async run(kit) {
      const run = await sharedRun(kit);
      const statuses = run.stream.frames.map((frame) => frame.view.status);
      const changes = run.stream.frames.map(changeOf);
      const repeated = changes.some((change, index) => index > 0 && change === changes[index - 1]);
      if (statuses.join() !== 'requires_input,processing,verified' || repeated) {
        throw streamFailure(run, `frames: ${statuses.join(', ')}`, 'frames requires_input, processing, verified: one per change, none repeated');
      }
    },
  },
  {
    clause: 'stream.ends-after-final',
    async run(kit) {
      const run = await sharedRun(kit);
      if (!run.final) throw new NotExercised('no final frame came, so the end could not be awaited (see stream.frame-per-change)');
      if (!run.ended) throw streamFailure(run, `still open ${PROMPT_MS} ms after ${run.final.view.status}`, `the stream ends within ${PROMPT_MS} ms after a final status`);
    },
  },
  {
    clause: 'stream.polling-equal',
    async run(kit) {
      const run = await sharedRun(kit);
      const views = run.polled.filter((exchange) => exchange.status === 200).map((exchange) => exchange.body as Frame['view']);
      const failed = run.polled.find((exchange) => exchange.status !== 200);
      if (failed) throw new ClauseFailure('a poll failed', [{ request: failed.request, answer: describeAnswer(failed), expected: '200, the client view' }]);
      const distinct = views.map((view) => view.status).filter((status, index, all) => index === 0 || status !== all[index - 1]);
      for (const view of views) {
        const frame = run.stream.frames.find((candidate) => candidate.view.status === view.status);
        if (!frame || canonicalJson(frame.view) !== canonicalJson(view)) {
          throw new ClauseFailure(`a polled ${view.status} view differs from the stream's`, [
            { request: `GET /identity/verification_sessions/${run.session.id} (client secret), polled`, answer: JSON.stringify(view).slice(0, 300), expected: `the stream's frame: ${frame ? frame.raw.slice(0, 300) : 'none'}` },
          ]);
        }
      }
      if (!distinct.includes('processing') && !distinct.includes('verified')) throw new NotExercised(`polling saw only ${distinct.join(', ')}`);
    },
  },
];
