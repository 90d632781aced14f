import { resourceMissing } from './errors.js';
import { newId } from './ids.js';
import { paginate, parseWebhookEndpointParams } from './validation.js';
import type { ListEventsParams, MockEvent, MockEventType, SessionSnapshot, WebhookEndpoint } from './types.js';

const REDACTED_EVENT: MockEventType = 'identity.verification_session.redacted';

/** Whether an endpoint subscribed to `enabledEvents` receives `type`: `*` covers all but `.redacted`. */
export function endpointReceives(enabledEvents: readonly string[], type: MockEventType): boolean {
  if (enabledEvents.includes(type)) return true;
  return enabledEvents.includes('*') && type !== REDACTED_EVENT;
}

interface EndpointRecord {
  endpoint: WebhookEndpoint;
  /** Oldest first. */
  deliveries: MockEvent[];
}

/** Events in the order they happened, and the webhook endpoints they were delivered to. */
export class EventLog {
  /** Oldest first. */
  #events: MockEvent[] = [];
  #endpoints = new Map<string, EndpointRecord>();
  readonly #nowSeconds: () => number;

  constructor(nowSeconds: () => number) {
    this.#nowSeconds = nowSeconds;
  }

  emit(type: MockEventType, snapshot: SessionSnapshot): MockEvent {
    const event: MockEvent = {
      id: newId('evt'),
      object: 'event',
      type,
      created: this.#nowSeconds(),
      livemode: false,
      data: { object: snapshot },
    };
    this.#events.push(event);
    for (const record of this.#endpoints.values()) {
      if (endpointReceives(record.endpoint.enabled_events, type)) record.deliveries.push(event);
    }
    return event;
  }

  /** Newest first, filtered by `type`, at most `limit` (1–100, default 10), after `starting_after`. */
  list(params: ListEventsParams = {}): { data: MockEvent[]; has_more: boolean } {
    const matching = this.#events.filter((event) => params.type === undefined || event.type === params.type).reverse();
    return paginate(matching, params.limit, params.starting_after, 'event');
  }

  /** Every endpoint, newest first. */
  endpoints(): WebhookEndpoint[] {
    return structuredClone([...this.#endpoints.values()].map((record) => record.endpoint).reverse());
  }

  createEndpoint(params: unknown): WebhookEndpoint {
    const { url, enabled_events } = parseWebhookEndpointParams(params);
    const endpoint: WebhookEndpoint = {
      id: newId('we'),
      object: 'webhook_endpoint',
      url,
      enabled_events,
      created: this.#nowSeconds(),
      livemode: false,
    };
    this.#endpoints.set(endpoint.id, { endpoint, deliveries: [] });
    return structuredClone(endpoint);
  }

  /** Newest first. */
  deliveries(endpointId: string): MockEvent[] {
    const record = this.#endpoints.get(endpointId);
    if (!record) throw resourceMissing('webhook_endpoint', endpointId);
    return structuredClone([...record.deliveries].reverse());
  }

  /** Rewrites the snapshots of one session in past events, so redacted data is gone from the log too. */
  rewriteSnapshots(sessionId: string, rewrite: (snapshot: SessionSnapshot) => SessionSnapshot): void {
    for (const event of this.#events) {
      if (event.data.object.id === sessionId) event.data.object = rewrite(event.data.object);
    }
  }

  reset(): void {
    this.#events = [];
    this.#endpoints.clear();
  }
}
