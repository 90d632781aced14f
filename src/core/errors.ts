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

export interface VerifyErrorInit {
  type: VerifyErrorType;
  code: string;
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
  readonly code: string;
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
