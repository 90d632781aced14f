import { expect } from '@open-wc/testing';
import { LAST_ERROR_CODES } from '../../src/core/types.js';
import { LAST_ERROR_REASONS } from '../../src/mocks/last-error-reasons.js';
import { MockApiError } from '../../src/mocks/index.js';
import type { ServerSession } from '../../src/mocks/types.js';
import { createSession, ID_NUMBER, useMockBackend } from '../support/backend.js';
import {
  API,
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

describe('mock backend: lifecycle and events', () => {
  const mock = useMockBackend();

  it('creates a session over HTTP with the documented defaults and a client secret', async () => {
    const response = await postJson(SESSIONS, mock.backend.secretKey, { type: 'document', metadata: { order: '42' } });
    expect(response.status).to.equal(200);
    const session = (await response.json()) as ServerSession;
    expect(session.id).to.match(/^vs_[A-Za-z0-9]{24}$/);
    expect(session.client_secret).to.match(new RegExp(`^${session.id}_secret_[A-Za-z0-9]{24,}$`));
    expect(session).to.include({ status: 'requires_input', type: 'document', livemode: false, last_error: null });
    expect(session.options.document).to.deep.equal({
      allowed_types: ['driving_license', 'id_card', 'passport'],
      require_id_number: false,
      require_live_capture: false,
      require_matching_selfie: false,
    });
    expect(session.metadata).to.deep.equal({ order: '42' });
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created']);
  });

  it('moves created → processing → verified, one event each, and fills verified_outputs', async () => {
    const { session, response } = await submitIdCard(mock.backend);
    expect(response.status).to.equal(200);
    expect(((await response.json()) as ServerSession).status).to.equal('processing');
    await untilLastEvent(mock.backend, session.id, 'verified');

    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'processing', 'verified']);
    const verified = mock.backend.retrieveSession(session.id);
    expect(verified.status).to.equal('verified');
    expect(verified.client_secret).to.equal(null);
    expect(verified.verified_outputs).to.deep.equal({ first_name: 'Jenny', last_name: 'Rosen', dob: '1990-01-01' });
  });

  it('ends every failing test_outcome in requires_input with that last_error', async () => {
    const outcomes = await Promise.all(
      LAST_ERROR_CODES.map(async (code) => {
        const { session } = await submitIdCard(mock.backend, { test_outcome: code, processing_ms: 0 });
        await untilLastEvent(mock.backend, session.id, 'requires_input');
        return { code, session: mock.backend.retrieveSession(session.id), events: eventTypesOf(mock.backend, session.id) };
      }),
    );
    for (const { code, session, events } of outcomes) {
      expect(session.status).to.equal('requires_input');
      expect(session.last_error).to.deep.equal({ code, reason: LAST_ERROR_REASONS[code] });
      expect(events).to.deep.equal(['created', 'processing', 'requires_input']);
    }
    expect(outcomes).to.have.length(Object.keys(LAST_ERROR_REASONS).length);
  });

  it('verifies an id_number session from the details it was given', async () => {
    const session = createSession(mock.backend, { type: 'id_number' });
    const details = ID_NUMBER;
    expect((await submit(session.id, session.client_secret, { id_number: details })).status).to.equal(200);
    await untilLastEvent(mock.backend, session.id, 'verified');
    expect(mock.backend.retrieveSession(session.id).verified_outputs).to.deep.equal(details);
  });

  it('lists events newest first, filtered by type and limited, as a Stripe-style list', async () => {
    const sessions = [createSession(mock.backend), createSession(mock.backend), createSession(mock.backend)];
    mock.backend.cancelSession(sessions[0]!.id);
    const response = await call(`${API}/events?type=identity.verification_session.created&limit=2`, mock.backend.secretKey);
    const list = (await response.json()) as { object: string; data: { data: { object: { id: string } } }[]; has_more: boolean; url: string };
    expect(list.object).to.equal('list');
    expect(list.url).to.equal('/v1/events');
    expect(list.has_more).to.equal(true);
    expect(list.data.map((event) => event.data.object.id)).to.deep.equal([sessions[2]!.id, sessions[1]!.id]);
    expect((await errorOf(await call(`${API}/events?limit=101`, mock.backend.secretKey))).code).to.equal('parameter_invalid');
  });
});

