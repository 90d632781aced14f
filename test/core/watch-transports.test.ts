import { expect, waitUntil } from '@open-wc/testing';
import { getResponse } from 'msw';
import { createApiClient, type ApiClient } from '../../src/core/api.js';
import type { SessionStatus } from '../../src/core/session.js';
import type { ClientSession } from '../../src/core/types.js';
import { watchSession, type WatchSessionOptions } from '../../src/core/watch.js';
import { startMockBackend, type StartMockBackendOptions } from '../../src/mocks/browser.js';
import { createMockBackend } from '../../src/mocks/create-mock-backend.js';
import type { CreateSessionParams, MockBackend } from '../../src/mocks/types.js';
import { ID_NUMBER, requestsTo } from '../support/backend.js';

// The status stream as other transports deliver it (issue 12): frame by frame without a service worker, whole
// at its end (a buffering proxy; MSW's worker in WebKit, which cannot transfer a ReadableStream), or as one
// state per response (the in-page mock's snapshots in WebKit). Each runs in every engine.

interface Change {
  status: SessionStatus;
  previousStatus: SessionStatus | null;
  lastError: string | null;
}

function recorder() {
  const changes: Change[] = [];
  return {
    changes,
    onChange: (session: ClientSession, previousStatus: SessionStatus | null) =>
      changes.push({ status: session.status, previousStatus, lastError: session.last_error?.code ?? null }),
    onError: (error: unknown) => {
      throw error;
    },
    statuses: () => changes.map((change) => change.status),
  };
}

function newSession(backend: MockBackend, params: Partial<CreateSessionParams>, fetch?: typeof globalThis.fetch) {
  const session = backend.createSession({ type: 'id_number', processing_ms: 50, ...params });
  const client: ApiClient = createApiClient({ clientSecret: session.client_secret!, retryDelay: 1, ...(fetch ? { fetch } : {}) });
  return { client, sessionId: session.id };
}

