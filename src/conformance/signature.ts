/** Standard Webhooks signatures, verified with Web Crypto (no `node:` import). */

const TOLERANCE_S = 300;

function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/**
 * What is wrong with a delivery's signature, or undefined when it is valid: `webhook-signature` must hold a
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed with the secret's base64 part, `webhook-timestamp` must
 * be within 5 minutes of now, and `webhook-id` must be the event's id.
 */
export async function signatureProblem(secret: string, headers: Record<string, string>, text: string, eventId: unknown): Promise<string | undefined> {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures) return 'missing webhook-id, webhook-timestamp or webhook-signature';
  if (id !== eventId) return `webhook-id ${id} is not the event's id`;
  if (!/^\d+$/.test(timestamp) || Math.abs(Number(timestamp) - Date.now() / 1000) > TOLERANCE_S) return `webhook-timestamp ${timestamp} is not within 5 minutes of now (Unix seconds)`;
  const key = await crypto.subtle.importKey('raw', base64ToBytes(secret.slice('whsec_'.length)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = bytesToBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${text}`))));
  const valid = signatures.split(' ').some((entry) => entry === `v1,${expected}`);
  return valid ? undefined : 'no v1 signature matches the body with this secret';
}
