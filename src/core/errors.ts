/**
 * Kinds of failure the SDK tells apart. `code` narrows further (the service's own code when it sent one).
 * - `invalid_request`: the request or its input is wrong (bad secret format, bad file, missing data).
 * - `authentication`: the client secret is unknown, expired (`secret_expired`) or spent (`secret_spent`); on a
 *   server (`verify-identity/server`), a bad secret key, or a webhook whose signature or timestamp does not verify.
 * - `state_conflict`: the session's status does not allow the action (e.g. submitting a canceled session).
 * - `rate_limit`: too many requests; `retryAfter` holds the server's `Retry-After` in ms.
 * - `server`: the service failed (5xx).
 * - `network`: the request never got a response.
 * - `timeout`: no response in time.
 * - `malformed_response`: a response that does not match what the service promises.
 * - `aborted`: the caller's AbortSignal fired.
 */
export type VerifyErrorType =
  | 'invalid_request'
  | 'authentication'
  | 'state_conflict'
  | 'rate_limit'
  | 'server'
  | 'network'
  | 'timeout'
  | 'malformed_response'
  | 'aborted';

// The codes, one union per source. docs/errors.md is generated from these comments (`npm run -s docs:errors`),
// and test/node/error-codes.test.ts fails when a code in use, the OpenAPI document or that page disagree.

/** Codes the service answers with (the OpenAPI document's error bodies); the SDK passes them on as they came. */
export type ServiceErrorCode =
  /** 400: a required parameter is absent (`param` names it). */
  | 'parameter_missing'
  /** 400: a parameter has a wrong value (`param` names it). */
  | 'parameter_invalid'
  /** 400: an uploaded file is over the size limit. */
  | 'file_too_large'
  /** 400: an uploaded file is not a JPEG, PNG or WebP image. */
  | 'file_type_unsupported'
  /** 400: the document type is not one the session allows. */
  | 'document_type_not_allowed'
  /** 400: an Idempotency-Key sent again with other parameters. */
  | 'idempotency_key_reused'
  /** 401: the client secret is unknown. */
  | 'secret_invalid'
  /** 401: the client secret is older than 24 hours. */
  | 'secret_expired'
  /** 401: the client secret ended an attempt: it may read, not upload, submit or decline. */
  | 'secret_spent'
  /** 401: the server's secret key is unknown. */
  | 'api_key_invalid'
  /** 401: a handoff code that does not exist. */
  | 'handoff_code_invalid'
  /** 401: a handoff code older than 10 minutes. */
  | 'handoff_code_expired'
  /** 401: a handoff code another device claimed first. */
  | 'handoff_code_claimed'
  /** 401: a handoff code a newer code or a submission replaced. */
  | 'handoff_code_revoked'
  /** 404: no such session (or report, or endpoint). */
  | 'resource_missing'
  /** 409: the session's status does not allow the action. */
  | 'session_unexpected_state'
  /** 409: the session was redacted: it can no longer be read or used. */
  | 'session_redacted'
  /** 413: the request body is larger than the endpoint takes. */
  | 'body_too_large'
  /** 429: too many requests (`retryAfter` says how long to wait). */
  | 'rate_limited'
  /** 5xx: the service failed. */
  | 'api_error'
  /** The mock in a page only: it records webhook deliveries without sending them, so it cannot redeliver. */
  | 'webhooks_not_sent'
  /** The mock over HTTP only (403): a server-side endpoint called from a page on another origin. */
  | 'cross_origin_forbidden';

