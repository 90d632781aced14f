import { VerifyError } from './errors.js';

export interface ParsedClientSecret {
  /** The session id, `vs_<id>`. */
  sessionId: string;
  /** The whole secret, for the `Authorization` header only. */
  secret: string;
}

const CLIENT_SECRET = /^(vs_[A-Za-z0-9]{1,64})_secret_[A-Za-z0-9]{8,128}$/;

/**
 * Validates a client secret (`vs_<id>_secret_<token>`) before anything touches the network.
 * The error message never repeats the secret, so it is safe to log.
 */
export function parseClientSecret(value: unknown): ParsedClientSecret {
  if (typeof value !== 'string' || value.length === 0) {
    throw new VerifyError({
      type: 'invalid_request',
      code: 'client_secret_missing',
      message: 'No client secret was given. Pass the client_secret of a VerificationSession created on your server.',
    });
  }
  const match = CLIENT_SECRET.exec(value.trim());
  if (!match) {
    throw new VerifyError({
      type: 'invalid_request',
      code: 'client_secret_malformed',
      message: 'The client secret is malformed: expected the form vs_<id>_secret_<token>.',
    });
  }
  return { sessionId: match[1]!, secret: value.trim() };
}
