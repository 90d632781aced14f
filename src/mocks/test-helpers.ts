import { needsIdNumber, purposeOf, requiredSides } from '../core/rules.js';
import { LAST_ERROR_CODES, type LastErrorCode } from '../core/types.js';
import { invalidParam, unexpectedState } from './errors.js';
import { isRecord } from './validation.js';
import type { SessionStore } from './session-store.js';
import type { ServerSession } from './types.js';

// Test helpers (`POST /v1/test_helpers/identity/verification_sessions/:id/…`, secret key), as Stripe has them:
// they move a session as the person would, through the store's own rules and events, for back-end tests
// that have no browser. How the checks end is the session's `test_outcome` after its `processing_ms`, unless
// `verify` or `require_input` ends them first.

/** A real 3 × 2 PNG: the service reads bytes (type, size, pixels), not content. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWI6Y2z8H4aZGJAAAAAA///qnsSoAAAABklEQVQDAH+1BpjuJVuvAAAAAElFTkSuQmCC'), (char) => char.charCodeAt(0));

const TEST_DETAILS = { first_name: 'Jenny', last_name: 'Rosen', dob: '1990-01-01', id_number: '000000000' };

/** The session's current client secret, checked as the person's browser would present it. */
function personSecret(store: SessionStore, id: string) {
  const session = store.retrieve(id);
  if (!session.client_secret) throw unexpectedState(`The test helper acts as the person: the session is ${session.status}, not requires_input.`);
  return { session, secret: store.authenticate(id, session.client_secret) };
}

/** `…/submit`: the photos each needed side asks for (a generated PNG) and the ID-number details, uploaded and submitted. */
export async function submitAsPerson(store: SessionStore, id: string): Promise<ServerSession> {
  const { session, secret } = personSecret(store, id);
  const body: Record<string, unknown> = {};
  if (session.type === 'document') {
    const documentType = session.options.document.allowed_types[0]!;
    const files: Record<string, string> = {};
    for (const side of requiredSides(session, documentType)) {
      const file = new File([PNG], `${side}.png`, { type: 'image/png' });
      files[side] = (await store.uploadFile(id, { purpose: purposeOf(side), side, file })).id;
    }
    Object.assign(body, { document_type: documentType, files });
  }
  if (needsIdNumber(session)) body['id_number'] = TEST_DETAILS;
  await store.submit(id, secret, `test_helper_submit_${session.client_secret}`, Promise.resolve(body));
  return store.retrieve(id);
}

/** `…/decline`: the person declines consent (`requires_input`, `last_error: consent_declined`). */
export function declineAsPerson(store: SessionStore, id: string): ServerSession {
  const { secret } = personSecret(store, id);
  store.decline(id, secret);
  return store.retrieve(id);
}

/** `…/expire_handoff_code`: the code still waiting for a phone expires now, as after 10 minutes. */
export function expireHandoffCode(store: SessionStore, id: string): ServerSession {
  store.expireHandoffCodes(id);
  return store.retrieve(id);
}

/** The failure `…/require_input` reports: `{ "last_error_code": … }`, `document_unverified_other` when not given. */
export function parseFailureCode(body: unknown): LastErrorCode {
  const params = body ?? {};
  if (isRecord(params) && Object.keys(params).every((key) => key === 'last_error_code')) {
    const code = params['last_error_code'] ?? 'document_unverified_other';
    if (LAST_ERROR_CODES.includes(code as LastErrorCode)) return code as LastErrorCode;
  }
  throw invalidParam('last_error_code', `last_error_code must be one of: ${LAST_ERROR_CODES.join(', ')}.`);
}
