// Standard Webhooks (https://www.standardwebhooks.com) verification on Web Crypto alone, so that it runs
// wherever `crypto.subtle` does: Node ≥ 20, Deno, Bun, edge runtimes. Why not the `standardwebhooks`
// package: see docs/server.md.
import { VerifyError } from '../core/errors.js';
import type { VerificationEvent } from './types.js';

export interface VerifyWebhookOptions {
  /** Seconds a `webhook-timestamp` may differ from now, either way (replays, clock skew). @default 300 */
  tolerance?: number;
  /** Unix seconds (a test's clock). @default the current time */
  now?: number;
}

/** Request headers: a `Headers` (fetch, Next.js, edge) or a plain object (Express, Node's `IncomingMessage`). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Every `code` of the VerifyErrors `verifyWebhook` throws. */
export const WEBHOOK_ERROR_CODES = [
  'webhook_header_missing',
  'webhook_timestamp_invalid',
  'webhook_timestamp_too_old',
  'webhook_timestamp_too_new',
  'webhook_signature_invalid',
  'webhook_secret_invalid',
  'webhook_payload_invalid',
] as const;
export type WebhookErrorCode = (typeof WEBHOOK_ERROR_CODES)[number];

const HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
const SECRET_PREFIX = 'whsec_';

const webhookError = (type: 'invalid_request' | 'authentication', code: WebhookErrorCode, message: string, param?: string) =>
  new VerifyError({ type, code, message, param });

const isHeaders = (headers: WebhookHeaders): headers is Headers => typeof (headers as Headers).get === 'function';

function headerOf(headers: WebhookHeaders, name: string): string | undefined {
  // Duck-typed: a framework's own Headers class (or another realm's) is not always the global one.
  if (isHeaders(headers)) return headers.get(name) ?? undefined;
  // Express lower-cases names; a hand-made object may not.
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value.join(' ') : value;
}

function base64ToBytes(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

const bytesToBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** Compares in time that depends on the length only (public here: an HMAC-SHA256 is 32 bytes). */
function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

function secretKeyBytes(secret: string): Uint8Array {
  const key = typeof secret === 'string' ? base64ToBytes(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret) : undefined;
  if (!key || key.length === 0) {
    throw webhookError('invalid_request', 'webhook_secret_invalid', 'The webhook secret must be "whsec_" followed by base64, as printed by `verify-identity serve`.', 'secret');
  }
  return key;
}

const hmacKey = (key: Uint8Array): Promise<CryptoKey> => crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

async function hmac(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data as BufferSource));
}

function bodyBytes(rawBody: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof rawBody === 'string') return new TextEncoder().encode(rawBody);
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  if (ArrayBuffer.isView(rawBody)) return new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  throw webhookError(
    'invalid_request',
    'webhook_payload_invalid',
    'Pass the raw request body (a string or bytes) exactly as received, not the parsed JSON: re-serialised JSON no longer matches its signature.',
    'rawBody',
  );
}

/** What is signed: `id.timestamp.` then the body's bytes as they are. */
function signedContent(id: string, timestamp: string, body: Uint8Array): Uint8Array {
  const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  return signed;
}

/** Signs with one secret, its key imported once: what a sender of many deliveries (the test-mode server) keeps. */
export type WebhookSigner = (id: string, timestamp: number, body: string | Uint8Array) => Promise<string>;

/** A signer for `secret` (checked now; throws `webhook_secret_invalid`). The one implementation of signing here. */
export function webhookSigner(secret: string): WebhookSigner {
  const key = hmacKey(secretKeyBytes(secret));
  return async (id, timestamp, body) => `v1,${bytesToBase64(await hmac(await key, signedContent(id, String(timestamp), bodyBytes(body))))}`;
}

/** The Standard Webhooks signature of `body`: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. For tests of a receiver. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string | Uint8Array): Promise<string> {
  return webhookSigner(secret)(id, timestamp, body);
}

function isEvent(value: unknown): value is VerificationEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  const data = event['data'] as Record<string, unknown> | undefined;
  return event['object'] === 'event' && typeof event['id'] === 'string' && typeof event['type'] === 'string' && typeof data?.['object'] === 'object' && data['object'] !== null;
}

/**
 * Checks a webhook delivery's Standard Webhooks signature and returns its event. Throws a VerifyError
 * (`code` one of WEBHOOK_ERROR_CODES) when a header is missing, the timestamp is outside `tolerance`,
 * no `v1` signature matches, or the signed body is not an event. `rawBody` must be the body exactly as
 * received. The event's `id` equals the `webhook-id` header: use it to act once per event, as a
 * delivery may come more than once.
 */
export async function verifyWebhook(
  rawBody: string | ArrayBuffer | ArrayBufferView,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<VerificationEvent> {
  const key = secretKeyBytes(secret);
  const [id, timestampText, signatures] = HEADERS.map((name) => {
    const value = headerOf(headers, name)?.trim();
    if (!value) throw webhookError('invalid_request', 'webhook_header_missing', `The ${name} header is missing.`, name);
    return value;
  }) as [string, string, string];

  if (!/^\d{1,15}$/.test(timestampText)) {
    throw webhookError('invalid_request', 'webhook_timestamp_invalid', 'The webhook-timestamp header is not Unix seconds.', 'webhook-timestamp');
  }
  const timestamp = Number(timestampText);
  const { tolerance = 300, now = Math.floor(Date.now() / 1000) } = options;
  if (now - timestamp > tolerance) {
    throw webhookError('authentication', 'webhook_timestamp_too_old', `The webhook was signed ${now - timestamp} s ago, more than the ${tolerance} s tolerated (a replay?).`, 'webhook-timestamp');
  }
  if (timestamp - now > tolerance) {
    throw webhookError('authentication', 'webhook_timestamp_too_new', `The webhook is dated ${timestamp - now} s in the future, more than the ${tolerance} s tolerated (check the clocks).`, 'webhook-timestamp');
  }

  const body = bodyBytes(rawBody);
  const expected = await hmac(await hmacKey(key), signedContent(id, timestampText, body));
  // Every candidate is compared (no early exit), so the time taken says nothing about which matched.
  let matched = false;
  for (const candidate of signatures.split(' ')) {
    const [version, value] = candidate.split(',', 2);
    const bytes = version === 'v1' && value ? base64ToBytes(value) : undefined;
    if (bytes && timingSafeEqual(bytes, expected)) matched = true;
  }
  if (!matched) {
    throw webhookError('authentication', 'webhook_signature_invalid', 'No webhook-signature matches the body: check the secret, and pass the raw body, not re-serialised JSON.', 'webhook-signature');
  }

  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder().decode(body));
  } catch {
    event = undefined;
  }
  if (!isEvent(event)) throw webhookError('invalid_request', 'webhook_payload_invalid', 'The signed body is not an event object.', 'rawBody');
  return event;
}
