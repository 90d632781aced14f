import type { ServiceErrorCode } from '../core/errors.js';
import type { ApiErrorBody } from '../core/types.js';

/** The service's error types: the client-side ones (`ApiErrorBody`) and `idempotency_error`. */
export type MockErrorType = ApiErrorBody['error']['type'] | 'idempotency_error';

/** The JSON error body the mock sends. */
export interface MockErrorBody {
  error: Omit<ApiErrorBody['error'], 'type'> & { type: MockErrorType };
}

/** An error the service answers with; the programmatic API throws it, the handlers send it. */
export class MockApiError extends Error {
  override readonly name = 'MockApiError';
  readonly status: number;
  readonly body: MockErrorBody;

  constructor(status: number, type: MockErrorType, code: ServiceErrorCode, message: string, param?: string) {
    super(message);
    this.status = status;
    this.body = { error: param === undefined ? { type, code, message } : { type, code, message, param } };
  }
}

export function invalidParam(param: string, message: string): MockApiError {
  return new MockApiError(400, 'invalid_request_error', 'parameter_invalid', message, param);
}

export function missingParam(param: string): MockApiError {
  return new MockApiError(400, 'invalid_request_error', 'parameter_missing', `Missing required param: ${param}.`, param);
}

export function badRequest(code: ServiceErrorCode, message: string, param?: string): MockApiError {
  return new MockApiError(400, 'invalid_request_error', code, message, param);
}

export function unauthorized(code: 'secret_invalid' | 'secret_expired' | 'secret_spent' | 'api_key_invalid', message: string): MockApiError {
  return new MockApiError(401, 'authentication_error', code, message);
}

export function resourceMissing(what: string, id: string): MockApiError {
  return new MockApiError(404, 'invalid_request_error', 'resource_missing', `No such ${what}: '${id}'.`, 'id');
}

export function unexpectedState(message: string): MockApiError {
  return new MockApiError(409, 'invalid_request_error', 'session_unexpected_state', message);
}

/** Any client call on a session whose redaction was asked for: its data is gone, it cannot be used again. */
export function sessionRedacted(): MockApiError {
  return new MockApiError(409, 'invalid_request_error', 'session_redacted', 'This verification session was redacted: it can no longer be read or used with a client secret.');
}

/** An Idempotency-Key sent again with other parameters than its first request (Stripe's `idempotency_error`). */
export function idempotencyKeyReused(): MockApiError {
  return new MockApiError(
    400,
    'idempotency_error',
    'idempotency_key_reused',
    'This Idempotency-Key was first used with other parameters; use a new key for a different request.',
    'Idempotency-Key',
  );
}

/** A body over the endpoint's limit (1 MB of JSON, an upload of 10.5 MB), refused before it is read when declared. */
export function bodyTooLarge(limit: number): MockApiError {
  return new MockApiError(413, 'invalid_request_error', 'body_too_large', `The request body is larger than this endpoint takes (${(limit / 1024 / 1024).toFixed(1)} MB).`);
}