describe('mock backend: cancel', () => {
  const mock = useMockBackend();

  it('cancels from requires_input, emits .canceled, and refuses submissions afterwards', async () => {
    const session = createSession(mock.backend);
    const files = await uploadIdCard(session.id, session.client_secret);
    const response = await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {});
    expect(((await response.json()) as ServerSession).status).to.equal('canceled');

    const refused = await submit(session.id, session.client_secret, { document_type: 'id_card', files });
    expect(await errorOf(refused)).to.include({ status: 409, code: 'session_unexpected_state' });
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'canceled']);
    expect(mock.backend.submissionCount(session.id)).to.equal(0);
  });

  it('refuses to cancel while processing and after verification', async () => {
    const { session } = await submitIdCard(mock.backend, { processing_ms: 100 });
    const whileProcessing = await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {});
    expect(await errorOf(whileProcessing)).to.include({ status: 409, code: 'session_unexpected_state' });

    await untilLastEvent(mock.backend, session.id, 'verified');
    expect(() => mock.backend.cancelSession(session.id))
      .to.throw(MockApiError)
      .with.property('status', 409);
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'processing', 'verified']);
  });

  it('refuses a second cancel', async () => {
    const session = createSession(mock.backend);
    mock.backend.cancelSession(session.id);
    const again = await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {});
    expect(await errorOf(again)).to.include({ status: 409, code: 'session_unexpected_state' });
  });
});

