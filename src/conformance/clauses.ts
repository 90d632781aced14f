/**
 * The clauses of the backend contract the kit checks, one line each, named after the rule they prove so that a
 * failure says what to fix. The order is the report's.
 */
export const CLAUSES = [
  { id: 'shapes.closed-objects', group: 'shapes', title: 'Every object has exactly the documented fields (objects are closed)' },
  { id: 'shapes.fields', group: 'shapes', title: 'Every answer and stream frame has the documented fields, types and values' },
  { id: 'shapes.timestamps-seconds', group: 'shapes', title: 'Timestamps (created, expires_at) are Unix seconds' },
  { id: 'shapes.errors', group: 'shapes', title: 'Errors are { error: { type, code, message, param? } } with the codes of their status' },

  { id: 'auth.client-secret-form', group: 'authentication', title: 'A new session has a client secret vs_<id>_secret_<token> that reads its client view' },
  { id: 'auth.wrong-secret-refused', group: 'authentication', title: 'A wrong or missing client secret is refused: 401 secret_invalid' },
  { id: 'auth.other-session-secret-refused', group: 'authentication', title: "Another session's client secret is refused: 401 secret_invalid" },
  { id: 'auth.spent-secret-refused', group: 'authentication', title: 'A spent secret may read but not upload, submit or decline: 401 secret_spent' },
  { id: 'auth.server-paths-refuse-client-secret', group: 'authentication', title: 'Server-side paths refuse a client secret: 401 api_key_invalid' },
  { id: 'auth.failed-attempt-spends-every-secret', group: 'authentication', title: 'A failed attempt spends every secret and handoff code issued before it' },

  { id: 'lifecycle.verified', group: 'lifecycle', title: 'requires_input → processing (submit) → verified' },
  { id: 'lifecycle.failed-checks', group: 'lifecycle', title: 'Failed checks: back to requires_input with last_error { code, reason }' },
  { id: 'lifecycle.cancel', group: 'lifecycle', title: 'Cancel only from requires_input (409 session_unexpected_state otherwise); final' },
  { id: 'lifecycle.redaction', group: 'lifecycle', title: 'Redaction: verified stays verified, requires_input → canceled, redaction.status, not while processing' },
  { id: 'lifecycle.redacted-refuses-client', group: 'lifecycle', title: 'After a redaction, client-secret calls are refused: 409 session_redacted' },
  { id: 'lifecycle.one-event-per-change', group: 'lifecycle', title: 'One event per real status change, in order, carrying the session' },
  { id: 'lifecycle.no-event-without-change', group: 'lifecycle', title: "A second decline (the phone's, then the desktop's) emits no second .requires_input" },
  { id: 'webhooks.redacted-only-explicit', group: 'webhooks', title: 'A `*` endpoint never gets .redacted; an endpoint that lists it does' },
  { id: 'webhooks.http-delivery', group: 'webhooks', title: 'Events are POSTed to registered endpoints as the documented event object' },
  { id: 'webhooks.signed', group: 'webhooks', title: 'Deliveries are signed per Standard Webhooks (webhook-id, -timestamp, -signature v1)' },

  { id: 'idempotency.key-required', group: 'idempotency', title: 'A submit without Idempotency-Key is refused: 400 parameter_missing' },
  { id: 'idempotency.replay', group: 'idempotency', title: 'The same key and body replays the first answer and counts once' },
  { id: 'idempotency.concurrent-replay', group: 'idempotency', title: 'Concurrent requests with one key get one answer and count once' },
  { id: 'idempotency.other-body-refused', group: 'idempotency', title: 'The same key with another body is refused: 400 idempotency_key_reused' },

  { id: 'uploads.type-from-bytes', group: 'uploads', title: 'A file is typed by its bytes: text named .jpg is refused (file_type_unsupported)' },
  { id: 'uploads.size-limits', group: 'uploads', title: 'Over 10 MB or 50 megapixels is refused: 400 file_too_large' },
  { id: 'uploads.file-object', group: 'uploads', title: 'An accepted upload answers the file object, its type read from the bytes' },
  { id: 'uploads.body-limits', group: 'uploads', title: 'Oversized bodies are refused with 413 before they are read whole' },

  { id: 'stream.event-stream', group: 'status stream', title: 'The stream is text/event-stream, Cache-Control: no-cache, frames `event: session`' },
  { id: 'stream.frame-at-once', group: 'status stream', title: 'A frame with the current client view at once' },
  { id: 'stream.frame-per-change', group: 'status stream', title: 'A frame after each change (processing, then the outcome), none repeated' },
  { id: 'stream.ends-after-final', group: 'status stream', title: 'The stream ends after a final status' },
  { id: 'stream.polling-equal', group: 'status stream', title: 'Polling the session gives the same statuses and views as the stream' },

  { id: 'errors.retry-after', group: 'rate limits', title: '429 comes with Retry-After (seconds) and a rate_limited error' },

  { id: 'cors.preflight', group: 'CORS', title: 'Preflight allows GET, POST and Authorization, Content-Type, Idempotency-Key for the origin' },
  { id: 'cors.errors', group: 'CORS', title: 'Access-Control-Allow-Origin on error answers too' },
  { id: 'cors.stream', group: 'CORS', title: 'Access-Control-Allow-Origin on the status stream' },
  { id: 'cors.expose-retry-after', group: 'CORS', title: 'Retry-After is exposed (Access-Control-Expose-Headers)' },
  { id: 'cors.server-paths-closed', group: 'CORS', title: 'Server-side paths do not answer cross-origin browser requests' },

  { id: 'handoff.link', group: 'handoff', title: 'A handoff link is handoff_url#code=<one-time code> with expires_at' },
  { id: 'handoff.own-secret', group: 'handoff', title: 'Claiming gives the phone a client secret of its own for the same session' },
  { id: 'handoff.single-use', group: 'handoff', title: 'A code claims once: 401 handoff_code_claimed' },
  { id: 'handoff.bound-to-session', group: 'handoff', title: "A code opens only its own session: 401 handoff_code_invalid elsewhere" },
  { id: 'handoff.revoked', group: 'handoff', title: 'A newer code or a submission revokes a code: 401 handoff_code_revoked' },
  { id: 'handoff.new-code-keeps-phone', group: 'handoff', title: 'A new code leaves a phone that claimed an earlier one holding the session: handoff.status stays opened' },
  { id: 'handoff.url-capped', group: 'handoff', title: 'An over-long handoff_url is refused (400) before a code is made' },
  { id: 'handoff.continuation', group: 'handoff', title: "A code's continuation reaches its claim only; one that breaks the rule is refused (400) before a code is made" },
  { id: 'handoff.expired', group: 'handoff', title: 'An expired code is refused: 401 handoff_code_expired, handoff.status expired (driven by the test helper)' },
] as const satisfies readonly { id: string; group: string; title: string }[];

export type ClauseId = (typeof CLAUSES)[number]['id'];
export type ClauseGroup = (typeof CLAUSES)[number]['group'];
