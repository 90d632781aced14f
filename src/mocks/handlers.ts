import { http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import { MockApiError, bodyTooLarge, invalidParam, missingParam, unauthorized } from './errors.js';
import type { FaultQueue } from './faults.js';
import { handoffCodeError, sessionIdOfHandoffCode } from './handoff.js';
import type { SessionStore } from './session-store.js';
import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BODY_BYTES } from './limits.js';
import { sessionStreamResponse, type StreamHeartbeat } from './sse.js';
import { declineAsPerson, expireHandoffCode, parseFailureCode, submitAsPerson } from './test-helpers.js';
import type { SessionStatus } from '../core/session.js';
import type { Fault, RecordedEndpoint, RecordedRequest, StatusStreamMode } from './types.js';

interface HandlerDeps {
  apiBase: string;
  store: SessionStore;
  faults: FaultQueue;
  /** Appended to on arrival; `status` is filled in once answered. */
  requests: RecordedRequest[];
  now: () => number;
  statusStream: StatusStreamMode;
  heartbeat: StreamHeartbeat;
}

interface RouteInput {
  request: Request;
  /** The `:id` of the path: a session id, or a webhook endpoint id for `deliveries`. */
  pathId: string;
  params: PathParams;
  bearer: string | null;
}

type Route = (input: RouteInput) => Response | Promise<Response>;

const SECRET_KEY = /^sk_test_\S+$/;
/** As the service: longer keys are refused. */
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

function bearerOf(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match ? match[1]! : null;
}

function authKind(bearer: string | null): RecordedRequest['auth'] {
  if (bearer === null) return 'none';
  if (bearer.startsWith('sk_')) return 'secret_key';
  if (bearer.includes('_handoff_')) return 'handoff_code';
  return bearer.includes('_secret_') ? 'client_secret' : 'none';
}

function requireSecretKey(bearer: string | null): void {
  if (bearer === null || !SECRET_KEY.test(bearer)) {
    throw unauthorized('api_key_invalid', 'This endpoint needs a secret key: Authorization: Bearer sk_test_….');
  }
}

function idempotencyKeyOf(request: Request): string | undefined {
  return request.headers.get('Idempotency-Key') ?? undefined;
}

/** A declared Content-Length over `limit` is refused before the body is read (the HTTP server also counts what comes). */
function requireDeclaredSize(request: Request, limit: number): void {
  if (Number(request.headers.get('Content-Length') ?? 0) > limit) throw bodyTooLarge(limit);
}

/** The JSON body, `undefined` when empty; malformed JSON is a 400 like the real service's. */
async function readJson(request: Request): Promise<unknown> {
  requireDeclaredSize(request, MAX_JSON_BODY_BYTES);
  const text = await request.text();
  // In a page or msw/node no Content-Length may be declared: the body as read counts then.
  if (text.length > MAX_JSON_BODY_BYTES) throw bodyTooLarge(MAX_JSON_BODY_BYTES);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidParam('body', 'The request body is not valid JSON.');
  }
}

async function readForm(request: Request): Promise<FormData> {
  requireDeclaredSize(request, MAX_UPLOAD_BODY_BYTES);
  try {
    return await request.formData();
  } catch {
    throw invalidParam('body', 'The request body must be multipart/form-data.');
  }
}

function listResponse(data: unknown[], hasMore: boolean, url: string): Response {
  return HttpResponse.json({ object: 'list', data, has_more: hasMore, url });
}