describe('mock backend: redaction and webhooks', () => {
  const mock = useMockBackend({ redactionMs: 30 });

  const serverRedact = async (id: string) =>
    (await postJson(`${SESSIONS}/${id}/redact`, mock.backend.secretKey, {})).json() as Promise<ServerSession>;

  it('redacts a verified session: it stays verified, redaction goes processing → redacted, then .redacted; no .canceled', async () => {
    const all = mock.backend.createWebhookEndpoint({ url: 'https://example.test/all', enabled_events: ['*'] });
    const explicit = mock.backend.createWebhookEndpoint({
      url: 'https://example.test/redactions',
      enabled_events: ['identity.verification_session.redacted', 'identity.verification_session.canceled'],
    });
    const { session } = await submitIdCard(mock.backend, { metadata: { customer: 'cus_1' } });
    await untilLastEvent(mock.backend, session.id, 'verified');

    // Programmatically, so that the events can be read in the same task, before the redaction can end.
    const redacting = mock.backend.redactSession(session.id);
    expect(redacting).to.deep.include({ status: 'verified', redaction: { status: 'processing' }, client_secret: null });
    expect(redacting.metadata, 'metadata is erased').to.deep.equal({});
    expect(redacting.verified_outputs).to.deep.equal({ first_name: '[redacted]', last_name: '[redacted]', dob: null });
    expect(eventTypesOf(mock.backend, session.id), 'no .redacted while processing').to.deep.equal(['created', 'processing', 'verified']);

    await untilLastEvent(mock.backend, session.id, 'redacted');
    expect(mock.backend.retrieveSession(session.id)).to.deep.include({ status: 'verified', redaction: { status: 'redacted' } });
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'processing', 'verified', 'redacted']);
    const redactedEvent = mock.backend.listEvents({ type: 'identity.verification_session.redacted' })[0]!;
    expect(redactedEvent.data.object).to.deep.include({ status: 'verified', redaction: { status: 'redacted' }, metadata: {} });

    const types = (endpointId: string) => mock.backend.deliveries(endpointId).map((event) => event.type.split('.').at(-1));
    expect(types(all.id)).to.deep.equal(['verified', 'processing', 'created']);
    expect(types(explicit.id)).to.deep.equal(['redacted']);
  });

  it('redacting a session that requires input cancels it (.canceled at once), then .redacted', async () => {
    const session = createSession(mock.backend, { metadata: { email: 'jenny@example.test' } });
    const redacting = await serverRedact(session.id);
    expect(redacting).to.deep.include({ status: 'canceled', redaction: { status: 'processing' }, client_secret: null, metadata: {} });
    // The HTTP answer left the mock while the redaction was processing; it may have ended by now.
    expect(eventTypesOf(mock.backend, session.id).slice(0, 2)).to.deep.equal(['created', 'canceled']);
    await untilLastEvent(mock.backend, session.id, 'redacted');
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'canceled', 'redacted']);
    expect(mock.backend.retrieveSession(session.id)).to.deep.include({ status: 'canceled', redaction: { status: 'redacted' } });
  });

  it('redacts a canceled session without another .canceled, and a second redaction changes nothing', async () => {
    const session = createSession(mock.backend);
    mock.backend.cancelSession(session.id);
    expect(mock.backend.redactSession(session.id)).to.deep.include({ status: 'canceled', redaction: { status: 'processing' } });
    expect(mock.backend.redactSession(session.id).redaction).to.deep.equal({ status: 'processing' });
    await untilLastEvent(mock.backend, session.id, 'redacted');
    expect(mock.backend.redactSession(session.id).redaction).to.deep.equal({ status: 'redacted' });
    expect(eventTypesOf(mock.backend, session.id)).to.deep.equal(['created', 'canceled', 'redacted']);
  });

  it('a session never redacted has redaction: null', () => {
    expect(createSession(mock.backend).redaction).to.equal(null);
  });

  it('scrubs the redacted data from past events too', async () => {
    const session = createSession(mock.backend, { metadata: { email: 'jenny@example.test' } });
    mock.backend.redactSession(session.id);
    await untilLastEvent(mock.backend, session.id, 'redacted');
    const metadata = mock.backend.listEvents().map((event) => event.data.object.metadata);
    expect(metadata).to.deep.equal([{}, {}, {}]);
  });

  it('refuses every client call on a redacted session with session_redacted, from the moment it was asked', async () => {
    const session = createSession(mock.backend);
    const files = await uploadIdCard(session.id, session.client_secret);
    mock.backend.redactSession(session.id);
    const secret = session.client_secret;
    const calls: [string, Promise<Response>][] = [
      ['retrieve', call(`${SESSIONS}/${session.id}`, secret)],
      ['stream', call(`${SESSIONS}/${session.id}/stream`, secret)],
      ['upload', uploadFile(session.id, secret, { purpose: 'selfie', side: 'selfie', file: image() })],
      ['submit', submit(session.id, secret, { document_type: 'id_card', files })],
      ['decline', postJson(`${SESSIONS}/${session.id}/decline`, secret, {})],
    ];
    for (const [what, response] of calls) {
      expect(await errorOf(await response), what).to.include({ status: 409, type: 'invalid_request_error', code: 'session_redacted' });
    }
    // The site's server can still read what is left, and cancel is refused as for any canceled session.
    expect((await call(`${SESSIONS}/${session.id}`, mock.backend.secretKey)).status).to.equal(200);
    const cancel = await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {});
    expect(await errorOf(cancel)).to.include({ status: 409, code: 'session_unexpected_state' });
  });

  it('serves deliveries over HTTP and rejects unknown event types', async () => {
    const created = await postJson(`${API}/webhook_endpoints`, mock.backend.secretKey, {
      url: 'https://example.test/hook',
      enabled_events: ['identity.verification_session.created'],
    });
    const endpoint = (await created.json()) as { id: string; object: string };
    expect(endpoint.id).to.match(/^we_/);
    createSession(mock.backend);
    const deliveries = await call(`${API}/webhook_endpoints/${endpoint.id}/deliveries`, mock.backend.secretKey);
    const list = (await deliveries.json()) as { data: { type: string }[] };
    expect(list.data.map((event) => event.type)).to.deep.equal(['identity.verification_session.created']);

    const bad = await postJson(`${API}/webhook_endpoints`, mock.backend.secretKey, { url: 'https://example.test', enabled_events: ['nope'] });
    expect(await errorOf(bad)).to.include({ status: 400, code: 'parameter_invalid', param: 'enabled_events' });
  });

  it('does not redact while processing', async () => {
    const { session } = await submitIdCard(mock.backend, { processing_ms: 100 });
    const refused = await postJson(`${SESSIONS}/${session.id}/redact`, mock.backend.secretKey, {});
    expect(await errorOf(refused)).to.include({ status: 409, code: 'session_unexpected_state' });
    expect(mock.backend.retrieveSession(session.id).redaction).to.equal(null);
  });
});
