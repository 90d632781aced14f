import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import type { ServiceErrorCode } from '../core/errors.js';
import { createMockBackend } from './create-mock-backend.js';
import { MockApiError, bodyTooLarge } from './errors.js';
import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BODY_BYTES } from './limits.js';
import type { MockBackend, MockBackendOptions } from './types.js';
import { WebhookDispatcher, type WebhookDeliveryOptions } from './webhooks/dispatcher.js';
import { generateWebhookSecret } from './webhooks/sign.js';

/** A Node HTTP handler; with `next`, it fits Connect-style middleware (Vite's `configureServer`, Express). */
export type MockHttpHandler = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => void;

export interface MockHttpOptions {
  /**
   * Origins whose pages may call the client-side paths (the ones a client secret or handoff code opens).
   * Server-side paths (secret key) never answer another origin: no CORS, and a request carrying a foreign
   * `Origin` is refused with 403.
   * @default '*'
   */
  corsOrigin?: '*' | readonly string[];
}

export { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BODY_BYTES } from './limits.js';

// The paths a page reaches with a client secret or a handoff code; everything else needs the secret key.
const CLIENT_PATH = /\/identity\/verification_sessions\/[^/]+(?:\/(?:files|submit|decline|handoff|handoff\/claim|stream))?$/;
const UPLOAD_PATH = /\/identity\/verification_sessions\/[^/]+\/files$/;
const CLIENT_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Last-Event-ID, Accept';

function errorBody(code: ServiceErrorCode, message: string): string {
  return JSON.stringify(new MockApiError(0, 'invalid_request_error', code, message).body);
}

/**
 * Serves the mock backend over real HTTP from a Node server: every device and browser that reaches the
 * server shares its sessions (an in-page mock is one per page). Requests that no handler answers go to
 * `next`, or get a 404 without it. Status streams are written as they come, and end when the client leaves.
 * Bodies are read only once a handler asks (after it checked the credentials), and are limited (413).
 */
export function createMockHttpHandler(handlers: readonly RequestHandler[], options: MockHttpOptions = {}): MockHttpHandler {
  const corsOrigin = options.corsOrigin ?? '*';
  return (request, response, next) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const ownOrigin = `http://${request.headers.host ?? ''}`;
    const origin = request.headers.origin;
    const crossOrigin = origin !== undefined && origin !== ownOrigin;
    const bearer = request.headers.authorization ?? '';
    const clientSide = CLIENT_PATH.test(path) && !path.includes('/test_helpers/') && !/^Bearer\s+sk_/i.test(bearer);

    if (crossOrigin && clientSide && (corsOrigin === '*' || corsOrigin.includes(origin))) {
      response.setHeader('Access-Control-Allow-Origin', corsOrigin === '*' ? '*' : origin);
      // Else a page cannot read a 429's Retry-After (the CORS rules of docs/http-api.md; the conformance kit checks it).
      response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
      response.setHeader('Vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      // A preflight: granted (by the header above) only for a client-side path and an allowed origin.
      if (response.hasHeader('Access-Control-Allow-Origin')) {
        response.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        response.setHeader('Access-Control-Allow-Headers', CLIENT_HEADERS);
        response.setHeader('Access-Control-Max-Age', '600');
      }
      response.writeHead(204).end();
      return;
    }
    if (crossOrigin && !clientSide) {
      response.writeHead(403, { 'Content-Type': 'application/json' }).end(
        errorBody('cross_origin_forbidden', 'Server-side endpoints answer your server, not a page on another origin: call them from your back end with the secret key.'),
      );
      return;
    }

    const limit = UPLOAD_PATH.test(path) ? MAX_UPLOAD_BODY_BYTES : MAX_JSON_BODY_BYTES;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      tooLarge(response, limit);
      return;
    }
    const abort = new AbortController();
    response.on('close', () => abort.abort());
    // A body nobody read (a refused credential) is drained, not kept: the connection stays usable.
    response.on('finish', () => {
      if (!request.complete) request.removeAllListeners('data').resume();
    });
    const body = { tooLarge: false };
    void serve(handlers, request, response, abort.signal, limit, body).then(
      (handled) => {
        if (handled) return;
        if (next) next();
        else response.writeHead(404, { 'Content-Type': 'application/json' }).end(errorBody('resource_missing', `No such endpoint: ${request.method} ${path}.`));
      },
      (error: unknown) => {
        if (body.tooLarge && !response.headersSent) tooLarge(response, limit);
        else if (next) next(error);
        else if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      },
    );
  };
}

