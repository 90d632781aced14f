// The real mock backend for a browser test file, and what every kind of test creates on it.
import { startMockBackend, type StartMockBackendOptions } from '../../src/mocks/browser.js';
import { createApiClient, type ApiClient, type ApiClientOptions } from '../../src/core/api.js';
import type { CreateSessionParams, MockBackend, RecordedEndpoint, ServerSession } from '../../src/mocks/types.js';

/** Valid details for an `id_number` step or session. */
export const ID_NUMBER = { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-12-10', id_number: '123456789' };

/** What `createSession` starts from on a backend, per test file (see `useMockBackend`'s `sessions`). */
const sessionDefaults = new WeakMap<MockBackend, Partial<CreateSessionParams>>();

export interface UseMockBackendOptions extends StartMockBackendOptions {
  /** Defaults of `createSession` on this backend, e.g. a passport only for the element's tests (no document-type step). */
  sessions?: Partial<CreateSessionParams>;
}

export interface BackendHandle {
  readonly backend: MockBackend;
  readonly worker: Awaited<ReturnType<typeof startMockBackend>>['worker'];
  /** Moves the backend's clock on (to expire secrets); back to real time after each test. */
  advance(ms: number): void;
}

/** Starts the mock backend once per test file and gives each test a clean one. */
export function useMockBackend({ sessions, ...options }: UseMockBackendOptions = {}): BackendHandle {
  let started: Awaited<ReturnType<typeof startMockBackend>> | undefined;
  let offset = 0;
  const now = options.now ?? (() => Date.now());
  before(async () => {
    started = await startMockBackend({ quiet: true, ...options, now: () => now() + offset });
    if (sessions) sessionDefaults.set(started.backend, sessions);
  });
  afterEach(() => {
    offset = 0;
    started?.backend.reset();
  });
  after(() => started?.stop());
  const get = () => {
    if (!started) throw new Error('The mock backend has not started.');
    return started;
  };
  return {
    get backend() {
      return get().backend;
    },
    get worker() {
      return get().worker;
    },
    advance(ms: number) {
      offset += ms;
    },
  };
}

/** `sessions` for the element's tests: a passport only, so a flow is consent → front → review. */
export const PASSPORT_ONLY: Partial<CreateSessionParams> = { processing_ms: 100, options: { document: { allowed_types: ['passport'] } } };

/**
 * A session created through the server API, with the secret the page would get: a document session with quick
 * checks, on top of the backend's `sessions` defaults; `options.document` is merged with theirs.
 */
export function createSession(backend: MockBackend, params: Partial<CreateSessionParams> = {}): ServerSession & { client_secret: string } {
  const defaults = sessionDefaults.get(backend) ?? {};
  const options =
    defaults.options && params.options
      ? { ...defaults.options, ...params.options, document: { ...defaults.options.document, ...params.options.document } }
      : (params.options ?? defaults.options);
  const session = backend.createSession({ type: 'document', processing_ms: 20, ...defaults, ...params, ...(options && { options }) });
  if (!session.client_secret) throw new Error('A new session has a client secret.');
  return { ...session, client_secret: session.client_secret };
}

/** A fresh `id_number` session and a client for it: retries without delay; the timeout is generous because a loaded machine must not turn into extra retries. */
export function sessionClient(
  backend: MockBackend,
  params: Partial<CreateSessionParams> = {},
  options: Partial<ApiClientOptions> = {},
): { client: ApiClient; sessionId: string; clientSecret: string } {
  const session = createSession(backend, { type: 'id_number', processing_ms: 50, ...params });
  const client = createApiClient({ clientSecret: session.client_secret, retryDelay: 1, timeout: 8000, ...options });
  return { client, sessionId: session.id, clientSecret: session.client_secret };
}

/** Requests the backend received for one session (to `endpoint` when given): a late request of another test cannot count. */
export function requestsTo(backend: MockBackend, sessionId: string, endpoint?: RecordedEndpoint): number {
  return backend.requests.filter((request) => request.sessionId === sessionId && (!endpoint || request.endpoint === endpoint)).length;
}

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
