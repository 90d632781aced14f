// Two integrations from the packed tarball (issue 23), in a temporary folder of their own:
// - examples/nextjs: a Next.js App Router app (the React wrapper in a client component, the in-page mock in
//   development only, a route handler that creates sessions with the server toolkit) builds with `next build`;
// - examples/vite-production: a Vite production build of an app that keeps the mock behind
//   `import.meta.env.DEV` ships no msw, no mock and no polyfill, with a dynamic or a static import (and the
//   same app without the guard does, which shows the check can fail).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createMockHttpBackend } from '../../src/mocks/http.js';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '../..');
const EXAMPLES = ['nextjs', 'vite-production'] as const;
type Example = (typeof EXAMPLES)[number];

// Packing builds the library; the install comes from npm's cache when warm (Next.js is large).
const SETUP_TIMEOUT = 5 * 60_000;
const BUILD_TIMEOUT = 4 * 60_000;

/**
 * Strings only msw and the mock backend hold, which survive minification: msw's log prefix and worker script
 * name, the mock's test secret key and one of its messages.
 */
const MOCK_MARKERS = ['[MSW]', 'mockServiceWorker', 'sk_test_mock', 'records deliveries without sending them'];
/** The method the mock's polyfill installs. Not a marker in Next.js, which ships a polyfill of its own for it. */
const POLYFILL_MARKER = 'withResolvers';

async function command(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ stdout: string }> {
  try {
    return await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false', NEXT_TELEMETRY_DISABLED: '1', ...env } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n')}`);
  }
}

let workDir: string;
const appDir = (example: Example | string) => join(workDir, example);

/** Every JavaScript file under `folder`, with its text. */
async function scripts(folder: string): Promise<{ path: string; text: string }[]> {
  const paths = (await readdir(folder, { recursive: true })).filter((path) => path.endsWith('.js'));
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(folder, path), 'utf8') })));
}

/** The markers found, each with the first file that holds it. */
async function markersIn(folder: string, markers: string[]): Promise<string[]> {
  const files = await scripts(folder);
  return markers.flatMap((marker) => files.filter((file) => file.text.includes(marker)).slice(0, 1).map((file) => `${marker} in ${file.path}`));
}

before(
  async () => {
    const started = Date.now();
    workDir = await mkdtemp(join(tmpdir(), 'verify-identity-integrations-'));
    const { stdout } = await command('npm', ['pack', '--json', '--pack-destination', workDir], projectRoot);
    const { filename } = (JSON.parse(stdout.slice(stdout.search(/^\[\s*$/m))) as { filename: string }[])[0]!;
    // One install for both apps, as test/package/package.test.ts does for its examples.
    const union: Record<string, Record<string, string>> = { dependencies: {}, devDependencies: {} };
    for (const example of EXAMPLES) {
      await cp(join(projectRoot, 'examples', example), appDir(example), { recursive: true, filter: (path) => !/node_modules|dist$|public$|\.next$/.test(path) });
      const manifest = JSON.parse(await readFile(join(appDir(example), 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
      for (const field of ['dependencies', 'devDependencies'] as const) Object.assign(union[field]!, manifest[field]);
    }
    union.dependencies!['verify-identity'] = `file:./${filename}`;
    await writeFile(join(workDir, 'package.json'), JSON.stringify({ name: 'integrations', private: true, type: 'module', ...union }, null, 2));
    await command('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], workDir);
    console.log(`  packed and installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  },
  { timeout: SETUP_TIMEOUT },
);

after(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true, maxRetries: 5 });
});

describe('verify-identity/mocks/browser under Node (server-side rendering)', () => {
  it('imports without msw/browser, and starting it rejects with a typed browser_required error', async () => {
    const script = `
      const mock = await import('verify-identity/mocks/browser');
      const error = await mock.startMockBackend().then(() => null, (error) => error);
      console.log(JSON.stringify({ exports: Object.keys(mock).sort(), name: error?.name, type: error?.type, code: error?.code, message: error?.message }));`;
    const { stdout } = await command(process.execPath, ['--input-type=module', '-e', script], appDir('nextjs'));
    const report = JSON.parse(stdout) as Record<string, unknown>;
    assert.deepEqual(report['exports'], ['canTransferStreams', 'startMockBackend']);
    assert.deepEqual([report['name'], report['type'], report['code']], ['VerifyError', 'invalid_request', 'browser_required']);
    assert.match(String(report['message']), /verify-identity\/mocks\/node/);
  });
});

