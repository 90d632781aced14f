import type { ClauseGroup, ClauseId } from './clauses.js';

export interface ConformanceOptions {
  /** The API base to check, absolute: `https://api.example.com/v1`. Every request goes under it. */
  apiBase: string;
  /** A test-mode secret key of that backend (`sk_test_…`). Never printed nor put in a report. */
  secretKey: string;
  /**
   * The origin of the page that will call the API (`https://shop.example`): the CORS clauses are checked
   * for it. Without it they are not exercised (an API on the page's own origin needs no CORS).
   */
  origin?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * How long one request may take, in ms.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * How long the checks of a test session may take (`processing_ms`, when the backend takes it), in ms.
   * @default 150
   */
  processingMs?: number;
  /**
   * The `.redacted` rule on real deliveries: a receiver on loopback (Node only) that the kit registers as
   * webhook endpoints. `false` checks the rule on the delivery lists alone.
   * @default true
   */
  webhookReceiver?: boolean;
  /**
   * The backend's webhook signing secret (`whsec_<base64 key>`): deliveries to the receiver must carry a valid
   * Standard Webhooks signature. Without it `webhooks.signed` is not exercised. Never printed.
   */
  webhookSecret?: string;
  /**
   * How many requests at once try to provoke a 429 (none: 0).
   * @default 40
   */
  rateLimitBurst?: number;
  /** Only these clauses (others are not exercised). */
  only?: readonly ClauseId[];
}

export type ClauseStatus = 'pass' | 'fail' | 'not_exercised';

/** One request that showed a failure: what was sent, what came back, what the contract expects. */
export interface Evidence {
  /** Method, path under the API base, the kind of credential (never its value), notable headers. */
  request: string;
  /** Status, notable headers and the body (credentials in it replaced by `[secret]`), cut at 500 characters. */
  answer: string;
  expected: string;
}

export interface ClauseResult {
  id: ClauseId;
  group: ClauseGroup;
  title: string;
  status: ClauseStatus;
  /** Why it was not exercised, or what failed, in a sentence. */
  reason?: string;
  /** For a failure: the first requests that showed it (at most 3). */
  evidence: Evidence[];
}

export interface ConformanceReport {
  apiBase: string;
  /** The version of the OpenAPI document the kit checks against. */
  contractVersion: string;
  startedAt: string;
  durationMs: number;
  /** How many requests the kit made to the API base. */
  requests: number;
  /** True when no clause failed. */
  ok: boolean;
  summary: Record<ClauseStatus, number>;
  clauses: ClauseResult[];
}
