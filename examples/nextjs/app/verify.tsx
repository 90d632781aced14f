'use client';
// The React wrapper in a client component. Next.js renders this module on the server too: every entry of
// verify-identity imports there without touching the DOM (the element is defined in the browser only), and
// `verify-identity/mocks/browser` resolves to a stand-in under Node.
import { useState } from 'react';
import type { MockBackend } from 'verify-identity/mocks';
import { VerifyIdentity } from 'verify-identity/react';

/** Development only: the in-page mock, started once. */
let mock: Promise<MockBackend> | undefined;

/**
 * Development: the mock backend in the page (its worker script from `npx msw init public --save`), sessions
 * created by it. A production build replaces `process.env.NODE_ENV` and drops this branch with the mock and msw.
 * Production: the route handler creates the session on the server with the secret key.
 */
async function createClientSecret(): Promise<string> {
  if (process.env.NODE_ENV === 'development') {
    mock ??= import('verify-identity/mocks/browser').then(async ({ startMockBackend }) => (await startMockBackend({ quiet: true })).backend);
    return (await mock).createSession({ type: 'document', options: { document: { allowed_types: ['passport'] } } }).client_secret;
  }
  const response = await fetch('/api/verification-sessions', { method: 'POST' });
  if (!response.ok) throw new Error(`Creating a session failed: HTTP ${response.status}`);
  return ((await response.json()) as { clientSecret: string }).clientSecret;
}

export function Verify() {
  const [secret, setSecret] = useState<string | null>(null);
  const [result, setResult] = useState('');
  return (
    <>
      <button type="button" onClick={() => void createClientSecret().then(setSecret, (error: Error) => setResult(error.message))}>
        Verify your identity
      </button>
      <p role="status">{result}</p>
      {secret && (
        <VerifyIdentity
          clientSecret={secret}
          open
          onVerified={(event) => setResult(`Result: verified (${event.detail.session.id})`)}
          onRequiresInput={(event) => setResult(`Result: requires_input (${event.detail.lastError.code})`)}
          onClose={(event) => event.detail.reason !== 'completed' && setSecret(null)}
        />
      )}
    </>
  );
}
