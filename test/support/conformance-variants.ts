// Backends for the conformance kit's own test, in Node: the HTTP mock on 127.0.0.1 (sending signed webhook
// deliveries, as `verify-identity serve` does), behind a proxy whose layers make it a production-like backend
// (CORS, a rate limit) or break one rule of the contract each. The product is not changed: every variant is
// the mock's real answers and deliveries, rewritten or added to on the way out.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createMockHttpBackend } from '../../src/mocks/http.js';

/** One step between the kit and the mock: sees the request, may change it, its answer, or both. */
export type Layer = (request: Request, next: (request: Request) => Promise<Response>) => Promise<Response>;

export interface VariantServer {
  apiBase: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

async function requestOf(incoming: IncomingMessage, base: string, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined && name !== 'host' && name !== 'connection') headers.set(name, String(value));
  return new Request(base + (incoming.url ?? '/'), { method: incoming.method, headers, body: chunks.length ? Buffer.concat(chunks) : null, signal });
}

/** The signing secret of the mock's deliveries (a base64 key, as `whsec_…` secrets are). */
export const WEBHOOK_SECRET = `whsec_${Buffer.from('conformance-test-signing-key-32b').toString('base64')}`;

/**
 * The mock on one server, its deliveries signed with `webhookSecret`, and a proxy in front of it that runs
 * `layers` (outermost first).
 */
