import type { DeliveryRecord, EndpointRecord, WebhookSender } from '../event-log.js';
import type { MockEvent, WebhookAttempt, WebhookEndpoint } from '../types.js';
import { webhookSigner, type WebhookSigner } from '../../server/webhooks.js';
import { assertWebhookSecret } from './sign.js';

/** 1 s doubling: 9 retries, 10 attempts in all, the last about 8.5 minutes after the first. */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256].map((seconds) => seconds * 1000);
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;

/** One attempt, as the server's log line reports it. */
export interface AttemptReport {
  event: Pick<MockEvent, 'id' | 'type'>;
  endpoint: Pick<WebhookEndpoint, 'id' | 'url'>;
  /** 1 for the first attempt. */
  attempt: number;
  result: WebhookAttempt;
  /** What happens next: `retry` in `retryInMs`; `succeeded`; `failed` (retries ran out); `disabled` (410 Gone). */
  next: 'retry' | 'succeeded' | 'failed' | 'disabled';
  retryInMs?: number;
}

export interface WebhookDeliveryOptions {
  /** The Standard Webhooks secret, `whsec_…`, that signs every delivery. */
  secret: string;
  /**
   * Ms to wait before each retry; its length is the number of retries.
   * @default 1 s, 2 s, 4 s … 256 s (10 attempts)
   */
  retrySchedule?: readonly number[];
  /** An attempt with no answer by then counts as failed (`timeout`). @default 10000 */
  timeoutMs?: number;
  /** @default the global fetch */
  fetch?: typeof fetch;
  /** Called after every attempt (the `serve` command prints a line). */
  onAttempt?: (report: AttemptReport) => void;
}

interface Active {
  timer?: ReturnType<typeof setTimeout>;
  abort?: AbortController;
}

/**
 * Sends each delivery as a signed `POST` (Standard Webhooks headers, `webhook-id` = the event id), at least once:
 * a non-2xx answer, a timeout or a network error is retried with the same id on the schedule; `410 Gone`
 * disables the endpoint. Deliveries run on their own: a slow receiver never holds up the API.
 */
export class WebhookDispatcher implements WebhookSender {
  readonly #sign: WebhookSigner;
  readonly #schedule: readonly number[];
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #onAttempt: ((report: AttemptReport) => void) | undefined;
  readonly #active = new Map<DeliveryRecord, Active>();
  #closed = false;

  constructor(options: WebhookDeliveryOptions) {
    assertWebhookSecret(options.secret);
    this.#sign = webhookSigner(options.secret);
    this.#schedule = options.retrySchedule ?? DEFAULT_RETRY_SCHEDULE_MS;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#onAttempt = options.onAttempt;
  }

  /** Deliveries with an attempt out or a retry scheduled. */
  get pending(): number {
    return this.#active.size;
  }

  deliver(record: EndpointRecord, delivery: DeliveryRecord): void {
    if (this.#closed) {
      delivery.delivery.status = 'abandoned';
      return;
    }
    this.#stop(delivery);
    delivery.delivery.status = 'pending';
    delivery.delivery.next_attempt_at = null;
    const active: Active = {};
    this.#active.set(delivery, active);
    void this.#attempt(record, delivery, active, 0);
  }

  abandonAll(): number {
    const pending = [...this.#active.keys()];
    for (const delivery of pending) {
      this.#stop(delivery);
      delivery.delivery.status = 'abandoned';
      delivery.delivery.next_attempt_at = null;
    }
    return pending.length;
  }

  /** Stops sending: attempts out are aborted, retries dropped. Returns how many deliveries were abandoned. */
  close(): number {
    this.#closed = true;
    return this.abandonAll();
  }

  #stop(delivery: DeliveryRecord): void {
    const active = this.#active.get(delivery);
    if (!active) return;
    clearTimeout(active.timer);
    active.abort?.abort();
    this.#active.delete(delivery);
  }

  async #attempt(record: EndpointRecord, delivery: DeliveryRecord, active: Active, retries: number): Promise<void> {
    const abort = new AbortController();
    active.abort = abort;
    const timeout = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), this.#timeoutMs);
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      // Serialised at each attempt: a redaction since the last one has rewritten the event.
      const body = JSON.stringify(delivery.event);
      const { id } = delivery.event;
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': await this.#sign(id, timestamp, body) };
      const response = await this.#fetch(record.endpoint.url, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json', 'User-Agent': 'verify-identity-webhooks' },
        body,
        signal: abort.signal,
        redirect: 'manual',
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
    } catch (failure) {
      error = abort.signal.aborted ? 'timeout' : describeNetworkError(failure);
    } finally {
      clearTimeout(timeout);
    }
    // Abandoned (reset, close) or restarted by a redelivery while the request was out: this attempt no longer counts.
    if (this.#active.get(delivery) !== active) return;
    active.abort = undefined;
    const result: WebhookAttempt = { attempted_at: started, status_code: statusCode, error, duration_ms: Date.now() - started };
    delivery.delivery.attempts.push(result);
    const report = { event: { id: delivery.event.id, type: delivery.event.type }, endpoint: { id: record.endpoint.id, url: record.endpoint.url }, attempt: delivery.delivery.attempts.length, result };

    if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
      this.#finish(delivery, 'succeeded');
      this.#onAttempt?.({ ...report, next: 'succeeded' });
    } else if (statusCode === 410) {
      record.endpoint.status = 'disabled';
      this.#finish(delivery, 'failed');
      this.#onAttempt?.({ ...report, next: 'disabled' });
    } else if (retries < this.#schedule.length) {
      const wait = this.#schedule[retries]!;
      delivery.delivery.next_attempt_at = Date.now() + wait;
      active.timer = setTimeout(() => void this.#attempt(record, delivery, active, retries + 1), wait);
      this.#onAttempt?.({ ...report, next: 'retry', retryInMs: wait });
    } else {
      this.#finish(delivery, 'failed');
      this.#onAttempt?.({ ...report, next: 'failed' });
    }
  }

  #finish(delivery: DeliveryRecord, status: 'succeeded' | 'failed'): void {
    this.#active.delete(delivery);
    delivery.delivery.status = status;
    delivery.delivery.next_attempt_at = null;
  }
}

/** `ECONNREFUSED`, `UND_ERR_SOCKET`…: the code of fetch's cause when it has one. */
function describeNetworkError(failure: unknown): string {
  const cause = (failure as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return failure instanceof Error ? failure.message : 'network_error';
}

/** `1s,2s,500ms,250` → ms; a clear error for anything else. */
export function parseRetrySchedule(text: string): number[] {
  if (text.trim() === '' || text.trim() === 'none') return [];
  return text.split(',').map((part) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(part);
    if (!match) throw new TypeError(`--retry-schedule: "${part.trim()}" is not a duration (e.g. 500ms, 1s, 2m).`);
    const unit = match[2] === 'm' ? 60_000 : match[2] === 's' ? 1000 : 1;
    return Math.round(Number(match[1]) * unit);
  });
}
