// The mock over HTTP against hostile callers (issue 26, items 2 and 11): server-side paths answer no page on
// another origin, bodies are limited (413) and read only after the credentials, bad input gets a clear error,
// and the server stays up with bounded memory.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { mockApiPlugin } from '../../demo/mock-api-plugin.js';
import { createMockHttpBackend, MAX_JSON_BODY_BYTES, MAX_UPLOAD_BODY_BYTES } from '../../src/mocks/http.js';
import { PNG } from '../support/images.js';

const EVIL = 'http://evil.example';
const KEY = { Authorization: 'Bearer sk_test_security' };

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

/** `total` bytes of `byte`, in 64 KiB chunks of one shared buffer (the sender holds almost nothing). */
function streamOf(total: number, byte = 0x20): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(byte);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

const mock = createMockHttpBackend({ corsOrigin: ['http://allowed.example'], webhooks: false, defaultProcessingMs: 20 });
let server: Server;
let origin: string;
let api: string;

before(async () => {
  ({ server, origin } = await listen((request, response) => mock.handler(request, response)));
  api = `${origin}/v1`;
});
after(() => {
  mock.backend.reset();
  server.closeAllConnections();
  server.close();
});

describe('the HTTP mock and other origins', () => {
  it('refuses a server-side request that carries another Origin (403, no CORS), and answers its own origin', async () => {
    const foreign = await fetch(`${api}/events`, { headers: { ...KEY, Origin: EVIL } });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    assert.equal(await errorCode(foreign), 'cross_origin_forbidden');
    const session = mock.backend.createSession({ type: 'document' });
    const byKey = await fetch(`${api}/identity/verification_sessions/${session.id}`, { headers: { ...KEY, Origin: 'http://allowed.example' } });
    assert.equal(byKey.status, 403, 'a session read with the secret key is server-side, whatever the path');
    const own = await fetch(`${api}/events`, { headers: { ...KEY, Origin: origin } });
    assert.equal(own.status, 200);
  });

  it('grants preflights only for client-side paths and allowed origins', async () => {
    const preflight = (path: string, from: string) =>
      fetch(`${api}${path}`, { method: 'OPTIONS', headers: { Origin: from, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key' } });
    const client = await preflight('/identity/verification_sessions/vs_1/submit', 'http://allowed.example');
    assert.equal(client.headers.get('access-control-allow-origin'), 'http://allowed.example');
    assert.match(client.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    for (const [path, from] of [['/identity/verification_sessions', 'http://allowed.example'], ['/events', 'http://allowed.example'], ['/identity/verification_sessions/vs_1/submit', EVIL]] as const) {
      assert.equal((await preflight(path, from)).headers.get('access-control-allow-origin'), null, `${path} from ${from}`);
    }
  });

  it('answers a client-side call from an allowed origin with CORS', async () => {
    const session = mock.backend.createSession({ type: 'document' });
    const response = await fetch(`${api}/identity/verification_sessions/${session.id}`, { headers: { Authorization: `Bearer ${session.client_secret}`, Origin: 'http://allowed.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://allowed.example');
  });
});

describe('the HTTP mock and bad input', () => {
  it('refuses a body over its limit with 413, declared or streamed, and stays up', async () => {
    const big = JSON.stringify({ type: 'document', metadata: { note: 'x'.repeat(MAX_JSON_BODY_BYTES) } });
    const declared = await fetch(`${api}/identity/verification_sessions`, { method: 'POST', headers: { ...KEY, 'Content-Type': 'application/json' }, body: big });
    assert.deepEqual([declared.status, await errorCode(declared)], [413, 'body_too_large']);
    const streamed = await fetch(`${api}/identity/verification_sessions`, {
      method: 'POST',
      headers: { ...KEY, 'Content-Type': 'application/json' },
      body: streamOf(2 * MAX_JSON_BODY_BYTES),
      duplex: 'half',
    } as RequestInit);
    assert.deepEqual([streamed.status, await errorCode(streamed)], [413, 'body_too_large']);
    const session = mock.backend.createSession({ type: 'document' });
    const form = new FormData();
    form.set('purpose', 'identity_document');
    form.set('side', 'front');
    form.set('file', new Blob([PNG, new Uint8Array(MAX_UPLOAD_BODY_BYTES)], { type: 'image/png' }));
    const upload = await fetch(`${api}/identity/verification_sessions/${session.id}/files`, { method: 'POST', headers: { Authorization: `Bearer ${session.client_secret}` }, body: form });
    assert.equal(upload.status, 413);
    assert.equal((await fetch(`${api}/events`, { headers: KEY })).status, 200);
  });

  it('checks the credential before reading an upload: 100 MB with a bad secret is refused without being held', async () => {
    const session = mock.backend.createSession({ type: 'document' });
    const before = process.memoryUsage().rss;
    const response = await fetch(`${api}/identity/verification_sessions/${session.id}/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.id}_secret_wrongwrongwrongwrongwron`, 'Content-Type': 'multipart/form-data; boundary=x' },
      body: streamOf(100 * 1024 * 1024),
      duplex: 'half',
    } as RequestInit);
    assert.deepEqual([response.status, await errorCode(response)], [401, 'secret_invalid']);
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    console.log(`  RSS before ${(before / 2 ** 20).toFixed(0)} MB, after ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
    assert.ok(grown < 40, `RSS grew by ${grown.toFixed(0)} MB for a refused 100 MB upload`);
  });

  it('gives a clear error for malformed JSON and multipart, 10 000 metadata keys, and path ids with .. or %00', async () => {
    const post = (path: string, body: string, type: string) => fetch(`${api}${path}`, { method: 'POST', headers: { ...KEY, 'Content-Type': type }, body });
    const malformed = await post('/identity/verification_sessions', '{"type":', 'application/json');
    assert.deepEqual([malformed.status, await errorCode(malformed)], [400, 'parameter_invalid']);
    const metadata = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, 'v']));
    const manyKeys = await post('/identity/verification_sessions', JSON.stringify({ type: 'document', metadata }), 'application/json');
    assert.deepEqual([manyKeys.status, await errorCode(manyKeys)], [400, 'parameter_invalid']);
    const session = mock.backend.createSession({ type: 'document' });
    const multipart = await fetch(`${api}/identity/verification_sessions/${session.id}/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.client_secret}`, 'Content-Type': 'multipart/form-data; boundary=zz' },
      body: '--zz\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nidentity_doc',
    });
    assert.deepEqual([multipart.status, await errorCode(multipart)], [400, 'parameter_invalid']);
    for (const path of ['/identity/verification_sessions/..%2F..%2Fevents', '/identity/verification_sessions/vs_%00', '/identity/verification_sessions/../../etc/passwd']) {
      const response = await fetch(`${api}${path}`, { headers: KEY });
      assert.equal(response.status, 404, path);
      assert.equal(await errorCode(response), 'resource_missing', path);
    }
  });

  it('holds 300 concurrent status streams and answers the API meanwhile', async () => {
    const session = mock.backend.createSession({ type: 'document' });
    const before = process.memoryUsage().rss;
    const aborts = Array.from({ length: 300 }, () => new AbortController());
    const streams = await Promise.all(
      aborts.map((abort) =>
        fetch(`${api}/identity/verification_sessions/${session.id}/stream`, { headers: { Authorization: `Bearer ${session.client_secret}`, Accept: 'text/event-stream' }, signal: abort.signal }),
      ),
    );
    assert.deepEqual(new Set(streams.map((response) => response.status)), new Set([200]));
    const firstFrames = await Promise.all(streams.map(async (response) => new TextDecoder().decode((await response.body!.getReader().read()).value)));
    assert.ok(firstFrames.every((frame) => frame.includes('requires_input')));
    assert.equal((await fetch(`${api}/events`, { headers: KEY })).status, 200);
    for (const abort of aborts) abort.abort();
    console.log(`  300 streams: RSS before ${(before / 2 ** 20).toFixed(0)} MB, with them ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  });
});

describe('the demo dev server’s test endpoints (/__mock/)', () => {
  let demo: Server;
  let demoOrigin: string;
  before(async () => {
    const plugin = mockApiPlugin();
    let middleware!: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
    const configure = plugin.configureServer as (server: unknown) => void;
    configure({ middlewares: { use: (use: typeof middleware) => (middleware = use) }, httpServer: null, config: { server: {}, logger: { info() {} } } });
    ({ server: demo, origin: demoOrigin } = await listen((request, response) => middleware(request, response, () => response.writeHead(404).end())));
  });
  after(() => {
    demo.closeAllConnections();
    demo.close();
  });

  it('refuse a simple request and another origin; run a same-origin JSON request', async () => {
    const url = `${demoOrigin}/__mock/expire-handoff-codes`;
    const simple = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '' });
    assert.equal(simple.status, 403, 'a text/plain POST is what a page elsewhere can send without a preflight');
    const foreign = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: EVIL }, body: '{}' });
    assert.equal(foreign.status, 403);
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    const own = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: demoOrigin }, body: '{}' });
    assert.equal(own.status, 204);
  });

  it('deliver the webhooks of the demo’s panel to its own receiver, signed and logged with their attempts', async () => {
    const key = { ...KEY, 'Content-Type': 'application/json' };
    const endpoint = (await (await fetch(`${demoOrigin}/v1/webhook_endpoints`, { method: 'POST', headers: key, body: JSON.stringify({ url: `${demoOrigin}/__mock/webhooks/all`, enabled_events: ['*'] }) })).json()) as { id: string };
    await fetch(`${demoOrigin}/v1/identity/verification_sessions`, { method: 'POST', headers: key, body: '{}' });
    const deadline = Date.now() + 5000;
    let deliveries: { type: string; delivery: { status: string; attempts: { status_code: number }[] } }[] = [];
    while (deliveries[0]?.delivery.status !== 'succeeded' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      deliveries = ((await (await fetch(`${demoOrigin}/v1/webhook_endpoints/${endpoint.id}/deliveries`, { headers: KEY })).json()) as { data: typeof deliveries }).data;
    }
    assert.deepEqual(deliveries.map(({ type, delivery }) => [type, delivery.status, delivery.attempts.map((attempt) => attempt.status_code)]), [['identity.verification_session.created', 'succeeded', [204]]]);
  });
});