describe('watchSession over other transports (issue 12)', () => {
  const stops: (() => void)[] = [];
  const watch = (options: WatchSessionOptions): void => void stops.push(watchSession(options));
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  /** The mock backend in the page through MSW's worker, for the tests of one describe. */
  function workerBackend(options: StartMockBackendOptions): { readonly backend: MockBackend } {
    let started: Awaited<ReturnType<typeof startMockBackend>> | undefined;
    before(async () => {
      started = await startMockBackend({ quiet: true, ...options });
    });
    afterEach(() => started?.backend.reset());
    after(() => started?.stop());
    return {
      get backend() {
        return started!.backend;
      },
    };
  }

  describe('a live stream answered in the page, without a service worker', () => {
    // Every engine streams a response made in the page: this is how WebKit's handling of a real, live stream is
    // tested while MSW's worker cannot stream to it (watch.test.ts's streaming tests need the worker).
    const backend = createMockBackend({ statusStream: 'live' });
    const inPage: typeof fetch = async (input, init) =>
      (await getResponse(backend.handlers, new Request(new URL(String(input), location.href), init))) ?? Response.error();
    afterEach(() => backend.reset());

    it('follows the stream to a final status: each change once, and not a single poll', async () => {
      const { client, sessionId } = newSession(backend, {}, inPage);
      const seen = recorder();
      // A poll would come a minute late: what arrives in time came from the stream.
      watch({ client, ...seen, pollInterval: 60_000 });
      await waitUntil(() => seen.changes.length === 1, 'the current state');
      await client.submit({ id_number: ID_NUMBER });
      await waitUntil(() => seen.statuses().includes('verified'), 'verified', { timeout: 3000 });
      expect(seen.changes).to.deep.equal([
        { status: 'requires_input', previousStatus: null, lastError: null },
        { status: 'processing', previousStatus: 'requires_input', lastError: null },
        { status: 'verified', previousStatus: 'processing', lastError: null },
      ]);
      expect(requestsTo(backend, sessionId, 'stream')).to.equal(1);
      expect(requestsTo(backend, sessionId, 'retrieve')).to.equal(0);
    });

    it('reports a failed check the stream delivers', async () => {
      const { client, sessionId } = newSession(backend, { test_outcome: 'id_number_mismatch' }, inPage);
      const seen = recorder();
      watch({ client, ...seen, pollInterval: 60_000 });
      await waitUntil(() => seen.changes.length === 1, 'the current state');
      await client.submit({ id_number: ID_NUMBER });
      await waitUntil(() => seen.changes.length === 3, 'the failed check', { timeout: 3000 });
      expect(seen.changes[2]).to.deep.equal({ status: 'requires_input', previousStatus: 'processing', lastError: 'id_number_mismatch' });
      expect(requestsTo(backend, sessionId, 'retrieve')).to.equal(0);
    });
  });

  describe('a stream delivered whole when it ends (a buffering proxy)', () => {
    const mock = workerBackend({ statusStream: 'live' });
    /** Hands the stream's response over only once its body has ended, as a buffering proxy does. */
    const buffering: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/stream')) return response;
      return new Response(await response.arrayBuffer(), { status: response.status, headers: response.headers });
    };

    it('gives up a response that does not begin within idleTimeout, and polls to the failed check', async () => {
      // The failed check leaves the session open (requires_input): its stream would never end, and before the fix
      // the watch waited for the request's 30 s timeout, three times over.
      const { client } = newSession(mock.backend, { test_outcome: 'id_number_mismatch' }, buffering);
      const seen = recorder();
      watch({ client, ...seen, idleTimeout: 300, pollInterval: 50 });
      await waitUntil(() => seen.changes.length === 1, 'the current state is polled', { timeout: 3000 });
      await client.submit({ id_number: ID_NUMBER });
      await waitUntil(() => seen.changes.at(-1)?.lastError === 'id_number_mismatch', 'the failed check is polled', { timeout: 3000 });
      // Whether a poll saw processing depends on timing; the rest is reported once each.
      const rest = seen.changes.filter((change) => change.status !== 'processing').map((change) => change.lastError);
      expect(rest).to.deep.equal([null, 'id_number_mismatch']);
    });
  });

  describe('snapshots (what the in-page mock serves where the worker cannot stream: WebKit)', () => {
    const mock = workerBackend({ statusStream: 'snapshot' });

    it('auto: takes the state from one snapshot, then polls at once and at each interval: each change once, in order', async () => {
      const { client, sessionId } = newSession(mock.backend, {});
      const seen = recorder();
      watch({ client, ...seen, pollInterval: 50 });
      await waitUntil(() => seen.changes.length === 1, 'the current state');
      await client.submit({ id_number: ID_NUMBER });
      await waitUntil(() => seen.statuses().includes('verified'), 'verified is polled', { timeout: 3000 });
      // A poll sees processing only if one lands within its 50 ms; the table allows requires_input → verified.
      expect(seen.statuses().filter((status) => status !== 'processing')).to.deep.equal(['requires_input', 'verified']);
      expect(new Set(seen.statuses()).size).to.equal(seen.changes.length);
      expect(requestsTo(mock.backend, sessionId, 'stream')).to.equal(1);
      expect(requestsTo(mock.backend, sessionId, 'retrieve')).to.be.above(0);
    });

    it('sse: reconnects after each snapshot, reporting a state it already knows only once', async () => {
      const { client, sessionId } = newSession(mock.backend, {});
      const seen = recorder();
      watch({ client, ...seen, transport: 'sse', pollInterval: 50 });
      await waitUntil(() => requestsTo(mock.backend, sessionId, 'stream') >= 3, 'three snapshots');
      expect(seen.changes).to.deep.equal([{ status: 'requires_input', previousStatus: null, lastError: null }]);
      await client.submit({ id_number: ID_NUMBER });
      await waitUntil(() => seen.statuses().includes('verified'), 'verified', { timeout: 3000 });
      // A snapshot shows processing only if one is taken within its 50 ms.
      expect(seen.statuses().filter((status) => status !== 'processing')).to.deep.equal(['requires_input', 'verified']);
      expect(new Set(seen.statuses()).size).to.equal(seen.changes.length);
      expect(requestsTo(mock.backend, sessionId, 'retrieve')).to.equal(0);
    });
  });
});
