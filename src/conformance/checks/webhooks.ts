import { ClauseFailure, NotExercised, describeAnswer, evidenceOf, type Exchange } from '../context.js';
import { SESSIONS, pause } from '../flows.js';
import { checkSchema } from '../schema.js';
import { signatureProblem } from '../signature.js';
import type { Check, Kit, ReceivedDelivery } from './check.js';

const REDACTED = 'identity.verification_session.redacted';
const CANCELED = 'identity.verification_session.canceled';
const CREATED = 'identity.verification_session.created';

interface Endpoint {
  id: string;
  path: string;
  enabled: string[];
}

interface WebhookRun {
  sessionId: string;
  endpoints: { all: Endpoint; explicit: Endpoint };
  /** What each endpoint's delivery list says it received of this session, or undefined without lists. */
  lists: Map<Endpoint, { exchange: Exchange; types: string[] }> | undefined;
  /** What the receiver got for each endpoint, of this session. */
  posted: Map<Endpoint, { types: string[]; bodies: unknown[]; deliveries: ReceivedDelivery[] }>;
}

/**
 * One run for both clauses: two endpoints (`*`, and one listing `.canceled` and `.redacted`) pointed at the
 * kit's receiver (or at a closed loopback port without one: the backend never reaches outside), then a
 * session redacted while it requires input — `.created`, `.canceled`, and `.redacted` once the redaction ends.
 */
async function webhookRun(kit: Kit): Promise<WebhookRun> {
  const { driver, flows, receiver } = kit;
  const tag = crypto.randomUUID().slice(0, 8);
  const register = async (name: string, enabled: string[]): Promise<Endpoint> => {
    const path = `/hooks/${tag}/${name}`;
    const url = receiver ? receiver.url(path) : `http://127.0.0.1:9${path}`;
    const exchange = await driver.call({ method: 'POST', path: '/webhook_endpoints', auth: driver.serverAuth, json: { url, enabled_events: enabled }, schema: 'WebhookEndpoint' });
    if (exchange.status === 404 || exchange.status === 405) throw new NotExercised(`the backend has no webhook endpoints (${exchange.status})`);
    const id = (exchange.body as { id?: unknown } | undefined)?.id;
    if (exchange.status !== 200 || typeof id !== 'string') throw new NotExercised(`registering a webhook endpoint failed: ${describeAnswer(exchange)}`);
    return { id, path, enabled };
  };
  const endpoints = { all: await register('all', ['*']), explicit: await register('explicit', [CANCELED, REDACTED]) };
  const session = await flows.create();
  const redacted = await driver.call({ method: 'POST', path: `${SESSIONS}/${session.id}/redact`, auth: driver.serverAuth, schema: 'ServerSession' });
  if (redacted.status !== 200) throw new NotExercised(`redacting failed: ${describeAnswer(redacted)}`);
  await flows.waitFor(session.id, (view) => view.redaction?.status === 'redacted', 'redaction.status redacted');

  const ofSession = (body: unknown) => (body as { data?: { object?: { id?: unknown } } } | undefined)?.data?.object?.id === session.id;
  const typeOf = (body: unknown) => String((body as { type?: unknown }).type);
  // Deliveries may trail the event: wait a little for the receiver to get the explicit endpoint's `.redacted`.
  const posted: WebhookRun['posted'] = new Map();
  const collect = () => {
    for (const endpoint of [endpoints.all, endpoints.explicit]) {
      const deliveries = (receiver?.received ?? []).filter((delivery) => delivery.path === endpoint.path && ofSession(delivery.body));
      const bodies = deliveries.map((delivery) => delivery.body);
      posted.set(endpoint, { bodies, types: bodies.map(typeOf), deliveries });
    }
  };
  for (let waited = 0; receiver && waited < 2000; waited += 100) {
    collect();
    if (posted.get(endpoints.explicit)!.types.includes(REDACTED)) break;
    await pause(100);
  }
  collect();

  let lists: WebhookRun['lists'] = new Map();
  for (const endpoint of [endpoints.all, endpoints.explicit]) {
    const exchange = await driver.call({ method: 'GET', path: `/webhook_endpoints/${endpoint.id}/deliveries`, auth: driver.serverAuth, schema: 'DeliveryList' });
    if (exchange.status !== 200) {
      lists = undefined;
      break;
    }
    const data = ((exchange.body as { data?: unknown[] }).data ?? []).filter(ofSession);
    lists.set(endpoint, { exchange, types: data.map(typeOf) });
  }
  return { sessionId: session.id, endpoints, lists, posted };
}

