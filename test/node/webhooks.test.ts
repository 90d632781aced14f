// Real webhook deliveries from the mock served over HTTP: signed per Standard Webhooks (checked with the
// `standardwebhooks` package, which we did not write), retried with the same webhook-id, logged with their attempts.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { createMockHttpBackend, type MockHttpBackend } from '../../src/mocks/http.js';
import type { DeliveredEvent } from '../../src/mocks/types.js';
import type { AttemptReport } from '../../src/mocks/webhooks/dispatcher.js';

interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
}

type Behaviour = (request: IncomingMessage, response: ServerResponse, count: number) => void;
const ok: Behaviour = (_request, response) => void response.writeHead(204).end();

/** A webhook receiver on a free loopback port; `behave` decides each answer (the nth request is `count`). */
async function startReceiver(behave: Behaviour = ok, port = 0): Promise<{ url: string; received: Received[]; server: Server; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      behave(request, response, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/hooks`,
    received,
    server,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let mock: MockHttpBackend;
let api: Server;
let apiBase: string;
const attempts: AttemptReport[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

function startMock(options: Parameters<typeof createMockHttpBackend>[0] = {}): void {
  mock?.close();
  attempts.length = 0;
  mock = createMockHttpBackend({
    defaultProcessingMs: 20,
    redactionMs: 20,
    ...options,
    webhooks: options.webhooks === false ? false : { retrySchedule: [50, 100], timeoutMs: 300, onAttempt: (report) => attempts.push(report), ...options.webhooks },
  });
}

async function serverCall<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(apiBase + path, {
    method,
    headers: { Authorization: 'Bearer sk_test_webhooks', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const deliveriesOf = async (endpointId: string) =>
  (await serverCall<{ data: DeliveredEvent[] }>('GET', `/webhook_endpoints/${endpointId}/deliveries`)).body.data;

before(async () => {
  startMock();
  // The handler is looked up per request, so a test may start a fresh mock with other options.
  api = createServer((request, response) => mock.handler(request, response));
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}/v1`;
});
afterEach(async () => {
  mock.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
  startMock();
});
after(() => {
  mock.close();
  api.closeAllConnections();
  api.close();
});

