// "Continue on your phone": a one-time code carried in a link's fragment, claimed by the other device
// for a client secret of its own. Kept apart from api.ts: only the handoff views load it.
import type { ApiClient } from './api.js';
import { parseClientSecret } from './client-secret.js';
import { VerifyError } from './errors.js';
import { attempt, errorFromResponse, malformedError, withRetries } from './http.js';
import { createStatusTracker, type StatusTracker } from './status-tracker.js';
import { DOCUMENT_TYPES, type DocumentType } from './types.js';

export interface HandoffRequestOptions {
  /** @default '/v1' */
  apiBase?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Per attempt, ms. @default 30000 */
  timeout?: number;
}

/** A link to open the session on another device: your handoff page with `#code=…` in the fragment. */
export interface HandoffLink {
  url: string;
  /** When the code expires, Unix seconds by the service's clock. */
  expires_at: number;
  /**
   * When the code expires by this device's clock (ms, as `Date.now()`): timed from the service's
   * answer (`expires_in`, else its `Date` header), so a device clock that is off does not matter.
   */
  deadline: number;
  /**
   * The handoff's status once this code was made: `opened` when a device that claimed an earlier code
   * still holds the session (a new code takes nothing from it), else `waiting`.
   */
  status: 'waiting' | 'opened';
}

const HANDOFF_CODE = /^(vs_[A-Za-z0-9]{1,64})_handoff_[A-Za-z0-9]{16,128}$/;

/**
 * The longest `handoff_url`, in characters of its normalised form: with `#code=…` added the link still
 * fits a QR code (version 40 at medium error correction holds 2,331 bytes).
 */
export const MAX_HANDOFF_URL_LENGTH = 2048;
export const HANDOFF_URL_RULE = `handoff_url must be an absolute http(s) URL without a fragment, at most ${MAX_HANDOFF_URL_LENGTH} characters: the handoff code is added as #code=….`;

/**
 * What the computer carries to the phone with a handoff code, so that the phone continues rather than
 * starts again: what the person already answered there, and whose verification it is. Written by the
 * page holding the client secret, read only by the device that claims the code; no secret, no personal data.
 */
export interface HandoffContinuation {
  /** The person accepted the consent on the computer. */
  consent_given?: true;
  /** The document they chose there; one of the session's `allowed_types`. */
  document_type?: DocumentType;
  /** The business asking, as the computer showed it. */
  business_name?: string;
  /** Its logo: an absolute http(s) URL without credentials. */
  logo_url?: string;
}

export const MAX_BUSINESS_NAME_LENGTH = 100;
// Control characters would let a name pass for two lines; a logo URL with `user:pass@` could carry a credential.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Each field's rule: `take` gives its value normalised, or `undefined` when it breaks the rule `must` states. */
const FIELDS: Record<keyof HandoffContinuation, { take(value: unknown, allowed: readonly DocumentType[]): unknown; must: string }> = {
  consent_given: { take: (value) => (value === true ? value : undefined), must: 'true, or left out' },
  document_type: { take: (value, allowed) => (allowed.includes(value as DocumentType) ? value : undefined), must: "one of the session's allowed types" },
  business_name: {
    take: (value) => (typeof value === 'string' && value.trim() && value.length <= MAX_BUSINESS_NAME_LENGTH && !CONTROL.test(value) ? value.trim() : undefined),
    must: `1 to ${MAX_BUSINESS_NAME_LENGTH} characters, no control characters`,
  },
  logo_url: { take: (value) => normalizeLogoUrl(value) ?? undefined, must: `an absolute http(s) URL without credentials, at most ${MAX_HANDOFF_URL_LENGTH} characters` },
};

/**
 * `value` checked as a continuation (the one rule the SDK and the mock use): the continuation, or the
 * first field that breaks the rule with why. `allowedTypes`: the session's (a type it refuses cannot be carried).
 */
