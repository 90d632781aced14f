import { expect, waitUntil } from '@open-wc/testing';
// An independent parser (not the SDK's own), so that the mock's frames are read as any client would.
import { createParser } from 'eventsource-parser';
import { getResponse } from 'msw';
import type { ClientSession } from '../../src/core/types.js';
import { canTransferStreams } from '../../src/mocks/browser.js';
import { SessionStore } from '../../src/mocks/session-store.js';
import { SNAPSHOT_RETRY_MS, sessionStreamResponse } from '../../src/mocks/sse.js';
import { createSession, useMockBackend } from '../support/backend.js';
import { call, postJson, SESSIONS, submit, uploadIdCard } from '../support/http.js';

interface Frame {
  event: string | undefined;
  view: ClientSession;
}

/** Reads an event stream to its end, pushing each frame into `frames` as it arrives. */
async function readFrames(response: Response, frames: Frame[]): Promise<void> {
  const parser = createParser({ onEvent: ({ event, data }) => frames.push({ event, view: JSON.parse(data) as ClientSession }) });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parser.feed(chunk.value);
}

const statuses = (frames: Frame[]) => frames.map(({ view }) => view.status);

describe('mock backend: session stream', () => {
  const mock = useMockBackend({ statusStream: 'live' });

  /**
   * GET …/stream through MSW's worker. WebKit cannot transfer a ReadableStream
   * (https://bugs.webkit.org/show_bug.cgi?id=215485), so the worker would hand it a live stream only once it has
   * ended: there it is answered by the same handlers in the page. What WebKit gets through the worker, the
   * snapshots, is tested below in every engine.
   */
  async function callStream(sessionId: string, secret: string, init: RequestInit = {}): Promise<Response> {
    const path = `${SESSIONS}/${sessionId}/stream`;
    if (canTransferStreams()) return call(path, secret, init);
    const request = new Request(new URL(path, location.href), { ...init, headers: { Authorization: `Bearer ${secret}` } });
    const response = (await getResponse(mock.backend.handlers, request))!;
    // As fetch's: aborting the request errors the body being read.
    const body = init.signal ? response.body!.pipeThrough(new TransformStream(), { signal: init.signal }) : response.body;
    return new Response(body, response);
  }

  async function openStream(sessionId: string, secret: string): Promise<{ frames: Frame[]; ended: Promise<void> }> {
    const response = await callStream(sessionId, secret);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.equal('text/event-stream');
    const frames: Frame[] = [];
    const ended = readFrames(response, frames);
    await waitUntil(() => frames.length === 1, 'no first frame');
    return { frames, ended };
  }

  it('sends the session at once, after each change, and ends on verified', async () => {
    const session = createSession(mock.backend, { processing_ms: 30 });
    const { frames, ended } = await openStream(session.id, session.client_secret);
    const files = await uploadIdCard(session.id, session.client_secret);
    await submit(session.id, session.client_secret, { document_type: 'id_card', files });
    await ended;

    expect(frames.every(({ event }) => event === 'session')).to.equal(true);
    expect(statuses(frames)).to.deep.equal(['requires_input', 'processing', 'verified']);
    expect(frames[0]!.view).to.not.have.property('client_secret');
  });

  it('keeps going through a failed attempt and ends on canceled', async () => {
    const session = createSession(mock.backend, { processing_ms: 0, test_outcome: 'selfie_face_mismatch' });
    const { frames, ended } = await openStream(session.id, session.client_secret);
    const files = await uploadIdCard(session.id, session.client_secret);
    await submit(session.id, session.client_secret, { document_type: 'id_card', files });
    await waitUntil(() => frames.length === 3, 'no frame for the failed attempt');
    expect(frames[2]!.view.last_error?.code, 'the spent secret still streams').to.equal('selfie_face_mismatch');

    await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {});
    await ended;
    expect(statuses(frames)).to.deep.equal(['requires_input', 'processing', 'requires_input', 'canceled']);
  });

  it('pushes a decline, which changes last_error but not the status', async () => {
    const session = createSession(mock.backend);
    const { frames } = await openStream(session.id, session.client_secret);
    await postJson(`${SESSIONS}/${session.id}/decline`, session.client_secret, {});
    await waitUntil(() => frames.length === 2, 'no frame for the decline');
    expect(frames.map(({ view }) => view.last_error?.code ?? null)).to.deep.equal([null, 'consent_declined']);
  });

  it('carries on when a client aborts its stream', async () => {
    const session = createSession(mock.backend);
    const abort = new AbortController();
    const response = await callStream(session.id, session.client_secret, { signal: abort.signal });
    const frames: Frame[] = [];
    const ended = readFrames(response, frames).catch((error: unknown) => error);
    await waitUntil(() => frames.length === 1, 'no first frame');
    abort.abort();
    expect(await ended).to.have.property('name', 'AbortError');
    expect((await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {})).status).to.equal(200);
    expect(frames).to.have.length(1);
  });

  it('sends one frame and ends for a session already final', async () => {
    const session = createSession(mock.backend);
    mock.backend.cancelSession(session.id);
    const frames: Frame[] = [];
    await readFrames(await callStream(session.id, session.client_secret), frames);
    expect(statuses(frames)).to.deep.equal(['canceled']);
  });
});

