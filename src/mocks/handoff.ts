import { HANDOFF_URL_RULE, checkContinuation, normalizeHandoffUrl, type HandoffContinuation } from '../core/handoff.js';
import type { DocumentType, HandoffStatus, SessionHandoff } from '../core/types.js';
import { MockApiError, invalidParam, sessionRedacted, unexpectedState } from './errors.js';
import { randomAlphanumeric } from './ids.js';

/** A handoff code lives this long after it was issued (`expires_at`). */
export const HANDOFF_LIFETIME_MS = 10 * 60 * 1000;

/** `vs_<id>_handoff_<token>`: like a client secret, it names its session, so the phone needs nothing else. */
const HANDOFF_CODE = /^(vs_[A-Za-z0-9]{1,64})_handoff_[A-Za-z0-9]{16,128}$/;

export type HandoffCodeErrorCode = 'handoff_code_invalid' | 'handoff_code_expired' | 'handoff_code_claimed' | 'handoff_code_revoked';

export function handoffCodeError(code: HandoffCodeErrorCode): MockApiError {
  const messages: Record<HandoffCodeErrorCode, string> = {
    handoff_code_invalid: 'The handoff code is missing, malformed or unknown.',
    handoff_code_expired: 'The handoff code has expired; ask for a new one.',
    handoff_code_claimed: 'The handoff code was already used: each code opens the session on one device, once.',
    handoff_code_revoked: 'The handoff code no longer works: a newer one replaced it, or the session was submitted, declined, canceled or redacted.',
  };
  return new MockApiError(401, 'authentication_error', code, messages[code]);
}

/** The session id a code names, or `undefined` when it is not a handoff code at all. */
export function sessionIdOfHandoffCode(code: string | null): string | undefined {
  return code === null ? undefined : HANDOFF_CODE.exec(code)?.[1];
}

interface IssuedCode {
  value: string;
  expiresAt: number;
  state: 'live' | 'claimed' | 'revoked';
  /** What the computer carried with this code, given to the device that claims it. */
  continuation: HandoffContinuation;
}

/**
 * One session's handoff: the codes it issued (the newest is the current one) and how far the phone
 * got. Only one code is live at a time; claiming it gives the phone a client secret of its own.
 */
export class SessionHandoffState {
  #codes: IssuedCode[] = [];
  #progress: 'waiting' | 'opened' | 'submitted' = 'waiting';

  /**
   * Makes a new code for `handoffUrl`; any code still live is revoked. A phone that claimed an earlier
   * code keeps its secret (`phoneHolds`: it can still act), so the handoff stays `opened` rather than
   * claiming to wait. Returns the link, its expiry and the handoff's status.
   */
  issue(
    sessionId: string,
    request: { handoffUrl: string; continuation: HandoffContinuation },
    now: number,
    phoneHolds: boolean,
  ): { url: string; expiresAt: number; status: 'waiting' | 'opened' } {
    this.revokeLive();
    const code: IssuedCode = {
      value: `${sessionId}_handoff_${randomAlphanumeric(32)}`,
      expiresAt: now + HANDOFF_LIFETIME_MS,
      state: 'live',
      continuation: request.continuation,
    };
    this.#codes.push(code);
    this.#progress = phoneHolds && this.#progress === 'opened' ? 'opened' : 'waiting';
    // In the fragment: browsers send it neither to the page's server nor in `Referer`.
    return { url: `${request.handoffUrl}#code=${code.value}`, expiresAt: code.expiresAt, status: this.#progress };
  }

  /** Takes `value` once, answering what the computer carried with it; throws the specific refusal otherwise. The caller issues the phone's secret. */
  claim(value: string, now: number): HandoffContinuation {
    const code = this.#codes.find((issued) => issued.value === value);
    if (!code) throw handoffCodeError('handoff_code_invalid');
    if (code.state === 'claimed') throw handoffCodeError('handoff_code_claimed');
    if (code.state === 'revoked') throw handoffCodeError('handoff_code_revoked');
    if (now >= code.expiresAt) throw handoffCodeError('handoff_code_expired');
    code.state = 'claimed';
    this.#progress = 'opened';
    return code.continuation;
  }

  submitted(): void {
    this.#progress = 'submitted';
  }

  /** Canceled, redacted or submitted: no code not yet claimed may open the session any more. */
  revokeLive(): void {
    for (const code of this.#codes) if (code.state === 'live') code.state = 'revoked';
  }

  /** Ends the current code's life now, if it is still live (a test mode); true when one was. */
  expireNow(now: number): boolean {
    const current = this.#codes.at(-1);
    if (current?.state !== 'live' || now >= current.expiresAt) return false;
    current.expiresAt = now;
    return true;
  }

  /** When the current code expires unclaimed, or `undefined` when nothing is waiting for a phone. */
  get pendingExpiry(): number | undefined {
    const current = this.#codes.at(-1);
    return current?.state === 'live' ? current.expiresAt : undefined;
  }

  view(now: number): SessionHandoff | null {
    const current = this.#codes.at(-1);
    if (!current) return null;
    // The latest code ran out unclaimed (a phone that claimed an earlier one may still hold the session).
    const expired = this.#progress !== 'submitted' && current.state !== 'claimed' && now >= current.expiresAt;
    const status: HandoffStatus = expired ? 'expired' : this.#progress;
    return { status, expires_at: Math.floor(current.expiresAt / 1000) };
  }
}

/** The `handoff_url` of a handoff request, by the SDK's rule (core/handoff.ts): absolute http(s), no fragment, capped. */
export function parseHandoffUrl(body: unknown): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['handoff_url'] : undefined;
  if (value === undefined) throw new MockApiError(400, 'invalid_request_error', 'parameter_missing', 'Missing required param: handoff_url.', 'handoff_url');
  const href = normalizeHandoffUrl(value);
  if (href === null) throw invalidParam('handoff_url', HANDOFF_URL_RULE);
  return href;
}

/** The `continuation` of a handoff request, by the SDK's rule (core/handoff.ts); `{}` when there is none. */
export function parseContinuation(body: unknown, allowedTypes: readonly DocumentType[]): HandoffContinuation {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['continuation'] : undefined;
  if (value === undefined) return {};
  const checked = checkContinuation(value, allowedTypes);
  if ('param' in checked) throw invalidParam(checked.param, checked.message);
  return checked.continuation;
}

/** A session may be handed off only while it waits for the person's input. */
export function requireHandoffable(status: string, redacted: boolean): void {
  if (redacted) throw sessionRedacted();
  if (status !== 'requires_input') throw unexpectedState(`Cannot hand off a verification session whose status is ${status}.`);
}
