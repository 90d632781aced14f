// The package as an integrator gets it: `npm pack`, the tarball installed into each app of examples/
// (copied to a temporary folder, so nothing from this repository leaks in), type-checked, built,
// imported in Node, and driven in Chromium.

import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { preview, type PreviewServer } from 'vite';
import { acceptConsent, dialog, expectHeading, submit, uploadPhoto } from '../e2e/flow.js';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const examplesRoot = resolve(projectRoot, 'examples');
const EXAMPLES = ['plain-html', 'vite-vanilla', 'vite-react', 'vitest', 'typings', 'webhook-express', 'nextjs-webhook'] as const;
type Example = (typeof EXAMPLES)[number];

// Packing builds the library; installs come from npm's cache when warm. Generous for a loaded CI machine.
const SETUP_TIMEOUT = 5 * 60_000;
const FLOW_TIMEOUT = 60_000;

const CHROME_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface PackResult {
  filename: string;
  files: { path: string; size: number }[];
  size: number;
  unpackedSize: number;
}

/** Runs a command; on failure, throws with the end of its output rather than all of it. */
async function command(file: string, args: string[], cwd: string): Promise<{ stdout: string }> {
  try {
    return await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false', NEXT_TELEMETRY_DISABLED: '1' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n')}`);
  }
}
const npm = (args: string[], cwd: string) => command('npm', args, cwd);

let workDir: string;
let pack: PackResult;
const appDir = (example: Example) => join(workDir, example);
let browser: Browser;

before(
  async () => {
    workDir = await mkdtemp(join(tmpdir(), 'verify-identity-package-'));
    const { stdout } = await npm(['pack', '--json', '--pack-destination', workDir], projectRoot);
    // npm prints the JSON last, after the build's own output (which may hold a "[" of its own).
    pack = (JSON.parse(stdout.slice(stdout.search(/^\[\s*$/m))) as PackResult[])[0]!;
    // One install for every example: each app's folder sits under one node_modules that holds the tarball
    // and the union of the apps' (identically pinned) dependencies. Five installs would take minutes.
    const union: Record<string, Record<string, string>> = { dependencies: {}, devDependencies: {} };
    for (const example of EXAMPLES) {
      await cp(join(examplesRoot, example), appDir(example), { recursive: true, filter: (path) => !/node_modules|dist$|public$|\.next$/.test(path) });
      const manifest = JSON.parse(await readFile(join(examplesRoot, example, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
      for (const field of ['dependencies', 'devDependencies'] as const) {
        for (const [name, version] of Object.entries(manifest[field] ?? {})) {
          const pinned = union.dependencies![name] ?? union.devDependencies![name];
          assert.ok(!pinned || pinned === version || name === 'verify-identity', `${example} pins ${name}@${version}, another example ${pinned}`);
          union[field]![name] = version;
        }
      }
    }
    delete union.dependencies!['verify-identity'];
    union.dependencies!['verify-identity'] = `file:./${pack.filename}`;
    await writeFile(join(workDir, 'package.json'), JSON.stringify({ name: 'examples', private: true, type: 'module', ...union }, null, 2));
    await npm(['install', '--no-audit', '--no-fund', '--prefer-offline'], workDir);
    browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: CHROME_ARGS });
  },
  { timeout: SETUP_TIMEOUT },
);

after(async () => {
  await browser?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true, maxRetries: 5 });
});

describe('the tarball', () => {
  it('holds the built entries, their types and the manifest, and nothing private', () => {
    const paths = pack.files.map((file) => file.path);
    console.log(`  ${pack.filename}: ${paths.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'openapi/verify-identity.openapi.yaml', 'dist/index.js', 'dist/index.d.ts', 'dist/browser/verify-identity.js', 'dist/react/index.d.ts']) {
      assert.ok(paths.includes(required), `${required} is missing`);
    }
    const unexpected = paths.filter(
      (path) => !/^(package\.json|README\.md|LICENSE|custom-elements\.json|openapi\/verify-identity\.openapi\.yaml)$/.test(path) && !/^dist\/.+\.(js|d\.ts)$/.test(path),
    );
    assert.deepEqual(unexpected, [], 'only dist/*.js, dist/*.d.ts, the manifest, the OpenAPI document, README and package.json');
    assert.ok(!paths.some((path) => /\.map$|^(src|test|demo|bench|examples|\.ci)\//.test(path)));
  });

  it('resolves every export to a file it holds, each with types', async () => {
    const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>> };
    const paths = new Set(pack.files.map((file) => file.path));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const conditions = typeof target === 'string' ? { default: target } : target;
      for (const [condition, file] of Object.entries(conditions)) {
        assert.ok(paths.has(file.replace(/^\.\//, '')), `${subpath} (${condition}) → ${file} is not in the tarball`);
      }
      if (typeof target !== 'string') assert.ok(target['types'], `${subpath} has no types`);
    }
  });

  it('declares as dependencies exactly the packages its files import (peers aside)', async () => {
    const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const installed = join(workDir, 'node_modules/verify-identity/dist');
    const imported = new Set<string>();
    for (const file of (await readdir(installed, { recursive: true })).filter((name) => name.endsWith('.js') && !name.startsWith('browser/'))) {
      const source = await readFile(join(installed, file), 'utf8');
      // Static imports and `import('…')` (Floating UI and the QR library load on demand).
      for (const [, staticSpecifier, dynamicSpecifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'".][^'"]*)['"]|import\s*\(\s*['"]([^'".][^'"]*)['"]/g)) {
        const specifier = staticSpecifier ?? dynamicSpecifier;
        if (specifier && !specifier.startsWith('node:')) imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
      for (const [, specifier] of source.matchAll(/(?:^|\n)import\s*['"]([^'".][^'"]*)['"]/g)) imported.add(specifier!.split('/')[0]!);
    }
    const peers = Object.keys(manifest['peerDependencies'] ?? {});
    assert.deepEqual([...imported].filter((name) => !peers.includes(name)).sort(), Object.keys(manifest['dependencies'] ?? {}).sort());
  });
});

describe('in Node (server-side rendering, tests)', () => {
  it('imports every entry without a DOM, throwing nothing and defining nothing', async () => {
    const entries = ['verify-identity', 'verify-identity/core', 'verify-identity/core/handoff', 'verify-identity/react', 'verify-identity/mocks', 'verify-identity/mocks/browser', 'verify-identity/mocks/node', 'verify-identity/mocks/http', 'verify-identity/server', 'verify-identity/conformance', 'verify-identity/browser', 'verify-identity/browser/core'];
    const script = `
      const entries = ${JSON.stringify(entries)};
      const loaded = {};
      for (const entry of entries) loaded[entry] = Object.keys(await import(entry)).length;
      console.log(JSON.stringify({ loaded, HTMLElement: typeof HTMLElement, defined: globalThis.customElements?.get?.('verify-identity') ?? null }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: appDir('vite-react') });
    const report = JSON.parse(stdout) as { loaded: Record<string, number>; HTMLElement: string; defined: unknown };
    for (const entry of entries) assert.ok(report.loaded[entry]! > 0, `${entry} exports nothing`);
    assert.equal(report.HTMLElement, 'undefined', 'no DOM global was installed');
    assert.equal(report.defined, null, 'no element was defined');
  });
});

describe('verify-identity/server in an edge-style bundle', () => {
  it('bundles from the tarball for a neutral platform, importing nothing (no node: module)', async () => {
    const result = await build({
      stdin: { contents: "export * from 'verify-identity/server';", resolveDir: appDir('webhook-express') },
      bundle: true, format: 'esm', platform: 'neutral', write: false, metafile: true, logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((item) => item.path));
    assert.deepEqual(imports, []);
  });
});

// --- webhook receivers ---------------------------------------------------------------------------

const WEBHOOK_SECRET = `whsec_${btoa('the receivers test secret, 32 B!')}`;

/** An event of `type` as the service sends it, with the session's reference; each call a new event id. */
function webhookEvent(type: string, reference: string, lastError: unknown = null): { id: string; body: string } {
  const id = `evt_${crypto.randomUUID().replaceAll('-', '')}`;
  const session = { id: 'vs_receiver', object: 'identity.verification_session', status: type.split('.').at(-1), client_reference_id: reference, last_error: lastError };
  return { id, body: JSON.stringify({ id, object: 'event', type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object: session } }) };
}

/** The delivery's headers, signed by the `standardwebhooks` package as any Standard Webhooks sender would. */
function signedHeaders({ id, body }: { id: string; body: string }, secret = WEBHOOK_SECRET): Record<string, string> {
  const timestamp = new Date();
  return {
    'Content-Type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
  };
}

type Action = { type: string; session: string; reference: string | null };

/**
 * A receiver's behaviour through `deliver` (one POST, its status) and `actions` (what it did): each outcome
 * acted on once, a duplicate delivery acknowledged (2xx) without acting again, a bad signature refused.
 */
async function checkReceiver(deliver: (body: string, headers: Record<string, string>) => Promise<number>, actions: () => Action[]): Promise<void> {
  const verified = webhookEvent('identity.verification_session.verified', 'user_1');
  const failed = webhookEvent('identity.verification_session.requires_input', 'user_2', { code: 'document_expired', reason: 'The document is expired.' });
  const canceled = webhookEvent('identity.verification_session.canceled', 'user_3');
  const created = webhookEvent('identity.verification_session.created', 'user_4');
  for (const event of [verified, failed, canceled, created]) assert.equal(await deliver(event.body, signedHeaders(event)), 204);
  // The same delivery again, as a retry after a lost answer: acknowledged, not acted on.
  assert.equal(await deliver(verified.body, signedHeaders(verified)), 204);
  const expected = [
    { type: 'verified', session: 'vs_receiver', reference: 'user_1' },
    { type: 'requires_input:document_expired', session: 'vs_receiver', reference: 'user_2' },
    { type: 'canceled', session: 'vs_receiver', reference: 'user_3' },
  ];
  assert.deepEqual(actions(), expected);

  const forged = webhookEvent('identity.verification_session.verified', 'attacker');
  assert.equal(await deliver(forged.body, signedHeaders(forged, `whsec_${btoa('some other secret of 32 bytes...')}`)), 400);
  const tampered = webhookEvent('identity.verification_session.verified', 'user_5');
  assert.equal(await deliver(tampered.body.replace('user_5', 'user_6'), signedHeaders(tampered)), 400);
  const { 'webhook-signature': _, ...unsigned } = signedHeaders(tampered);
  assert.equal(await deliver(tampered.body, unsigned), 400);
  assert.deepEqual(actions(), expected, 'nothing unverified was acted on');
}

describe('examples/webhook-express: an Express webhook receiver', () => {
  it('acts once per event, acknowledges a duplicate, refuses a bad signature', async () => {
    const { createApp } = (await import(pathToFileURL(join(appDir('webhook-express'), 'app.js')).href)) as {
      createApp(options: { secret: string }): { listen(port: number, host: string): import('node:http').Server; locals: { actions: Action[] } };
    };
    const app = createApp({ secret: WEBHOOK_SECRET });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
      await checkReceiver(async (body, headers) => (await fetch(url, { method: 'POST', headers, body })).status, () => app.locals.actions);
    } finally {
      server.close();
    }
  });
});

describe('examples/nextjs-webhook: a Next.js App Router route handler', () => {
  it('builds with next build (type-checked)', { timeout: SETUP_TIMEOUT }, async () => {
    await npm(['run', 'build'], appDir('nextjs-webhook'));
  });

  it('acts once per event, acknowledges a duplicate, refuses a bad signature (the route handler called directly)', async () => {
    process.env['VERIFY_IDENTITY_WEBHOOK_SECRET'] = WEBHOOK_SECRET;
    const route = (await import(pathToFileURL(join(appDir('nextjs-webhook'), 'app/api/webhooks/route.ts')).href)) as { POST(request: Request): Promise<Response> };
    const receiver = (await import(pathToFileURL(join(appDir('nextjs-webhook'), 'lib/receiver.ts')).href)) as { actions: Action[] };
    try {
      await checkReceiver(
        async (body, headers) => (await route.POST(new Request('http://127.0.0.1/api/webhooks', { method: 'POST', headers, body }))).status,
        () => receiver.actions,
      );
    } finally {
      delete process.env['VERIFY_IDENTITY_WEBHOOK_SECRET'];
    }
  });
});

/** Serves a built Vite app from `dist/` on a free loopback port. */
async function previewApp(example: Example): Promise<PreviewServer> {
  return preview({ root: appDir(example), configFile: false, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
}

/**
 * In a fresh browser context at `url`: the page's button, consent, a passport photo uploaded, submitted,
 * verified, closed with Done; then the page's status must read `result`, and the page threw nothing.
 */
async function verifyByUpload(url: string, result: string | RegExp): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await page.getByRole('button', { name: 'Verify your identity' }).and(page.locator(':enabled')).click();
    const modal = dialog(page);
    await expectHeading(modal, 'Before you start');
    await acceptConsent(modal);
    await uploadPhoto(modal);
    await submit(modal);
    await expectHeading(modal, 'You are verified');
    await modal.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('status').filter({ hasText: result }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}

/** Builds a Vite example, serves `dist/` on a free loopback port, and verifies a person there. */
async function verifyInViteApp(example: Example, result: string | RegExp): Promise<void> {
  const server = await previewApp(example);
  try {
    await verifyByUpload(server.resolvedUrls!.local[0]!, result);
  } finally {
    await server.close();
  }
}

describe('examples/vite-vanilla: a Vite + TypeScript app', () => {
  before(async () => {
    await command(join(workDir, 'node_modules/.bin/msw'), ['init', 'public', '--save'], appDir('vite-vanilla'));
  });

  it('type-checks (strict, erasableSyntaxOnly) and builds', { timeout: FLOW_TIMEOUT }, async () => {
    await npm(['run', 'build'], appDir('vite-vanilla'));
  });

  it('verifies a person end to end with the mock backend in the page', { timeout: FLOW_TIMEOUT }, async () => {
    await verifyInViteApp('vite-vanilla', 'Result: verified');
  });
});

describe('examples/vite-react: a Vite + React 19 app', () => {
  before(async () => {
    await command(join(workDir, 'node_modules/.bin/msw'), ['init', 'public', '--save'], appDir('vite-react'));
  });

  it('type-checks the wrapper and the bare tag in TSX, and builds', { timeout: FLOW_TIMEOUT }, async () => {
    await npm(['run', 'build'], appDir('vite-react'));
  });

  it('reports the outcome through the wrapper’s typed event props', { timeout: FLOW_TIMEOUT }, async () => {
    await verifyInViteApp('vite-react', /^Result: verified \(vs_\w+\)$/);
  });
});

describe('examples/vitest: the page’s own tests with Vitest', () => {
  it('runs the core against msw/node in Node and the element in jsdom', { timeout: FLOW_TIMEOUT }, async () => {
    const { stdout } = await npm(['test'], appDir('vitest'));
    assert.match(stdout.replace(/\x1b\[[0-9;]*m/g, ''), /Tests\s+3 passed \(3\)/);
  });
});

describe('examples/typings: Preact, Svelte 5 and Vue', () => {
  it('type the bare tag, its attributes and its events’ details', { timeout: FLOW_TIMEOUT }, async () => {
    await npm(['run', 'build'], appDir('typings'));
  });
});

describe('examples/plain-html: a plain page with an import map, the mock over real HTTP', () => {
  let server: ChildProcess;
  let url: string;
  before(async () => {
    server = spawn(process.execPath, ['server.js'], { cwd: appDir('plain-html'), env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
    url = await new Promise<string>((resolveUrl, reject) => {
      server.once('exit', (code) => reject(new Error(`server.js exited with ${code}`)));
      server.stdout!.on('data', (chunk: Buffer) => {
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
        if (match) resolveUrl(match[0]);
      });
    });
  });
  after(() => {
    server?.kill();
  });

  it('verifies a person end to end with the self-contained build', { timeout: FLOW_TIMEOUT }, async () => {
    await verifyByUpload(url, 'Result: verified');
  });
});

describe('the verify-identity bin, from the tarball in an empty folder (Node 20)', () => {
  let folder: string;
  const children: ChildProcess[] = [];
  const receivers: Server[] = [];

  before(
    async () => {
      // Outside workDir: nothing of the examples' node_modules (msw among them) can be found from here.
      folder = await mkdtemp(join(tmpdir(), 'verify-identity-bin-'));
      await writeFile(join(folder, 'package.json'), JSON.stringify({ name: 'receiver', private: true, type: 'module' }));
      // msw: the mock's engine, a peer dependency that `serve` needs; standardwebhooks: how a receiver checks signatures.
      await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(workDir, pack.filename), 'msw@3.0.5', 'standardwebhooks@1.3.0'], folder);
    },
    { timeout: SETUP_TIMEOUT },
  );
  after(async () => {
    for (const child of children) child.kill('SIGTERM');
    for (const server of receivers) server.closeAllConnections();
    await Promise.all(receivers.map((server) => new Promise((resolve) => server.close(resolve))));
    if (folder) await rm(folder, { recursive: true, force: true, maxRetries: 5 });
  });

  /** A webhook receiver on a free loopback port; `status(n)` answers the nth request. */
  async function receiver(status: (count: number) => number): Promise<{ url: string; received: { headers: Record<string, string>; body: string }[] }> {
    const received: { headers: Record<string, string>; body: string }[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(status(received.length)).end();
      });
    });
    receivers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
  }

  it('serve forwards signed events; trigger plays verified then redacted; a 500 is retried with the same webhook-id', { timeout: FLOW_TIMEOUT }, async () => {
    const failsOnce = await receiver((count) => (count === 1 ? 500 : 204));
    const listsRedacted = await receiver(() => 204);
    const { serve, output: outputOf, ...banner } = await startServe(['--forward-to', failsOnce.url, '--retry-schedule', '50ms,100ms,200ms']);
    const endpoint = await fetch(`${banner.apiBase}/webhook_endpoints`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk_test_package', 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: listsRedacted.url, enabled_events: ['identity.verification_session.redacted'] }),
    });
    assert.equal(endpoint.status, 200);

    const { stdout } = await command('npx', ['--no-install', 'verify-identity', 'trigger', 'redacted', '--api-base', banner.apiBase], folder);
    assert.match(stdout, /done\s+→ verified, redacted/);
    const deadline = Date.now() + 10_000;
    while ((failsOnce.received.length < 4 || listsRedacted.received.length < 1) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));

    // Verified by the receiver's own copy of standardwebhooks, in the empty folder, with the printed secret.
    const script = `
      import { Webhook } from 'standardwebhooks';
      const deliveries = JSON.parse(process.argv[1]);
      const webhook = new Webhook(${JSON.stringify(banner.secret)});
      console.log(JSON.stringify(deliveries.map(({ body, headers }) => {
        const event = webhook.verify(body, headers);
        return { id: headers['webhook-id'], eventId: event.id, type: event.type.split('.').at(-1) };
      })));`;
    const check = async (deliveries: unknown[]) =>
      JSON.parse((await run(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(deliveries)], { cwd: folder })).stdout) as { id: string; eventId: string; type: string }[];
    const all = await check(failsOnce.received);
    assert.ok(all.every(({ id, eventId }) => id === eventId), 'webhook-id is the event id');
    const first = all[0]!;
    const retries = all.filter(({ id }) => id === first.id);
    assert.equal(retries.length, 2, `the event answered 500 came again with the same webhook-id: ${JSON.stringify(all)}`);
    assert.deepEqual([...new Set(all.map(({ type }) => type))].sort(), ['created', 'processing', 'verified'], 'the * endpoint never gets .redacted');
    assert.equal(all.length, 4, 'each event once, and the retried one twice');
    assert.deepEqual((await check(listsRedacted.received)).map(({ type }) => type), ['redacted']);
    assert.match(outputOf(), /\.created evt_\w+ → http:\/\/127\.0\.0\.1:\d+\/hooks {2}500 {2}\d+ ms {2}\(attempt 1, retry in 50 ms\)/);

    const stopped = new Promise<number | null>((resolveExit) => serve.once('exit', resolveExit));
    serve.kill('SIGTERM');
    assert.equal(await stopped, 0);
    assert.match(outputOf(), /Stopped \(SIGTERM\)/);
  });

  /** Starts the installed bin's `serve` with `args`; resolves its banner's API base and webhook secret. */
  async function startServe(args: string[]): Promise<{ serve: ChildProcess; apiBase: string; secret: string; output: () => string }> {
    // The installed bin itself (its shebang, its mode), not an npx wrapper that a signal might not reach.
    const serve = spawn(join(folder, 'node_modules/.bin/verify-identity'), ['serve', '--port', '0', ...args], { cwd: folder, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(serve);
    let output = '';
    const banner = await new Promise<{ apiBase: string; secret: string }>((resolveBanner, reject) => {
      serve.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      serve.stdout!.on('data', (chunk: Buffer) => {
        output += String(chunk);
        const apiBase = /API base\s+(http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(output)?.[1];
        const secret = /Webhook secret\s+(whsec_\S+)/.exec(output)?.[1];
        if (apiBase && secret && output.includes('Ready.')) resolveBanner({ apiBase, secret });
      });
    });
    return { serve, ...banner, output: () => output };
  }

  it('serve → trigger verified → the examples/webhook-express receiver: every delivery verified and acknowledged, each outcome acted on once', { timeout: FLOW_TIMEOUT }, async () => {
    // The Express example as installed from the tarball (examples/ set-up), with the secret serve is given.
    const { createApp } = (await import(pathToFileURL(join(appDir('webhook-express'), 'app.js')).href)) as {
      createApp(options: { secret: string }): { listen(port: number, host: string): Server; locals: { actions: Action[] } };
    };
    const app = createApp({ secret: WEBHOOK_SECRET });
    const express = app.listen(0, '127.0.0.1');
    receivers.push(express);
    await once(express, 'listening');
    const hooks = `http://127.0.0.1:${(express.address() as AddressInfo).port}/hooks`;
    const { serve, apiBase } = await startServe(['--forward-to', hooks, '--webhook-secret', WEBHOOK_SECRET, '--retry-schedule', '50ms,100ms,200ms']);
    const api = async <T>(method: string, path: string): Promise<T> => (await (await fetch(`${apiBase}${path}`, { method, headers: { Authorization: 'Bearer sk_test_package' } })).json()) as T;

    const { stdout } = await command('npx', ['--no-install', 'verify-identity', 'trigger', 'verified', '--api-base', apiBase], folder);
    assert.match(stdout, /done\s+→ verified/);
    type Logged = { id: string; type: string; data: { object: { id: string } }; delivery: { status: string; attempts: { status_code: number | null }[] } };
    const [endpoint] = (await api<{ data: { id: string; url: string }[] }>('GET', '/webhook_endpoints')).data;
    assert.equal(endpoint!.url, hooks);
    const log = async () => (await api<{ data: Logged[] }>('GET', `/webhook_endpoints/${endpoint!.id}/deliveries`)).data;
    const deadline = Date.now() + 10_000;
    while ((await log()).some((delivery) => delivery.delivery.status === 'pending') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));

    // Missing or unverifiable: the receiver answers 400 to a signature it cannot verify, so the log would show it.
    const delivered = (await log()).reverse();
    assert.deepEqual(delivered.map((delivery) => delivery.type.split('.').at(-1)), ['created', 'processing', 'verified']);
    for (const { type, delivery } of delivered) assert.deepEqual([type, delivery.status, delivery.attempts.map((attempt) => attempt.status_code)], [type, 'succeeded', [204]]);
    const sessionId = delivered[0]!.data.object.id;
    assert.deepEqual(app.locals.actions, [{ type: 'verified', session: sessionId, reference: null }]);

    // Duplicated in effect: the verified event delivered again (same webhook-id) is acknowledged, not acted on.
    const verified = delivered[2]!;
    await api('POST', `/webhook_endpoints/${endpoint!.id}/deliveries/${verified.id}/redeliver`);
    while ((await log()).find((delivery) => delivery.id === verified.id)!.delivery.attempts.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const again = (await log()).find((delivery) => delivery.id === verified.id)!.delivery;
    assert.deepEqual([again.status, again.attempts.map((attempt) => attempt.status_code)], ['succeeded', [204, 204]]);
    assert.deepEqual(app.locals.actions, [{ type: 'verified', session: sessionId, reference: null }]);

    const stopped = new Promise<number | null>((resolveExit) => serve.once('exit', resolveExit));
    serve.kill('SIGTERM');
    assert.equal(await stopped, 0);
  });

  it('conformance passes against serve (issue 21): every clause passes or is not exercised, none fails', { timeout: FLOW_TIMEOUT }, async () => {
    const { serve, apiBase, secret } = await startServe(['--retry-schedule', '50ms,100ms']);
    const { stdout } = await command(
      'npx',
      ['--no-install', 'verify-identity', 'conformance', '--api-base', apiBase, '--secret-key', 'sk_test_package', '--origin', 'http://localhost:5173', '--webhook-secret', secret, '--json'],
      folder,
    );
    const report = JSON.parse(stdout) as { ok: boolean; summary: Record<string, number>; clauses: { id: string; status: string }[] };
    assert.deepEqual(report.clauses.filter((clause) => clause.status === 'fail').map((clause) => clause.id), []);
    assert.equal(report.ok, true);
    assert.ok(report.summary['pass']! >= 39, `clauses passed: ${JSON.stringify(report.summary)}`);
    const stopped = new Promise<number | null>((resolveExit) => serve.once('exit', resolveExit));
    serve.kill('SIGTERM');
    assert.equal(await stopped, 0);
  });

  it('serve without msw says to install it; trigger does not need it', { timeout: FLOW_TIMEOUT }, async () => {
    const msw = join(folder, 'node_modules/msw');
    await rename(msw, `${msw}.away`);
    try {
      // Bounded: a serve that found msw somewhere would listen until killed.
      const failed = await run(join(folder, 'node_modules/.bin/verify-identity'), ['serve', '--port', '0'], { cwd: folder, timeout: 20_000 }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /`verify-identity serve` needs msw, the engine of the mock \(a peer dependency\): npm install --save-dev msw@\^3/);
      const help = await run(join(folder, 'node_modules/.bin/verify-identity'), ['trigger', '--help'], { cwd: folder });
      assert.match(help.stdout, /verify-identity trigger </);
    } finally {
      await rename(`${msw}.away`, msw);
    }
  });
});
