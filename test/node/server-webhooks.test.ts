// verifyWebhook (verify-identity/server) against the Standard Webhooks reference: the test vectors of the
// reference JavaScript library (standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts)
// and the `standardwebhooks` npm package itself, both ways: what it signs we verify, what we sign it verifies;
// then the HTTP mock's real deliveries to a receiver on loopback.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { WEBHOOK_ERROR_CODES, createServerClient, signWebhook, verifyWebhook, type VerificationEvent, type WebhookHeaders } from '../../src/server/index.js';
import { createMockBackend } from '../../src/mocks/index.js';
import { createMockHttpBackend } from '../../src/mocks/http.js';

// The reference library's own vector.
const REFERENCE = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

/** A real event as the mock emits it (a created session with a client reference), as JSON. */
function eventBody(): { body: string; event: VerificationEvent } {
  const backend = createMockBackend();
  backend.createSession({ type: 'document', client_reference_id: 'user_42', metadata: { order: 'ü-ñ-✓' } } as never);
  const event = backend.listEvents()[0]! as VerificationEvent;
  return { body: JSON.stringify(event), event };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Signed by the `standardwebhooks` package, as a sender using it would. */
function signedByPackage(body: string, timestamp = nowSeconds(), id = 'evt_test'): Record<string, string> {
  const signature = new Webhook(REFERENCE.secret).sign(id, new Date(timestamp * 1000), body);
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
}

async function refusal(run: Promise<unknown>): Promise<{ code: string; type: string; message: string; param?: string }> {
  const error = await run.then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught as { name: string; code: string; type: string; message: string; param?: string },
  );
  assert.equal((error as { name: string }).name, 'VerifyError');
  assert.ok((WEBHOOK_ERROR_CODES as readonly string[]).includes(error.code), error.code);
  return error;
}

describe('verifyWebhook: the Standard Webhooks reference vectors', () => {
  it('signs the reference vector to the reference signature, with and without the whsec_ prefix', async () => {
    assert.equal(await signWebhook(REFERENCE.secret, REFERENCE.id, REFERENCE.timestamp, REFERENCE.payload), REFERENCE.signature);
    assert.equal(await signWebhook(REFERENCE.secret.slice('whsec_'.length), REFERENCE.id, REFERENCE.timestamp, REFERENCE.payload), REFERENCE.signature);
  });

  it('accepts the reference signature; its payload, not an event, is then refused as such', async () => {
    const headers = { 'webhook-id': REFERENCE.id, 'webhook-timestamp': String(REFERENCE.timestamp), 'webhook-signature': REFERENCE.signature };
    const error = await refusal(verifyWebhook(REFERENCE.payload, headers, REFERENCE.secret, { now: REFERENCE.timestamp }));
    assert.equal(error.code, 'webhook_payload_invalid', 'the signature passed');
    const tampered = await refusal(verifyWebhook(REFERENCE.payload.replace('2', '3'), headers, REFERENCE.secret, { now: REFERENCE.timestamp }));
    assert.equal(tampered.code, 'webhook_signature_invalid');
  });

  it('refuses what the reference library refuses, each with its own code', async () => {
    const { body } = eventBody();
    const good = signedByPackage(body);
    const cases: [string, Record<string, string>, string, string?][] = [
      ['missing id', { ...good, 'webhook-id': '' }, 'webhook_header_missing', 'webhook-id'],
      ['missing timestamp', { 'webhook-id': good['webhook-id']!, 'webhook-signature': good['webhook-signature']! }, 'webhook_header_missing', 'webhook-timestamp'],
      ['missing signature', { 'webhook-id': good['webhook-id']!, 'webhook-timestamp': good['webhook-timestamp']! }, 'webhook_header_missing', 'webhook-signature'],
      ['invalid timestamp', { ...good, 'webhook-timestamp': 'hello' }, 'webhook_timestamp_invalid', 'webhook-timestamp'],
      ['invalid signature', { ...good, 'webhook-signature': 'v1,dawfeoifkpqwoekfpqoekf' }, 'webhook_signature_invalid', 'webhook-signature'],
      ['partial signature', { ...good, 'webhook-signature': good['webhook-signature']!.slice(0, 8) }, 'webhook_signature_invalid'],
      ['empty v1 signature', { ...good, 'webhook-signature': 'v1,' }, 'webhook_signature_invalid'],
      ['a right signature under another version', { ...good, 'webhook-signature': good['webhook-signature']!.replace('v1,', 'v2,') }, 'webhook_signature_invalid'],
      ['old timestamp', signedByPackage(body, nowSeconds() - 301), 'webhook_timestamp_too_old', 'webhook-timestamp'],
      ['new timestamp', signedByPackage(body, nowSeconds() + 301), 'webhook_timestamp_too_new', 'webhook-timestamp'],
    ];
    for (const [what, headers, code, param] of cases) {
      const error = await refusal(verifyWebhook(body, headers, REFERENCE.secret));
      assert.equal(error.code, code, what);
      if (param) assert.equal(error.param, param, what);
    }
    // The reference library refuses the same headers (it tells them apart only by message).
    for (const [what, headers] of cases) assert.throws(() => new Webhook(REFERENCE.secret).verify(body, headers), what);
  });

  it('accepts a header of several signatures when one of them matches (multi-signature payloads)', async () => {
    const { body, event } = eventBody();
    const good = signedByPackage(body);
    const signatures = ['v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=', 'v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=', good['webhook-signature'], 'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc='];
    const verified = await verifyWebhook(body, { ...good, 'webhook-signature': signatures.join(' ') }, REFERENCE.secret);
    assert.deepEqual(verified, event);
  });

  it('refuses an empty or malformed secret before anything else', async () => {
    for (const secret of ['', 'whsec_', 'whsec_not base64!', undefined as unknown as string]) {
      const error = await refusal(verifyWebhook('{}', {}, secret));
      assert.deepEqual([error.code, error.param], ['webhook_secret_invalid', 'secret']);
    }
  });
});

