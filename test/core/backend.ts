// Starts the real mock backend once per test file and gives each test a clean one.
import { startMockBackend } from '../../src/mocks/browser.js';
import { createApiClient, type ApiClient, type ApiClientOptions } from '../../src/core/api.js';
import type { CreateSessionParams, MockBackend, RecordedEndpoint } from '../../src/mocks/types.js';

export interface BackendHandle {
  readonly backend: MockBackend;
}

export function useMockBackend(): BackendHandle {
  let started: Awaited<ReturnType<typeof startMockBackend>> | undefined;
  before(async () => {
    started = await startMockBackend({ quiet: true });
  });
  afterEach(() => started?.backend.reset());
  after(() => started?.stop());
  return {
    get backend() {
      if (!started) throw new Error('The mock backend has not started.');
      return started.backend;
    },
  };
}

/** A fresh session and a client for it: retries without delay; the timeout is generous because a loaded machine must not turn into extra retries. */
export function sessionClient(
  backend: MockBackend,
  params: Partial<CreateSessionParams> = {},
  options: Partial<ApiClientOptions> = {},
): { client: ApiClient; sessionId: string; clientSecret: string } {
  const session = backend.createSession({ type: 'id_number', processing_ms: 50, ...params });
  const clientSecret = session.client_secret;
  if (!clientSecret) throw new Error('A new session has a client secret.');
  const client = createApiClient({ clientSecret, retryDelay: 1, timeout: 8000, ...options });
  return { client, sessionId: session.id, clientSecret };
}

/** Requests the backend received for one session (to `endpoint` when given): a late request of another test cannot count. */
export function requestsTo(backend: MockBackend, sessionId: string, endpoint?: RecordedEndpoint): number {
  return backend.requests.filter((request) => request.sessionId === sessionId && (!endpoint || request.endpoint === endpoint)).length;
}

export const ID_NUMBER = { first_name: 'Ada', last_name: 'Lovelace', dob: '1815-12-10', id_number: '123456789' };

/** Resolves with what `promise` rejected with; fails when it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject.');
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
