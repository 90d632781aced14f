// The package entry: importing it registers <verify-identity> and its steps (once, guarded).
import './define.js';

export { verifyIdentity, type VerifyIdentityOptions } from './verify-identity.js';
export { VerifyIdentityElement } from './components/verify-identity/verify-identity.js';
export type { VerificationResult } from './components/verify-identity/result.js';
export type { StringsOverride } from './components/verify-identity/strings.js';
export type { Strings } from './locales/en.js';
export * from './events.js';
export { VerifyError, isVerifyError, type VerifyErrorCode, type VerifyErrorInit, type VerifyErrorType } from './core/errors.js';
export { SessionStatus } from './core/session.js';
export type {
  ClientSession,
  DocumentType,
  LastError,
  LastErrorCode,
  SessionType,
} from './core/types.js';
export type {
  VerifyIdentityAttributes,
  VerifyIdentityEventListeners,
  VerifyIdentityProperties,
  VerifyIdentityVueListeners,
} from './jsx/props.js';
