// createServerClient (verify-identity/server) against the mock backend over msw/node: typed answers,
// pagination, VerifyErrors as on the client, which calls are retried, and the secret key kept out of errors.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApiClient } from '../../src/core/index.js';
import { setupMockServer } from '../../src/mocks/node.js';
import { createServerClient, isVerifyError, type ServerClient, type VerifyError } from '../../src/server/index.js';

const API = 'http://localhost/v1';
const { backend, server } = setupMockServer({ apiBase: '/v1', redactionMs: 10, defaultProcessingMs: 10 });
const client: ServerClient = createServerClient({ secretKey: backend.secretKey, apiBase: API, retryDelay: 1 });

async function refusal(run: () => Promise<unknown>): Promise<VerifyError> {
  try {
    await run();
  } catch (error) {
    assert.ok(isVerifyError(error), String(error));
    return error;
  }
  assert.fail('expected a VerifyError');
}

const countOf = (endpoint: string) => backend.requests.filter((request) => request.endpoint === endpoint).length;

/** Plays the person's side with the core SDK: a passport front, submitted. */
async function submitPassport(clientSecret: string): Promise<void> {
  const api = createApiClient({ clientSecret, apiBase: API });
  const { PNG } = await import('../support/images.js');
  const front = await api.uploadFile(new Blob([PNG], { type: 'image/png' }), { purpose: 'identity_document', side: 'front' });
  await api.submit({ document_type: 'passport', files: { front: front.id } });
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.fail('never reached the expected state');
}