export function checkContinuation(value: unknown, allowedTypes: readonly DocumentType[] = DOCUMENT_TYPES): { continuation: HandoffContinuation } | { param: string; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { param: 'continuation', message: 'continuation must be an object.' };
  const continuation: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    // Keys come from the request: looked up as own keys only.
    const rule = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof HandoffContinuation] : undefined;
    const taken = rule?.take(field, allowedTypes);
    if (taken === undefined) return { param: `continuation[${key}]`, message: rule ? `${key} must be ${rule.must}.` : `Unknown continuation field: ${key.slice(0, 40)}.` };
    continuation[key] = taken;
  }
  return { continuation };
}

/** The fields of `candidates` that keep the rule, the others left out: for a client that would rather carry less than fail. */
export function validContinuation(candidates: HandoffContinuation, allowedTypes: readonly DocumentType[] = DOCUMENT_TYPES): HandoffContinuation {
  const continuation: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(candidates)) {
    const taken = FIELDS[key as keyof HandoffContinuation].take(field, allowedTypes);
    if (taken !== undefined) continuation[key] = taken;
  }
  return continuation;
}

function normalizeLogoUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
  return url.href.length <= MAX_HANDOFF_URL_LENGTH ? url.href : null;
}

/** `value` normalised, when it is an acceptable `handoff_url`; `null` when it breaks `HANDOFF_URL_RULE`. */
export function normalizeHandoffUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.includes('#')) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.href.length <= MAX_HANDOFF_URL_LENGTH ? url.href : null;
}

/** The handoff code of a fragment (`#code=…`, as `location.hash` gives it), or `null` when it has none. */
export function readHandoffCode(hash: string): string | null {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get('code');
  return code && HANDOFF_CODE.test(code) ? code : null;
}

/** A JSON answer, and when it came by this device's clock and by the service's (its `Date` header, if readable). */
interface Answer {
  body: unknown;
  receivedAt: number;
  serverDate: number;
}

const post = (path: string, bearer: string, options: HandoffRequestOptions, body?: unknown): Promise<Answer> => {
  const { signal, timeout = 30_000 } = options;
  const base = (options.apiBase ?? '/v1').replace(/\/+$/, '');
  // Creating a code twice only replaces the first; a claim that failed in transit left the code unclaimed.
  return withRetries({ retries: 2, retryDelay: 500, retryOn: ['network', 'server', 'rate_limit'], signal }, () =>
    attempt({ timeout, signal }, async (attemptSignal) => {
      const response = await (options.fetch ?? fetch)(`${base}/identity/verification_sessions/${path}`, {
        method: 'POST',
        cache: 'no-store',
        headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
        signal: attemptSignal,
      });
      if (!response.ok) throw await errorFromResponse(response, bearer);
      const answer: unknown = await response.json().catch(() => undefined);
      return { body: answer, receivedAt: Date.now(), serverDate: Date.parse(response.headers.get('Date') ?? '') };
    }),
  );
};

/**
 * Asks the service for a one-time link to `handoffUrl` (your page that shows `<verify-identity>` with
 * no client secret). The code is in the link's fragment; the client secret is never in it.
 */
export async function createHandoffLink(
  clientSecret: string,
  handoffUrl: string,
  options: HandoffRequestOptions & { continuation?: HandoffContinuation } = {},
): Promise<HandoffLink> {
  const { sessionId, secret } = parseClientSecret(clientSecret);
  return handoffLink(await post(`${sessionId}/handoff`, secret, options, handoffBody(handoffUrl, options.continuation)));
}

/** `createHandoffLink` through an API client already made for the session (a session model's, with its secret inside). */
export async function createHandoffLinkWith(
  client: Pick<ApiClient, 'post'>,
  handoffUrl: string,
  options: { signal?: AbortSignal; continuation?: HandoffContinuation } = {},
): Promise<HandoffLink> {
  const request = handoffBody(handoffUrl, options.continuation);
  // No response headers through the client: the time left comes from the answer's `expires_in`.
  const body = await client.post('/handoff', request, { signal: options.signal });
  return handoffLink({ body, receivedAt: Date.now(), serverDate: Number.NaN });
}

