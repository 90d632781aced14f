// Panel 1, playing the site's server: turns the form into a create-session call, keeps the current
// session, runs the server-side actions (cancel, redact), and hands out client secrets.
import { DOCUMENT_TYPES, LAST_ERROR_CODES, type DocumentType, type SessionType } from '../src/core/types.js';
import { serverApi, ServerApiError, type CreateSessionParams, type ServerSession, type TestOutcome } from './server-api.js';

export interface ServerPanel {
  /** Creates a session from the form's settings and returns its client secret. */
  createSession(): Promise<string>;
  /** The site's `fetchClientSecret`: a fresh secret for the current session (the last one may be spent). */
  fetchClientSecret(): Promise<string>;
  /** A webhook said session `id` changed: the panel re-reads it, as a site's server would. */
  sessionChanged(id: string): void;
}

const OUTCOME_LABELS: Partial<Record<TestOutcome, string>> = { verified: 'verified (success)' };

export function setUpServerPanel(root: HTMLElement): ServerPanel {
  const form = root.querySelector<HTMLFormElement>('#create-session')!;
  const summary = root.querySelector<HTMLElement>('#session-summary')!;
  const message = root.querySelector<HTMLElement>('#server-message')!;
  let current: ServerSession | null = null;
  let latestCall = 0;

  const outcomes = form.elements.namedItem('test_outcome') as HTMLSelectElement;
  for (const outcome of ['verified', ...LAST_ERROR_CODES] as TestOutcome[]) {
    outcomes.add(new Option(OUTCOME_LABELS[outcome] ?? `fails once: ${outcome}`, outcome));
  }

  function readForm(): CreateSessionParams {
    const data = new FormData(form);
    const checked = (name: string) => data.get(name) === 'on';
    const allowed = data.getAll('allowed_types').map(String) as DocumentType[];
    return {
      type: String(data.get('type')) as SessionType,
      options: {
        document: {
          // An empty choice would only earn a 400: fall back to every type, as the service's default does.
          allowed_types: allowed.length > 0 ? allowed : [...DOCUMENT_TYPES],
          require_id_number: checked('require_id_number'),
          require_live_capture: checked('require_live_capture'),
          require_matching_selfie: checked('require_matching_selfie'),
        },
      },
      test_outcome: String(data.get('test_outcome')) as TestOutcome,
      processing_ms: Number(data.get('processing_ms')) || 0,
    };
  }

  function render(): void {
    const field = (name: string) => summary.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    field('id').textContent = current?.id ?? 'none yet';
    field('status').textContent = current?.status ?? '—';
    field('last_error').textContent = current?.last_error?.code ?? '—';
    for (const id of ['refresh-session', 'cancel-session', 'redact-session']) {
      root.querySelector<HTMLButtonElement>(`#${id}`)!.disabled = current === null;
    }
  }

  function say(text: string): void {
    message.textContent = text;
  }

  /** Shows the answer of the latest server call only: an older one still in flight must not overwrite it. */
  async function load(call: () => Promise<ServerSession>): Promise<ServerSession> {
    const ticket = ++latestCall;
    const session = await call();
    if (ticket === latestCall) {
      current = session;
      render();
    }
    return session;
  }

  async function serverAction(name: string, action: (id: string) => Promise<ServerSession>): Promise<void> {
    if (!current) return;
    const { id } = current;
    try {
      const session = await load(() => action(id));
      say(`${name}: the session is now ${session.status}.`);
    } catch (error) {
      say(
        error instanceof ServerApiError
          ? `${name} refused: ${error.status} ${error.code}. ${error.message}`
          : `${name} failed: ${String(error)}`,
      );
    }
  }

  root.querySelector('#refresh-session')!.addEventListener('click', () => serverAction('Refresh', serverApi.retrieveSession));
  root.querySelector('#cancel-session')!.addEventListener('click', () => serverAction('Cancel', serverApi.cancelSession));
  root.querySelector('#redact-session')!.addEventListener('click', () => serverAction('Redact', serverApi.redactSession));
  render();

  return {
    async createSession() {
      const params = readForm();
      const session = await load(() => serverApi.createSession(params));
      say(`Created ${session.id}.`);
      if (!session.client_secret) throw new Error('The new session came without a client secret.');
      return session.client_secret;
    },
    async fetchClientSecret() {
      if (!current) throw new Error('No session: create one first.');
      const { id } = current;
      const session = await load(() => serverApi.retrieveSession(id));
      if (!session.client_secret) throw new Error(`The session is ${session.status}: it takes no more input.`);
      return session.client_secret;
    },
    sessionChanged(id) {
      // Deliveries also report sessions this panel has moved on from.
      if (current?.id !== id) return;
      load(() => serverApi.retrieveSession(id)).catch((error: unknown) => say(`Refresh failed: ${String(error)}`));
    },
  };
}
