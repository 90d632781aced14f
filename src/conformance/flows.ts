import { ClauseFailure, NotExercised, SetupRefused, describeAnswer, fail, type Credential, type Driver, type Exchange } from './context.js';
import { PNG } from './images.js';

export const SESSIONS = '/identity/verification_sessions';

export interface ServerView {
  id: string;
  status: string;
  client_secret: string | null;
  last_error: { code: string; reason: string } | null;
  redaction: { status: string } | null;
  handoff?: { status: string } | null;
}

export interface TestSession {
  id: string;
  secret: { value: string; kind: Credential };
}

export const clientAuth = (value: string) => ({ value, kind: 'client secret' as Credential });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the kit knows about driving this backend, learned on the way. */
export class Flows {
  readonly driver: Driver;
  readonly processingMs: number;
  /** Whether the backend took `test_outcome` and `processing_ms`; undefined until the first creation. */
  testMode: boolean | undefined;
  readonly #deadlineMs: number;

  constructor(driver: Driver, processingMs: number, deadlineMs: number) {
    this.driver = driver;
    this.processingMs = processingMs;
    this.#deadlineMs = deadlineMs;
  }

  /** A document session that asks for a passport's front only; `outcome` of its first checks when the backend takes it. */
  async create(outcome = 'verified', processingMs = this.processingMs): Promise<TestSession & { exchange: Exchange }> {
    const base = { type: 'document', options: { document: { allowed_types: ['passport'] } } };
    const withTestMode = { ...base, test_outcome: outcome, processing_ms: processingMs };
    let exchange = await this.driver.call({ method: 'POST', path: SESSIONS, auth: this.driver.serverAuth, json: this.testMode === false ? base : withTestMode, schema: 'ServerSession' });
    if (this.testMode === undefined && exchange.status === 400) {
      // A backend without test mode may refuse its parameters: the kit goes on without them.
      exchange = await this.driver.call({ method: 'POST', path: SESSIONS, auth: this.driver.serverAuth, json: base, schema: 'ServerSession' });
      if (exchange.status === 200) this.testMode = false;
    } else if (exchange.status === 200 && this.testMode === undefined) this.testMode = true;
    const session = exchange.body as ServerView | undefined;
    if (exchange.status !== 200 || typeof session?.id !== 'string' || typeof session.client_secret !== 'string') {
      throw new SetupRefused('creating a session', exchange);
    }
    return { id: session.id, secret: clientAuth(session.client_secret), exchange };
  }

  /** A session whose first checks end in `requires_input` with this code; not exercised without test mode. */
  async createFailing(code = 'document_unverified_other'): Promise<TestSession> {
    const session = await this.create(code);
    if (!this.testMode) throw new NotExercised('the backend did not take test_outcome, so the kit cannot make checks fail');
    return session;
  }

  upload(session: TestSession, bytes: Uint8Array<ArrayBuffer> = PNG, name = 'front.png', type = 'image/png', secret = session.secret): Promise<Exchange> {
    const data = new FormData();
    data.set('purpose', 'identity_document');
    data.set('side', 'front');
    data.set('file', new Blob([bytes], { type }), name);
    return this.driver.call({
      method: 'POST',
      path: `${SESSIONS}/${session.id}/files`,
      auth: secret,
      form: { data, note: `multipart purpose=identity_document side=front file=${name} (${type}, ${bytes.length} bytes)` },
      schema: 'File',
    });
  }

  submit(session: TestSession, fileId: string, key: string | null = crypto.randomUUID(), secret = session.secret, body?: unknown): Promise<Exchange> {
    return this.driver.call({
      method: 'POST',
      path: `${SESSIONS}/${session.id}/submit`,
      auth: secret,
      headers: key === null ? {} : { 'Idempotency-Key': key },
      json: body ?? { document_type: 'passport', files: { front: fileId } },
      schema: 'ClientSession',
    });
  }

  /** Uploads a front and submits it: the session is `processing` after. Returns the submit's exchange. */
  async uploadAndSubmit(session: TestSession, secret = session.secret): Promise<Exchange> {
    const file = await this.upload(session, PNG, 'front.png', 'image/png', secret);
    const fileId = (file.body as { id?: unknown } | undefined)?.id;
    if (file.status !== 200 || typeof fileId !== 'string') throw new NotExercised(`uploading a PNG failed: ${describeAnswer(file)}`);
    const submitted = await this.submit(session, fileId, crypto.randomUUID(), secret);
    if (submitted.status !== 200) throw new NotExercised(`submitting failed: ${describeAnswer(submitted)}`);
    return submitted;
  }

  retrieveServer(id: string): Promise<Exchange> {
    return this.driver.call({ method: 'GET', path: `${SESSIONS}/${id}`, auth: this.driver.serverAuth, schema: 'ServerSession' });
  }

  retrieveClient(session: TestSession, secret = session.secret): Promise<Exchange> {
    return this.driver.call({ method: 'GET', path: `${SESSIONS}/${session.id}`, auth: secret, schema: 'ClientSession' });
  }

  /** Polls the server view until `done` holds; fails the clause (with the last answer) when it never does. */
  async waitFor(id: string, done: (view: ServerView) => boolean, expected: string): Promise<ServerView> {
    const allowed = this.processingMs + this.#deadlineMs;
    const until = Date.now() + allowed;
    for (;;) {
      const exchange = await this.retrieveServer(id);
      const view = exchange.body as ServerView;
      if (exchange.status === 200 && done(view)) return view;
      if (Date.now() > until) fail(exchange, expected, `${expected}: not reached in ${allowed} ms`);
      await pause(Math.max(20, Math.min(100, this.processingMs / 4)));
    }
  }

  /** A session played to `verified`. */
  async verified(): Promise<TestSession> {
    const session = await this.create();
    await this.uploadAndSubmit(session);
    await this.waitFor(session.id, (view) => view.status === 'verified', 'status verified after submit');
    return session;
  }

  /** A session whose first attempt failed: `requires_input` with `last_error`, its secret spent. */
  async failedOnce(code = 'document_unverified_other'): Promise<TestSession> {
    const session = await this.createFailing(code);
    await this.uploadAndSubmit(session);
    await this.endOfFailingChecks(session);
    return session;
  }

  /** Waits for the checks `createFailing` set to fail; a backend that took `test_outcome` but verified ignored it. */
  async endOfFailingChecks(session: TestSession): Promise<void> {
    const ended = await this.waitFor(session.id, (view) => view.status !== 'processing', 'the checks end');
    if (ended.status === 'verified') throw new NotExercised('the backend accepted test_outcome but ignored it: the checks verified');
    if (ended.status !== 'requires_input' || ended.last_error === null) {
      throw new ClauseFailure('failed checks did not end in requires_input', [{ request: `GET ${SESSIONS}/${session.id} (secret key)`, answer: `status ${ended.status}, last_error ${JSON.stringify(ended.last_error)}`, expected: 'requires_input with last_error' }]);
    }
  }

  /** The session's events, oldest first (from the newest 100 of the account). */
  async eventsOf(id: string): Promise<{ exchange: Exchange; events: { type: string; created: number; data: { object: { id: string; status: string } } }[] }> {
    const exchange = await this.driver.call({ method: 'GET', path: '/events?limit=100', auth: this.driver.serverAuth, schema: 'EventList' });
    if (exchange.status !== 200) throw new NotExercised(`listing events failed: ${describeAnswer(exchange)}`);
    const data = (exchange.body as { data: { type: string; created: number; data: { object: { id: string; status: string } } }[] }).data;
    return { exchange, events: data.filter((event) => event.data?.object?.id === id).reverse() };
  }
}

export { pause };
