import type { RequestHandler } from 'msw';
import type { Timers } from '../core/http.js';
import type { DocumentOptions, LastErrorCode } from '../core/types.js';
import type { CreatedSession, EventType, ListSessionsParams, ProvidedDetails, ServerSession, SessionSnapshot, VerificationReport, WebhookDelivery, WebhookEndpoint } from '../server/types.js';
import type { WebhookSender } from './event-log.js';

export interface MockBackendOptions {
  /**
   * Path prefix of the API. Handlers match `*${apiBase}/…`, so any origin works.
   * @default '/v1'
   */
  apiBase?: string;
  /**
   * Millisecond clock for `created` timestamps and the 24 h client-secret lifetime.
   * Tests inject a fake one to expire secrets without waiting.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Where the service's delays are scheduled: checks (`processing_ms`), redactions, and the expiry of a
   * handoff code (10 minutes). A test that moves `now` forward fires the timers that came due with it.
   * @default the global `setTimeout` and `clearTimeout`
   */
  timers?: Timers;
  /**
   * How long checks take when a session was created without `processing_ms`.
   * @default 2000
   */
  defaultProcessingMs?: number;
  /**
   * How long a redaction stays `processing` before it is `redacted` and `.redacted` is emitted.
   * @default 500
   */
  redactionMs?: number;
  /**
   * How `GET …/stream` answers. `live` keeps the response open and sends a frame at every change, as the
   * service does. `snapshot` sends the current state and ends, with a `retry:` hint: for a transport that
   * delivers a body only once it is complete (MSW's service worker in WebKit), so that the client reconnects
   * or polls for the next state instead of waiting for a stream that arrives when the session ends.
   * `startMockBackend` picks `snapshot` where the browser cannot stream a response out of the worker.
   * @default 'live'
   */
  statusStream?: StatusStreamMode;
  /**
   * Ms between the comment lines a live status stream sends while nothing changes, as the service does to keep
   * the connection from looking dead (the SDK gives up a stream silent for its `idleTimeout`, 15 s by default,
   * and may miss a short-lived status while it reconnects). 0 sends none.
   * @default 5000
   */
  streamHeartbeatMs?: number;
  /**
   * What sends webhook deliveries. Without one they are only recorded (`delivery.status: 'recorded'`), as a page
   * cannot POST to a back end in tests; `createMockHttpBackend` passes one that sends them, signed and retried.
   * @default none
   */
  webhookSender?: WebhookSender;
}

export type StatusStreamMode = 'live' | 'snapshot';

/** Every endpoint of the service, as named by faults and recorded requests. */
export type MockEndpoint =
  | 'create'
  | 'list'
  | 'retrieve'
  | 'report'
  | 'files'
  | 'submit'
  | 'decline'
  | 'handoff'
  | 'handoff_claim'
  | 'stream'
  | 'cancel'
  | 'redact'
  | 'events'
  | 'webhook_endpoints'
  | 'list_webhook_endpoints'
  | 'deliveries'
  | 'redeliver'
  | 'test_helpers'
  | '*';

export type Fault =
  | { endpoint: MockEndpoint; kind: 'server_error'; /** @default 500 */ status?: number; times?: number }
  | { endpoint: MockEndpoint; kind: 'rate_limit'; /** Seconds, sent as `Retry-After`. @default 1 */ retryAfter?: number; times?: number }
  | { endpoint: MockEndpoint; kind: 'network'; times?: number }
  | { endpoint: MockEndpoint; kind: 'delay'; ms: number; times?: number }
  | { endpoint: MockEndpoint; kind: 'malformed'; times?: number };

export interface FaultInjector {
  /** The next `times` (default 1) matching calls fail this way. Faults queue in order. */
  inject(fault: Fault): void;
  clear(): void;
  /** Faults still to fire; `times` is what is left of each. */
  readonly pending: readonly Fault[];
}

export type TestOutcome = 'verified' | LastErrorCode;

export interface CreateSessionParams {
  type: 'document' | 'id_number';
  options?: { document?: Partial<DocumentOptions> };
  metadata?: Record<string, string>;
  /** The integrator's reference (a user or order id), in the session and every event. */
  client_reference_id?: string;
  related_customer?: string;
  provided_details?: ProvidedDetails;
  /** How the checks end. @default 'verified' */
  test_outcome?: TestOutcome;
  /** How long the checks take. @default MockBackendOptions.defaultProcessingMs */
  processing_ms?: number;
}

export { EVENT_TYPES } from '../server/types.js';
export type {
  CreatedSession,
  ProvidedDetails,
  Redaction,
  ServerSession,
  SessionSnapshot,
  VerificationReport,
  VerifiedOutputs,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
} from '../server/types.js';
export type MockEventType = EventType;

export interface MockEvent {
  id: string;
  object: 'event';
  type: MockEventType;
  /** Unix seconds. */
  created: number;
  livemode: false;
  data: { object: SessionSnapshot };
}

/** An event as an endpoint's delivery log lists it: the event object, and how its delivery went. */
export type DeliveredEvent = MockEvent & { delivery: WebhookDelivery };

export type RecordedEndpoint = Exclude<MockEndpoint, '*'>;

export interface RecordedRequest {
  method: string;
  endpoint: RecordedEndpoint;
  sessionId?: string;
  /** The kind of credential sent; the credential itself is never stored. */
  auth: 'client_secret' | 'secret_key' | 'handoff_code' | 'none';
  idempotencyKey?: string;
  /** What the mock answered; 0 for a network fault (or while the answer is still pending). */
  status: number;
  /** `now()` when the request arrived, in ms. */
  at: number;
}

export interface ListEventsParams {
  type?: string;
  /** @default 10 (at most 100) */
  limit?: number;
  /** An event id: the page starts after it. */
  starting_after?: string;
}

export interface MockBackend {
  readonly handlers: RequestHandler[];
  /** A valid server key, `sk_test_mock`; any `sk_test_…` is accepted. */
  readonly secretKey: string;
  readonly faults: FaultInjector;
  /** Every request the backend received, in order. Authorization values are not stored, only the auth kind. */
  readonly requests: readonly RecordedRequest[];
  /** Forgets all sessions, events, endpoints, faults and requests; stops pending checks and open streams. */
  reset(): void;
  /** The new session, with its `client_secret` (never null on a new session). */
  createSession(params: CreateSessionParams): CreatedSession;
  retrieveSession(id: string): ServerSession;
  /** Newest first, as `GET /identity/verification_sessions` pages them. */
  listSessions(params?: ListSessionsParams): { data: ServerSession[]; has_more: boolean };
  /** The report of one round of checks (a session's `last_verification_report`). */
  retrieveVerificationReport(id: string): VerificationReport;
  cancelSession(id: string): ServerSession;
  redactSession(id: string): ServerSession;
  /** Newest first. */
  listEvents(params?: ListEventsParams): MockEvent[];
  createWebhookEndpoint(params: { url: string; enabled_events: string[] }): WebhookEndpoint;
  /** The events that endpoint received (or, in the page, would have), newest first, each with its attempts. */
  deliveries(endpointId: string): DeliveredEvent[];
  /** How many distinct submissions the session counted (idempotent replays excluded). */
  submissionCount(id: string): number;
  /**
   * Test mode: the handoff code still waiting for a phone (of session `id`, or of every session)
   * expires now, as it would after 10 minutes; its session's stream reports `handoff.status: 'expired'`.
   */
  expireHandoffCodes(id?: string): void;
}