describe('the installed package', () => {
  it('depends on @lit/react only as an optional peer (a non-React app gets neither it nor @types/react)', async () => {
    const manifest = JSON.parse(await readFile(join(workDir, 'node_modules/verify-identity/package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(manifest['dependencies']!).sort(), ['@floating-ui/dom', 'lit', 'uqr']);
    assert.deepEqual(manifest['peerDependenciesMeta']!['@lit/react'], { optional: true });
  });

  it('ships the quality Worker minified in both builds (no app bundler minifies a Worker loaded by URL)', async () => {
    const dist = join(workDir, 'node_modules/verify-identity/dist');
    const workers = (await readdir(dist, { recursive: true })).filter((path) => /quality\.worker-[\w-]+\.js$/.test(path));
    assert.equal(workers.length, 2, `the npm build's and the browser build's: ${workers.join(', ')}`);
    for (const path of workers) {
      const text = await readFile(join(dist, path), 'utf8');
      console.log(`  ${path}: ${(text.length / 1024).toFixed(1)} KiB`);
      assert.doesNotMatch(text, /\/\*\*|^\s*\/\/ /m, `${path} keeps its comments`);
      assert.ok(text.split('\n').length < 10, `${path} is not minified (${text.split('\n').length} lines)`);
    }
  });

  it('type-checks every subpath under moduleResolution node10 (typesVersions)', { timeout: BUILD_TIMEOUT }, async () => {
    const manifest = JSON.parse(await readFile(join(workDir, 'node_modules/verify-identity/package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const subpaths = Object.keys(manifest.exports).filter((subpath) => !/\.(json|yaml)$/.test(subpath)).map((subpath) => subpath.replace(/^\.\/?/, ''));
    const folder = appDir('node10');
    await mkdir(folder);
    const lines = subpaths.map((subpath, index) => `import type * as entry${index} from 'verify-identity${subpath ? `/${subpath}` : ''}';\nexport type Entry${index} = typeof entry${index};`);
    // A type the entry declares, not an `any` from a file TypeScript could not find.
    lines.push("import type { VerifyErrorCode } from 'verify-identity/core';", "export const code: VerifyErrorCode = 'client_secret_session_mismatch';");
    await writeFile(join(folder, 'index.ts'), `${lines.join('\n')}\n`);
    const compilerOptions = { module: 'commonjs', moduleResolution: 'node10', target: 'ES2022', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: true, types: [], ignoreDeprecations: '5.0' };
    await writeFile(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
    await command(join(workDir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], folder);
  });
});

describe('examples/nextjs: Next.js App Router', () => {
  it('builds with next build (type-checked), and its pages ship no msw nor mock', { timeout: BUILD_TIMEOUT }, async () => {
    const started = Date.now();
    await command('npm', ['run', 'build'], appDir('nextjs'));
    console.log(`  next build: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const found = await markersIn(join(appDir('nextjs'), '.next/static'), MOCK_MARKERS);
    assert.deepEqual(found, [], 'the production pages hold none of the mock’s code');
  });

  it('its route handler creates a session with the server toolkit and gives the page the client secret only', async () => {
    const mock = createMockHttpBackend({ webhooks: false });
    const server: Server = createServer(mock.handler);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    process.env['VERIFY_IDENTITY_SECRET_KEY'] = 'sk_test_integrations';
    process.env['VERIFY_IDENTITY_API_BASE'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    try {
      const route = (await import(pathToFileURL(join(appDir('nextjs'), 'app/api/verification-sessions/route.ts')).href)) as { POST(): Promise<Response> };
      const response = await route.POST();
      assert.equal(response.status, 200);
      const body = (await response.json()) as Record<string, string>;
      assert.deepEqual(Object.keys(body), ['clientSecret']);
      const [session] = mock.backend.listSessions().data;
      assert.equal(body['clientSecret'], session!.client_secret);
      assert.equal(session!.client_reference_id, 'user_123');
    } finally {
      delete process.env['VERIFY_IDENTITY_SECRET_KEY'];
      delete process.env['VERIFY_IDENTITY_API_BASE'];
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
      mock.close();
    }
  });
});

describe('examples/vite-production: the mock behind import.meta.env.DEV', () => {
  it('a production build ships the element and none of msw, the mock or its polyfill', { timeout: BUILD_TIMEOUT }, async () => {
    await command('npm', ['run', 'build'], appDir('vite-production'));
    const files = await scripts(join(appDir('vite-production'), 'dist'));
    assert.ok(files.some((file) => file.text.includes('verify-identity')), 'the element is in the build');
    assert.deepEqual(await markersIn(join(appDir('vite-production'), 'dist'), [...MOCK_MARKERS, POLYFILL_MARKER]), []);
  });

  /** A copy of the app with `main.ts` rewritten by `edit`, built; the markers its build holds. */
  async function variant(name: string, edit: (source: string) => string): Promise<string[]> {
    const copy = appDir(`vite-production-${name}`);
    await cp(appDir('vite-production'), copy, { recursive: true, filter: (path) => !/dist$/.test(path) });
    const main = join(copy, 'src/main.ts');
    const source = await readFile(main, 'utf8');
    const edited = edit(source);
    assert.notEqual(edited, source);
    await writeFile(main, edited);
    await command(join(workDir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], copy);
    return markersIn(join(copy, 'dist'), [...MOCK_MARKERS, POLYFILL_MARKER]);
  }
  const staticImport = (source: string) =>
    source
      .replace("import 'verify-identity';", "import 'verify-identity';\nimport { startMockBackend } from 'verify-identity/mocks/browser';")
      .replace("    const { startMockBackend } = await import('verify-identity/mocks/browser');\n", '');

  it('with a static import of the mock behind the same guard, ships none of them either', { timeout: BUILD_TIMEOUT }, async () => {
    assert.deepEqual(await variant('static', staticImport), []);
  });

  it('(the check can fail) without the guard, the build holds msw, the mock and its polyfill', { timeout: BUILD_TIMEOUT }, async () => {
    const found = await variant('unguarded', (source) => staticImport(source).replace('if (import.meta.env.DEV) {', 'if (document.body) {'));
    for (const marker of [...MOCK_MARKERS.slice(0, 3), POLYFILL_MARKER]) assert.ok(found.some((item) => item.startsWith(marker)), `${marker}: ${found.join(', ')}`);
  });
});