describe('verifyWebhook and the standardwebhooks package, both ways', () => {
  it('verifies what the package signs, as a string, bytes or a Buffer, and returns the typed event', async () => {
    const { body, event } = eventBody();
    const headers = signedByPackage(body, nowSeconds(), event.id);
    for (const raw of [body, new TextEncoder().encode(body), Buffer.from(body), new TextEncoder().encode(body).buffer]) {
      const verified = await verifyWebhook(raw, headers, REFERENCE.secret);
      assert.deepEqual(verified, event);
    }
    const verified = await verifyWebhook(body, headers, REFERENCE.secret);
    assert.equal(verified.id, headers['webhook-id'], 'the event id is the webhook-id');
    // The union narrows on `type`; every event carries the session, with the integrator's reference.
    if (verified.type === 'identity.verification_session.created') assert.equal(verified.data.object.client_reference_id, 'user_42');
    else assert.fail(`unexpected ${verified.type}`);
  });

  it('signs what the package verifies, byte for byte the same signature', async () => {
    const { body } = eventBody();
    for (const payload of [body, '', 'plain text', '{"emoji":"🪪","rtl":"مرحبا"}']) {
      const timestamp = nowSeconds();
      const signature = await signWebhook(REFERENCE.secret, 'evt_1', timestamp, payload);
      assert.equal(signature, new Webhook(REFERENCE.secret).sign('evt_1', new Date(timestamp * 1000), payload));
      const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
      new Webhook(REFERENCE.secret).verify(payload, headers, { jsonParse: false });
    }
  });

  it('reads headers from a Headers object, any letter case, and array values (Node)', async () => {
    const { body, event } = eventBody();
    const signed = signedByPackage(body);
    const variants: WebhookHeaders[] = [
      new Headers(signed),
      Object.fromEntries(Object.entries(signed).map(([name, value]) => [name.toUpperCase(), value])),
      { ...signed, 'webhook-signature': ['v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=', signed['webhook-signature']!] },
    ];
    for (const headers of variants) assert.deepEqual(await verifyWebhook(body, headers, REFERENCE.secret), event);
  });

  it('refuses a body re-serialised from parsed JSON, another secret, and a parsed object, saying why', async () => {
    const { body } = eventBody();
    const headers = signedByPackage(body);
    const reformatted = JSON.stringify(JSON.parse(body), null, 2);
    assert.equal((await refusal(verifyWebhook(reformatted, headers, REFERENCE.secret))).code, 'webhook_signature_invalid');
    const otherSecret = `whsec_${btoa('another key of 32 bytes, really!')}`;
    assert.equal((await refusal(verifyWebhook(body, headers, otherSecret))).code, 'webhook_signature_invalid');
    const parsed = await refusal(verifyWebhook(JSON.parse(body) as never, headers, REFERENCE.secret));
    assert.equal(parsed.code, 'webhook_payload_invalid');
    assert.match(parsed.message, /raw request body/);
  });

  it('honours the tolerance option both ways, at its edge', async () => {
    const { body } = eventBody();
    const now = 1_800_000_000;
    const at = (offset: number) => signedByPackage(body, now + offset);
    await verifyWebhook(body, at(-10), REFERENCE.secret, { now, tolerance: 10 });
    await verifyWebhook(body, at(10), REFERENCE.secret, { now, tolerance: 10 });
    assert.equal((await refusal(verifyWebhook(body, at(-11), REFERENCE.secret, { now, tolerance: 10 }))).code, 'webhook_timestamp_too_old');
    assert.equal((await refusal(verifyWebhook(body, at(11), REFERENCE.secret, { now, tolerance: 10 }))).code, 'webhook_timestamp_too_new');
  });

  it('never puts the secret in an error', async () => {
    const { body } = eventBody();
    const error = await refusal(verifyWebhook(body, signedByPackage(body, nowSeconds() - 1000), REFERENCE.secret));
    assert.ok(!JSON.stringify({ ...error, message: error.message }).includes(REFERENCE.secret.slice(6)));
  });
});

