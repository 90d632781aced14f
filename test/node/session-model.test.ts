// The core session model in Node against the mock backend (msw/node): the fault matrix, the
// property-based test of its guarantees, and captured images unreachable after close (with a real GC).
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import {
  createApiClient,
  createSessionModel,
  isVerifyError,
  isLegalChange,
  type ClientSession,
  type SessionModel,
  type SessionModelEvent,
  type SessionModelOptions,
  type Submission,
  type Timers,
} from '../../src/core/index.js';
import { setupMockServer } from '../../src/mocks/node.js';
import type { Fault, RecordedEndpoint } from '../../src/mocks/types.js';

const API = 'http://localhost/v1';
const { backend, server } = setupMockServer({ apiBase: '/v1' });

// A 1×1 PNG: real bytes, whatever the mock checks.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function newSession(params: { processing_ms?: number; test_outcome?: 'verified' | 'document_expired' } = {}) {
  const session = backend.createSession({
    type: 'document',
    processing_ms: 30,
    options: { document: { allowed_types: ['passport'] } },
    ...params,
  });
  return { id: session.id, secret: session.client_secret! };
}

function passport(): Submission {
  return {
    documentType: 'passport',
    files: [{ side: 'front', purpose: 'identity_document', image: new Blob([PNG], { type: 'image/png' }) }],
  };
}

interface Harness {
  model: SessionModel;
  events: SessionModelEvent[];
  /** Requests the SDK started, with whether the model was closed then. */
  started: { url: string; method: string; afterClose: boolean }[];
  /** Requests not answered yet (until their response, or their failure). */
  inFlight: Set<Promise<unknown>>;
  clock: RecordedTimers;
}

type FetchWrap = (next: typeof fetch) => typeof fetch;

interface RecordedTimers {
  timers: Timers;
  /** Timers set and neither fired nor cleared. */
  readonly pending: number;
  /** Fires every pending timer now, as if their time had come. */
  fireAll(): void;
}

/** The SDK's timers: real ones, recorded, so that a test can bring their time forward. */
function recordedTimers(): RecordedTimers {
  const pending = new Map<object, { run: () => void; timer: ReturnType<typeof setTimeout> }>();
  const fire = (handle: object): void => {
    const entry = pending.get(handle);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(handle);
    entry.run();
  };
  return {
    timers: {
      setTimeout(run, ms) {
        const handle = {};
        pending.set(handle, { run, timer: setTimeout(() => fire(handle), ms) });
        return handle;
      },
      clearTimeout(handle) {
        const entry = pending.get(handle as object);
        clearTimeout(entry?.timer);
        pending.delete(handle as object);
      },
    },
    get pending() {
      return pending.size;
    },
    fireAll() {
      for (const handle of [...pending.keys()]) fire(handle);
    },
  };
}