function tooLarge(response: ServerResponse, limit: number): void {
  response.writeHead(413, { 'Content-Type': 'application/json', Connection: 'close' }).end(JSON.stringify(bodyTooLarge(limit).body));
}

async function serve(
  handlers: readonly RequestHandler[],
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  signal: AbortSignal,
  limit: number,
  body: { tooLarge: boolean },
): Promise<boolean> {
  const origin = `http://${incoming.headers.host ?? '127.0.0.1'}`;
  const method = incoming.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const request = new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    signal,
    body: hasBody ? lazyBody(incoming, limit, body) : null,
    duplex: 'half',
  } as RequestInit);
  const response = await getResponse([...handlers], request);
  if (!response) return false;
  if (body.tooLarge) {
    tooLarge(outgoing, limit);
    return true;
  }
  // A network-error fault (`Response.error()`, status 0) is, over HTTP, a connection dropped without an answer.
  if (response.type === 'error') {
    outgoing.destroy();
    return true;
  }
  // Merged with the CORS headers set before the handler ran.
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    outgoing.end();
    return true;
  }
  // Flushed at once, so that a text/event-stream reaches the client frame by frame.
  outgoing.flushHeaders();
  const reader = response.body.getReader();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      outgoing.write(value);
    }
  } catch {
    // The client left mid-stream: nothing more to write.
  }
  outgoing.end();
  return true;
}

/**
 * The request's body as a stream that reads nothing until it is read, and errors past `limit` bytes (marking
 * `state.tooLarge`, answered 413): a large upload with a bad credential is never held in memory.
 */
function lazyBody(incoming: IncomingMessage, limit: number, state: { tooLarge: boolean }): ReadableStream<Uint8Array> {
  let received = 0;
  let reading = false;
  let done = false;
  const start = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    // A 'data' listener starts the flow; it pauses whenever the consumer has enough.
    incoming.on('data', (chunk: Buffer) => {
      if (done) return;
      received += chunk.length;
      if (received > limit) {
        done = true;
        state.tooLarge = true;
        controller.error(new RangeError('The request body is too large.'));
        incoming.removeAllListeners('data').resume();
        return;
      }
      controller.enqueue(new Uint8Array(chunk));
      if ((controller.desiredSize ?? 0) <= 0) incoming.pause();
    });
    incoming.once('end', () => {
      if (!done) controller.close();
      done = true;
    });
    incoming.once('error', (error) => {
      if (!done) controller.error(error);
      done = true;
    });
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (reading) incoming.resume();
        else {
          reading = true;
          start(controller);
        }
      },
      cancel() {
        done = true;
        incoming.removeAllListeners('data').resume();
      },
    },
    // Nothing is pulled before the first read.
    { highWaterMark: 0 },
  );
}

export interface MockHttpBackendOptions extends MockBackendOptions, MockHttpOptions {
  /**
   * Webhook deliveries over HTTP: every event is POSTed, signed, to the endpoints that subscribed to it,
   * and retried. `false` only records them (as the in-page mock does). A secret is generated when not given.
   * @default {} (sent, with a generated secret and the default retry schedule)
   */
  webhooks?: Partial<WebhookDeliveryOptions> | false;
}

export interface MockHttpBackend {
  backend: MockBackend;
  handler: MockHttpHandler;
  /** The `whsec_…` secret that signs deliveries; `null` when they are only recorded. */
  webhookSecret: string | null;
  /** Stops the deliveries (attempts out aborted, retries dropped); returns how many were abandoned. */
  close(): number;
}

/** A mock backend and an HTTP handler serving it: `http.createServer(handler)` or a dev server's middleware. */
export function createMockHttpBackend(options: MockHttpBackendOptions = {}): MockHttpBackend {
  const { webhooks = {}, corsOrigin, ...backendOptions } = options;
  const webhookSecret = webhooks === false ? null : (webhooks.secret ?? generateWebhookSecret());
  const dispatcher = webhooks === false ? undefined : new WebhookDispatcher({ ...webhooks, secret: webhookSecret! });
  const backend = createMockBackend(dispatcher ? { ...backendOptions, webhookSender: dispatcher } : backendOptions);
  const handlerOptions: MockHttpOptions = corsOrigin === undefined ? {} : { corsOrigin };
  return {
    backend,
    handler: createMockHttpHandler(backend.handlers, handlerOptions),
    webhookSecret,
    close: () => dispatcher?.close() ?? 0,
  };
}
