import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SESSION = {
  id: 'vs_bench',
  object: 'identity.verification_session',
  status: 'requires_input',
  type: 'document',
  options: {
    document: {
      allowed_types: ['passport', 'id_card', 'driving_license'],
      require_id_number: false,
      require_live_capture: false,
      require_matching_selfie: false,
    },
  },
  last_error: null,
  livemode: false,
  created: 1764115200,
};

/**
 * A plain local HTTP server, as a newcomer's dev server would be: each page of `pages` (`/name`, an HTML
 * page that runs the script at `pages[name]`), the scripts of `files`, and the session answered at once
 * (its status stream held open and silent, as a service's is while nothing changes).
 */
export async function serve(pages: Record<string, string>, files: Record<string, string>): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.endsWith('/stream')) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      response.write(': open\n\n');
      return;
    }
    if (path.startsWith('/v1/identity/verification_sessions/')) {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(SESSION));
      return;
    }
    const script = pages[path.slice(1)];
    if (script) {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><script type="module" src="${script}"></script>`);
      return;
    }
    const body = files[path];
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
