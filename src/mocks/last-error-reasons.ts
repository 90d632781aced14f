import type { LastErrorCode } from '../core/types.js';

/** The reason the service gives with each `last_error.code` (English, for integrators). */
export const LAST_ERROR_REASONS: Readonly<Record<LastErrorCode, string>> = {
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
};
