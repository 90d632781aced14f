// The server view of the API: what a secret key reads, what events and webhooks carry. One definition,
// used by the server toolkit and by the mock backend that answers it. The client view (`ClientSession`
// in core) stays free of everything personal that is added here.
import type { ClientSession, DocumentOptions, DocumentType, LastError, SessionStatus, SessionType } from '../core/types.js';

export interface VerifiedOutputs {
  first_name: string | null;
  last_name: string | null;
  dob: string | null;
  id_number?: string | null;
}

/** A redaction in progress (`processing`) or finished (`redacted`, when `.redacted` is emitted). */
export interface Redaction {
  status: 'processing' | 'redacted';
}

/** Contact details the integrator gave at creation; personal data, redacted like the rest. */
export interface ProvidedDetails {
  email?: string;
  phone?: string;
}

/** The server view of a session: what a secret key may read. */
export interface ServerSession extends ClientSession {
  /** Present while `requires_input`, else `null`. */
  client_secret: string | null;
  /** The integrator's own reference (a user id, an order id), set at creation; kept after redaction. */
  client_reference_id: string | null;
  /** The integrator's customer this session is for, set at creation; kept after redaction. */
  related_customer: string | null;
  /** `null` when none were given; each field `"[redacted]"` once redacted. */
  provided_details: ProvidedDetails | null;
  /**
   * Always `null`: there is no hosted page; the person verifies in the integrator's own page, with the
   * client secret. (A hosted page's URL is a credential, and this object travels in events and logs.)
   */
  url: null;
  /** The report of the latest checks (`vr_…`, see `GET /identity/verification_reports/:id`), or `null` before any. */
  last_verification_report: string | null;
  /** `{}` once redacted. */
  metadata: Record<string, string>;
  /** `null` until a redaction is asked for. */
  redaction: Redaction | null;
  verified_outputs: VerifiedOutputs | null;
}

/** What `sessions.create` returns: a new session always carries its client secret. */
export type CreatedSession = ServerSession & { client_secret: string };

/** What an event carries: the session as it was at that moment, without its client secret. */
export type SessionSnapshot = Omit<ServerSession, 'client_secret'>;

export const EVENT_TYPES = [
  'identity.verification_session.created',
  'identity.verification_session.processing',
  'identity.verification_session.verified',
  'identity.verification_session.requires_input',
  'identity.verification_session.canceled',
  'identity.verification_session.redacted',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

interface EventOf<T extends EventType> {
  /** Also the `webhook-id` of its deliveries: the idempotency key of a receiver. */
  id: string;
  object: 'event';
  type: T;
  /** Unix seconds. Deliveries may arrive out of order: compare this, not arrival. */
  created: number;
  livemode: boolean;
  data: { object: SessionSnapshot };
}

/** An event, told apart by `type` (a `switch` on it narrows). */
export type VerificationEvent = { [T in EventType]: EventOf<T> }[EventType];

export interface WebhookEndpoint {
  id: string;
  object: 'webhook_endpoint';
  url: string;
  enabled_events: string[];
  /** `disabled` once the endpoint answered `410 Gone`: it receives nothing more. */
  status: 'enabled' | 'disabled';
  created: number;
  livemode: boolean;
}

/** One HTTP attempt to deliver an event. */
export interface WebhookAttempt {
  /** Unix ms when the request was sent. */
  attempted_at: number;
  /** The endpoint's answer; `null` when there was none (see `error`). */
  status_code: number | null;
  /** `timeout`, or the network error (`ECONNREFUSED`, `UND_ERR_SOCKET`…); `null` when the endpoint answered. */
  error: string | null;
  duration_ms: number;
}

/**
 * Where an event stands for one endpoint. `recorded`: kept without sending (a mock in a page cannot POST to a
 * back end); `pending`: an attempt is out or scheduled; `succeeded`: a 2xx came back; `failed`: the retries ran
 * out, or the endpoint answered 410; `abandoned`: the server stopped first.
 */
export type WebhookDeliveryStatus = 'recorded' | 'pending' | 'succeeded' | 'failed' | 'abandoned';

export interface WebhookDelivery {
  status: WebhookDeliveryStatus;
  /** Oldest first. */
  attempts: WebhookAttempt[];
  /** Unix ms of the next retry, while one is scheduled. */
  next_attempt_at: number | null;
}

/** An event as an endpoint's delivery log lists it: the event object, and how its delivery went. */
export type DeliveredEvent = VerificationEvent & { delivery: WebhookDelivery };

/** A Stripe-style list page, newest first. */
export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

export type CheckStatus = 'verified' | 'unverified';

interface CheckResult {
  status: CheckStatus;
  /** Why the check did not verify; `null` when it did. */
  error: LastError | null;
}

export interface DocumentCheck extends CheckResult {
  type: DocumentType | null;
  first_name: string | null;
  last_name: string | null;
  dob: string | null;
}

export type SelfieCheck = CheckResult;

export interface IdNumberCheck extends CheckResult {
  first_name: string | null;
  last_name: string | null;
  dob: string | null;
  id_number: string | null;
}

/** The result of one round of checks; a check not run is `null`. Personal fields are redacted with the session. */
export interface VerificationReport {
  id: string;
  object: 'identity.verification_report';
  type: SessionType;
  verification_session: string;
  client_reference_id: string | null;
  created: number;
  livemode: boolean;
  options: { document: DocumentOptions };
  document: DocumentCheck | null;
  selfie: SelfieCheck | null;
  id_number: IdNumberCheck | null;
}

/** Body of `POST /identity/verification_sessions`. */
export interface CreateSessionParams {
  type?: SessionType;
  options?: { document?: Partial<DocumentOptions> };
  metadata?: Record<string, string>;
  client_reference_id?: string;
  related_customer?: string;
  provided_details?: ProvidedDetails;
  /** Test mode: how the checks end. @default 'verified' */
  test_outcome?: 'verified' | LastError['code'];
  /** Test mode: how long the checks take, ms. */
  processing_ms?: number;
}

export interface PageParams {
  /** 1 to 100. @default 10 */
  limit?: number;
  /** The id of the last item of the previous page: the next page starts after it. */
  starting_after?: string;
}

export interface ListSessionsParams extends PageParams {
  status?: SessionStatus;
  client_reference_id?: string;
}

export interface ListEventsParams extends PageParams {
  type?: EventType;
}
