// A site's server in test mode: serves the page and the package's files, answers the verification
// API with the mock backend over real HTTP, and creates sessions at POST /session (a real server
// would call the service's API with its secret key there).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockHttpBackend } from 'verify-identity/mocks/http';

const root = import.meta.dirname;
// The self-contained build (and its language chunks), wherever npm installed the package.
const browserBuild = fileURLToPath(new URL('dist/browser/', import.meta.resolve('verify-identity/package.json')));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const { backend, handler } = createMockHttpBackend({ defaultProcessingMs: 300 });

async function serveFile(request, response) {
  const path = normalize(new URL(request.url, 'http://localhost').pathname);
  const file = path === '/' ? join(root, 'index.html') : path.startsWith('/verify-identity/') ? join(browserBuild, path.slice('/verify-identity/'.length)) : null;
  try {
    if (!file) throw new Error('not served');
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': types[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
}

export const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/session') {
    const session = backend.createSession({ type: 'document', options: { document: { allowed_types: ['passport'] } } });
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ client_secret: session.client_secret }));
    return;
  }
  handler(request, response, () => void serveFile(request, response));
});

// Loopback only: this serves test-mode sessions. PORT=0 picks a free port.
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  console.log(`Plain HTML example on http://127.0.0.1:${server.address().port}/`);
});
