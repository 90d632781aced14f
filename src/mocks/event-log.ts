import { MockApiError, resourceMissing } from './errors.js';
import { newId } from './ids.js';
import { paginate, parseWebhookEndpointParams } from './validation.js';
import type { DeliveredEvent, ListEventsParams, MockEvent, MockEventType, SessionSnapshot, WebhookDelivery, WebhookEndpoint } from './types.js';

const REDACTED_EVENT: MockEventType = 'identity.verification_session.redacted';

/** Whether an endpoint subscribed to `enabledEvents` receives `type`: `*` covers all but `.redacted`. */
export function endpointReceives(enabledEvents: readonly string[], type: MockEventType): boolean {
  if (enabledEvents.includes(type)) return true;
  return enabledEvents.includes('*') && type !== REDACTED_EVENT;
}

/** One event for one endpoint. `event` is the log's own object, so a redaction rewrites what a retry sends. */
export interface DeliveryRecord {
  readonly event: MockEvent;
  readonly delivery: WebhookDelivery;
}

export interface EndpointRecord {
  readonly endpoint: WebhookEndpoint;
  /** Oldest first. */
  readonly deliveries: DeliveryRecord[];
}

/** What sends deliveries over HTTP (the Node mock); without one, deliveries are only recorded (the in-page mock). */
export interface WebhookSender {
  /** Starts (or, for a redelivery, restarts) sending `delivery` to `record`'s endpoint. */
  deliver(record: EndpointRecord, delivery: DeliveryRecord): void;
  /** Stops every pending delivery (the backend was reset); they are marked `abandoned`. */
  abandonAll(): number;
}

/** Events in the order they happened, and the webhook endpoints they were delivered to. */
export class EventLog {
  /** Oldest first. */
  #events: MockEvent[] = [];
  #endpoints = new Map<string, EndpointRecord>();
  #sender: WebhookSender | undefined;
  readonly #nowSeconds: () => number;

  constructor(nowSeconds: () => number) {
    this.#nowSeconds = nowSeconds;
  }

  /** From now on, deliveries are sent by `sender` (the HTTP mock attaches one; the page's mock does not). */
  attachSender(sender: WebhookSender): void {
    this.#sender = sender;
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
      if (record.endpoint.status !== 'enabled' || !endpointReceives(record.endpoint.enabled_events, type)) continue;
      const delivery: DeliveryRecord = {
        event,
        delivery: { status: this.#sender ? 'pending' : 'recorded', attempts: [], next_attempt_at: null },
      };
      record.deliveries.push(delivery);
      this.#sender?.deliver(record, delivery);
    }
    return event;
  }

  /** Newest first, filtered by `type`, at most `limit` (1–100, default 10), after `starting_after`. */
  list(params: ListEventsParams = {}): { data: MockEvent[]; has_more: boolean } {
    const matching = this.#events.filter((event) => params.type === undefined || event.type === params.type).reverse();
    return paginate(matching, params.limit, params.starting_after, 'event');
  }

  createEndpoint(params: unknown): WebhookEndpoint {
    const { url, enabled_events } = parseWebhookEndpointParams(params);
    const endpoint: WebhookEndpoint = {
      id: newId('we'),
      object: 'webhook_endpoint',
      url,
      enabled_events,
      status: 'enabled',
      created: this.#nowSeconds(),
      livemode: false,
    };
    this.#endpoints.set(endpoint.id, { endpoint, deliveries: [] });
    return structuredClone(endpoint);
  }

  /** Every endpoint, newest first. */
  endpoints(): WebhookEndpoint[] {
    return structuredClone([...this.#endpoints.values()].map((record) => record.endpoint).reverse());
  }

  /** Newest first, each event with how its delivery went. */
  deliveries(endpointId: string): DeliveredEvent[] {
    return [...this.#endpoint(endpointId).deliveries].reverse().map(({ event, delivery }) => structuredClone({ ...event, delivery }));
  }

  /** Sends one event to one endpoint again, with a fresh retry schedule; its earlier attempts stay listed. */
  redeliver(endpointId: string, eventId: string): DeliveredEvent {
    const record = this.#endpoint(endpointId);
    const delivery = record.deliveries.find((candidate) => candidate.event.id === eventId);
    if (!delivery) throw resourceMissing('delivery of event', eventId);
    if (!this.#sender) {
      throw new MockApiError(409, 'invalid_request_error', 'webhooks_not_sent', 'This mock records deliveries without sending them (in a page); redeliver with the HTTP mock or `verify-identity serve`.');
    }
    this.#sender.deliver(record, delivery);
    return structuredClone({ ...delivery.event, delivery: delivery.delivery });
  }

  /** Rewrites the snapshots of one session in past events, so redacted data is gone from the log too. */
  rewriteSnapshots(sessionId: string, rewrite: (snapshot: SessionSnapshot) => SessionSnapshot): void {
    for (const event of this.#events) {
      if (event.data.object.id === sessionId) event.data.object = rewrite(event.data.object);
    }
  }

  reset(): void {
    this.#sender?.abandonAll();
    this.#events = [];
    this.#endpoints.clear();
  }

  #endpoint(endpointId: string): EndpointRecord {
    const record = this.#endpoints.get(endpointId);
    if (!record) throw resourceMissing('webhook_endpoint', endpointId);
    return record;
  }
}
