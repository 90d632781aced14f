// Right column: the service's events as a webhook endpoint receives them. Two endpoints are
// registered at start, one subscribed to `*` and one listing every event type explicitly, so the
// toggle shows the rule that only an explicit subscription receives `.redacted`.

// With the shared mock API the events are really sent, signed, to a receiver on the dev server itself
// (`/__mock/webhooks/…`) and each entry shows its attempts; the in-page mock only records them.

import type { WebhookDelivery } from '../src/mocks/types.js';
import { appendLogEntry } from './log-list.js';
import { mockMode } from './mock-mode.js';
import { serverApi, type ServiceEvent, type WebhookEndpoint } from './server-api.js';

export type EndpointChoice = 'all' | 'explicit';

const EVENT_TYPES = ['created', 'processing', 'verified', 'requires_input', 'canceled', 'redacted'].map(
  (name) => `identity.verification_session.${name}`,
);
const POLL_MS = 500;

export interface WebhookLogOptions {
  list: HTMLOListElement;
  choice: HTMLFieldSetElement;
  /** Called once per newly delivered event, oldest first, whichever endpoint is shown. */
  onEvent: (event: ServiceEvent) => void;
}

type LoggedEvent = ServiceEvent & { delivery?: WebhookDelivery };

/** `delivered: 500, 204` / `retrying: ECONNREFUSED` / `failed: …`; empty where nothing is sent. */
function attemptsOf(delivery: WebhookDelivery | undefined): string {
  if (!delivery || delivery.status === 'recorded') return '';
  const results = delivery.attempts.map((attempt) => attempt.error ?? String(attempt.status_code)).join(', ');
  const state = { pending: delivery.attempts.length ? 'retrying' : 'sending', succeeded: 'delivered', failed: 'failed', abandoned: 'abandoned' }[delivery.status];
  return ` · ${state}${results ? `: ${results}` : ''}`;
}

function describe(event: LoggedEvent): string {
  const session = event.data.object;
  const error = session.last_error ? `, last_error: ${session.last_error.code}` : '';
  return `${session.id} → ${session.status}${error}${attemptsOf(event.delivery)}`;
}

/** Registers the endpoints and polls the chosen one while the page is visible; returns the cleanup. */
export async function startWebhookLog({ list, choice, onEvent }: WebhookLogOptions): Promise<() => void> {
  const receiver = (name: EndpointChoice) =>
    mockMode() === 'http' ? new URL(`${import.meta.env.BASE_URL}__mock/webhooks/${name}`, location.href).href : `https://example.test/webhooks/${name}`;
  const endpoints: Record<EndpointChoice, WebhookEndpoint> = {
    all: await serverApi.createWebhookEndpoint(receiver('all'), ['*']),
    explicit: await serverApi.createWebhookEndpoint(receiver('explicit'), EVENT_TYPES),
  };
  /** The shown entries' details by event id, updated as attempts come in. */
  const seen: Record<EndpointChoice, Map<string, HTMLSpanElement>> = { all: new Map(), explicit: new Map() };
  const reported = new Set<string>();
  let shown: EndpointChoice = 'all';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const selected = (): EndpointChoice =>
    (choice.querySelector<HTMLInputElement>('input:checked')?.value as EndpointChoice | undefined) ?? 'all';

  function show(endpoint: EndpointChoice): void {
    shown = endpoint;
    list.replaceChildren();
    seen[endpoint].clear();
  }

  async function poll(): Promise<void> {
    const polled = selected();
    const newestFirst = await serverApi.listDeliveries(endpoints[polled].id).catch(() => null);
    // The choice may have changed while the request was out: its answer belongs to the other endpoint.
    if (newestFirst === null || stopped || polled !== selected()) return;
    if (polled !== shown) show(polled);
    for (const event of [...newestFirst].reverse() as LoggedEvent[]) {
      const shownEntry = seen[polled].get(event.id);
      if (shownEntry) {
        shownEntry.textContent = describe(event);
        continue;
      }
      seen[polled].set(event.id, appendLogEntry(list, event.type, describe(event), new Date(event.created * 1000)));
      if (!reported.has(event.id)) {
        reported.add(event.id);
        onEvent(event);
      }
    }
  }

  async function loop(): Promise<void> {
    if (document.visibilityState === 'visible') await poll();
    if (!stopped) timer = setTimeout(loop, POLL_MS);
  }

  // The other endpoint's list replaces this one's at once (never both lists in one), then fills from its poll.
  const onChoice = () => {
    show(selected());
    void poll();
  };
  choice.addEventListener('change', onChoice);
  void loop();

  return () => {
    stopped = true;
    clearTimeout(timer);
    choice.removeEventListener('change', onChoice);
  };
}
