// The shared mock API of `npm run demo`: one mock backend in the dev server, served over HTTP at /v1,
// so that the desktop page, the phone frame, a second browser and a real phone on the network all
// reach the same sessions (an in-page service-worker mock is one per page). Pages served by the dev
// server are told so by a <meta name="verify-demo-mock" content="http">; the static build has no such
// tag and starts the service-worker mock instead (see demo/mock-mode.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Plugin } from 'vite';
import { createMockHttpBackend } from '../src/mocks/http.js';
import { checkFault } from './fault-control.js';

/**
 * Test-mode paths of the dev server: a control for the demo's switch and the end-to-end tests, and the webhook
 * receiver the demo's endpoints deliver to (over loopback HTTP, signed, as to a real back end). None answers a
 * simple request (a JSON content type is required, so a page elsewhere must preflight, which is refused) or
 * a request from another origin.
 */
const EXPIRE_CODES = '/__mock/expire-handoff-codes';
/** Arms a one-shot fault (body: a fault, see fault-control.ts); answers `{ pending }`, the faults still to fire. */
const ARM_FAULT = '/__mock/faults';
/** Answers `{ pending }` (body: `{}`): how the demo's fault panel sees that a fault fired. */
const PENDING_FAULTS = '/__mock/faults/pending';
/** A fault is a few dozen bytes: anything much larger is not one. */
const MAX_CONTROL_BODY_BYTES = 1024;
const WEBHOOK_RECEIVER = /^\/__mock\/webhooks\/[a-z]+$/;

/** Why a request to a `/__mock/` path is refused, or `null` when it may run. */
function mockControlRefusal(request: IncomingMessage): string | null {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host ?? ''}`) return 'another origin';
  if (request.method !== 'POST') return 'only POST';
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return 'Content-Type: application/json is required';
  return null;
}

/** The first IPv4 address of this machine on a network, for a phone to reach the dev server. */
function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return undefined;
}

/** The request's body as JSON, or `undefined` when it is too large or not JSON. */
async function readSmallJson(request: IncomingMessage): Promise<unknown> {
  try {
    let text = '';
    for await (const chunk of request) {
      text += String(chunk);
      if (text.length > MAX_CONTROL_BODY_BYTES) return undefined;
    }
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const sendJson = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

export function mockApiPlugin(): Plugin {
  const { backend, handler, close } = createMockHttpBackend();
  const middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    const path = (request.url ?? '').split('?')[0]!;
    if (path.startsWith('/__mock/')) {
      // Answered here, preflights included: Vite's own CORS would grant any localhost origin.
      const refusal = mockControlRefusal(request);
      if (refusal) response.writeHead(403, { 'Content-Type': 'text/plain' }).end(`Refused: ${refusal}.`);
      else if (path === EXPIRE_CODES) {
        backend.expireHandoffCodes();
        response.writeHead(204).end();
      } else if (path === ARM_FAULT) {
        void readSmallJson(request).then((body) => {
          const checked = checkFault(body);
          if ('error' in checked) return sendJson(response, 400, { error: { type: 'invalid_request_error', message: checked.error } });
          backend.faults.inject(checked.fault);
          sendJson(response, 200, { pending: backend.faults.pending.length });
        });
      } else if (path === PENDING_FAULTS) {
        request.resume();
        request.once('end', () => sendJson(response, 200, { pending: backend.faults.pending.length }));
      } else if (WEBHOOK_RECEIVER.test(path)) {
        request.resume();
        request.once('end', () => response.writeHead(204).end());
      } else response.writeHead(404).end();
    } else if (path.startsWith('/v1/')) handler(request, response, next);
    else next();
  };
  const stop = () => {
    close();
    backend.reset();
  };
  let origin = process.env['VERIFY_DEMO_ORIGIN'];
  return {
    name: 'verify-identity-mock-api',
    configureServer(server) {
      server.middlewares.use(middleware);
      // The backend's pending timers (a handoff code expires after 10 minutes) must not keep a closed server's process alive.
      server.httpServer?.once('close', stop);
      server.httpServer?.once('listening', () => {
        const port = (server.httpServer?.address() as { port: number } | null)?.port;
        const lan = lanAddress();
        // Listening on the network only with `npm run demo -- --host`; otherwise links stay local.
        const { host } = server.config.server;
        const exposed = host === true || host === '0.0.0.0' || host === '::';
        origin ??= lan && exposed ? `http://${lan}:${port}` : undefined;
        server.config.logger.info(
          origin
            ? `  Continue on your phone: handoff links open ${origin}/handoff.html (same network; VERIFY_DEMO_ORIGIN overrides)`
            : '  Continue on your phone: `npm run demo -- --host` listens on your network (the mock API with it: any device there can use it).',
        );
      });
    },
    // The preview of the static build serves the API too: a page opened with ?mock=http uses it (the e2e tests).
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      server.httpServer.once('close', stop);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) =>
        context.server
          ? [
              { tag: 'meta', attrs: { name: 'verify-demo-mock', content: 'http' }, injectTo: 'head' },
              ...(origin ? [{ tag: 'meta', attrs: { name: 'verify-demo-origin', content: origin }, injectTo: 'head' as const }] : []),
            ]
          : [],
    },
  };
}
