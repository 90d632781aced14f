// The mock backend and the core SDK in Node: no DOM, fetch uploads, the status stream read by fetch.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApiClient, watchSession, type ClientSession, type SessionStatus } from '../../src/core/index.js';
import { setupMockServer } from '../../src/mocks/node.js';
import { PNG } from '../support/images.js';

const API = 'http://localhost/v1';
const { backend, server } = setupMockServer({ apiBase: '/v1', redactionMs: 20 });

async function serverCall<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(API + path, {
    method,
    headers: { Authorization: `Bearer ${backend.secretKey}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.equal(response.ok, true, `${method} ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

const png = new Blob([PNG], { type: 'image/png' });

function watchUntilFinal(client: ReturnType<typeof createApiClient>): Promise<SessionStatus[]> {
  return new Promise((resolve, reject) => {
    const seen: SessionStatus[] = [];
    const stop = watchSession({
      client,
      onChange: (session) => {
        seen.push(session.status);
        if (session.status === 'verified' || session.status === 'canceled') {
          stop();
          resolve(seen);
        }
      },
      onError: reject,
    });
  });
}

describe('the mock backend in Node, driven by the core SDK', () => {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => backend.reset());
  after(() => server.close());

  it('creates a session over HTTP, uploads, submits and streams the status to verified', async () => {
    const created = await serverCall<{ id: string; client_secret: string }>('POST', '/identity/verification_sessions', {
      type: 'document',
      options: { document: { allowed_types: ['passport'] } },
      processing_ms: 20,
    });
    const client = createApiClient({ clientSecret: created.client_secret, apiBase: API });
    assert.equal((await client.retrieve()).status, 'requires_input');

    const progress: number[] = [];
    const front = await client.uploadFile(png, { purpose: 'identity_document', side: 'front' }, { onProgress: ({ loaded }) => progress.push(loaded) });
    assert.deepEqual(progress, [png.size], 'progress arrives once, at the end, without XMLHttpRequest');

    const watched = watchUntilFinal(client);
    const submitted: ClientSession = await client.submit({ document_type: 'passport', files: { front: front.id } });
    assert.equal(submitted.status, 'processing');
    assert.deepEqual(await watched, ['requires_input', 'processing', 'verified']);
    assert.equal(backend.submissionCount(created.id), 1);

    const events = await serverCall<{ data: { type: string }[] }>('GET', '/events');
    assert.deepEqual(
      events.data.map((event) => event.type),
      ['identity.verification_session.verified', 'identity.verification_session.processing', 'identity.verification_session.created'],
    );
  });

  it('redacts a session that requires input: .canceled at once, .redacted once the redaction ends; only the endpoint that lists it gets .redacted', async () => {
    const all = await serverCall<{ id: string }>('POST', '/webhook_endpoints', { url: 'https://example.test/all', enabled_events: ['*'] });
    const explicit = await serverCall<{ id: string }>('POST', '/webhook_endpoints', {
      url: 'https://example.test/redacted',
      enabled_events: ['identity.verification_session.canceled', 'identity.verification_session.redacted'],
    });
    const created = await serverCall<{ id: string }>('POST', '/identity/verification_sessions', { type: 'document' });
    const redacting = await serverCall<{ status: string; redaction: unknown }>('POST', `/identity/verification_sessions/${created.id}/redact`);
    assert.deepEqual([redacting.status, redacting.redaction], ['canceled', { status: 'processing' }]);

    const typesOf = async (id: string) =>
      (await serverCall<{ data: { type: string }[] }>('GET', `/webhook_endpoints/${id}/deliveries`)).data.map((event) => event.type);
    // The redaction ends `redactionMs` (20 ms) after the request: wait for the session to say so.
    const retrieve = () => serverCall<{ status: string; redaction: { status: string } }>('GET', `/identity/verification_sessions/${created.id}`);
    let redacted = await retrieve();
    for (let polls = 0; redacted.redaction.status !== 'redacted' && polls < 100; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      redacted = await retrieve();
    }
    assert.deepEqual([redacted.status, redacted.redaction], ['canceled', { status: 'redacted' }]);
    assert.deepEqual(await typesOf(all.id), ['identity.verification_session.canceled', 'identity.verification_session.created']);
    assert.deepEqual(await typesOf(explicit.id), ['identity.verification_session.redacted', 'identity.verification_session.canceled']);
  });
});

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the mock backend for integrators', () => {
  it('works in a consumer’s own setupServer(...createMockBackend().handlers) without Promise.withResolvers (Node 20)', async () => {
    // A fresh process, with Promise.withResolvers removed before anything is imported, as on Node 20.
    const script = `
      delete Promise.withResolvers;
      const { setupServer } = await import('msw/node');
      const { createMockBackend } = await import('./src/mocks/index.ts');
      const backend = createMockBackend();
      const server = setupServer(...backend.handlers);
      server.listen({ onUnhandledFrame: 'error' });
      const session = backend.createSession({ type: 'document' });
      const response = await fetch('http://localhost/v1/identity/verification_sessions/' + session.id, {
        headers: { Authorization: 'Bearer ' + session.client_secret },
      });
      console.log(JSON.stringify({ status: response.status, id: (await response.json()).id === session.id }));
      server.close();
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: ROOT });
    assert.deepEqual(JSON.parse(stdout.trim().split('\n').at(-1)!), { status: 200, id: true });
  });

  it('has sources that pass a consumer’s erasableSyntaxOnly (no parameter properties, enums or namespaces)', () => {
    const entries = ['src/mocks/index.ts', 'src/mocks/browser.ts', 'src/mocks/node.ts', 'src/core/image-type.ts'].map((path) => ROOT + path);
    const program = ts.createProgram(entries, {
      erasableSyntaxOnly: true,
      noEmit: true,
      strict: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    });
    const checked = program.getSourceFiles().filter((file) => file.fileName.startsWith(ROOT + 'src/'));
    assert.ok(checked.length >= 15, `checked ${checked.length} source files`);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName.startsWith(ROOT + 'src/'))
      .map((diagnostic) => `${diagnostic.file!.fileName.slice(ROOT.length)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
    assert.deepEqual(problems, []);
  });
});
