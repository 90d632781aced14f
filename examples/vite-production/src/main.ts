// The recipe that keeps the mock out of a production build: the element imported as usual, the mock used only
// inside `if (import.meta.env.DEV)`. Vite replaces the condition with `false` when building, and the branch goes
// with msw, the mock and its polyfill. A dynamic import also keeps the mock out of the development bundle's first
// load; a static import works as well (the mock's modules have no import-time effects).
import 'verify-identity';

async function clientSecret(): Promise<string> {
  if (import.meta.env.DEV) {
    const { startMockBackend } = await import('verify-identity/mocks/browser');
    const { backend } = await startMockBackend({ quiet: true });
    return backend.createSession({ type: 'document' }).client_secret;
  }
  // Production: your server creates the session (see examples/nextjs's route handler).
  const response = await fetch('/api/verification-sessions', { method: 'POST' });
  return ((await response.json()) as { clientSecret: string }).clientSecret;
}

const element = document.querySelector('verify-identity')!;
element.clientSecret = await clientSecret();
