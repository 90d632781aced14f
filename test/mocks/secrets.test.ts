import { expect, waitUntil } from '@open-wc/testing';
import type { ServerSession } from '../../src/mocks/types.js';
import { createSession, useMockBackend } from '../support/backend.js';
import {
  call,
  errorOf,
  eventTypesOf,
  image,
  postJson,
  SESSIONS,
  submit,
  submitIdCard,
  untilLastEvent,
  uploadFile,
  uploadIdCard,
} from '../support/http.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('mock backend: client secrets', () => {
  let clock = Date.UTC(2026, 0, 1);
  const mock = useMockBackend({ now: () => clock });

  async function serverRetrieve(id: string): Promise<ServerSession> {
    return (await call(`${SESSIONS}/${id}`, mock.backend.secretKey)).json() as Promise<ServerSession>;
  }

  async function expectSpent(id: string, secret: string): Promise<void> {
    const upload = await uploadFile(id, secret, { purpose: 'identity_document', side: 'front', file: image() });
    expect(await errorOf(upload)).to.include({ status: 401, type: 'authentication_error', code: 'secret_spent' });
    expect(await errorOf(await submit(id, secret, {}))).to.include({ status: 401, code: 'secret_spent' });
    expect(await errorOf(await postJson(`${SESSIONS}/${id}/decline`, secret, {}))).to.include({ status: 401, code: 'secret_spent' });
    // A spent secret may still read and watch the session.
    expect((await call(`${SESSIONS}/${id}`, secret)).status).to.equal(200);
    const stream = await call(`${SESSIONS}/${id}/stream`, secret);
    expect(stream.status).to.equal(200);
    await stream.body?.cancel();
  }

  it('spends the secret of a failed attempt; the server then gets a fresh one that works', async () => {
    const { session } = await submitIdCard(mock.backend, { test_outcome: 'document_expired', processing_ms: 0 });
    await untilLastEvent(mock.backend, session.id, 'requires_input');
    await expectSpent(session.id, session.client_secret);

    const retrieved = await serverRetrieve(session.id);
    expect(retrieved.client_secret).to.be.a('string').and.not.equal(session.client_secret);
    expect((await serverRetrieve(session.id)).client_secret, 'a second retrieve keeps it').to.equal(retrieved.client_secret);

    const fresh = retrieved.client_secret!;
    const files = await uploadIdCard(session.id, fresh);
    expect((await submit(session.id, fresh, { document_type: 'id_card', files })).status).to.equal(200);
    expect(mock.backend.submissionCount(session.id)).to.equal(2);
  });

  it('needs new files for a new attempt', async () => {
    const session = createSession(mock.backend, { test_outcome: 'selfie_manipulated', processing_ms: 0 });
    const files = await uploadIdCard(session.id, session.client_secret);
    await submit(session.id, session.client_secret, { document_type: 'id_card', files });
    await untilLastEvent(mock.backend, session.id, 'requires_input');
    const fresh = mock.backend.retrieveSession(session.id).client_secret!;
    const reused = await submit(session.id, fresh, { document_type: 'id_card', files });
    expect(await errorOf(reused)).to.include({ status: 400, code: 'parameter_invalid', param: 'files.front' });
  });

  it('declines consent: requires_input with consent_declined, an event, and a spent secret', async () => {
    const session = createSession(mock.backend);
    const response = await postJson(`${SESSIONS}/${session.id}/decline`, session.client_secret, {});
    expect(response.status).to.equal(200);
    const declined = (await response.json()) as ServerSession;
    expect(declined.status).to.equal('requires_input');
    expect(declined.last_error?.code).to.equal('consent_declined');
    expect(declined).not.to.have.property('client_secret');
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'requires_input']);
    await expectSpent(session.id, session.client_secret);
    expect((await serverRetrieve(session.id)).client_secret).to.not.equal(session.client_secret);
  });

  it('emits one .requires_input per real change: a second decline, with a fresh secret, changes nothing and emits nothing', async () => {
    const session = createSession(mock.backend);
    expect((await postJson(`${SESSIONS}/${session.id}/decline`, session.client_secret, {})).status).to.equal(200);
    const fresh = (await serverRetrieve(session.id)).client_secret!;
    const again = await postJson(`${SESSIONS}/${session.id}/decline`, fresh, {});
    expect(again.status).to.equal(200);
    expect(((await again.json()) as ServerSession).last_error?.code).to.equal('consent_declined');
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'requires_input']);
    // The second decline still ended that secret's attempt.
    await expectSpent(session.id, fresh);
  });

  it('refuses to decline while processing', async () => {
    const { session } = await submitIdCard(mock.backend, { processing_ms: 200 });
    const refused = await postJson(`${SESSIONS}/${session.id}/decline`, session.client_secret, {});
    expect(await errorOf(refused)).to.include({ status: 409, code: 'session_unexpected_state' });
  });

  it('expires a secret 24 h after it was issued and mints a new one on server retrieve', async () => {
    const session = createSession(mock.backend);
    clock += DAY_MS - 1;
    expect((await call(`${SESSIONS}/${session.id}`, session.client_secret)).status).to.equal(200);
    clock += 1;
    const expired = await call(`${SESSIONS}/${session.id}`, session.client_secret);
    expect(await errorOf(expired)).to.include({ status: 401, code: 'secret_expired' });
    const upload = await uploadFile(session.id, session.client_secret, { purpose: 'selfie', side: 'selfie', file: image() });
    expect((await errorOf(upload)).code).to.equal('secret_expired');

    const fresh = (await serverRetrieve(session.id)).client_secret!;
    expect(fresh).to.not.equal(session.client_secret);
    expect((await call(`${SESSIONS}/${session.id}`, fresh)).status).to.equal(200);
  });

  it('refuses secrets that are not this session’s, and keys on server endpoints only', async () => {
    const session = createSession(mock.backend);
    const other = createSession(mock.backend);
    const madeUp = `${session.id}_secret_${'x'.repeat(24)}`;
    for (const secret of [other.client_secret, madeUp, 'nonsense', mock.backend.secretKey]) {
      const response = await postJson(`${SESSIONS}/${session.id}/decline`, secret, {});
      expect(await errorOf(response), secret).to.include({ status: 401, code: 'secret_invalid' });
    }
    expect((await errorOf(await call(`${SESSIONS}/${session.id}`, null))).code).to.equal('secret_invalid');

    for (const key of [null, session.client_secret, 'sk_live_x']) {
      const response = await postJson(`${SESSIONS}/${session.id}/cancel`, key, {});
      expect(await errorOf(response)).to.include({ status: 401, code: 'api_key_invalid' });
    }
    expect((await postJson(`${SESSIONS}/${session.id}/cancel`, 'sk_test_anything', {})).status).to.equal(200);

    const missing = await call(`${SESSIONS}/vs_${'0'.repeat(24)}`, mock.backend.secretKey);
    expect(await errorOf(missing)).to.include({ status: 404, code: 'resource_missing' });
  });

  it('shows the client no secret and no PII', async () => {
    const session = createSession(mock.backend, { metadata: { email: 'jenny@example.test' } });
    const view = (await (await call(`${SESSIONS}/${session.id}`, session.client_secret)).json()) as Record<string, unknown>;
    expect(Object.keys(view).sort()).to.deep.equal(['created', 'handoff', 'id', 'last_error', 'livemode', 'object', 'options', 'status', 'type']);
    expect(view['handoff'], 'no handoff was started').to.equal(null);
  });
});

