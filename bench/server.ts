// `npm run bench -- server`: the test-mode server under load, over loopback HTTP. N sessions run the whole
// lifecycle concurrently (create, upload, submit, poll to verified) while a local webhook receiver fails 20 % of
// first attempts; next to a floor: the same requests to a bare Node HTTP server that answers from memory.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { createMockHttpBackend } from '../src/mocks/http.js';

const SESSIONS = 200;
const CONCURRENCY = 20;
const PROCESSING_MS = 50;
const POLL_MS = 25;
const RETRY_SCHEDULE = [100, 200, 400, 800, 1600];
const DEADLINE_MS = 120_000;
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWI6Y2z8H4aZGJAAAAAA///qnsSoAAAABklEQVQDAH+1BpjuJVuvAAAAAElFTkSuQmCC'), (char) => char.charCodeAt(0));

export interface ServerBenchResult {
  sessions: number;
  concurrency: number;
  mock: RunResult;
  floor: RunResult;
  deliveries: { events: number; p50: number; p99: number; attemptsPerEvent: number; firstAttemptFailures: number; lost: number; duplicatedInEffect: number };
  rss: { before: number; after: number };
  /** The machine's 1-minute load average when the run started: other work shares its cores. */
  load: number;
}

interface RunResult {
  seconds: number;
  sessionsPerSecond: number;
  apiP50: number;
  apiP99: number;
  requests: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** The same lifecycle for every session, CONCURRENCY at a time; every API call timed. */
async function runSessions(api: string): Promise<RunResult> {
  const latencies: number[] = [];
  const timed = async (url: string, init: RequestInit): Promise<Record<string, unknown>> => {
    const started = performance.now();
    const response = await fetch(url, init);
    const body = (await response.json()) as Record<string, unknown>;
    latencies.push(performance.now() - started);
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${JSON.stringify(body)}`);
    return body;
  };
  const key = { Authorization: 'Bearer sk_test_bench' };
  const one = async () => {
    const session = await timed(`${api}/identity/verification_sessions`, {
      method: 'POST',
      headers: { ...key, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'document', options: { document: { allowed_types: ['passport'] } }, processing_ms: PROCESSING_MS }),
    });
    const id = session['id'] as string;
    const secret = { Authorization: `Bearer ${session['client_secret'] as string}` };
    const form = new FormData();
    form.set('purpose', 'identity_document');
    form.set('side', 'front');
    form.set('file', new Blob([PNG], { type: 'image/png' }));
    const file = await timed(`${api}/identity/verification_sessions/${id}/files`, { method: 'POST', headers: secret, body: form });
    await timed(`${api}/identity/verification_sessions/${id}/submit`, {
      method: 'POST',
      headers: { ...secret, 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${id}` },
      body: JSON.stringify({ document_type: 'passport', files: { front: file['id'] } }),
    });
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if ((await timed(`${api}/identity/verification_sessions/${id}`, { headers: key }))['status'] === 'verified') break;
    }
  };
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < SESSIONS) {
        next += 1;
        await one();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { seconds, sessionsPerSecond: SESSIONS / seconds, apiP50: percentile(latencies, 50), apiP99: percentile(latencies, 99), requests: latencies.length };
}

/** The floor: the same paths answered from a Map, no rules, no events, no webhooks. */
function floorHandler(): (request: IncomingMessage, response: ServerResponse) => void {
  const sessions = new Map<string, { submittedAt: number | null }>();
  let count = 0;
  return (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = (request.url ?? '').split('?')[0]!;
      const parts = path.split('/');
      const id = parts[4] ?? '';
      const send = (body: unknown) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      if (request.method === 'POST' && path === '/v1/identity/verification_sessions') {
        const next = `vs_${++count}`;
        sessions.set(next, { submittedAt: null });
        send({ id: next, client_secret: `${next}_secret_x`, status: 'requires_input' });
      } else if (path.endsWith('/files')) send({ id: `file_${++count}` });
      else if (path.endsWith('/submit')) {
        sessions.get(id)!.submittedAt = Date.now();
        send({ id, status: 'processing' });
      } else {
        const session = sessions.get(id)!;
        send({ id, status: session.submittedAt !== null && Date.now() - session.submittedAt >= PROCESSING_MS ? 'verified' : 'processing' });
      }
    });
  };
}

