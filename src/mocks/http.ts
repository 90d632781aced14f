import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { createMockBackend } from './create-mock-backend.js';
import type { MockBackend, MockBackendOptions } from './types.js';

/** A Node HTTP handler; with `next`, it fits Connect-style middleware (Vite's `configureServer`, Express). */
export type MockHttpHandler = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => void;

/**
 * Serves the mock backend over real HTTP from a Node server: every device and browser that reaches the
 * server shares its sessions (an in-page mock is one per page). Requests that no handler answers go to
 * `next`, or get a 404 without it. Status streams are written as they come, and end when the client leaves.
 */
export function createMockHttpHandler(handlers: readonly RequestHandler[]): MockHttpHandler {
  return (request, response, next) => {
    const abort = new AbortController();
    response.on('close', () => abort.abort());
    void serve(handlers, request, response, abort.signal).then(
      (handled) => {
        if (handled) return;
        if (next) next();
        else response.writeHead(404).end();
      },
      (error: unknown) => {
        if (next) next(error);
        else if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      },
    );
  };
}

async function serve(
  handlers: readonly RequestHandler[],
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  signal: AbortSignal,
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
    body: hasBody ? (await readBody(incoming)) : null,
  });
  const response = await getResponse([...handlers], request);
  if (!response) return false;
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

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Uint8Array);
  const body = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** A mock backend and an HTTP handler serving it: `http.createServer(handler)` or a dev server's middleware. */
export function createMockHttpBackend(options: MockBackendOptions = {}): { backend: MockBackend; handler: MockHttpHandler } {
  const backend = createMockBackend(options);
  return { backend, handler: createMockHttpHandler(backend.handlers) };
}