function faultResponse(fault: Exclude<Fault, { kind: 'delay' }>): Response {
  switch (fault.kind) {
    case 'network':
      return HttpResponse.error();
    case 'malformed':
      // Cut-off JSON, as a proxy or a crashed server might send.
      return new HttpResponse('{"object":"identity.verification_session","id":', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'rate_limit': {
      const error = new MockApiError(429, 'rate_limit_error', 'rate_limited', 'Too many requests. Retry later.');
      return HttpResponse.json(error.body, {
        status: 429,
        headers: { 'Retry-After': String(fault.retryAfter ?? 1) },
      });
    }
    case 'server_error': {
      const status = fault.status ?? 500;
      const error = new MockApiError(status, 'api_error', 'api_error', 'The service failed. Try again.');
      return HttpResponse.json(error.body, { status });
    }
  }
}

function pathIdOf(params: PathParams): string {
  const id = params['id'];
  return typeof id === 'string' ? id : '';
}

/** The MSW handlers of every endpoint of the API (docs/http-api.md), recording each request and applying faults first. */
export function createHandlers(deps: HandlerDeps): HttpHandler[] {
  const { store, faults, requests, now } = deps;
  const base = `*${deps.apiBase}`;
  const sessions = `${base}/identity/verification_sessions`;

  function route(method: 'get' | 'post', path: string, endpoint: RecordedEndpoint, run: Route): HttpHandler {
    return http[method](path, async ({ request, params }) => {
      const bearer = bearerOf(request);
      const pathId = pathIdOf(params);
      const recorded: RecordedRequest = {
        method: request.method,
        endpoint,
        auth: authKind(bearer),
        status: 0,
        at: now(),
      };
      if (pathId && endpoint !== 'deliveries' && endpoint !== 'redeliver' && endpoint !== 'report') recorded.sessionId = pathId;
      const idempotencyKey = idempotencyKeyOf(request);
      if (idempotencyKey !== undefined) recorded.idempotencyKey = idempotencyKey;
      requests.push(recorded);

      const response = await answer(endpoint, run, { request, pathId, params, bearer });
      recorded.status = response.status;
      return response;
    });
  }

  async function answer(endpoint: RecordedEndpoint, run: Route, input: RouteInput): Promise<Response> {
    const fault = faults.take(endpoint);
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    else if (fault) return faultResponse(fault);
    try {
      return await run(input);
    } catch (error) {
      if (error instanceof MockApiError) return HttpResponse.json(error.body, { status: error.status });
      throw error;
    }
  }

  const json = (body: unknown, status = 200) => HttpResponse.json(body as object, { status });

  return [
    route('post', sessions, 'create', async ({ request, bearer }) => {
      requireSecretKey(bearer);
      return json(store.create(await readJson(request)));
    }),

    route('get', sessions, 'list', ({ request, bearer }) => {
      requireSecretKey(bearer);
      const query = new URL(request.url).searchParams;
      const limit = query.get('limit');
      const { data, has_more } = store.list({
        limit: limit === null ? undefined : Number(limit),
        starting_after: query.get('starting_after') ?? undefined,
        status: (query.get('status') ?? undefined) as SessionStatus | undefined,
        client_reference_id: query.get('client_reference_id') ?? undefined,
      });
      return listResponse(data, has_more, `${deps.apiBase}/identity/verification_sessions`);
    }),

    route('get', `${base}/identity/verification_reports/:id`, 'report', ({ pathId: reportId, bearer }) => {
      requireSecretKey(bearer);
      return json(store.report(reportId));
    }),

    route('get', `${sessions}/:id`, 'retrieve', ({ pathId: sessionId, bearer }) => {
      if (authKind(bearer) === 'secret_key') {
        requireSecretKey(bearer);
        return json(store.retrieve(sessionId));
      }
      store.authenticate(sessionId, bearer);
      return json(store.clientView(sessionId));
    }),

    route('post', `${sessions}/:id/files`, 'files', async ({ request, pathId: sessionId, bearer }) => {
      store.requireUnspent(store.authenticate(sessionId, bearer));
      const form = await readForm(request);
      return json(await store.uploadFile(sessionId, { purpose: form.get('purpose'), side: form.get('side'), file: form.get('file') }));
    }),

    route('post', `${sessions}/:id/submit`, 'submit', async ({ request, pathId: sessionId, bearer }) => {
      const secret = store.authenticate(sessionId, bearer);
      const key = idempotencyKeyOf(request);
      if (!key) throw missingParam('Idempotency-Key');
      if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
        throw invalidParam('Idempotency-Key', `An Idempotency-Key is at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
      }
      const submitted = await store.submit(sessionId, secret, key, readJson(request));
      return json(submitted.body, submitted.status);
    }),

    route('post', `${sessions}/:id/decline`, 'decline', ({ pathId: sessionId, bearer }) => {
      const secret = store.authenticate(sessionId, bearer);
      store.requireUnspent(secret);
      return json(store.decline(sessionId, secret));
    }),

    route('post', `${sessions}/:id/handoff`, 'handoff', async ({ request, pathId: sessionId, bearer }) => {
      const secret = store.authenticate(sessionId, bearer);
      return json(store.startHandoff(sessionId, secret, await readJson(request)));
    }),

    // The code is the credential here (`Authorization: Bearer vs_…_handoff_…`): the phone has no secret yet.
    route('post', `${sessions}/:id/handoff/claim`, 'handoff_claim', ({ pathId: sessionId, bearer }) => {
      if (sessionIdOfHandoffCode(bearer) !== sessionId) throw handoffCodeError('handoff_code_invalid');
      return json(store.claimHandoff(sessionId, bearer!));
    }),

    route('get', `${sessions}/:id/stream`, 'stream', ({ request, pathId: sessionId, bearer }) => {
      store.authenticate(sessionId, bearer);
      return sessionStreamResponse(store, sessionId, request.signal, deps.statusStream, deps.heartbeat);
    }),

    route('post', `${sessions}/:id/cancel`, 'cancel', ({ pathId: sessionId, bearer }) => {
      requireSecretKey(bearer);
      return json(store.cancel(sessionId));
    }),

    route('post', `${sessions}/:id/redact`, 'redact', ({ pathId: sessionId, bearer }) => {
      requireSecretKey(bearer);
      return json(store.redact(sessionId));
    }),

    route('get', `${base}/events`, 'events', ({ request, bearer }) => {
      requireSecretKey(bearer);
      const query = new URL(request.url).searchParams;
      const limit = query.get('limit');
      const { data, has_more } = store.events.list({
        type: query.get('type') ?? undefined,
        limit: limit === null ? undefined : Number(limit),
        starting_after: query.get('starting_after') ?? undefined,
      });
      return listResponse(data, has_more, `${deps.apiBase}/events`);
    }),

    route('post', `${base}/webhook_endpoints`, 'webhook_endpoints', async ({ request, bearer }) => {
      requireSecretKey(bearer);
      return json(store.events.createEndpoint(await readJson(request)));
    }),

    route('get', `${base}/webhook_endpoints`, 'list_webhook_endpoints', ({ bearer }) => {
      requireSecretKey(bearer);
      return listResponse(store.events.endpoints(), false, `${deps.apiBase}/webhook_endpoints`);
    }),

    route('get', `${base}/webhook_endpoints/:id/deliveries`, 'deliveries', ({ pathId: endpointId, bearer }) => {
      requireSecretKey(bearer);
      return listResponse(store.events.deliveries(endpointId), false, `${deps.apiBase}/webhook_endpoints/${endpointId}/deliveries`);
    }),

    route('post', `${base}/test_helpers/identity/verification_sessions/:id/submit`, 'test_helpers', async ({ pathId: sessionId, bearer }) => {
      requireSecretKey(bearer);
      return json(await submitAsPerson(store, sessionId));
    }),

    route('post', `${base}/test_helpers/identity/verification_sessions/:id/decline`, 'test_helpers', ({ pathId: sessionId, bearer }) => {
      requireSecretKey(bearer);
      return json(declineAsPerson(store, sessionId));
    }),

    route('post', `${base}/test_helpers/identity/verification_sessions/:id/verify`, 'test_helpers', ({ pathId: sessionId, bearer }) => {
      requireSecretKey(bearer);
      return json(store.concludeChecks(sessionId, 'verified'));
    }),

    route('post', `${base}/test_helpers/identity/verification_sessions/:id/require_input`, 'test_helpers', async ({ request, pathId: sessionId, bearer }) => {
      requireSecretKey(bearer);
      return json(store.concludeChecks(sessionId, parseFailureCode(await readJson(request))));
    }),

    route('post', `${base}/test_helpers/identity/verification_sessions/:id/expire_handoff_code`, 'test_helpers', ({ pathId: sessionId, bearer }) => {
      requireSecretKey(bearer);
      return json(expireHandoffCode(store, sessionId));
    }),

    route('post', `${base}/webhook_endpoints/:id/deliveries/:event_id/redeliver`, 'redeliver', ({ pathId: endpointId, params, bearer }) => {
      requireSecretKey(bearer);
      const eventId = params['event_id'];
      return json(store.events.redeliver(endpointId, typeof eventId === 'string' ? eventId : ''));
    }),
  ];
}
