import type { ClientSession, DocumentOptions } from '../src/core/types.js';

/** A client view of a session for tests that need no backend: a document session waiting for input. */
export function clientSession(overrides: Partial<ClientSession> = {}, document: Partial<DocumentOptions> = {}): ClientSession {
  return {
    id: 'vs_test',
    object: 'identity.verification_session',
    status: 'requires_input',
    type: 'document',
    options: {
      document: {
        allowed_types: ['passport', 'id_card', 'driving_license'],
        require_id_number: false,
        require_live_capture: false,
        require_matching_selfie: false,
        ...document,
      },
    },
    last_error: null,
    livemode: false,
    created: 0,
    ...overrides,
  };
}
