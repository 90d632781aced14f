import { parseClientSecret } from '../core/client-secret.js';
import { unauthorized } from './errors.js';
import { newClientSecret } from './ids.js';

/** A client secret lives this long after it was issued. */
export const SECRET_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface IssuedSecret {
  value: string;
  issuedAt: number;
  spent: boolean;
  /** Issued to a phone that claimed a handoff code: its submission moves the handoff to `submitted`. */
  handoff?: true;
}

/** The client secrets one session issued, in order: the last is the current one. */
export class IssuedSecrets {
  readonly #sessionId: string;
  #issued: IssuedSecret[] = [];

  constructor(sessionId: string) {
    this.#sessionId = sessionId;
  }

  issue(now: number): IssuedSecret {
    const secret: IssuedSecret = { value: newClientSecret(this.#sessionId), issuedAt: now, spent: false };
    this.#issued.push(secret);
    return secret;
  }

  /** The current secret if it can still act (neither spent nor expired). */
  usable(now: number): IssuedSecret | undefined {
    const current = this.#issued.at(-1);
    return current && !current.spent && !isExpired(current, now) ? current : undefined;
  }

  /** The issued secret `bearer`, refused when this session never issued it or it has expired; spent ones pass. */
  find(bearer: string | null, now: number): IssuedSecret {
    const secret = this.#issued.find((issued) => issued.value === bearer);
    if (!secret) throw unauthorized('secret_invalid', 'The client secret was not issued by this session.');
    if (isExpired(secret, now)) throw unauthorized('secret_expired', 'The client secret has expired.');
    return secret;
  }

  /** Whether a secret a phone claimed through a handoff can still act (neither spent nor expired). */
  phoneHolds(now: number): boolean {
    return this.#issued.some((issued) => issued.handoff && !issued.spent && !isExpired(issued, now));
  }

  /** By the spent-credential rule (core/session.ts) an ended attempt spends every secret, not only the one that acted. */
  spendAll(): void {
    for (const issued of this.#issued) issued.spent = true;
  }
}

/** Refuses a bearer that does not parse as a client secret of session `id`. */
export function requireSecretOf(id: string, bearer: string | null): void {
  let sessionId: string;
  try {
    sessionId = parseClientSecret(bearer).sessionId;
  } catch {
    throw unauthorized('secret_invalid', 'The client secret is missing or malformed.');
  }
  if (sessionId !== id) throw unauthorized('secret_invalid', 'The client secret does not belong to this session.');
}

export function requireUnspent(secret: IssuedSecret): void {
  if (secret.spent) {
    throw unauthorized('secret_spent', 'This client secret was used for an attempt that ended; ask the server for a fresh one.');
  }
}

function isExpired(secret: IssuedSecret, now: number): boolean {
  return now - secret.issuedAt >= SECRET_LIFETIME_MS;
}