/** Codes the SDK sets itself, in the page (the element and `verify-identity/core`). */
export type ClientErrorCode =
  /** No client secret was given. */
  | 'client_secret_missing'
  /** The client secret is not of the form `vs_<id>_secret_<token>`. */
  | 'client_secret_malformed'
  /** 'Try again': `fetchClientSecret()` rejected. */
  | 'client_secret_fetch_failed'
  /** 'Try again': `fetchClientSecret()` returned a secret of another session; nothing was sent with it. */
  | 'client_secret_session_mismatch'
  /** A relative `apiBase` where there is no page to resolve it against (Node). */
  | 'api_base_relative'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** No answer within the timeout. */
  | 'timeout'
  /** The request got no response (offline, DNS, CORS), or a part of the SDK could not be loaded. */
  | 'network_error'
  /** An answer that does not match what the service promises. */
  | 'malformed_response'
  /** A failure the SDK has no code for (its message says what). */
  | 'unexpected_error'
  /** The element was closed before the session loaded (the `verifyIdentity()` result). */
  | 'closed_before_loaded'
  /** Loading the steps on demand defined no element (a broken bundle). */
  | 'step_not_defined'
  /** A handoff to a phone could not be made or followed. */
  | 'handoff_failed'
  /** `verify-identity/mocks/browser` started outside a browser (e.g. while rendering on a server). */
  | 'browser_required'
  /** The `handoff_url` for the phone is not an absolute http(s) URL without a fragment. */
  | 'handoff_url_invalid'
  /** An HTTP error without a body the SDK could read: `http_404`, `http_418`… */
  | `http_${number}`;

/** Why a photo cannot be used (`param: 'image'`), found in the page before any upload. */
export type PhotoErrorCode =
  /** The file is empty. */
  | 'empty'
  /** The file is larger than the service takes. */
  | 'too_large'
  /** A HEIC/HEIF photo, which browsers cannot read. */
  | 'heic'
  /** Not a JPEG, PNG or WebP image. */
  | 'unsupported'
  /** An animated image. */
  | 'animated'
  /** The image is damaged. */
  | 'corrupt'
  /** The image has too many pixels to decode safely. */
  | 'too_many_pixels'
  /** The browser could not encode a JPEG (out of memory). */
  | 'encode_failed'
  /** The photo checker (a Worker) crashed or could not load. */
  | 'worker_failed'
  /** A camera frame with no picture yet. */
  | 'blank_frame';

/** Codes of `verify-identity/server`, on the site's server. */
export type ServerErrorCode =
  /** `secretKey` is not an `sk_test_…` or `sk_live_…` key. */
  | 'secret_key_invalid'
  /** A webhook without one of the `webhook-id`, `webhook-timestamp`, `webhook-signature` headers. */
  | 'webhook_header_missing'
  /** A `webhook-timestamp` that is not a number of seconds. */
  | 'webhook_timestamp_invalid'
  /** A webhook older than the tolerance (5 minutes): maybe a replay. */
  | 'webhook_timestamp_too_old'
  /** A webhook dated further ahead than the tolerance. */
  | 'webhook_timestamp_too_new'
  /** No signature matches: another secret, or a changed body. */
  | 'webhook_signature_invalid'
  /** The webhook secret given is not a `whsec_…` secret. */
  | 'webhook_secret_invalid'
  /** A verified webhook whose body is not an event. */
  | 'webhook_payload_invalid';

/** Every code this version of the SDK can give. */
export type KnownVerifyErrorCode = ServiceErrorCode | ClientErrorCode | PhotoErrorCode | ServerErrorCode;

/**
 * `VerifyError.code`: a known code, or one a newer service sends (`string & {}` keeps editors completing the
 * known ones while any string stays assignable). The list with what each means: docs/errors.md.
 */
export type VerifyErrorCode = KnownVerifyErrorCode | (string & {});

export interface VerifyErrorInit {
  type: VerifyErrorType;
  code: VerifyErrorCode;
  message: string;
  status?: number;
  retryAfter?: number;
  param?: string;
  cause?: unknown;
}

/** The one error type of the SDK. Never carries the client secret. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
  readonly type: VerifyErrorType;
  readonly code: VerifyErrorCode;
  /** HTTP status, when the service answered. */
  readonly status?: number;
  /** Milliseconds the service asked us to wait (from `Retry-After`). */
  readonly retryAfter?: number;
  /** The request field at fault, when the service named one. */
  readonly param?: string;

  constructor(init: VerifyErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.type = init.type;
    this.code = init.code;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
    if (init.param !== undefined) this.param = init.param;
  }

  /** A plain object for events and results: structured-cloneable, no stack, no cause. */
  toJSON(): VerifyErrorInit {
    const { type, code, message, status, retryAfter, param } = this;
    return { type, code, message, status, retryAfter, param };
  }
}

export function isVerifyError(value: unknown): value is VerifyError {
  return value instanceof VerifyError;
}
