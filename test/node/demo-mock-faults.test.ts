// The demo dev server's fault control (`POST /__mock/faults`): what makes the fault panel work under `npm run demo`,
// where the mock backend lives in the server, not the page. Bad input gets a 400 that names the field.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { mockApiPlugin } from '../../demo/mock-api-plugin.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const KEY = { Authorization: 'Bearer sk_test_faults' };

describe('the demo dev server’s fault control (/__mock/faults)', () => {
  let demo: Server;
  let origin: string;
  before(async () => {
    const plugin = mockApiPlugin();
    let middleware!: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
    const configure = plugin.configureServer as (server: unknown) => void;
    configure({ middlewares: { use: (use: typeof middleware) => (middleware = use) }, httpServer: null, config: { server: {}, logger: { info() {} } } });
    demo = createServer((request, response) => middleware(request, response, () => response.writeHead(404).end()));
    await new Promise<void>((resolve) => demo.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(demo.address() as AddressInfo).port}`;
  });
  after(() => {
    demo.closeAllConnections();
    demo.close();
  });

  const control = (path: string, body: string, headers: Record<string, string> = JSON_HEADERS) =>
    fetch(`${origin}/__mock/${path}`, { method: 'POST', headers, body });
  const pending = async () => ((await (await control('faults/pending', '{}')).json()) as { pending: number }).pending;

  it('arms a fault that the next matching request meets, and counts it until it fires', async () => {
    const created = (await (await fetch(`${origin}/v1/identity/verification_sessions`, { method: 'POST', headers: { ...KEY, ...JSON_HEADERS }, body: '{}' })).json()) as { client_secret: string; id: string };
    const armed = await control('faults', JSON.stringify({ endpoint: 'retrieve', kind: 'server_error' }));
    assert.equal(armed.status, 200);
    assert.deepEqual(await armed.json(), { pending: 1 });
    assert.equal(await pending(), 1);

    const retrieve = () => fetch(`${origin}/v1/identity/verification_sessions/${created.id}`, { headers: { Authorization: `Bearer ${created.client_secret}` } });
    assert.equal((await retrieve()).status, 500, 'the armed fault');
    assert.equal(await pending(), 0);
    assert.equal((await retrieve()).status, 200, 'one shot only');
  });

  it('drops the connection for a network-error fault, as a network would, and answers the next request', async () => {
    const created = (await (await fetch(`${origin}/v1/identity/verification_sessions`, { method: 'POST', headers: { ...KEY, ...JSON_HEADERS }, body: '{}' })).json()) as { client_secret: string; id: string };
    assert.equal((await control('faults', JSON.stringify({ endpoint: 'retrieve', kind: 'network' }))).status, 200);
    const retrieve = () => fetch(`${origin}/v1/identity/verification_sessions/${created.id}`, { headers: { Authorization: `Bearer ${created.client_secret}` } });
    await assert.rejects(retrieve(), TypeError, 'fetch fails: no answer at all, not a 500');
    assert.equal((await retrieve()).status, 200);
  });

  it('refuses a fault it does not know with a 400 that says why, and arms nothing', async () => {
    const cases: [string, RegExp][] = [
      ['not json', /JSON object/],
      [JSON.stringify({ endpoint: 'create', kind: 'server_error' }), /"endpoint" must be one of retrieve, files, submit, decline, stream/],
      [JSON.stringify({ endpoint: 'submit', kind: 'explode' }), /"kind" must be one of/],
      [JSON.stringify({ endpoint: 'submit', kind: 'delay' }), /A delay needs "ms"/],
      [JSON.stringify({ endpoint: 'submit', kind: 'delay', ms: 600_000 }), /from 0 to 10000/],
      [JSON.stringify({ endpoint: 'submit', kind: 'network', times: 0 }), /"times" must be an integer from 1 to 10/],
      [JSON.stringify({ endpoint: 'submit', kind: 'network', pad: 'x'.repeat(2000) }), /JSON object/],
    ];
    for (const [body, message] of cases) {
      const response = await control('faults', body);
      assert.equal(response.status, 400, body.slice(0, 60));
      assert.match(((await response.json()) as { error: { message: string } }).error.message, message);
    }
    assert.equal(await pending(), 0);
  });

  it('refuses, like every test path, a simple request and another origin', async () => {
    const fault = JSON.stringify({ endpoint: 'submit', kind: 'network' });
    assert.equal((await control('faults', fault, { 'Content-Type': 'text/plain' })).status, 403);
    assert.equal((await control('faults', fault, { ...JSON_HEADERS, Origin: 'http://evil.example' })).status, 403);
    assert.equal(await pending(), 0);
  });
});
