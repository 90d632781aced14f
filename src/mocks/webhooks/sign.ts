// Standard Webhooks signing (https://www.standardwebhooks.com): `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`,
// keyed with the base64 bytes after `whsec_`. Web Crypto rather than the `standardwebhooks` package: a few
// lines, no runtime dependency for the package, and no `node:` import (see docs/server.md).

const PREFIX = 'whsec_';

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** A fresh `whsec_…` secret: 24 random bytes, base64. */
export function generateWebhookSecret(): string {
  return PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(24)));
}

/** The key bytes of a `whsec_…` secret; a clear error for anything else (the secret itself is never echoed). */
export function webhookSecretKey(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : '';
  let key: Uint8Array<ArrayBuffer> | undefined;
  try {
    key = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
  } catch {
    key = undefined;
  }
  if (!key || key.length < 16) {
    throw new TypeError('A webhook secret is "whsec_" followed by at least 16 bytes in base64 (e.g. one printed by `verify-identity serve`).');
  }
  return key;
}

/** The HMAC key of a secret's bytes, imported once and reused for every delivery. */
export function hmacKey(key: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** The headers of one signed delivery. `timestamp` is Unix seconds. */
export async function signWebhook(
  hmac: CryptoKey,
  id: string,
  timestamp: number,
  body: string,
): Promise<{ 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string }> {
  const signature = await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${toBase64(new Uint8Array(signature))}`,
  };
}