describe('verifyWebhook on real deliveries of the HTTP mock', () => {
  it('verifies each event the mock POSTs (created, canceled) with the server’s secret, once per webhook-id; a tampered body fails', async () => {
    const secret = `whsec_${Buffer.from('server-webhooks-test-signing-key').toString('base64')}`;
    const received: { body: string; headers: IncomingHttpHeaders }[] = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
        response.writeHead(204).end();
      });
    });
    const mock = createMockHttpBackend({ webhooks: { secret } });
    const api = createServer(mock.handler);
    const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    const [receiverPort, apiPort] = [await listen(receiver), await listen(api)];
    try {
      const client = createServerClient({ secretKey: mock.backend.secretKey, apiBase: `http://127.0.0.1:${apiPort}/v1` });
      await client.webhookEndpoints.create({ url: `http://127.0.0.1:${receiverPort}/hooks`, enabled_events: ['*'] });
      const session = await client.sessions.create({ client_reference_id: 'user_7' });
      await client.sessions.cancel(session.id);
      for (let waited = 0; received.length < 2 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));

      const events = await Promise.all(received.map(({ body, headers }) => verifyWebhook(body, headers, secret)));
      assert.deepEqual(events.map((event) => event.type).sort(), ['identity.verification_session.canceled', 'identity.verification_session.created']);
      assert.deepEqual(events.map((event) => event.id), received.map(({ headers }) => headers['webhook-id']));
      assert.ok(events.every((event) => event.data.object.id === session.id && event.data.object.client_reference_id === 'user_7'));
      assert.equal(received.length, 2, 'one delivery per event (all answered 2xx)');
      const { body, headers } = received[0]!;
      assert.equal((await refusal(verifyWebhook(body.replace('user_7', 'user_8'), headers, secret))).code, 'webhook_signature_invalid');
    } finally {
      mock.close();
      for (const server of [api, receiver]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }
  });
});
