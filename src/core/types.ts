import type { SessionStatus } from './session.js';

export type { SessionStatus } from './session.js';

export const DOCUMENT_TYPES = ['passport', 'id_card', 'driving_license'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Document types that have a back side to capture. */
export const TWO_SIDED_DOCUMENTS: readonly DocumentType[] = ['id_card', 'driving_license'];

export const SESSION_TYPES = ['document', 'id_number'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** Every `last_error.code` the service uses, with the reason it gives. */
export const LAST_ERROR_REASONS = {
  abandoned: 'The verification was abandoned before it was completed.',
  consent_declined: 'The user declined to be verified.',
  country_not_supported: 'The country of the document is not supported.',
  device_not_supported: 'The device used does not support the capture this verification needs.',
  document_expired: 'The provided identity document has expired.',
  document_type_not_supported: 'The provided identity document is not one of the allowed types.',
  document_unverified_other: 'The document could not be verified.',
  id_number_insufficient_document_data: 'The provided document did not contain enough data to match the ID number.',
  id_number_mismatch: 'The information provided could not be matched against global databases.',
  id_number_unverified_other: 'The ID number could not be verified.',
  selfie_document_missing_photo: 'The provided identity document did not contain a picture of a face.',
  selfie_face_mismatch: 'The captured face did not match the face on the document.',
  selfie_manipulated: 'The selfie image appears to have been manipulated.',
  selfie_unverified_other: 'The selfie could not be verified.',
  under_supported_age: 'The person is under the minimum supported age.',
} as const;
export type LastErrorCode = keyof typeof LAST_ERROR_REASONS;
export const LAST_ERROR_CODES = Object.keys(LAST_ERROR_REASONS) as LastErrorCode[];

export interface LastError {
  code: LastErrorCode;
  reason: string;
}

export interface DocumentOptions {
  allowed_types: DocumentType[];
  require_id_number: boolean;
  require_live_capture: boolean;
  require_matching_selfie: boolean;
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
    type: 'invalid_request_error' | 'authentication_error' | 'rate_limit_error' | 'api_error';
    code: string;
    message: string;
    param?: string;
  };
}
