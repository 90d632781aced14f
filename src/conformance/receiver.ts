import { createServer } from 'node:http';
import type { ReceivedDelivery, WebhookReceiver } from './checks/check.js';

/** Most an event body may be; more is cut off and answered 413. */
const MAX_BODY = 1024 * 1024;

/**
 * A webhook receiver on loopback (Node only, hence its own module): it records every POST and answers 200, so
 * the kit sees what a backend that sends deliveries sends. It listens on 127.0.0.1 at a free port.
 */
export async function startReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY) return void response.writeHead(413).end();
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        // Kept as text: the check reports it.
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      received.push({ method: request.method ?? '', path: request.url ?? '', headers, text, body, at: Date.now() });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