function sharedRun(kit: Kit): Promise<WebhookRun> {
  let run = kit.scenarios.get('webhooks') as Promise<WebhookRun> | undefined;
  if (!run) {
    run = webhookRun(kit);
    kit.scenarios.set('webhooks', run);
  }
  return run;
}

/** Which rule an endpoint's received types break, if any. */
function ruleBroken(endpoint: Endpoint, types: string[]): string | undefined {
  const all = endpoint.enabled.includes('*');
  if (all && types.includes(REDACTED)) return 'the `*` endpoint received .redacted';
  if (all && !(types.includes(CREATED) && types.includes(CANCELED))) return 'the `*` endpoint missed .created or .canceled';
  if (!all && !(types.includes(REDACTED) && types.includes(CANCELED))) return 'the endpoint that lists .canceled and .redacted missed one';
  if (!all && types.includes(CREATED)) return 'the endpoint that does not list .created received it';
  return undefined;
}

export const webhookChecks: Check[] = [
  {
    clause: 'webhooks.redacted-only-explicit',
    async run(kit) {
      const run = await sharedRun(kit);
      const sent = [...run.posted.values()].some((posted) => posted.types.length > 0);
      if (!run.lists && !sent) throw new NotExercised('the backend neither lists deliveries nor sent any to the loopback receiver');
      for (const endpoint of [run.endpoints.all, run.endpoints.explicit]) {
        const expected = endpoint.enabled.includes('*') ? '.created and .canceled, never .redacted' : '.canceled and .redacted only';
        const listed = run.lists?.get(endpoint);
        const listProblem = listed && ruleBroken(endpoint, listed.types);
        if (listed && listProblem) throw new ClauseFailure(listProblem, [evidenceOf(listed.exchange, `deliveries of ${run.sessionId}: ${expected}`)]);
        const posted = run.posted.get(endpoint)!;
        const postProblem = sent && ruleBroken(endpoint, posted.types);
        if (postProblem) {
          throw new ClauseFailure(postProblem, [{ request: `deliveries POSTed to the receiver at ${endpoint.path}`, answer: posted.types.join(', ') || 'none', expected }]);
        }
      }
    },
  },
  {
    clause: 'webhooks.http-delivery',
    async run(kit) {
      if (!kit.receiver) throw new NotExercised('no loopback receiver in this run (not Node, or webhookReceiver: false)');
      const run = await sharedRun(kit);
      const posted = [...run.posted.values()];
      if (posted.every((endpoint) => endpoint.types.length === 0)) {
        throw new NotExercised('the backend sent no delivery to the loopback receiver in 2 s (it may only record them; the delivery lists were checked)');
      }
      for (const { bodies } of posted) {
        for (const body of bodies) {
          const problem = checkSchema('Event', body)[0];
          if (problem) {
            throw new ClauseFailure('a delivery is not an event object', [{ request: 'a delivery POSTed to the receiver', answer: `${problem.path}: ${problem.message}`, expected: `an Event (${problem.schema})` }]);
          }
        }
      }
    },
  },
  {
    clause: 'webhooks.signed',
    async run(kit) {
      if (!kit.webhookSecret) throw new NotExercised('no webhook secret given (--webhook-secret)');
      if (!kit.receiver) throw new NotExercised('no loopback receiver in this run');
      const run = await sharedRun(kit);
      const deliveries = [...run.posted.values()].flatMap((endpoint) => endpoint.deliveries);
      if (deliveries.length === 0) throw new NotExercised('the backend sent no delivery to the loopback receiver');
      for (const delivery of deliveries) {
        const problem = await signatureProblem(kit.webhookSecret, delivery.headers, delivery.text, (delivery.body as { id?: unknown }).id);
        if (problem) {
          const shown = ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => `${name}: ${delivery.headers[name] ?? '(none)'}`).join('; ');
          throw new ClauseFailure(problem, [{ request: `a delivery POSTed to the receiver at ${delivery.path}`, answer: shown, expected: 'webhook-signature v1,<base64 HMAC-SHA256 of "webhook-id.webhook-timestamp.body"> with the secret' }]);
        }
      }
    },
  },
];