function harness(options: Partial<SessionModelOptions> = {}, wrap: FetchWrap = (next) => next): Harness {
  const events: SessionModelEvent[] = [];
  const started: Harness['started'] = [];
  const inFlight = new Set<Promise<unknown>>();
  const clock = recordedTimers();
  const recording: typeof fetch = (input, init) => {
    started.push({ url: String(input), method: init?.method ?? 'GET', afterClose: model.closed });
    const response = fetch(input, init);
    const settled = response.catch(() => undefined);
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return response;
  };
  const model = createSessionModel({
    apiBase: API,
    retryDelay: 1,
    timeout: 1500,
    pollInterval: 20,
    idleTimeout: 400,
    fetch: wrap(recording),
    timers: clock.timers,
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { model, events, started, inFlight, clock };
}

/**
 * Plays out everything the SDK still has going, without waiting for its time: awaits the requests in flight,
 * then fires the timers it holds (a poll's wait, a stream's idle timeout, a retry's backoff), and again, until
 * it holds neither. "Nothing happens after close" is then checked against all it had scheduled, not against
 * a sleep. Gives up after `rounds` (a loop that never ends): the requests it made by then tell.
 */
async function playOut({ inFlight, clock }: Harness, rounds = 20): Promise<void> {
  for (let round = 0, quiet = 0; round < rounds && quiet < 2; round++) {
    await Promise.all(inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    quiet = clock.pending === 0 && inFlight.size === 0 ? quiet + 1 : 0;
    clock.fireAll();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(5);
  }
}

const statusEvents = (events: SessionModelEvent[]) =>
  events.filter((event): event is Extract<SessionModelEvent, { type: 'status' }> => event.type === 'status');

/** Stream responses that end after their first frame (dropped) or stay open saying nothing (silent). */
function streamWrap(mode: 'dropped' | 'silent', times: number): FetchWrap {
  let left = times;
  return (next) => async (input, init) => {
    const response = await next(input, init);
    if (!String(input).endsWith('/stream') || !response.body || left <= 0) return response;
    left -= 1;
    const reader = response.body.getReader();
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent) {
          if (mode === 'dropped') {
            void reader.cancel().catch(() => undefined);
            controller.close();
            return;
          }
          return new Promise<void>(() => {});
        }
        sent = true;
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    init?.signal?.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

/** The endpoint a request of the SDK goes to, named as the mock records it. */
function endpointOf(input: RequestInfo | URL): RecordedEndpoint {
  const suffix = /\/(files|submit|decline|stream)$/.exec(new URL(String(input)).pathname)?.[1] as RecordedEndpoint | undefined;
  return suffix ?? 'retrieve';
}

/**
 * A device that goes offline, once armed, at the next request to `at` — or, with `at: 'answered'`, once the
 * submit is answered (the watch's open stream then breaks). Every request fails as fetch fails without a
 * network until `online()`, which also fires `online` on the page's window, as a browser does.
 */
function offlineNetwork(at: RecordedEndpoint | 'answered') {
  const win = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible', defaultView: win }) as unknown as Document;
  const state = { armed: false, offline: false, wentOffline: false, failed: 0 };
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const goOffline = () => {
    state.armed = false;
    state.offline = state.wentOffline = true;
    for (const stream of streams) stream.error(new TypeError('network error'));
    streams.clear();
  };
  const wrap: FetchWrap = (next) => async (input, init) => {
    const endpoint = endpointOf(input);
    if (state.armed && endpoint === at) goOffline();
    if (state.offline) {
      state.failed += 1;
      throw new TypeError('fetch failed');
    }
    const response = await next(input, init);
    if (state.armed && at === 'answered' && endpoint === 'submit') goOffline();
    if (endpoint !== 'stream' || !response.body) return response;
    // The open stream is cut when the network goes.
    const reader = response.body.getReader();
    let open!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => void streams.add((open = controller)),
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => {
        streams.delete(open);
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return {
    document,
    wrap,
    state,
    online() {
      state.offline = false;
      win.dispatchEvent(new Event('online'));
    },
  };
}

describe('the core session model against the mock backend', () => {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => backend.reset());
  after(() => server.close());

  it('fault matrix: every endpoint × fault ends right, sends the images without re-capture, counts one submission', async () => {
    type Kind = '500' | '503' | '429' | 'network' | 'slow' | 'timeout' | 'malformed' | 'dropped' | 'silent' | 'offline';
    const endpoints = ['retrieve', 'files', 'submit', 'decline', 'stream', 'poll'] as const;
    const kinds: Kind[] = ['500', '503', '429', 'network', 'slow', 'timeout', 'malformed', 'dropped', 'silent', 'offline'];
    const faultOf = (endpoint: RecordedEndpoint, kind: Kind, times: number): Fault | null => {
      switch (kind) {
        case '500':
          return { endpoint, kind: 'server_error', status: 500, times };
        case '503':
          return { endpoint, kind: 'server_error', status: 503, times };
        case '429':
          return { endpoint, kind: 'rate_limit', retryAfter: 1, times };
        case 'network':
          return { endpoint, kind: 'network', times };
        case 'slow':
          return { endpoint, kind: 'delay', ms: 300, times };
        case 'timeout':
          return { endpoint, kind: 'delay', ms: 1800, times };
        case 'malformed':
          return { endpoint, kind: 'malformed', times };
        default:
          return null;
      }
    };
    const rows: Record<string, Record<string, string>> = {};
    const failures: string[] = [];

    for (const endpoint of endpoints) {
      rows[endpoint] = {};
      for (const kind of kinds) {
        const streamOnly = kind === 'dropped' || kind === 'silent';
        if (streamOnly && endpoint !== 'stream') {
          rows[endpoint][kind] = '—';
          continue;
        }
        backend.reset();
        const session = newSession({ processing_ms: 60 });
        // Offline then online while watching: a minute between polls, so that only the `online` event can bring the watch back in time.
        const watching = endpoint === 'stream' || endpoint === 'poll';
        const network = kind === 'offline' ? offlineNetwork(watching ? 'answered' : endpoint) : null;
        const h = network
          ? harness({ document: network.document, ...(watching && { pollInterval: 60_000 }) }, network.wrap)
          : harness({}, streamOnly ? streamWrap(kind, 3) : undefined);
        const { model, events, started } = h;
        /** The person's action failed offline: the network comes back before they press the button again. */
        const backOnline = () => {
          if (!watching && network?.state.offline) network.online();
        };
        const recovered: string[] = [];
        let cell = '';
        try {
          // `poll`: the stream is down, so the status comes from polling, whose retrieves fail.
          if (endpoint === 'poll') backend.faults.inject({ endpoint: 'stream', kind: 'server_error', times: 40 });
          const fault = faultOf(endpoint === 'poll' ? 'retrieve' : endpoint, kind, endpoint === 'poll' ? 3 : 1);
          // The retrieve fault hits the load; the others come once the session has loaded.
          if (fault && endpoint === 'retrieve') backend.faults.inject(fault);
          if (network && endpoint === 'retrieve') network.state.armed = true;
          for (let tries = 0; !model.session && tries < 3; tries++) {
            await model.load(session.secret);
            if (model.error) recovered.push(`load: ${model.error.code}`);
            backOnline();
          }
          if (network && endpoint !== 'retrieve') network.state.armed = true;
          assert.ok(model.session, 'the session loaded');
          if (fault && endpoint !== 'retrieve') backend.faults.inject(fault);

          if (endpoint === 'decline') {
            for (let tries = 0; tries < 3 && !model.session.last_error; tries++) {
              await model.decline();
              if (model.error) recovered.push(`decline: ${model.error.code}`);
              backOnline();
            }
            await until(() => model.session?.last_error?.code === 'consent_declined', 'the decline');
            assert.equal(model.secretSpent, true);
          } else {
            const submission = passport();
            for (let tries = 0; tries < 3 && model.session.status === 'requires_input'; tries++) {
              // The same submission object: the person does not capture the images again.
              await model.submit(submission);
              if (model.error) recovered.push(`submit: ${model.error.code}`);
              backOnline();
            }
            if (network && watching) {
              // Offline while the checks run: the stream breaks and the polls fail, then the `online` event makes the
              // watch check at once (its next poll is a minute away). Polling rests when the network goes: no request fails.
              await until(() => network.state.wentOffline && (endpoint === 'poll' || network.state.failed >= 1), 'the watch lost the network');
              await until(() => backend.retrieveSession(session.id).status === 'verified', 'the checks end while offline');
              network.online();
            }
            await until(() => model.session?.status === 'verified', `verified (${endpoint} × ${kind})`, 10_000);
            if (network) assert.ok(network.state.wentOffline && (endpoint === 'poll' || network.state.failed > 0), 'the device went offline');
            assert.equal(backend.submissionCount(session.id), 1, 'exactly one submission counted');
            const answered = backend.requests.filter((r) => r.sessionId === session.id && r.endpoint === 'files' && r.status === 200);
            // A malformed answer (200, unreadable) stored nothing: that one image had to be sent again.
            const unreadable = endpoint === 'files' && kind === 'malformed' ? 1 : 0;
            assert.equal(answered.length - unreadable, 1, 'the image was stored once');
          }
          const finals = statusEvents(events).filter((e) => e.session.status === 'verified' || e.session.last_error);
          assert.equal(finals.length, 1, 'the final status event fired exactly once');
          const statuses = statusEvents(events).map((e) => `${e.session.status}/${e.session.last_error?.code ?? ''}`);
          assert.equal(new Set(statuses).size, statuses.length, `no duplicate status event: ${statuses.join(', ')}`);
          model.close();
          const requestsAtClose = started.length;
          await playOut(h);
          assert.equal(started.length, requestsAtClose, 'no request after close');
          cell = recovered.length ? `ok, ${recovered.length} retr${recovered.length > 1 ? 'ies' : 'y'} (${recovered[0]})` : 'ok, silent';
        } catch (error) {
          cell = `FAIL: ${(error as Error).message}`;
          failures.push(`${endpoint} × ${kind}: ${(error as Error).message}`);
        } finally {
          model.close();
        }
        rows[endpoint][kind] = cell;
      }
    }
    console.log('Fault matrix (endpoint × fault → end state; "retry" = the person pressed the button again):');
    console.table(rows);
    assert.deepEqual(failures, []);
  });

  it('property: random actions, server moves and faults never give an illegal or duplicate status event, nor an event or request after close', async () => {
    const action = fc.oneof(
      { weight: 4, arbitrary: fc.constant({ type: 'submit' } as const) },
      { weight: 1, arbitrary: fc.constant({ type: 'decline' } as const) },
      { weight: 1, arbitrary: fc.constant({ type: 'retry' } as const) },
      { weight: 1, arbitrary: fc.constant({ type: 'reload' } as const) },
      { weight: 1, arbitrary: fc.constant({ type: 'pause' } as const) },
      { weight: 1, arbitrary: fc.constant({ type: 'cancel' } as const) },
      { weight: 1, arbitrary: fc.constant({ type: 'redact' } as const) },
      { weight: 2, arbitrary: fc.constant({ type: 'close' } as const) },
      { weight: 4, arbitrary: fc.record({ type: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 80 }) }) },
      {
        weight: 3,
        arbitrary: fc.record({
          type: fc.constant('fault' as const),
          endpoint: fc.constantFrom<RecordedEndpoint>('retrieve', 'files', 'submit', 'submit', 'decline', 'stream'),
          kind: fc.constantFrom('server_error', 'network', 'malformed', 'delay', 'delay'),
        }),
      },
    );
    let runs = 0;
    let inFlightAtClose = 0;
    let withStatusEvents = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 14 }),
        fc.constantFrom('verified' as const, 'document_expired' as const),
        async (actions, outcome) => {
          runs += 1;
          backend.reset();
          const session = newSession({ processing_ms: 40, test_outcome: outcome });
          const h = harness({ timeout: 400, idleTimeout: 300 });
          const { model, events, started } = h;
          const submission = passport();
          const fresh = async () => backend.retrieveSession(session.id).client_secret ?? session.secret;
          await model.load(session.secret);
          let submitInFlightAtClose = false;
          let eventsAtClose = -1;
          for (const step of actions) {
            switch (step.type) {
              case 'close':
                if (eventsAtClose < 0) {
                  submitInFlightAtClose = model.submitting;
                  eventsAtClose = events.length;
                }
                model.close();
                break;
              case 'submit':
                void model.submit(submission);
                break;
              case 'decline':
                void model.decline();
                break;
              case 'retry':
                void model.startNewAttempt(fresh);
                break;
              case 'reload':
                void model.load(session.secret);
                break;
              case 'pause':
                model.pause();
                break;
              case 'cancel':
              case 'redact':
                try {
                  if (step.type === 'cancel') backend.cancelSession(session.id);
                  else backend.redactSession(session.id);
                } catch {
                  // Not allowed in the session's status: the server refuses, nothing changes.
                }
                break;
              case 'wait':
                await sleep(step.ms);
                break;
              case 'fault':
                backend.faults.inject(
                  step.kind === 'delay'
                    ? { endpoint: step.endpoint, kind: 'delay', ms: 100 }
                    : ({ endpoint: step.endpoint, kind: step.kind } as Fault),
                );
                break;
            }
          }
          if (eventsAtClose < 0) {
            submitInFlightAtClose = model.submitting;
            model.close();
            eventsAtClose = events.length;
          }
          if (submitInFlightAtClose) inFlightAtClose += 1;
          if (events.length > 1) withStatusEvents += 1;
          await model.settled();
          await playOut(h);
          backend.faults.clear();

          // No event after close.
          assert.equal(events.length, eventsAtClose, 'an event fired after close');
          // No request started after close, but the retries of a submit already sent.
          const late = started.filter((r) => r.afterClose && !(submitInFlightAtClose && r.url.endsWith('/submit')));
          assert.deepEqual(late, [], 'a request started after close');
          // Status events: each legal from the one before, none repeated.
          let previous: ClientSession | null = null;
          for (const event of events) {
            if (event.type === 'ready') previous = event.session;
            if (event.type !== 'status') continue;
            assert.ok(previous, 'a status event before ready');
            assert.equal(event.previousStatus, previous.status, 'previousStatus is the status reported before');
            assert.ok(isLegalChange(previous, event.session), `illegal: ${previous.status} → ${event.session.status}`);
            assert.ok(
              previous.status !== event.session.status || previous.last_error?.code !== event.session.last_error?.code,
              'a duplicate status event',
            );
            previous = event.session;
          }
        },
      ),
      { numRuns: 120, endOnFailure: true },
    );
    console.log(
      `Property test: ${runs} random sequences of actions, server moves and faults; ${withStatusEvents} with status events, ${inFlightAtClose} closed with a submit in flight.`,
    );
  });

  it('captured images are unreachable once the opening is closed (issue 8, defect 3)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const session = newSession({ test_outcome: 'document_expired' });
    const h = harness();
    const { model } = h;
    await model.load(session.secret);
    let submission: Submission | null = passport();
    const image = new WeakRef(submission.files[0]!.image);
    await model.submit(submission);
    await until(() => model.session?.last_error !== null, 'the check fails');
    submission = null;
    gc();
    assert.ok(image.deref(), 'kept while open: a new try reuses the stored file');
    model.close();
    await model.settled();
    await playOut(h);
    gc();
    assert.equal(image.deref(), undefined, 'the captured image is still reachable after close');
  });

  it('a submit answer after close is recorded for the result, and starts nothing (issue 8, defect 1)', async () => {
    const session = newSession({ processing_ms: 200, test_outcome: 'document_expired' });
    const h = harness();
    const { model, events, started } = h;
    await model.load(session.secret);
    backend.faults.inject({ endpoint: 'submit', kind: 'delay', ms: 150 });
    const submitted = model.submit(passport());
    await until(() => backend.requests.some((r) => r.endpoint === 'submit'), 'the submit was sent');
    model.close();
    const eventsAtClose = events.length;
    await submitted;
    assert.equal(model.session?.status, 'processing', 'what the submit led to');
    await until(() => backend.retrieveSession(session.id).last_error !== null, 'the checks end on the server');
    await playOut(h);
    assert.equal(events.length, eventsAtClose, 'no event after close');
    assert.deepEqual(
      started.filter((r) => r.afterClose),
      [],
      'no request after close',
    );
    await model.load(session.secret);
    assert.equal(model.closed, true, 'a closed opening cannot be loaded again');
  });
});

