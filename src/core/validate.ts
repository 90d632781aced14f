// Hand-written guards for what the service returns: a few hundred bytes instead of a schema library,
// and they check exactly what the SDK relies on.
import { isSessionStatus } from './session.js';
import { FILE_PURPOSES, SESSION_TYPES, type ClientSession, type UploadedFile } from './types.js';

type Guard<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const oneOf = (values: readonly unknown[], value: unknown): boolean => values.includes(value);

function isLastError(value: unknown): boolean {
  return value === null || (isRecord(value) && isString(value.reason) && isString(value.code));
}

export const isClientSession: Guard<ClientSession> = (value): value is ClientSession =>
  isRecord(value) &&
  value.object === 'identity.verification_session' &&
  isString(value.id) &&
  isSessionStatus(value.status) &&
  oneOf(SESSION_TYPES, value.type) &&
  isRecord(value.options) &&
  isRecord(value.options.document) &&
  isLastError(value.last_error) &&
  typeof value.livemode === 'boolean' &&
  typeof value.created === 'number';

export const isUploadedFile: Guard<UploadedFile> = (value): value is UploadedFile =>
  isRecord(value) &&
  value.object === 'file' &&
  isString(value.id) &&
  oneOf(FILE_PURPOSES, value.purpose) &&
  oneOf(['front', 'back', 'selfie'], value.side) &&
  typeof value.size === 'number' &&
  isString(value.type) &&
  typeof value.created === 'number';
