// The shared mock API of `npm run demo`: one mock backend in the dev server, served over HTTP at /v1,
// so that the desktop page, the phone frame, a second browser and a real phone on the network all
// reach the same sessions (an in-page service-worker mock is one per page). Pages served by the dev
// server are told so by a <meta name="verify-demo-mock" content="http">; the static build has no such
// tag and starts the service-worker mock instead (see demo/mock-mode.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Plugin } from 'vite';
import { createMockHttpBackend } from '../src/mocks/http.js';

/** A test-mode control of the shared backend, for the demo's switch and the end-to-end tests. */
const EXPIRE_CODES = '/__mock/expire-handoff-codes';

/** The first IPv4 address of this machine on a network, for a phone to reach the dev server. */
function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return undefined;
}

export function mockApiPlugin(): Plugin {
  const { backend, handler } = createMockHttpBackend();
  const middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void => {
    const path = (request.url ?? '').split('?')[0]!;
    if (path === EXPIRE_CODES && request.method === 'POST') {
      backend.expireHandoffCodes();
      response.writeHead(204).end();
    } else if (path.startsWith('/v1/')) handler(request, response, next);
    else next();
  };
  let origin = process.env['VERIFY_DEMO_ORIGIN'];
  return {
    name: 'verify-identity-mock-api',
    configureServer(server) {
      server.middlewares.use(middleware);
      // The backend's pending timers (a handoff code expires after 10 minutes) must not keep a closed server's process alive.
      server.httpServer?.once('close', () => backend.reset());
      server.httpServer?.once('listening', () => {
        const port = (server.httpServer?.address() as { port: number } | null)?.port;
        const lan = lanAddress();
        // Listening on the network only with `--host` (npm run demo passes it); otherwise links stay local.
        const { host } = server.config.server;
        const exposed = host === true || host === '0.0.0.0' || host === '::';
        origin ??= lan && exposed ? `http://${lan}:${port}` : undefined;
        server.config.logger.info(
          origin
            ? `  Continue on your phone: handoff links open ${origin}/handoff.html (same network; VERIFY_DEMO_ORIGIN overrides)`
            : '  Continue on your phone: run `npm run demo` (it listens with --host) for links a phone can open.',
        );
      });
    },
    // The preview of the static build serves the API too: a page opened with ?mock=http uses it (the e2e tests).
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
      server.httpServer.once('close', () => backend.reset());
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