describe('mock backend: idempotent submit', () => {
  const mock = useMockBackend();

  it('replays the first answer for the same key and counts the submission once', async () => {
    const session = createSession(mock.backend, { processing_ms: 0 });
    const files = await uploadIdCard(session.id, session.client_secret);
    const body = { document_type: 'id_card', files };
    const first = await submit(session.id, session.client_secret, body, 'key-1');
    const firstBody = await first.text();
    await untilLastEvent(mock.backend, session.id, 'verified');

    const replay = await submit(session.id, session.client_secret, body, 'key-1');
    expect(replay.status).to.equal(first.status);
    expect(await replay.text(), 'the first answer, though the session moved on').to.equal(firstBody);
    expect(JSON.parse(firstBody)).to.include({ status: 'processing' });
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'processing', 'verified']);

    const another = await submit(session.id, session.client_secret, body, 'key-2');
    expect(await errorOf(another)).to.include({ status: 409, code: 'session_unexpected_state' });
  });

  it('answers three concurrent submits with one key alike: the late ones wait for the first and get its answer, counted once', async () => {
    const session = createSession(mock.backend, { processing_ms: 1000 });
    const files = await uploadIdCard(session.id, session.client_secret);
    const body = { document_type: 'id_card', files };
    const responses = await Promise.all([1, 2, 3].map(() => submit(session.id, session.client_secret, body, 'key-concurrent')));
    const answers = await Promise.all(responses.map(async (response) => ({ status: response.status, body: await response.text() })));
    expect(answers.map(({ status }) => status)).to.deep.equal([200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.body)).size, 'one answer, replayed').to.equal(1);
    expect(JSON.parse(answers[0]!.body)).to.include({ status: 'processing' });
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'processing']);
  });

  it('gives a late original the answer its retry got (the original was slowed down on the way)', async () => {
    const session = createSession(mock.backend, { processing_ms: 1000 });
    const files = await uploadIdCard(session.id, session.client_secret);
    const body = { document_type: 'id_card', files };
    mock.backend.faults.inject({ endpoint: 'submit', kind: 'delay', ms: 300 });
    const original = submit(session.id, session.client_secret, body, 'key-late');
    await waitUntil(() => mock.backend.requests.some((request) => request.endpoint === 'submit'), 'the original never arrived');
    const retry = await submit(session.id, session.client_secret, body, 'key-late');
    expect(retry.status).to.equal(200);
    const late = await original;
    expect(late.status, 'the late original is replayed, not refused with 409').to.equal(200);
    expect(await late.text()).to.equal(await retry.text());
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('replays for the same parameters in another order', async () => {
    const session = createSession(mock.backend, { processing_ms: 1000 });
    const { front, back } = await uploadIdCard(session.id, session.client_secret);
    const first = await submit(session.id, session.client_secret, { document_type: 'id_card', files: { front, back } }, 'key-order');
    const again = await submit(session.id, session.client_secret, { files: { back, front }, document_type: 'id_card' }, 'key-order');
    expect([first.status, again.status]).to.deep.equal([200, 200]);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('refuses the same key with different parameters: 400 idempotency_error, after the first and while it runs', async () => {
    const session = createSession(mock.backend, { processing_ms: 1000 });
    const files = await uploadIdCard(session.id, session.client_secret);
    const concurrent = await Promise.all([
      submit(session.id, session.client_secret, { document_type: 'id_card', files }, 'key-reused'),
      submit(session.id, session.client_secret, { document_type: 'passport', files: { front: files.front } }, 'key-reused'),
    ]);
    // Whichever arrived first ran; the other is refused.
    expect(concurrent.map((response) => response.status).sort()).to.deep.equal([200, 400]);
    const refusal = { status: 400, type: 'idempotency_error', code: 'idempotency_key_reused', param: 'Idempotency-Key' };
    expect(await errorOf(concurrent.find((response) => response.status === 400)!)).to.include(refusal);
    const later = await submit(session.id, session.client_secret, { document_type: 'driving_license', files }, 'key-reused');
    expect(await errorOf(later)).to.include(refusal);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('saves no answer for a submission refused before it ran: the same key may run again', async () => {
    const session = createSession(mock.backend, { processing_ms: 1000 });
    const files = await uploadIdCard(session.id, session.client_secret);
    const refused = await submit(session.id, session.client_secret, { document_type: 'id_card', files: { front: files.front } }, 'key-fixed');
    expect(await errorOf(refused)).to.include({ status: 400, code: 'parameter_missing', param: 'files.back' });
    const fixed = await submit(session.id, session.client_secret, { document_type: 'id_card', files }, 'key-fixed');
    expect(fixed.status).to.equal(200);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
  });

  it('refuses an Idempotency-Key longer than 255 characters', async () => {
    const session = createSession(mock.backend);
    const response = await submit(session.id, session.client_secret, {}, 'k'.repeat(256));
    expect(await errorOf(response)).to.include({ status: 400, code: 'parameter_invalid', param: 'Idempotency-Key' });
  });

  it('requires an Idempotency-Key', async () => {
    const session = createSession(mock.backend);
    const response = await postJson(`${SESSIONS}/${session.id}/submit`, session.client_secret, {});
    expect(await errorOf(response)).to.include({ status: 400, code: 'parameter_missing', param: 'Idempotency-Key' });
  });

  it('records what it received without storing credentials', async () => {
    const session = createSession(mock.backend);
    await submit(session.id, session.client_secret, {}, 'key-9');
    await call(`${SESSIONS}/${session.id}`, mock.backend.secretKey);
    expect(mock.backend.requests.map(({ method, endpoint, sessionId, auth, idempotencyKey, status }) => ({
      method, endpoint, sessionId, auth, idempotencyKey, status,
    }))).to.deep.equal([
      { method: 'POST', endpoint: 'submit', sessionId: session.id, auth: 'client_secret', idempotencyKey: 'key-9', status: 400 },
      { method: 'GET', endpoint: 'retrieve', sessionId: session.id, auth: 'secret_key', idempotencyKey: undefined, status: 200 },
    ]);
    expect(JSON.stringify(mock.backend.requests)).not.to.include(session.client_secret).and.not.to.include('sk_test');
  });
});