describe('createServerClient', () => {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => backend.reset());
  after(() => server.close());

  it('creates a session with its client secret and server-view fields, and retrieves, lists, cancels and redacts it', async () => {
    const created = await client.sessions.create({ client_reference_id: 'user_42', provided_details: { email: 'jenny@example.test' }, metadata: { order: '7' } });
    const secret: string = created.client_secret; // typed non-null: no check needed before handing it to the page
    assert.match(secret, /^vs_\w+_secret_\w+$/);
    assert.deepEqual([created.client_reference_id, created.url, created.last_verification_report], ['user_42', null, null]);
    assert.equal((await client.sessions.retrieve(created.id)).metadata['order'], '7');

    const other = await client.sessions.create();
    const page = await client.sessions.list({ limit: 1 });
    assert.deepEqual([page.data.map((session) => session.id), page.has_more], [[other.id], true]);
    const next = await client.sessions.list({ limit: 1, starting_after: other.id });
    assert.deepEqual([next.data.map((session) => session.id), next.has_more], [[created.id], false]);
    assert.deepEqual((await client.sessions.list({ client_reference_id: 'user_42' })).data.map((session) => session.id), [created.id]);

    assert.equal((await client.sessions.cancel(other.id)).status, 'canceled');
    const redacting = await client.sessions.redact(created.id);
    assert.deepEqual([redacting.status, redacting.redaction, redacting.provided_details], ['canceled', { status: 'processing' }, { email: '[redacted]' }]);
  });

  it('reads the verification report of the latest checks', async () => {
    const created = await client.sessions.create({ client_reference_id: 'user_1' });
    await submitPassport(created.client_secret);
    const verified = await until(() => client.sessions.retrieve(created.id), (session) => session.status === 'verified');
    const report = await client.verificationReports.retrieve(verified.last_verification_report!);
    assert.deepEqual([report.verification_session, report.client_reference_id, report.document?.status, report.document?.first_name], [created.id, 'user_1', 'verified', 'Jenny']);
    // The mock's programmatic API answers the same.
    assert.deepEqual(backend.retrieveVerificationReport(report.id), report);
    assert.deepEqual(backend.listSessions({ limit: 1 }).data, [verified]);
  });

  it('pages through events, and reads every one with events.all()', async () => {
    for (let index = 0; index < 4; index++) await client.sessions.create({ client_reference_id: `user_${index}` });
    const first = await client.events.list({ limit: 3 });
    assert.deepEqual([first.data.length, first.has_more], [3, true]);
    const rest = await client.events.list({ limit: 3, starting_after: first.data.at(-1)!.id });
    assert.deepEqual([rest.data.length, rest.has_more], [1, false]);
    const all: string[] = [];
    for await (const event of client.events.all({ limit: 1 })) all.push(event.data.object.client_reference_id!);
    assert.deepEqual(all, ['user_3', 'user_2', 'user_1', 'user_0']);
    assert.equal(countOf('events'), 2 + 4, 'one request per page of one');
    const created = await client.events.list({ type: 'identity.verification_session.created', limit: 1 });
    assert.equal(created.data[0]!.type, 'identity.verification_session.created');
  });

  it('registers and lists webhook endpoints and reads their deliveries', async () => {
    const endpoint = await client.webhookEndpoints.create({ url: 'https://example.test/hooks', enabled_events: ['*'] });
    assert.deepEqual((await client.webhookEndpoints.list()).data.map((item) => item.id), [endpoint.id]);
    assert.equal(endpoint.status, 'enabled');
    const session = await client.sessions.create();
    const [delivered, ...more] = (await client.webhookEndpoints.deliveries(endpoint.id)).data;
    assert.equal(more.length, 0);
    // The in-page mock (msw/node here) records without sending: no attempt, none scheduled.
    assert.deepEqual([delivered!.type, delivered!.data.object.id], ['identity.verification_session.created', session.id]);
    assert.deepEqual(delivered!.delivery, { status: 'recorded', attempts: [], next_attempt_at: null });
  });

  it('fails with the VerifyError the client SDK would give, naming no secret', async () => {
    const missing = await refusal(() => client.sessions.retrieve('vs_missing'));
    assert.deepEqual([missing.type, missing.code, missing.status], ['invalid_request', 'resource_missing', 404]);
    const created = await client.sessions.create();
    await client.sessions.cancel(created.id);
    const conflict = await refusal(() => client.sessions.cancel(created.id));
    assert.deepEqual([conflict.type, conflict.code], ['state_conflict', 'session_unexpected_state']);
    const invalid = await refusal(() => client.sessions.create({ provided_details: { phone: '555' } }));
    assert.deepEqual([invalid.type, invalid.param], ['invalid_request', 'provided_details.phone']);

    const liveKey = 'sk_live_not_accepted_by_the_mock';
    const wrongKey = createServerClient({ secretKey: liveKey, apiBase: API, retries: 0 });
    const unauthorized = await refusal(() => wrongKey.sessions.list());
    assert.deepEqual([unauthorized.type, unauthorized.code], ['authentication', 'api_key_invalid']);
    assert.ok(!JSON.stringify({ ...unauthorized.toJSON(), stack: unauthorized.stack }).includes(liveKey));
  });

  it('refuses bad options and ids before any request', async () => {
    const requestsBefore = backend.requests.length;
    assert.equal((await refusal(async () => createServerClient({ secretKey: 'vs_1_secret_abcdefgh', apiBase: API }))).code, 'secret_key_invalid');
    assert.equal((await refusal(async () => createServerClient({ secretKey: 'sk_test_x', apiBase: '/v1' }))).param, 'apiBase');
    for (const id of ['../events', 'vs_1/cancel', 'vs_%00', '']) {
      assert.equal((await refusal(() => client.sessions.retrieve(id))).param, 'id', id);
    }
    assert.equal(backend.requests.length, requestsBefore);
  });

  it('retries a read after a 5xx, never a create that may have been made, and a create refused with 429', async () => {
    const created = await client.sessions.create();
    backend.faults.inject({ endpoint: 'retrieve', kind: 'server_error', status: 503 });
    assert.equal((await client.sessions.retrieve(created.id)).id, created.id);
    assert.equal(countOf('retrieve'), 2);

    backend.faults.inject({ endpoint: 'create', kind: 'server_error' });
    const failed = await refusal(() => client.sessions.create());
    assert.deepEqual([failed.type, countOf('create')], ['server', 2], 'one more create request, not retried');

    backend.faults.inject({ endpoint: 'create', kind: 'rate_limit', retryAfter: 0 });
    await client.sessions.create();
    assert.equal(countOf('create'), 4, 'the 429 was retried');
  });

  it('refuses an answer that is not what it asked for (malformed_response)', async () => {
    const created = await client.sessions.create();
    backend.faults.inject({ endpoint: 'retrieve', kind: 'malformed' });
    assert.equal((await refusal(() => client.sessions.retrieve(created.id))).type, 'malformed_response');
  });
});