export async function startVariant(layers: Layer[], { webhookSecret = WEBHOOK_SECRET } = {}): Promise<VariantServer> {
  const { backend, handler, close } = createMockHttpBackend({ redactionMs: 50, streamHeartbeatMs: 0, webhooks: { secret: webhookSecret } });
  const mock = createServer(handler);
  const mockBase = `http://127.0.0.1:${await listen(mock)}`;
  const forward = (request: Request) => {
    const url = new URL(request.url);
    return fetch(mockBase + url.pathname + url.search, { method: request.method, headers: request.headers, body: request.body, signal: request.signal, duplex: 'half' } as RequestInit);
  };
  const chain = layers.reduceRight<(request: Request) => Promise<Response>>((next, layer) => (request) => layer(request, next), forward);
  const proxy = createServer((incoming, outgoing) => {
    const abort = new AbortController();
    outgoing.on('close', () => abort.abort());
    void (async () => {
      const response = await chain(await requestOf(incoming, 'http://proxy', abort.signal));
      // Node frames the body again: a rewritten answer's length is not the mock's.
      const headers = Object.fromEntries([...response.headers].filter(([name]) => !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)));
      outgoing.writeHead(response.status, headers);
      outgoing.flushHeaders();
      const reader = response.body?.getReader();
      for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) outgoing.write(chunk.value);
      outgoing.end();
    })().catch(() => outgoing.destroy());
  });
  const port = await listen(proxy);
  return {
    apiBase: `http://127.0.0.1:${port}/v1`,
    async close() {
      close();
      backend.reset();
      for (const server of [proxy, mock]) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}

// --- layers that a production backend would have ----------------------------------------------------

const SERVER_PATHS = /\/v1\/(?:identity\/verification_sessions\/?$|identity\/verification_sessions\/[^/]+\/(?:cancel|redact)$|events|webhook_endpoints)/;

/** CORS for `origin` on the client-side paths, as the CORS section of docs/http-api.md asks (`onErrors: false` breaks it). */
export function cors(origin: string, { onErrors = true } = {}): Layer {
  const allow = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' };
  return async (request, next) => {
    const clientPath = !SERVER_PATHS.test(new URL(request.url).pathname);
    if (request.method === 'OPTIONS') {
      if (!clientPath) return new Response(null, { status: 403 });
      return new Response(null, {
        status: 204,
        headers: { ...allow, 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '600' },
      });
    }
    const response = await next(request);
    if (!clientPath || request.headers.get('Origin') !== origin) return response;
    const headers = new Headers(response.headers);
    // The mock answers CORS itself: the broken variant takes its headers away from errors.
    if (!onErrors && response.status >= 400) for (const name of Object.keys(allow)) headers.delete(name);
    else for (const [name, value] of Object.entries(allow)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  };
}

/** At most `limit` requests to one path at a time; more get a 429 (`retryAfter: false` leaves out its header). */
export function rateLimit({ limit = 5, retryAfter = true } = {}): Layer {
  const inFlight = new Map<string, number>();
  return async (request, next) => {
    const path = new URL(request.url).pathname;
    const count = (inFlight.get(path) ?? 0) + 1;
    if (count > limit) {
      const body = { error: { type: 'rate_limit_error', code: 'rate_limited', message: 'Too many requests. Retry later.' } };
      return Response.json(body, { status: 429, headers: retryAfter ? { 'Retry-After': '1' } : {} });
    }
    inFlight.set(path, count);
    try {
      const response = await next(request);
      // Held a little, as a real limiter's window: the burst's requests overlap.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return response;
    } finally {
      inFlight.set(path, inFlight.get(path)! - 1);
    }
  };
}

// --- layers that break one rule each ---------------------------------------------------------------

/** Rewrites every JSON answer that is (or holds) a session. */
function rewriteSessions(rewrite: (session: Record<string, unknown>) => void): Layer {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    if (object['object'] === 'identity.verification_session') rewrite(object);
    Object.values(object).forEach(walk);
  };
  return async (request, next) => {
    const response = await next(request);
    if (!response.headers.get('Content-Type')?.includes('application/json')) return response;
    const body = (await response.json()) as unknown;
    walk(body);
    return Response.json(body, { status: response.status, headers: response.headers });
  };
}

export const extraField: Layer = rewriteSessions((session) => (session['nickname'] = 'extra'));
export const createdInMs: Layer = rewriteSessions((session) => (session['created'] = (session['created'] as number) * 1000));

/** A backend that does not track spent secrets: a refused action is retried with a fresh secret, and succeeds. */
export const spentSecretAccepted: Layer = async (request, next) => {
  const retry = request.clone();
  const response = await next(request);
  if (response.status !== 401 || ((await response.clone().json()) as { error: { code: string } }).error.code !== 'secret_spent') return response;
  const id = /verification_sessions\/([^/]+)\//.exec(new URL(request.url).pathname)![1]!;
  const view = await next(new Request(`http://proxy/v1/identity/verification_sessions/${id}`, { headers: { Authorization: 'Bearer sk_test_variant' } }));
  const fresh = ((await view.json()) as { client_secret: string }).client_secret;
  const headers = new Headers(retry.headers);
  headers.set('Authorization', `Bearer ${fresh}`);
  return next(new Request(retry, { headers }));
};

/** `*` endpoints get `.redacted` too: their delivery lists include every `.redacted` event of their sessions. */
export function redactedToWildcard(): Layer {
  const wildcard = new Set<string>();
  return async (request, next) => {
    const url = new URL(request.url);
    const response = await next(request);
    if (request.method === 'POST' && url.pathname.endsWith('/webhook_endpoints') && response.ok) {
      const endpoint = (await response.clone().json()) as { id: string; enabled_events: string[] };
      if (endpoint.enabled_events.includes('*')) wildcard.add(endpoint.id);
    }
    const endpointId = /webhook_endpoints\/([^/]+)\/deliveries$/.exec(url.pathname)?.[1];
    if (!endpointId || !wildcard.has(endpointId) || !response.ok) return response;
    const list = (await response.json()) as { data: { data: { object: { id: string } } }[] };
    const sessions = new Set(list.data.map((event) => event.data.object.id));
    const redacted = await next(new Request('http://proxy/v1/events?type=identity.verification_session.redacted&limit=100', { headers: request.headers }));
    const extra = ((await redacted.json()) as typeof list).data.filter((event) => sessions.has(event.data.object.id));
    return Response.json({ ...list, data: [...extra, ...list.data] });
  };
}

/** The status stream stays open after its last frame, until the client leaves. */
export const endlessStream: Layer = async (request, next) => {
  const response = await next(request);
  if (!response.headers.get('Content-Type')?.startsWith('text/event-stream') || !response.body) return response;
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (!done) return controller.enqueue(value);
      // Never closed: the body ends only when the client aborts.
      await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
      controller.close();
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
};

/** Each submit runs as new: the Idempotency-Key is replaced, so a replay counts again instead of replaying. */
export const idempotencyIgnored: Layer = async (request, next) => {
  if (!new URL(request.url).pathname.endsWith('/submit')) return next(request);
  const headers = new Headers(request.headers);
  if (headers.has('Idempotency-Key')) headers.set('Idempotency-Key', crypto.randomUUID());
  return next(new Request(request, { headers }));
};

/**
 * Besides the mock's own deliveries, POSTs every `.redacted` event to the endpoints registered through this proxy
 * with `*` (signed as the mock signs, so only the `.redacted` rule is broken), after each answer.
 */
export function redactedPostedToWildcard(): Layer {
  const key = Buffer.from(WEBHOOK_SECRET.slice('whsec_'.length), 'base64');
  const wildcard: string[] = [];
  const sent = new Set<string>();
  const flush = async (next: (request: Request) => Promise<Response>) => {
    const answer = await next(new Request('http://proxy/v1/events?type=identity.verification_session.redacted&limit=30', { headers: { Authorization: 'Bearer sk_test_variant' } }));
    for (const event of ((await answer.json()) as { data: { id: string }[] }).data.filter((candidate) => !sent.has(candidate.id))) {
      sent.add(event.id);
      for (const url of wildcard) {
        const body = JSON.stringify(event);
        const timestamp = String(Math.floor(Date.now() / 1000));
        const signature = createHmac('sha256', key).update(`${event.id}.${timestamp}.${body}`).digest('base64');
        const headers = { 'Content-Type': 'application/json', 'webhook-id': event.id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
        await fetch(url, { method: 'POST', headers, body }).catch(() => undefined);
      }
    }
  };
  return async (request, next) => {
    const creating = request.method === 'POST' && new URL(request.url).pathname.endsWith('/webhook_endpoints');
    const response = await next(request);
    if (creating && response.ok) {
      const endpoint = (await response.clone().json()) as { url: string; enabled_events: string[] };
      if (endpoint.enabled_events.includes('*')) wildcard.push(endpoint.url);
    }
    if (wildcard.length && !response.headers.get('Content-Type')?.startsWith('text/event-stream')) await flush(next);
    return response;
  };
}

/** A backend without test mode that takes its parameters silently: `test_outcome` is dropped on the way in. */
export const ignoresTestOutcome: Layer = async (request, next) => {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/identity/verification_sessions')) return next(request);
  const body = (await request.json()) as Record<string, unknown>;
  delete body['test_outcome'];
  const headers = new Headers(request.headers);
  headers.delete('Content-Length');
  return next(new Request(request.url, { method: 'POST', headers, body: JSON.stringify(body) }));
};
