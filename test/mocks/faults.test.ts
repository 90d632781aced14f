import { expect } from '@open-wc/testing';
import { createSession, useMockBackend } from '../support/backend.js';
import { call, errorOf, postJson, SESSIONS, submit, uploadIdCard } from '../support/http.js';

describe('mock backend: fault injection', () => {
  const mock = useMockBackend();
  const retrieve = (id: string) => call(`${SESSIONS}/${id}`, mock.backend.secretKey);

  it('fails with a server error once, then answers normally; the faulted submit does not count', async () => {
    const session = createSession(mock.backend);
    const files = await uploadIdCard(session.id, session.client_secret);
    mock.backend.faults.inject({ endpoint: 'submit', kind: 'server_error' });
    const body = { document_type: 'id_card', files };

    expect(await errorOf(await submit(session.id, session.client_secret, body, 'k'))).to.include({
      status: 500,
      type: 'api_error',
      code: 'api_error',
    });
    expect(mock.backend.submissionCount(session.id)).to.equal(0);
    expect((await submit(session.id, session.client_secret, body, 'k')).status).to.equal(200);
    expect(mock.backend.submissionCount(session.id)).to.equal(1);
    expect(mock.backend.requests.filter((r) => r.endpoint === 'submit').map((r) => r.status)).to.deep.equal([500, 200]);
  });

  it('repeats a fault `times` times with the status asked for, and shows what is left', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: '*', kind: 'server_error', status: 503, times: 2 });
    expect((await retrieve(session.id)).status).to.equal(503);
    expect(mock.backend.faults.pending).to.deep.equal([{ endpoint: '*', kind: 'server_error', status: 503, times: 1 }]);
    expect((await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {})).status).to.equal(503);
    expect(mock.backend.faults.pending).to.deep.equal([]);
    expect((await retrieve(session.id)).status).to.equal(200);
  });

  it('rate-limits with 429 and Retry-After in seconds', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'rate_limit', retryAfter: 3 });
    const response = await retrieve(session.id);
    expect(response.headers.get('Retry-After')).to.equal('3');
    expect(await errorOf(response)).to.include({ status: 429, type: 'rate_limit_error', code: 'rate_limited' });
  });

  it('fails at the network level, recorded with status 0', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'network' });
    const failure = await retrieve(session.id).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(TypeError);
    expect(mock.backend.requests.at(-1)).to.include({ endpoint: 'retrieve', status: 0 });
  });

  it('delays a call, then handles it normally', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'decline', kind: 'delay', ms: 150 });
    const started = performance.now();
    const response = await postJson(`${SESSIONS}/${session.id}/decline`, session.client_secret, {});
    expect(performance.now() - started).to.be.at.least(140);
    expect(response.status).to.equal(200);
    expect(mock.backend.retrieveSession(session.id).last_error?.code).to.equal('consent_declined');
  });

  it('answers 200 with a body that is not JSON', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'retrieve', kind: 'malformed' });
    const response = await retrieve(session.id);
    expect(response.status).to.equal(200);
    const parsed = await response.json().then(
      () => 'parsed',
      () => 'not json',
    );
    expect(parsed).to.equal('not json');
  });

  it('takes faults in order, each only by calls to its endpoint, and forgets them on clear()', async () => {
    const session = createSession(mock.backend);
    mock.backend.faults.inject({ endpoint: 'cancel', kind: 'server_error', status: 502 });
    mock.backend.faults.inject({ endpoint: '*', kind: 'server_error', status: 503 });
    mock.backend.faults.inject({ endpoint: 'events', kind: 'server_error', status: 504 });
    expect((await retrieve(session.id)).status, 'the first fault for any endpoint').to.equal(503);
    expect((await postJson(`${SESSIONS}/${session.id}/cancel`, mock.backend.secretKey, {})).status).to.equal(502);
    expect(mock.backend.faults.pending.map((fault) => fault.endpoint)).to.deep.equal(['events']);
    mock.backend.faults.clear();
    expect((await call('/v1/events', mock.backend.secretKey)).status).to.equal(200);
  });

  it('forgets faults on reset()', async () => {
    mock.backend.faults.inject({ endpoint: '*', kind: 'network', times: 5 });
    mock.backend.reset();
    expect(mock.backend.faults.pending).to.deep.equal([]);
    expect((await call('/v1/events', mock.backend.secretKey)).status).to.equal(200);
  });
});
