import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { VerifyIdentity } from 'verify-identity/react';
import { startMockBackend } from 'verify-identity/mocks/browser';

// Test mode: the mock backend runs in the page (its worker script comes from `npx msw init public --save`).
const { backend } = await startMockBackend({ quiet: true, serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js` });

/** "Your server": creates a session and returns its client secret. */
function createClientSecret(): string {
  return backend.createSession({ type: 'document', options: { document: { allowed_types: ['passport'] } }, processing_ms: 300 }).client_secret!;
}

function App() {
  const [secret, setSecret] = useState<string | null>(null);
  const [result, setResult] = useState('');
  return (
    <main>
      <h1>Vite + React 19</h1>
      <button type="button" onClick={() => setSecret(createClientSecret())}>
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
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