/** The request's body: an empty continuation is left out (a service without continuations then still answers). */
function handoffBody(handoffUrl: string, continuation: HandoffContinuation | undefined): { handoff_url: string; continuation?: HandoffContinuation } {
  const handoff_url = checkedHandoffUrl(handoffUrl);
  if (!continuation || Object.keys(continuation).length === 0) return { handoff_url };
  const checked = checkContinuation(continuation);
  if ('param' in checked) throw new VerifyError({ type: 'invalid_request', code: 'parameter_invalid', message: checked.message, param: checked.param });
  return { handoff_url, continuation: checked.continuation };
}

/** Checked before the request: a refused link must not replace the code a phone may be holding. */
function checkedHandoffUrl(handoffUrl: string): string {
  const handoff_url = normalizeHandoffUrl(handoffUrl);
  if (handoff_url === null) throw new VerifyError({ type: 'invalid_request', code: 'handoff_url_invalid', message: HANDOFF_URL_RULE, param: 'handoff_url' });
  return handoff_url;
}

function handoffLink(answer: Answer): HandoffLink {
  const body = answer.body as { url?: unknown; expires_at?: unknown; expires_in?: unknown; status?: unknown } | undefined;
  if (typeof body?.url !== 'string' || typeof body.expires_at !== 'number') throw malformedError('a handoff link');
  const expiresAt = body.expires_at * 1000;
  // Time left by the service's own clock, counted from when its answer came: the device's clock may be off.
  const left =
    typeof body.expires_in === 'number' && Number.isFinite(body.expires_in)
      ? body.expires_in * 1000
      : Number.isNaN(answer.serverDate)
        ? expiresAt - answer.receivedAt
        : expiresAt - answer.serverDate;
  const status = body.status === 'opened' ? 'opened' : 'waiting';
  return { url: body.url, expires_at: body.expires_at, deadline: answer.receivedAt + Math.max(0, left), status };
}

/**
 * Claims a handoff code, once: resolves to a client secret of the phone's own for the same session.
 * A used, expired or revoked code fails with an `authentication` VerifyError whose code says which
 * (`handoff_code_claimed`, `handoff_code_expired`, `handoff_code_revoked`, `handoff_code_invalid`).
 */
export async function claimHandoffCode(code: string, options: HandoffRequestOptions = {}): Promise<string> {
  return (await claimHandoff(code, options)).clientSecret;
}

/**
 * `claimHandoffCode`, with what the computer carried (`continuation`, `{}` when it carried nothing). A
 * continuation that breaks the rule is dropped, not fatal: the phone then asks again what it would have skipped.
 */
export async function claimHandoff(code: string, options: HandoffRequestOptions = {}): Promise<{ clientSecret: string; continuation: HandoffContinuation }> {
  const sessionId = HANDOFF_CODE.exec(code)?.[1];
  if (!sessionId) throw new VerifyError({ type: 'invalid_request', code: 'handoff_code_invalid', message: 'The handoff code is malformed.' });
  const body = (await post(`${sessionId}/handoff/claim`, code, options)).body as { client_secret?: unknown; continuation?: unknown } | undefined;
  let clientSecret: string;
  try {
    clientSecret = parseClientSecret(body?.client_secret).secret;
  } catch {
    throw malformedError('a handoff claim', 'client_secret: expected a client secret');
  }
  const checked = body?.continuation === undefined ? null : checkContinuation(body.continuation);
  return { clientSecret, continuation: checked && 'continuation' in checked ? checked.continuation : {} };
}

/**
 * A status tracker for `watchSession` that also reports a change of `handoff.status` (the phone
 * opened the link, submitted, or the code expired), for the device that follows the handoff.
 */
export function createHandoffTracker(): StatusTracker {
  const inner = createStatusTracker();
  return {
    get current() {
      return inner.current;
    },
    accept(session) {
      const before = inner.current?.handoff?.status;
      const outcome = inner.accept(session);
      return outcome === 'same' && session.handoff?.status !== before ? 'change' : outcome;
    },
  };
}