describe('mock backend: session stream as snapshots (statusStream: snapshot, the default in WebKit)', () => {
  const mock = useMockBackend({ statusStream: 'snapshot' });

  /** The whole response, read to its end through MSW's worker, as an EventSource would parse it. */
  async function snapshot(sessionId: string, secret: string): Promise<{ retry: number | undefined; frames: Frame[] }> {
    const response = await call(`${SESSIONS}/${sessionId}/stream`, secret);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.equal('text/event-stream');
    let retry: number | undefined;
    const frames: Frame[] = [];
    const parser = createParser({
      onEvent: ({ event, data }) => frames.push({ event, view: JSON.parse(data) as ClientSession }),
      onRetry: (ms) => (retry = ms),
    });
    parser.feed(await response.text());
    return { retry, frames };
  }

  it('sends the current state and ends, with a retry hint', async () => {
    const session = createSession(mock.backend, { processing_ms: 60_000 });
    const first = await snapshot(session.id, session.client_secret);
    expect(first.retry).to.equal(SNAPSHOT_RETRY_MS);
    expect(first.frames.map(({ event }) => event)).to.deep.equal(['session']);
    expect(statuses(first.frames)).to.deep.equal(['requires_input']);
    expect(first.frames[0]!.view).to.not.have.property('client_secret');

    const files = await uploadIdCard(session.id, session.client_secret);
    await submit(session.id, session.client_secret, { document_type: 'id_card', files });
    expect(statuses((await snapshot(session.id, session.client_secret)).frames)).to.deep.equal(['processing']);
  });

  it('shows a decline, then the cancel that ends the session', async () => {
    const session = createSession(mock.backend);
    await postJson(`${SESSIONS}/${session.id}/decline`, session.client_secret, {});
    const declined = (await snapshot(session.id, session.client_secret)).frames;
    expect(declined.map(({ view }) => [view.status, view.last_error?.code])).to.deep.equal([['requires_input', 'consent_declined']]);

    expect((await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {})).status).to.equal(200);
    expect(statuses((await snapshot(session.id, session.client_secret)).frames)).to.deep.equal(['canceled']);
  });
});

describe('mock backend: session stream clean-up', () => {
  function storeWithSession(): { store: SessionStore; id: string } {
    const store = new SessionStore(() => Date.now(), 0);
    return { store, id: store.create({ type: 'document' }).id };
  }

  it('unsubscribes when the request is aborted', async () => {
    const { store, id } = storeWithSession();
    const abort = new AbortController();
    const response = sessionStreamResponse(store, id, abort.signal);
    expect(store.listenerCount(id)).to.equal(1);
    abort.abort();
    expect(store.listenerCount(id)).to.equal(0);
    const frames: Frame[] = [];
    await readFrames(response, frames);
    expect(statuses(frames)).to.deep.equal(['requires_input']);
  });

  it('unsubscribes when the reader cancels the body', async () => {
    const { store, id } = storeWithSession();
    const response = sessionStreamResponse(store, id, new AbortController().signal);
    await response.body!.cancel();
    expect(store.listenerCount(id)).to.equal(0);
    expect(() => store.cancel(id), 'a later change has no stream to write to').not.to.throw();
  });

  it('ends open streams on reset', async () => {
    const { store, id } = storeWithSession();
    const response = sessionStreamResponse(store, id, new AbortController().signal);
    const frames: Frame[] = [];
    const ended = readFrames(response, frames);
    store.reset();
    await ended;
    expect(store.listenerCount(id)).to.equal(0);
  });
});

describe('mock backend: session stream heartbeat', () => {
  /** Timers that run only when told: each call of `tick()` fires the callbacks due so far. */
  function manualTimers() {
    const pending = new Map<number, { callback: () => void; ms: number }>();
    let next = 0;
    return {
      pending,
      timers: {
        setTimeout: (callback: () => void, ms: number) => {
          pending.set(++next, { callback, ms });
          return next;
        },
        clearTimeout: (handle: unknown) => void pending.delete(handle as number),
      },
      tick() {
        const due = [...pending.values()];
        pending.clear();
        for (const { callback } of due) callback();
      },
    };
  }

  it('sends a comment every interval while nothing changes, and stops with the stream', async () => {
    const clock = manualTimers();
    const store = new SessionStore(() => Date.now(), 0);
    const { id } = store.create({ type: 'document' });
    const response = sessionStreamResponse(store, id, new AbortController().signal, 'live', { intervalMs: 5000, timers: clock.timers });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    expect((await reader.read()).value).to.match(/^event: session\n/);
    expect([...clock.pending.values()].map(({ ms }) => ms)).to.deep.equal([5000]);
    clock.tick();
    expect((await reader.read()).value).to.equal(': heartbeat\n\n');
    clock.tick();
    expect((await reader.read()).value).to.equal(': heartbeat\n\n');
    await reader.cancel();
    // The cancel reaches the stream's source through the pipe: after reader.cancel() settles in WebKit.
    await waitUntil(() => clock.pending.size === 0, 'no heartbeat left scheduled after the reader went away');
  });

  it('sends none with an interval of 0', async () => {
    const clock = manualTimers();
    const store = new SessionStore(() => Date.now(), 0);
    const { id } = store.create({ type: 'document' });
    const response = sessionStreamResponse(store, id, new AbortController().signal, 'live', { intervalMs: 0, timers: clock.timers });
    expect(clock.pending.size).to.equal(0);
    await response.body!.cancel();
  });
});
