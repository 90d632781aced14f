// The smallest integration, for plain.html (and strict-csp.html): the mock backend in the page, a session
// created through the service's server-side API, one <verify-identity> tag, and every event in the console.

// Registers <verify-identity>; in your app: import { VERIFICATION_EVENTS } from 'verify-identity';
import { VERIFICATION_EVENTS } from '../src/index.js';
import { startMockBackend } from '../src/mocks/browser.js';
import type { ServerSession, TestOutcome } from '../src/mocks/types.js';


// ---- Your server. These calls belong in your back end: a page must never hold the secret key. ----
const SESSIONS = '/v1/identity/verification_sessions';
const SERVER_HEADERS = { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' };

async function serverCall(path: string, body?: object): Promise<ServerSession> {
  const response = await fetch(path, {
    method: body ? 'POST' : 'GET',
    headers: SERVER_HEADERS,
    body: body ? JSON.stringify(body) : null,
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as ServerSession;
}

/** The session's client secret, for the page; a spent one is replaced on each retrieve. */
function clientSecretOf(session: ServerSession): string {
  if (!session.client_secret) throw new Error(`Session ${session.id} is ${session.status}: it takes no more input.`);
  return session.client_secret;
}

/** Starts the mock backend with MSW's worker script at `serviceWorkerUrl`, then wires the page. */
export async function startPlainPage(serviceWorkerUrl: string): Promise<void> {
  // Quiet: the console then shows the element's events only, not MSW's log of every request.
  await startMockBackend({ quiet: true, serviceWorkerUrl });
  // ---- Your page. ----
  const outcome = (new URLSearchParams(location.search).get('outcome') ?? 'verified') as TestOutcome;
  const verification = document.querySelector('verify-identity')!;
  const button = document.querySelector<HTMLButtonElement>('#verify')!;

  for (const type of VERIFICATION_EVENTS) {
    verification.addEventListener(type, (event) => console.log(type, event.detail));
  }

  button.addEventListener('click', async () => {
    try {
      const session = await serverCall(SESSIONS, { type: 'document', test_outcome: outcome });
      verification.clientSecret = clientSecretOf(session);
      // 'Try again' after a failed check needs a fresh secret: the first one was spent by the submission.
      verification.fetchClientSecret = async () => clientSecretOf(await serverCall(`${SESSIONS}/${session.id}`));
      const result = await verification.show();
      console.log('show() resolved', result);
    } catch (error) {
      console.error('Could not start the verification:', error);
    }
  });
  button.disabled = false;
}
