// The test-mode server's webhook secrets. Signing itself is the server toolkit's (`webhookSigner` in
// src/server/webhooks.ts, Web Crypto, no `node:` import): one implementation for the sender and the receivers.

const PREFIX = 'whsec_';

/** A fresh `whsec_…` secret: 24 random bytes, base64. */
export function generateWebhookSecret(): string {
  return PREFIX + btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))));
}

/**
 * Throws a clear error unless `secret` is one a server should sign with: `whsec_` and at least 16 bytes of base64
 * (receivers accept any; a sender holds itself to more). The secret itself is never echoed.
 */
export function assertWebhookSecret(secret: string): void {
  const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : '';
  let length = 0;
  try {
    length = atob(encoded).length;
  } catch {
    length = 0;
  }
  if (length < 16) {
    throw new TypeError('A webhook secret is "whsec_" followed by at least 16 bytes in base64 (e.g. one printed by `verify-identity serve`).');
  }
}
