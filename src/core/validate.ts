// Hand-written checks of what the service returns: a few hundred bytes instead of a schema library.
// Each names the first field that is wrong ("session.options.document.allowed_types[0]: expected one
// of passport, id_card, driving_license"), so a malformed_response says what to look at.
import { SESSION_STATUSES } from './session.js';
import { DOCUMENT_TYPES, FILE_PURPOSES, SESSION_TYPES } from './types.js';

/** Returns the problem with `value` at `path`, or nothing when it is right. */
type Check = (value: unknown, path: string) => string | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const typed =
  (type: 'string' | 'number' | 'boolean'): Check =>
  (value, path) =>
    typeof value === type ? undefined : `${path}: expected a ${type}`;
const string = typed('string');
const number = typed('number');
const boolean = typed('boolean');

const oneOf =
  (values: readonly unknown[]): Check =>
  (value, path) =>
    values.includes(value) ? undefined : `${path}: expected one of ${values.join(', ')}`;

const arrayOf =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path}: expected an array`;
    for (const [index, entry] of value.entries()) {
      const problem = item(entry, `${path}[${index}]`);
      if (problem) return problem;
    }
  };

const object =
  (shape: Record<string, Check>, nullable?: boolean): Check =>
  (value, path) => {
    if (nullable && value === null) return;
    if (!isRecord(value)) return `${path}: expected an object`;
    for (const key in shape) {
      const problem = shape[key]!(value[key], `${path}.${key}`);
      if (problem) return problem;
    }
  };

const handoff = object({ status: oneOf(['waiting', 'opened', 'submitted', 'expired']), expires_at: number });

const clientSession = object({
  object: oneOf(['identity.verification_session']),
  id: string,
  status: oneOf(SESSION_STATUSES),
  type: oneOf(SESSION_TYPES),
  options: object({
    document: object({
      allowed_types: arrayOf(oneOf(DOCUMENT_TYPES)),
      require_id_number: boolean,
      require_live_capture: boolean,
      require_matching_selfie: boolean,
    }),
  }),
  last_error: object({ code: string, reason: string }, true),
  livemode: boolean,
  created: number,
  // Optional: a service without handoffs omits it.
  handoff: (value, path) => (value == null ? undefined : handoff(value, path)),
});

const uploadedFile = object({
  object: oneOf(['file']),
  id: string,
  purpose: oneOf(FILE_PURPOSES),
  side: oneOf(['front', 'back', 'selfie']),
  size: number,
  type: string,
  created: number,
});

/** What is wrong with `value` as a client session (the first problem), or `undefined`. */
export const sessionProblem = (value: unknown): string | undefined => clientSession(value, 'session');
/** What is wrong with `value` as an uploaded file (the first problem), or `undefined`. */
export const fileProblem = (value: unknown): string | undefined => uploadedFile(value, 'file');