export async function measureServer(): Promise<ServerBenchResult> {
  const load = loadavg()[0]!;
  const rssBefore = process.memoryUsage().rss;
  // The receiver: the first attempt of every fifth event fails (20 %); an event takes effect once per webhook-id.
  const seen = new Map<string, { attempts: number; succeeded: number; emittedAt: number }>();
  const latencies: number[] = [];
  let distinct = 0;
  let firstAttemptFailures = 0;
  const receiver = await listen((request, response) => {
    request.resume();
    request.on('end', () => {
      const id = String(request.headers['webhook-id']);
      let entry = seen.get(id);
      if (!entry) {
        distinct += 1;
        entry = { attempts: 0, succeeded: 0, emittedAt: 0 };
        seen.set(id, entry);
      }
      entry.attempts += 1;
      if (entry.attempts === 1 && distinct % 5 === 0) {
        firstAttemptFailures += 1;
        response.writeHead(500).end();
        return;
      }
      entry.succeeded += 1;
      response.writeHead(204).end();
    });
  });
  const emitted = new Map<string, number>();
  const mock = createMockHttpBackend({
    webhooks: {
      retrySchedule: RETRY_SCHEDULE,
      onAttempt: (report) => {
        // The first attempt starts when the event is emitted (deliveries are started by the emit itself).
        if (report.attempt === 1) emitted.set(report.event.id, report.result.attempted_at);
        if (report.next === 'succeeded') latencies.push(report.result.attempted_at + report.result.duration_ms - emitted.get(report.event.id)!);
      },
    },
  });
  const api = await listen((request, response) => mock.handler(request, response));
  mock.backend.createWebhookEndpoint({ url: `${receiver.origin}/hooks`, enabled_events: ['*'] });

  const mockRun = await runSessions(`${api.origin}/v1`);
  const events = SESSIONS * 3;
  const deadline = Date.now() + DEADLINE_MS;
  while (latencies.length < events && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const logged = mock.backend.listEvents({ limit: 100 }).length > 0 ? events : 0;
  const succeeded = [...seen.values()];
  const deliveries = {
    events: logged,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    attemptsPerEvent: succeeded.reduce((sum, entry) => sum + entry.attempts, 0) / Math.max(1, seen.size),
    firstAttemptFailures,
    lost: events - succeeded.filter((entry) => entry.succeeded > 0).length,
    duplicatedInEffect: succeeded.filter((entry) => entry.succeeded > 1).length,
  };
  mock.close();
  mock.backend.reset();
  await stop(api.server);
  await stop(receiver.server);
  const rssAfter = process.memoryUsage().rss;

  const floor = await listen(floorHandler());
  const floorRun = await runSessions(`${floor.origin}/v1`);
  await stop(floor.server);
  return { sessions: SESSIONS, concurrency: CONCURRENCY, mock: mockRun, floor: floorRun, deliveries, rss: { before: rssBefore, after: rssAfter }, load };
}

export function serverSection(result: ServerBenchResult): string[] {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const { mock, floor, deliveries } = result;
  return [
    `## Test-mode server: the whole lifecycle over loopback HTTP (${new Date().toISOString().slice(0, 10)})`,
    '',
    `\`npm run bench -- server\`: ${result.sessions} sessions, ${result.concurrency} at a time, each created (secret key), a PNG uploaded and submitted (client secret), then polled every ${POLL_MS} ms until \`verified\` (checks take ${PROCESSING_MS} ms). Every event is delivered, signed, to a local receiver whose first attempt fails (500) for one event in five; retries after ${RETRY_SCHEDULE.map((wait) => `${wait} ms`).join(', ')}. The floor: the same requests to a bare Node HTTP server answering from a \`Map\` (no rules, no events, no webhooks). Client, server and receiver share one Node process; the machine's load average was ${result.load.toFixed(1)} when the run started.`,
    '',
    '| what | sessions/s | API p50 | API p99 | requests |',
    '|---|---|---|---|---|',
    `| mock over HTTP, with webhooks | ${mock.sessionsPerSecond.toFixed(1)} | ${ms(mock.apiP50)} | ${ms(mock.apiP99)} | ${mock.requests} |`,
    `| floor: bare Node server from memory | ${floor.sessionsPerSecond.toFixed(1)} | ${ms(floor.apiP50)} | ${ms(floor.apiP99)} | ${floor.requests} |`,
    '',
    `Deliveries: ${deliveries.events} events; latency from emission to the receiver's 2xx p50 ${ms(deliveries.p50)}, p99 ${ms(deliveries.p99)} (the p99 includes the ${RETRY_SCHEDULE[0]} ms wait of a retried event); ${deliveries.attemptsPerEvent.toFixed(2)} attempts per event (${deliveries.firstAttemptFailures} first attempts refused); **${deliveries.lost} lost, ${deliveries.duplicatedInEffect} duplicated in effect** (a 2xx for one webhook-id more than once). RSS of the process ${(result.rss.before / 2 ** 20).toFixed(0)} MB before, ${(result.rss.after / 2 ** 20).toFixed(0)} MB after.`,
    '',
    '- On a machine shared with other work (a load average above the core count), both rows slow down and the p99s grow by seconds: read the ratio of the two rows, measured in the same minute, not the milliseconds.',
    '- Sessions per second are bounded by the checks (50 ms) and the polling (25 ms) for both rows: the ratio of the API latencies is what to read. The mock does per request what the floor skips: MSW\'s routing (a `Request` and `Response` per call), the multipart parse and the byte sniffing of the upload, the lifecycle rules, events, and a signed `POST` per event.',
    '',
  ];
}
