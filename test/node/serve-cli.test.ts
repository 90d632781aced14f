// The `verify-identity` command from the sources (the package test runs the built bin from the tarball):
// `serve` with its flags and JSON log, a clean stop, and `trigger` playing each outcome to a receiver.
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = ['--import', 'tsx', 'src/cli/index.ts'];
const SECRET = `whsec_${Buffer.from('a test secret of 24 bytes').toString('base64')}`;
const run = promisify(execFile);

/** Runs the command to its end; never throws, so that failures can be asserted on. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code: number; stdout?: string; stderr?: string };
    return { code, stdout, stderr };
  }
}

const children: ChildProcess[] = [];
const servers: Server[] = [];
after(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});

interface Line {
  type: string;
  [field: string]: unknown;
}

/** `serve --json` in a child process; resolves once it printed its `ready` line. */
async function startServe(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; lines: Line[]; ready: Line }> {
  const child = spawn(process.execPath, [...CLI, 'serve', '--port', '0', '--json', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: Line[] = [];
  let buffered = '';
  const ready = await new Promise<Line>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += String(chunk);
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const text of complete) {
        const line = JSON.parse(text) as Line;
        lines.push(line);
        if (line.type === 'ready') resolve(line);
      }
    });
  });
  return { child, lines, ready };
}

async function receiver(): Promise<{ url: string; received: { headers: Record<string, string>; body: string }[] }> {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('verify-identity (the command)', () => {
  it('documents every flag in --help, and refuses bad ones with a specific message and exit code 1', async () => {
    const help = await cli(['serve', '--help']);
    assert.equal(help.code, 0);
    for (const flag of ['--port', '--host', '--webhook-secret', 'VERIFY_IDENTITY_WEBHOOK_SECRET', '--forward-to', '--events', '--retry-schedule', '--cors-origin', '--quiet', '--json', 'msw']) {
      assert.ok(help.stdout.includes(flag), `serve --help names ${flag}`);
    }
    assert.match((await cli(['--help'])).stdout, /serve .*\n.*conformance .*\n.*trigger/);
    const refusals: [string[], RegExp][] = [
      [['serve', '--port', 'abc'], /--port: "abc" is not a port/],
      [['serve', '--events', 'identity.verification_session.approved'], /--events: unknown identity\.verification_session\.approved/],
      [['serve', '--retry-schedule', '1s,soon'], /--retry-schedule: "soon" is not a duration/],
      [['serve', '--forward-to', 'ftp://x'], /--forward-to: "ftp:\/\/x" is not an http\(s\) URL/],
      [['serve', '--nope'], /Unknown option '--nope'/],
      [['trigger', 'approved'], /trigger needs one outcome: verified, requires_input, canceled, redacted/],
      [['trigger', 'verified', '--api-base', 'http://127.0.0.1:9/v1'], /Could not reach http:\/\/127\.0\.0\.1:9\/v1/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    const results = await Promise.all(refusals.map(([args]) => cli(args)));
    refusals.forEach(([args, message], index) => {
      assert.equal(results[index]!.code, 1, args.join(' '));
      assert.match(results[index]!.stderr, message);
    });
    const badSecret = await cli(['serve', '--webhook-secret', 'whsec_c2hvcnQ=']);
    assert.match(badSecret.stderr, /--webhook-secret: A webhook secret is "whsec_" followed by at least 16 bytes/);
    assert.ok(!badSecret.stderr.includes('c2hvcnQ='), 'the secret given is not echoed');
  });

  it('serves with the secret from the environment, logs each attempt as JSON, and stops on SIGINT ending open streams', async () => {
    const hooks = await receiver();
    const { child, lines, ready } = await startServe(['--forward-to', hooks.url, '--events', 'identity.verification_session.created'], { VERIFY_IDENTITY_WEBHOOK_SECRET: SECRET });
    assert.equal(ready['webhook_secret'], SECRET);
    assert.match(String(ready['api_base']), /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    assert.deepEqual((ready['endpoints'] as { url: string; enabled_events: string[] }[]).map(({ url, enabled_events }) => [url, enabled_events]), [[hooks.url, ['identity.verification_session.created']]]);
    const apiBase = String(ready['api_base']);

    const created = (await (await fetch(`${apiBase}/identity/verification_sessions`, { method: 'POST', headers: { Authorization: 'Bearer sk_test_cli', 'Content-Type': 'application/json' }, body: '{}' })).json()) as { id: string; client_secret: string };
    await until(() => hooks.received.length === 1 && lines.some((line) => line.type === 'attempt'), 'the delivery and its log line');
    const event = new Webhook(SECRET).verify(hooks.received[0]!.body, hooks.received[0]!.headers) as { type: string };
    assert.equal(event.type, 'identity.verification_session.created');
    const attempt = lines.find((line) => line.type === 'attempt')!;
    assert.deepEqual([attempt['attempt'], (attempt['result'] as { status_code: number }).status_code, attempt['next']], [1, 204, 'succeeded']);

    const stream = await fetch(`${apiBase}/identity/verification_sessions/${created.id}/stream`, { headers: { Authorization: `Bearer ${created.client_secret}`, Accept: 'text/event-stream' } });
    const reader = stream.body!.getReader();
    await reader.read();
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    for (let chunk = await reader.read().catch(() => ({ done: true })); !chunk.done; chunk = await reader.read().catch(() => ({ done: true }))) {
      // Frames sent before the stop; the stream must end.
    }
    assert.equal(await exited, 0);
    assert.deepEqual(lines.at(-1), { type: 'stopped', signal: 'SIGINT', abandoned_deliveries: 0 });
  });

  it('trigger plays each outcome; the receiver gets its events, .redacted only where listed', async () => {
    const all = await receiver();
    const redactedOnly = await receiver();
    const { child, ready } = await startServe(['--forward-to', all.url, '--webhook-secret', SECRET]);
    const apiBase = String(ready['api_base']);
    await fetch(`${apiBase}/webhook_endpoints`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk_test_cli', 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: redactedOnly.url, enabled_events: ['identity.verification_session.redacted'] }),
    });
    const webhook = new Webhook(SECRET);
    const typesBySession = () => {
      const bySession = new Map<string, string[]>();
      for (const { body, headers } of all.received) {
        const event = webhook.verify(body, headers) as { type: string; data: { object: { id: string } } };
        bySession.set(event.data.object.id, [...(bySession.get(event.data.object.id) ?? []), event.type.split('.').at(-1)!]);
      }
      return bySession;
    };
    const expected = { verified: 'created,processing,verified', requires_input: 'created,processing,requires_input', canceled: 'created,canceled', redacted: 'created,processing,verified' };
    for (const [outcome, sequence] of Object.entries(expected)) {
      const { code, stdout } = await cli(['trigger', outcome, '--api-base', apiBase, '--json']);
      assert.equal(code, 0, stdout);
      const done = JSON.parse(stdout.trim().split('\n').at(-1)!) as { session: string; status: string };
      await until(() => (typesBySession().get(done.session) ?? []).length === sequence.split(',').length, `the ${outcome} events`);
      // Order between events is not guaranteed: compare as sets of one each.
      assert.deepEqual([...typesBySession().get(done.session)!].sort(), sequence.split(',').sort(), outcome);
    }
    await until(() => redactedOnly.received.length === 1, 'the .redacted delivery');
    assert.equal((webhook.verify(redactedOnly.received[0]!.body, redactedOnly.received[0]!.headers) as { type: string }).type, 'identity.verification_session.redacted');
    child.kill('SIGTERM');
  });
});
