import type { SessionStatus } from './session.js';

export type { SessionStatus } from './session.js';

export const DOCUMENT_TYPES = ['passport', 'id_card', 'driving_license'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Document types that have a back side to capture. */
export const TWO_SIDED_DOCUMENTS: readonly DocumentType[] = ['id_card', 'driving_license'];

export const SESSION_TYPES = ['document', 'id_number'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Every `last_error.code` the service uses today (the mock's test outcomes). */
export const LAST_ERROR_CODES = [
  'abandoned',
  'consent_declined',
  'country_not_supported',
  'device_not_supported',
  'document_expired',
  'document_type_not_supported',
  'document_unverified_other',
  'id_number_insufficient_document_data',
  'id_number_mismatch',
  'id_number_unverified_other',
  'selfie_document_missing_photo',
  'selfie_face_mismatch',
  'selfie_manipulated',
  'selfie_unverified_other',
  'under_supported_age',
] as const;
export type LastErrorCode = (typeof LAST_ERROR_CODES)[number];

export interface LastError {
  /** A code the service may add later is passed through as it comes, not refused. */
  code: LastErrorCode | (string & {});
  /** The service's own explanation, in English, for the integrator; people see a translated message. */
  reason: string;
}

export interface DocumentOptions {
  allowed_types: DocumentType[];
  require_id_number: boolean;
  require_live_capture: boolean;
  require_matching_selfie: boolean;
}

/** How far a handoff to another device got: `expired` when its code ran out before a phone opened it. */
export type HandoffStatus = 'waiting' | 'opened' | 'submitted' | 'expired';

/** The session's latest handoff ("Continue on your phone"). */
export interface SessionHandoff {
  status: HandoffStatus;
  /** When its code expires, Unix seconds. */
  expires_at: number;
}

/** The client view of a VerificationSession: what a client secret may read. Holds no PII. */
export interface ClientSession {
  id: string;
  object: 'identity.verification_session';
  status: SessionStatus;
  type: SessionType;
  options: { document: DocumentOptions };
  last_error: LastError | null;
  livemode: boolean;
  created: number;
  /** The latest handoff to another device; absent or `null` when none was started. */
  handoff?: SessionHandoff | null;
}

export const FILE_PURPOSES = ['identity_document', 'selfie'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];
export type FileSide = 'front' | 'back' | 'selfie';

/** A file stored by `POST /identity/verification_sessions/:id/files`. */
export interface UploadedFile {
  id: string;
  object: 'file';
  purpose: FilePurpose;
  side: FileSide;
  size: number;
  type: string;
  created: number;
}

/** Personal details checked by an `id_number` verification. */
export interface IdNumberDetails {
  first_name: string;
  last_name: string;
  /** ISO date, `YYYY-MM-DD`. */
  dob: string;
  id_number: string;
}

/** Body of `POST /identity/verification_sessions/:id/submit`. */
export interface SubmitBody {
  document_type?: DocumentType;
  files?: { front?: string; back?: string; selfie?: string };
  id_number?: IdNumberDetails;
}

/** The JSON error body the service sends with every 4xx/5xx. */
export interface ApiErrorBody {
  error: {
    type: 'invalid_request_error' | 'authentication_error' | 'idempotency_error' | 'rate_limit_error' | 'api_error';
    code: string;
    message: string;
    param?: string;
  };
}