describe('the submit answer and the watch', () => {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => backend.reset());
  after(() => server.close());

  it('a submit answer that arrives after the watch reported the outcome does not move the session back', async () => {
    const session = newSession({ processing_ms: 20, test_outcome: 'document_expired' });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { model, events } = harness({}, (next) => async (input, init) => {
      const response = await next(input, init);
      if (String(input).endsWith('/submit')) await held;
      return response;
    });
    await model.load(session.secret);
    // The stream must be open before the submit, or under load it connects after processing and starts at the outcome.
    await until(() => backend.requests.some((r) => r.sessionId === session.id && r.endpoint === 'stream'), 'the stream is open');
    const submitted = model.submit(passport());
    await until(() => model.session?.last_error?.code === 'document_expired', 'the stream reports the failed check first');
    release();
    await submitted;
    assert.equal(model.session?.status, 'requires_input', 'the late processing answer is older than the outcome');
    model.close();
    assert.deepEqual(
      statusEvents(events).map((e) => e.session.status),
      ['processing', 'requires_input'],
    );
  });
});

describe('createApiClient in Node', () => {
  it('refuses a relative apiBase at once: there is no page URL to resolve it against (issue 7)', () => {
    const secret = 'vs_abc_secret_abcdefgh12345678';
    assert.throws(
      () => createApiClient({ clientSecret: secret, apiBase: '/v1' }),
      (error: unknown) =>
        isVerifyError(error) && error.type === 'invalid_request' && error.code === 'api_base_relative' && /absolute URL/.test(error.message),
    );
    assert.doesNotThrow(() => createApiClient({ clientSecret: secret, apiBase: 'http://localhost/v1' }));
  });
});
