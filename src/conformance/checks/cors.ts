import { ClauseFailure, NotExercised, evidenceOf, fail, type Exchange } from '../context.js';
import { SESSIONS } from '../flows.js';
import { openStream } from '../stream.js';
import type { Check, Kit } from './check.js';

const REQUEST_HEADERS = ['authorization', 'content-type', 'idempotency-key'];
const CORS_HEADERS = ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Expose-Headers'];

const list = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);

function needOrigin(kit: Kit): string {
  if (!kit.origin) throw new NotExercised('no origin given (--origin): an API on the page’s own origin needs no CORS');
  return kit.origin;
}

function allowsOrigin(exchange: Exchange, origin: string): boolean {
  const allowed = exchange.headers.get('Access-Control-Allow-Origin');
  return allowed === '*' || allowed === origin;
}

function expectAllowed(exchange: Exchange, origin: string, what: string): void {
  if (!allowsOrigin(exchange, origin)) fail(exchange, `Access-Control-Allow-Origin: ${origin} (or *) on ${what}`, `no Access-Control-Allow-Origin for ${origin} on ${what}`, CORS_HEADERS);
}

function exposesRetryAfter(exchange: Exchange): boolean {
  const exposed = list(exchange.headers.get('Access-Control-Expose-Headers'));
  return exposed.includes('retry-after') || exposed.includes('*');
}

/** Checks every 429 of the run; not exercised when none came, even from a burst. */
async function tooManyRequests({ driver, flows, rateLimitBurst }: Kit): Promise<Exchange[]> {
  if (driver.tooMany.length === 0 && rateLimitBurst > 0) {
    const session = await flows.create();
    await Promise.all(Array.from({ length: rateLimitBurst }, () => flows.retrieveClient(session)));
  }
  if (driver.tooMany.length === 0) throw new NotExercised(`no 429 came, not even in a burst of ${rateLimitBurst} requests at once`);
  return driver.tooMany;
}

export const corsChecks: Check[] = [
  {
    clause: 'cors.preflight',
    async run(kit) {
      const origin = needOrigin(kit);
      const session = await kit.flows.create();
      for (const [path, method] of [
        [`${SESSIONS}/${session.id}/submit`, 'POST'],
        [`${SESSIONS}/${session.id}/files`, 'POST'],
        [`${SESSIONS}/${session.id}`, 'GET'],
      ] as const) {
        const preflight = await kit.driver.call({
          method: 'OPTIONS',
          path,
          headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': REQUEST_HEADERS.join(',') },
        });
        const expected = `2xx allowing ${origin}, ${method}, and the headers ${REQUEST_HEADERS.join(', ')} (Authorization by name)`;
        const methods = list(preflight.headers.get('Access-Control-Allow-Methods'));
        const headers = list(preflight.headers.get('Access-Control-Allow-Headers'));
        const headersOk = REQUEST_HEADERS.every((name) => headers.includes(name) || (name !== 'authorization' && headers.includes('*')));
        if (preflight.status < 200 || preflight.status > 299 || !allowsOrigin(preflight, origin) || !(methods.includes(method.toLowerCase()) || methods.includes('*')) || !headersOk) {
          fail(preflight, expected, `preflight of ${method} ${path.replace(session.id, ':id')} refused`, CORS_HEADERS);
        }
      }
    },
  },
  {
    clause: 'cors.errors',
    async run(kit) {
      const origin = needOrigin(kit);
      const session = await kit.flows.create();
      const wrong = await kit.driver.call({ method: 'GET', path: `${SESSIONS}/${session.id}`, auth: { value: `${session.id}_secret_${'x'.repeat(24)}`, kind: 'wrong credential' }, headers: { Origin: origin } });
      if (wrong.status !== 401) throw new NotExercised(`a wrong secret was not refused (${wrong.status}): see auth.wrong-secret-refused`);
      expectAllowed(wrong, origin, 'a 401');
      const missing = await kit.driver.call({ method: 'GET', path: `${SESSIONS}/vs_doesnotexist0000_x`, headers: { Origin: origin } });
      if (missing.status >= 400) expectAllowed(missing, origin, `a ${missing.status}`);
    },
  },
  {
    clause: 'cors.stream',
    async run(kit) {
      const origin = needOrigin(kit);
      const session = await kit.flows.create();
      const stream = await openStream(kit.driver, session, { Origin: origin });
      stream.close();
      if (!stream.exchange.response.ok) throw new NotExercised(`opening the stream failed (${stream.exchange.status})`);
      expectAllowed(stream.exchange, origin, 'the status stream');
    },
  },
  {
    clause: 'cors.expose-retry-after',
    async run(kit) {
      const origin = needOrigin(kit);
      const session = await kit.flows.create();
      const read = await kit.driver.call({ method: 'GET', path: `${SESSIONS}/${session.id}`, auth: session.secret, headers: { Origin: origin } });
      if (!exposesRetryAfter(read)) fail(read, 'Access-Control-Expose-Headers: Retry-After', 'Retry-After not exposed', CORS_HEADERS);
      const limited = kit.driver.tooMany.find((exchange) => exchange.request.includes('origin:'));
      if (limited && !exposesRetryAfter(limited)) fail(limited, 'Access-Control-Expose-Headers: Retry-After on the 429', 'Retry-After not exposed on a 429', CORS_HEADERS);
    },
  },
  {
    clause: 'cors.server-paths-closed',
    async run(kit) {
      const origin = needOrigin(kit);
      const preflight = await kit.driver.call({
        method: 'OPTIONS',
        path: SESSIONS,
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
      });
      const created = await kit.driver.call({ method: 'POST', path: SESSIONS, auth: kit.driver.serverAuth, json: { type: 'document' }, headers: { Origin: origin } });
      const open = [preflight, created].filter((exchange) => allowsOrigin(exchange, origin));
      if (open.length) throw new ClauseFailure('a server-side path answers cross-origin requests', open.map((exchange) => evidenceOf(exchange, `no Access-Control-Allow-Origin for ${origin} on a server-side path`, CORS_HEADERS)));
    },
  },
];

export const rateLimitChecks: Check[] = [
  {
    clause: 'errors.retry-after',
    async run(kit) {
      for (const exchange of await tooManyRequests(kit)) {
        const retryAfter = exchange.headers.get('Retry-After');
        const code = (exchange.body as { error?: { code?: unknown } } | undefined)?.error?.code;
        if (retryAfter === null || !/^\d+$/.test(retryAfter.trim()) || code !== 'rate_limited') {
          fail(exchange, '429 with Retry-After: <seconds> and error code rate_limited', 'a 429 without a usable Retry-After', ['Retry-After']);
        }
      }
    },
  },
];
