import { verifyIdentity, type VerificationResult } from 'verify-identity';
import { startMockBackend } from 'verify-identity/mocks/browser';

// Test mode: the mock backend runs in the page (its worker script comes from `npx msw init public --save`).
// In production your server creates the session and hands the page its client secret.
const { backend } = await startMockBackend({ quiet: true, serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js` });

const button = document.querySelector<HTMLButtonElement>('#verify')!;
const output = document.querySelector<HTMLParagraphElement>('#result')!;

function describe(result: VerificationResult): string {
  if ('error' in result) return `Could not verify: ${result.error.code}`;
  return `Result: ${result.status}${result.lastError ? ` (${result.lastError.code})` : ''}`;
}

button.addEventListener('click', async () => {
  // "Your server": a passport-only session, answered quickly.
  const session = backend.createSession({ type: 'document', options: { document: { allowed_types: ['passport'] } }, processing_ms: 300 });
  const result = await verifyIdentity(session.client_secret!, {
    onMount(element) {
      // Typed without casts: `event.detail.session` is a ClientSession.
      element.addEventListener('verification-verified', (event) => console.log('verified', event.detail.session.id));
    },
  });
  output.textContent = describe(result);
});
button.disabled = false;
