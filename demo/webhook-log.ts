// Right column: the service's events as a webhook endpoint receives them. Two endpoints are
// registered at start, one subscribed to `*` and one listing every event type explicitly, so the
// toggle shows the rule that only an explicit subscription receives `.redacted`.

import { appendLogEntry } from './log-list.js';
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

function describe(event: ServiceEvent): string {
  const session = event.data.object;
  const error = session.last_error ? `, last_error: ${session.last_error.code}` : '';
  return `${session.id} → ${session.status}${error}`;
}

/** Registers the endpoints and polls the chosen one while the page is visible; returns the cleanup. */
export async function startWebhookLog({ list, choice, onEvent }: WebhookLogOptions): Promise<() => void> {
  const endpoints: Record<EndpointChoice, WebhookEndpoint> = {
    all: await serverApi.createWebhookEndpoint('https://example.test/webhooks/all', ['*']),
    explicit: await serverApi.createWebhookEndpoint('https://example.test/webhooks/explicit', EVENT_TYPES),
  };
  const seen: Record<EndpointChoice, Set<string>> = { all: new Set(), explicit: new Set() };
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
    for (const event of [...newestFirst].reverse()) {
      if (seen[polled].has(event.id)) continue;
      seen[polled].add(event.id);
      appendLogEntry(list, event.type, describe(event), new Date(event.created * 1000));
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
