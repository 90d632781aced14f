const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random alphanumerics from the platform CSPRNG (present in browsers and Node 20+). */
export function randomAlphanumeric(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 256 % 62 skews a few characters slightly; irrelevant for mock ids.
  return Array.from(bytes, (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}

export function newId(prefix: 'vs' | 'file' | 'evt' | 'we' | 'vr'): string {
  return `${prefix}_${randomAlphanumeric(24)}`;
}

export function newClientSecret(sessionId: string): string {
  return `${sessionId}_secret_${randomAlphanumeric(24)}`;
}
