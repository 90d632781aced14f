import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createApiClient } from '../../src/core/api.js';
import { VerifyError } from '../../src/core/errors.js';
import { ID_NUMBER, rejectionOf, requestsTo, sessionClient, useMockBackend } from '../support/backend.js';
import { pngFile } from '../support/images.js';

async function verifyErrorOf(promise: Promise<unknown>): Promise<VerifyError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(VerifyError);
  return error as VerifyError;
}

describe('createApiClient', () => {
  const mock = useMockBackend();

  it('refuses a malformed secret before any request', () => {
    const before = mock.backend.requests.length;
    expect(() => createApiClient({ clientSecret: 'vs_123_secret_' })).to.throw(VerifyError, /malformed/);
    expect(mock.backend.requests.length).to.equal(before);
  });

  it('retrieves the client view, sending the secret only in the Authorization header', async () => {
    const urls: string[] = [];
    const headers: Headers[] = [];
    const { sessionId, clientSecret } = sessionClient(mock.backend);
    const client = createApiClient({
      clientSecret,
      fetch: (input, init) => {
        urls.push(String(input));
        headers.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });

    const session = await client.retrieve();

    expect(client.sessionId).to.equal(sessionId);
    expect(client.apiBase).to.equal('/v1');
    expect(session).to.include({ id: sessionId, status: 'requires_input', type: 'id_number', last_error: null });
    expect(session).not.to.have.property('client_secret');
    expect(urls).to.deep.equal([`/v1/identity/verification_sessions/${sessionId}`]);
    expect(headers[0]?.get('Authorization')).to.equal(`Bearer ${clientSecret}`);
    expect(mock.backend.requests.at(-1)).to.include({ endpoint: 'retrieve', sessionId, auth: 'client_secret', status: 200 });
  });

  describe('error mapping', () => {
    it('401 → authentication, not retried, without the secret in the error', async () => {
      const { sessionId } = sessionClient(mock.backend);
      const wrongSecret = `${sessionId}_secret_wrongwrongwrong`;
      const error = await verifyErrorOf(createApiClient({ clientSecret: wrongSecret, retryDelay: 1 }).retrieve());
      expect(error).to.include({ type: 'authentication', code: 'secret_invalid', status: 401 });
      expect(JSON.stringify(error.toJSON()) + error.message + error.stack).not.to.include(wrongSecret);
      expect(requestsTo(mock.backend, sessionId, 'retrieve')).to.equal(1);
    });

    it('401 secret_spent once an attempt has failed', async () => {
      const { client } = sessionClient(mock.backend, { test_outcome: 'id_number_mismatch', processing_ms: 0 });
      await client.submit({ id_number: ID_NUMBER });
      await waitUntil(async () => (await client.retrieve()).status === 'requires_input', 'the check fails');
      const error = await verifyErrorOf(client.decline());
      expect(error).to.include({ type: 'authentication', code: 'secret_spent', status: 401 });
    });

    it('400 → invalid_request with the param at fault', async () => {
      const { client, sessionId } = sessionClient(mock.backend);
      const error = await verifyErrorOf(client.submit({ id_number: { ...ID_NUMBER, dob: 'yesterday' } }));
      expect(error).to.include({ type: 'invalid_request', code: 'parameter_invalid', param: 'id_number.dob', status: 400 });
      expect(requestsTo(mock.backend, sessionId, 'submit')).to.equal(1);
    });

    it('404 → invalid_request resource_missing', async () => {
      const error = await verifyErrorOf(createApiClient({ clientSecret: 'vs_doesnotexist_secret_abcdefgh1234' }).retrieve());
      expect(error).to.include({ type: 'invalid_request', code: 'resource_missing', status: 404 });
    });

    it('409 → state_conflict when submitting a canceled session', async () => {
      const { client, sessionId } = sessionClient(mock.backend);
      mock.backend.cancelSession(sessionId);
      const error = await verifyErrorOf(client.submit({ id_number: ID_NUMBER }));
      expect(error).to.include({ type: 'state_conflict', code: 'session_unexpected_state', status: 409 });
    });

    it('429 → rate_limit with Retry-After in ms, once retries run out', async () => {
      const { client } = sessionClient(mock.backend, {}, { retries: 0 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'rate_limit', retryAfter: 2 });
      const error = await verifyErrorOf(client.retrieve());
      expect(error).to.include({ type: 'rate_limit', code: 'rate_limited', status: 429, retryAfter: 2000 });
    });

    it('5xx → server', async () => {
      const { client } = sessionClient(mock.backend, {}, { retries: 0 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'server_error', status: 503 });
      const error = await verifyErrorOf(client.retrieve());
      expect(error).to.include({ type: 'server', status: 503 });
    });

    it('a failed fetch → network', async () => {
      const { client } = sessionClient(mock.backend, {}, { retries: 0 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'network' });
      const error = await verifyErrorOf(client.retrieve());
      expect(error).to.include({ type: 'network', code: 'network_error' });
    });

    it('a body that is not a session → malformed_response', async () => {
      const { client } = sessionClient(mock.backend, {}, { retries: 0 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'malformed' });
      const error = await verifyErrorOf(client.retrieve());
      expect(error).to.include({ type: 'malformed_response', code: 'malformed_response' });
    });

    describe('a malformed_response names the field at fault (issue 7)', () => {
      /** A fetch that rewrites the session the mock answers (what a faulty or hostile service could send). */
      const rewriting =
        (change: (session: Record<string, unknown>) => void): typeof fetch =>
        async (input, init) => {
          const response = await fetch(input, init);
          if (!response.ok || (init?.method ?? 'GET') !== 'GET' || String(input).endsWith('/stream')) return response;
          const session = (await response.json()) as Record<string, unknown>;
          change(session);
          return new Response(JSON.stringify(session), { status: 200, headers: { 'Content-Type': 'application/json' } });
        };
      const cases: [string, (session: Record<string, unknown>) => void, string, string][] = [
        ['options.document: {}', (s) => (s.options = { document: {} }), 'session.options.document.allowed_types', 'expected an array'],
        [
          "allowed_types: ['<markup>']",
          (s) => ((s.options as { document: Record<string, unknown> }).document.allowed_types = ['<b>x</b>']),
          'session.options.document.allowed_types[0]',
          'expected one of passport, id_card, driving_license',
        ],
        ['an unknown status', (s) => (s.status = 'paused'), 'session.status', 'expected one of requires_input'],
        ['last_error without a code', (s) => (s.last_error = { reason: 'x' }), 'session.last_error.code', 'expected a string'],
        ['a string for options', (s) => (s.options = 'x'), 'session.options', 'expected an object'],
      ];
      for (const [name, change, param, expected] of cases) {
        it(name, async () => {
          const { client } = sessionClient(mock.backend, {}, { retries: 0, fetch: rewriting(change) });
          const error = await verifyErrorOf(client.retrieve());
          expect(error).to.include({ type: 'malformed_response', code: 'malformed_response', param });
          expect(error.message).to.contain(`${param}: ${expected}`);
          expect(error.message, 'the value is not echoed').not.to.contain('<b>');
        });
      }

      it('a body that is not JSON says so', async () => {
        const { client } = sessionClient(mock.backend, {}, { retries: 0 });
        mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'malformed' });
        const error = await verifyErrorOf(client.retrieve());
        expect(error.message).to.match(/does not match its API: (the body is not JSON|session)/);
      });
    });

    it('no answer within the timeout → timeout', async () => {
      const { client } = sessionClient(mock.backend, {}, { retries: 0, timeout: 50 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'delay', ms: 1000 });
      const started = performance.now();
      const error = await verifyErrorOf(client.retrieve());
      expect(error).to.include({ type: 'timeout', code: 'timeout' });
      expect(performance.now() - started).to.be.below(900);
    });

    it("the caller's abort → aborted, at once", async () => {
      const { client } = sessionClient(mock.backend, {}, { retries: 0 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'delay', ms: 1000 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      const started = performance.now();
      const error = await verifyErrorOf(client.retrieve({ signal: controller.signal }));
      expect(error).to.include({ type: 'aborted', code: 'aborted' });
      expect(performance.now() - started).to.be.below(500);
    });
  });

  describe('a service that echoes the secret back', () => {
    // A fake service (in front of the mock) that repeats the Authorization header in every field of its error:
    // whatever it says, the VerifyError must not carry the secret into logs.
    const echo = (status: number) =>
      http.all('*/identity/verification_sessions/*', ({ request }) => {
        const sent = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? '';
        return HttpResponse.json(
          { error: { type: 'invalid_request_error', code: `bad_${sent}`, param: `auth ${sent}`, message: `Invalid client secret ${sent}; token ${sent.split('_secret_')[1]}.` } },
          { status },
        );
      });
    afterEach(() => mock.worker.resetHandlers());

    const calls: [string, (client: ReturnType<typeof createApiClient>) => Promise<unknown>][] = [
      ['retrieve', (client) => client.retrieve()],
      ['decline', (client) => client.decline()],
      ['submit', (client) => client.submit({ id_number: ID_NUMBER })],
      ['uploadFile', async (client) => client.uploadFile(await pngFile(), { purpose: 'selfie', side: 'selfie' })],
      ['openStream', (client) => client.openStream()],
    ];
    for (const status of [400, 401, 500]) {
      for (const [name, call] of calls) {
        it(`${name}, HTTP ${status}: no trace of the secret in the error`, async () => {
          const { client, clientSecret } = sessionClient(mock.backend, {}, { retries: 0 });
          mock.worker.use(echo(status));
          const error = await verifyErrorOf(call(client));
          expect(error.status).to.equal(status);
          expect(error.message, 'the service’s words are kept').to.contain('Invalid client secret [secret]');
          for (const [what, text] of Object.entries({ json: JSON.stringify(error), string: String(error), stack: error.stack ?? '', param: error.param ?? '', code: error.code })) {
            expect(text, what).not.to.contain(clientSecret);
            expect(text, `${what}: not even the token`).not.to.contain(clientSecret.split('_secret_')[1]);
          }
        });
      }
    }
  });

  describe('retries', () => {
    it('retries transient failures, then succeeds', async () => {
      const { client, sessionId } = sessionClient(mock.backend);
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'server_error', times: 1 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'network', times: 1 });
      const session = await client.retrieve();
      expect(session.status).to.equal('requires_input');
      expect(requestsTo(mock.backend, sessionId, 'retrieve')).to.equal(3);
    });

    it('gives up after `retries` retries', async () => {
      const { client, sessionId } = sessionClient(mock.backend, {}, { retries: 2 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'server_error', times: 5 });
      const error = await verifyErrorOf(client.retrieve());
      expect(error.type).to.equal('server');
      expect(requestsTo(mock.backend, sessionId, 'retrieve')).to.equal(3);
    });

    it('waits as long as Retry-After asks', async () => {
      const { client, sessionId } = sessionClient(mock.backend);
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'rate_limit', retryAfter: 1 });
      const started = performance.now();
      await client.retrieve();
      expect(performance.now() - started).to.be.within(950, 3000);
      expect(requestsTo(mock.backend, sessionId, 'retrieve')).to.equal(2);
    });

    it('stops waiting for a retry as soon as the caller aborts', async () => {
      const { client, sessionId } = sessionClient(mock.backend, {}, { retryDelay: 5000 });
      mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'rate_limit', retryAfter: 30 });
      const controller = new AbortController();
      const pending = client.retrieve({ signal: controller.signal });
      // Once the first try was answered (not after a fixed delay: in a slow engine the request may not even have
      // left by then), the client waits 5 s to retry; the abort must end that wait at once.
      await waitUntil(() => requestsTo(mock.backend, sessionId, 'retrieve') === 1, 'the first try reached the backend');
      const aborted = performance.now();
      controller.abort();
      const error = await verifyErrorOf(pending);
      expect(performance.now() - aborted).to.be.below(1000);
      expect(error.type).to.equal('aborted');
      expect(requestsTo(mock.backend, sessionId, 'retrieve')).to.equal(1);
    });

    it('retries a submit with the same Idempotency-Key, and the backend counts it once', async () => {
      const { client, sessionId } = sessionClient(mock.backend);
      mock.backend.faults.inject({ endpoint: 'submit', kind: 'server_error' });
      const session = await client.submit({ id_number: ID_NUMBER });
      expect(session.status).to.equal('processing');
      expect(mock.backend.submissionCount(sessionId)).to.equal(1);
      const keys = mock.backend.requests.filter((request) => request.endpoint === 'submit').map((request) => request.idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a generated UUID');
      expect(keys[1]).to.equal(keys[0]);
    });

    it('a submit that timed out after reaching the service is replayed, not counted twice', async () => {
      const { client, sessionId } = sessionClient(mock.backend, {}, { timeout: 100 });
      mock.backend.faults.inject({ endpoint: 'submit', kind: 'delay', ms: 300 });
      const session = await client.submit({ id_number: ID_NUMBER }, { idempotencyKey: 'key-timeout-replay' });
      expect(session.status).to.equal('processing');
      expect(mock.backend.submissionCount(sessionId)).to.equal(1);
      const keys = mock.backend.requests.filter((request) => request.endpoint === 'submit').map((request) => request.idempotencyKey);
      expect(keys.every((key) => key === 'key-timeout-replay')).to.equal(true);
    });

    it('does not retry a 409', async () => {
      const { client, sessionId } = sessionClient(mock.backend);
      mock.backend.cancelSession(sessionId);
      await rejectionOf(client.decline());
      expect(requestsTo(mock.backend, sessionId, 'decline')).to.equal(1);
    });
  });

  describe('uploadFile', () => {
    it('uploads multipart through XMLHttpRequest and reports progress', async () => {
      const { client, sessionId } = sessionClient(mock.backend, { type: 'document' });
      const progress: { loaded: number; total: number }[] = [];
      const blob = await pngFile();
      const file = await client.uploadFile(blob, { purpose: 'identity_document', side: 'front' }, { onProgress: (event) => progress.push(event) });
      expect(file).to.include({ object: 'file', purpose: 'identity_document', side: 'front', size: blob.size, type: 'image/png' });
      expect(file.id).to.match(/^file_/);
      expect(progress[0]?.loaded).to.equal(0);
      const last = progress.at(-1);
      expect(last?.total).to.be.at.least(blob.size);
      expect(last?.loaded).to.equal(last?.total);
      expect(mock.backend.requests.at(-1)).to.include({ endpoint: 'files', sessionId, auth: 'client_secret', status: 200 });
    });

    it('uses the injected XMLHttpRequest', async () => {
      let created = 0;
      class CountingXhr extends XMLHttpRequest {
        constructor() {
          super();
          created++;
        }
      }
      const { clientSecret } = sessionClient(mock.backend, { type: 'document' });
      const client = createApiClient({ clientSecret, XMLHttpRequest: CountingXhr });
      await client.uploadFile(await pngFile(), { purpose: 'selfie', side: 'selfie' });
      expect(created).to.equal(1);
    });

    it('maps a refused file to invalid_request', async () => {
      const { client } = sessionClient(mock.backend, { type: 'document' });
      const text = new Blob(['not an image'], { type: 'text/plain' });
      const error = await verifyErrorOf(client.uploadFile(text, { purpose: 'identity_document', side: 'front', filename: 'note.txt' }));
      expect(error).to.include({ type: 'invalid_request', code: 'file_type_unsupported', status: 400 });
    });

    it('retries after a server error', async () => {
      const { client, sessionId } = sessionClient(mock.backend, { type: 'document' });
      mock.backend.faults.inject({ endpoint: 'files', kind: 'server_error' });
      const file = await client.uploadFile(await pngFile(), { purpose: 'identity_document', side: 'back' });
      expect(file.side).to.equal('back');
      expect(requestsTo(mock.backend, sessionId, 'files')).to.equal(2);
    });

    it('times out and aborts like the fetch calls', async () => {
      const { client } = sessionClient(mock.backend, { type: 'document' }, { timeout: 50 });
      mock.backend.faults.inject({ endpoint: 'files', kind: 'delay', ms: 1000 });
      expect((await verifyErrorOf(client.uploadFile(await pngFile(), { purpose: 'selfie', side: 'selfie' }))).type).to.equal('timeout');

      const controller = new AbortController();
      mock.backend.faults.inject({ endpoint: 'files', kind: 'delay', ms: 1000 });
      const pending = client.uploadFile(await pngFile(), { purpose: 'selfie', side: 'selfie' }, { signal: controller.signal });
      controller.abort();
      expect((await verifyErrorOf(pending)).type).to.equal('aborted');
    });
  });

  it('decline records consent declined', async () => {
    const { client } = sessionClient(mock.backend);
    const session = await client.decline();
    expect(session.status).to.equal('requires_input');
    expect(session.last_error?.code).to.equal('consent_declined');
  });

  it('openStream resolves to the event stream', async () => {
    const { client } = sessionClient(mock.backend);
    const controller = new AbortController();
    const response = await client.openStream({ signal: controller.signal });
    expect(response.headers.get('Content-Type')).to.match(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const { value } = await reader.read();
    expect(value).to.include('event: session');
    controller.abort();
  });
});