describe('webhook deliveries over HTTP', () => {
  it('POSTs each event, signed per Standard Webhooks (webhook-id = event id); .redacted only to an endpoint that lists it', async () => {
    const all = await startReceiver();
    const explicit = await startReceiver();
    cleanups.push(all.close, explicit.close);
    await serverCall('POST', '/webhook_endpoints', { url: all.url, enabled_events: ['*'] });
    await serverCall('POST', '/webhook_endpoints', { url: explicit.url, enabled_events: ['identity.verification_session.canceled', 'identity.verification_session.redacted'] });
    const session = mock.backend.createSession({ type: 'document' });
    mock.backend.redactSession(session.id);
    await until(() => explicit.received.length === 2 && all.received.length === 2, 'the deliveries');

    const webhook = new Webhook(mock.webhookSecret!);
    const verified = (receiver: { received: Received[] }) =>
      receiver.received.map(({ body, headers }) => {
        const event = webhook.verify(body, headers) as { id: string; type: string; data: { object: { id: string } } };
        assert.equal(headers['webhook-id'], event.id);
        assert.equal(headers['content-type'], 'application/json');
        assert.equal(event.data.object.id, session.id);
        return event.type.replace('identity.verification_session.', '');
      });
    assert.deepEqual(verified(all).sort(), ['canceled', 'created']);
    assert.deepEqual(verified(explicit).sort(), ['canceled', 'redacted']);
    // A receiver with another secret refuses them.
    const other = new Webhook(`whsec_${Buffer.from('another secret, 24 bytes').toString('base64')}`);
    assert.throws(() => other.verify(all.received[0]!.body, all.received[0]!.headers));
  });

  it('retries a 500 with the same webhook-id on the schedule, and lists both attempts', async () => {
    const receiver = await startReceiver((_request, response, count) => void response.writeHead(count === 1 ? 500 : 200).end());
    cleanups.push(receiver.close);
    const endpoint = (await serverCall<{ id: string }>('POST', '/webhook_endpoints', { url: receiver.url, enabled_events: ['identity.verification_session.created'] })).body;
    const session = mock.backend.createSession({ type: 'document' });
    await until(() => receiver.received.length === 2, 'the retry');
    const [first, second] = receiver.received;
    assert.equal(first!.headers['webhook-id'], second!.headers['webhook-id']);
    assert.ok(second!.at - first!.at >= 45, `retried after ${second!.at - first!.at} ms, the schedule says 50`);
    await until(() => attempts.length === 2, 'the attempt reports');

    const [delivery] = await deliveriesOf(endpoint.id);
    assert.equal(delivery!.data.object.id, session.id);
    assert.equal(delivery!.delivery.status, 'succeeded');
    assert.deepEqual(delivery!.delivery.attempts.map((attempt) => attempt.status_code), [500, 200]);
    assert.deepEqual(attempts.map((report) => report.next), ['retry', 'succeeded']);
  });

  it('gets every event through a timeout, a closed connection and a receiver that is down then comes back', async () => {
    // Down: a port that was just free. It comes back after the first attempt was refused.
    const probe = await startReceiver();
    const downUrl = probe.url;
    const port = Number(new URL(downUrl).port);
    await probe.close();
    const flaky = await startReceiver((request, response, count) => {
      if (count === 1) return; // never answers: a timeout (300 ms here)
      if (count === 2) return void request.socket.destroy(); // hangs up
      response.writeHead(200).end();
    });
    cleanups.push(flaky.close);
    // Long enough for the receiver that is down to come back before the retries run out, even on a busy machine.
    startMock({ webhooks: { retrySchedule: [50, 100, 200, 400, 800, 1600, 3200] } });
    await serverCall('POST', '/webhook_endpoints', { url: flaky.url, enabled_events: ['identity.verification_session.created'] });
    await serverCall('POST', '/webhook_endpoints', { url: downUrl, enabled_events: ['identity.verification_session.created'] });
    const session = mock.backend.createSession({ type: 'document' });
    await until(() => attempts.some((report) => report.endpoint.url === downUrl && report.result.error !== null), 'a refused attempt');
    const back = await startReceiver(ok, port);
    cleanups.push(back.close);
    // The third attempt's report comes once its answer is back, after the receiver counted the request.
    const flakyAttempts = () => attempts.filter((report) => report.endpoint.url === flaky.url);
    await until(() => flakyAttempts().length === 3 && back.received.length >= 1, 'the deliveries', 8000);
    assert.equal(flaky.received.length, 3);

    assert.deepEqual(new Set(flaky.received.map((request) => request.headers['webhook-id'])).size, 1);
    const flakyErrors = flakyAttempts().map((report) => report.result.error ?? report.result.status_code);
    assert.equal(flakyErrors[0], 'timeout');
    assert.equal(typeof flakyErrors[1], 'string', 'the hang-up is reported as a network error');
    assert.equal(flakyErrors[2], 200);
    assert.equal(JSON.parse(back.received[0]!.body).data.object.id, session.id);
    assert.ok(attempts.some((report) => report.endpoint.url === downUrl && report.result.error === 'ECONNREFUSED'));
  });

  it('disables an endpoint that answers 410 Gone: no retry, nothing more sent', async () => {
    const gone = await startReceiver((_request, response) => void response.writeHead(410).end());
    cleanups.push(gone.close);
    const endpoint = (await serverCall<{ id: string }>('POST', '/webhook_endpoints', { url: gone.url, enabled_events: ['*'] })).body;
    const session = mock.backend.createSession({ type: 'document' });
    await until(() => attempts.length === 1, 'the attempt');
    mock.backend.cancelSession(session.id);
    const [delivery] = await deliveriesOf(endpoint.id);
    assert.equal(delivery!.delivery.status, 'failed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(gone.received.length, 1, 'no retry and no later event');
    assert.deepEqual(attempts.map((report) => report.next), ['disabled']);
  });

  it('redelivers one event on request, with the same webhook-id; the log keeps every attempt', async () => {
    const receiver = await startReceiver();
    cleanups.push(receiver.close);
    const endpoint = (await serverCall<{ id: string }>('POST', '/webhook_endpoints', { url: receiver.url, enabled_events: ['*'] })).body;
    mock.backend.createSession({ type: 'document' });
    await until(() => receiver.received.length === 1, 'the delivery');
    const eventId = receiver.received[0]!.headers['webhook-id']!;
    const redelivered = await serverCall<DeliveredEvent>('POST', `/webhook_endpoints/${endpoint.id}/deliveries/${eventId}/redeliver`);
    assert.equal(redelivered.status, 200);
    assert.equal(redelivered.body.id, eventId);
    await until(() => receiver.received.length === 2, 'the redelivery');
    assert.equal(receiver.received[1]!.headers['webhook-id'], eventId);
    await until(() => attempts.length === 2, 'the report');
    assert.equal((await deliveriesOf(endpoint.id))[0]!.delivery.attempts.length, 2);
    const missing = await serverCall<{ error: { code: string } }>('POST', `/webhook_endpoints/${endpoint.id}/deliveries/evt_nope/redeliver`);
    assert.deepEqual([missing.status, missing.body.error.code], [404, 'resource_missing']);
  });

  it('answers the API at once while a receiver is slow', async () => {
    const slow = await startReceiver(() => undefined); // never answers
    cleanups.push(slow.close);
    await serverCall('POST', '/webhook_endpoints', { url: slow.url, enabled_events: ['*'] });
    startMock({ webhooks: { timeoutMs: 5000 } });
    await serverCall('POST', '/webhook_endpoints', { url: slow.url, enabled_events: ['*'] });
    const started = performance.now();
    for (let index = 0; index < 5; index++) {
      assert.equal((await serverCall('POST', '/identity/verification_sessions', { type: 'document' })).status, 200);
    }
    const elapsed = performance.now() - started;
    await until(() => slow.received.length === 5, 'the deliveries to be out');
    // Had a creation waited for its delivery, it would have taken the 5 s delivery timeout.
    assert.ok(elapsed < 2500, `5 creations took ${elapsed.toFixed(0)} ms with a receiver that never answers`);
    assert.equal(mock.close(), 5, 'the 5 pending deliveries are abandoned on close');
  });

  it('only records deliveries in the in-page mock (no sender): status recorded, redeliver refused', async () => {
    startMock({ webhooks: false });
    assert.equal(mock.webhookSecret, null);
    const endpoint = (await serverCall<{ id: string }>('POST', '/webhook_endpoints', { url: 'http://127.0.0.1:9/never', enabled_events: ['*'] })).body;
    const session = mock.backend.createSession({ type: 'document' });
    const [delivery] = await deliveriesOf(endpoint.id);
    assert.deepEqual([delivery!.data.object.id, delivery!.delivery], [session.id, { status: 'recorded', attempts: [], next_attempt_at: null }]);
    const refused = await serverCall<{ error: { code: string } }>('POST', `/webhook_endpoints/${endpoint.id}/deliveries/${delivery!.id}/redeliver`);
    assert.deepEqual([refused.status, refused.body.error.code], [409, 'webhooks_not_sent']);
  });
});
