import type { ClauseId } from './clauses.js';
import { checkSchema, type SchemaProblem } from './schema.js';
import type { Evidence } from './types.js';

/** Thrown by a check: the clause failed, with the requests that show it. */
export class ClauseFailure extends Error {
  readonly evidence: Evidence[];
  constructor(reason: string, evidence: Evidence[]) {
    super(reason);
    this.evidence = evidence;
  }
}

/** Thrown by a check that could not drive the backend to the state it needs. */
export class NotExercised extends Error {}

/** A step that sets a check up was refused: not exercised there, a failure for the clause that owns that step. */
export class SetupRefused extends NotExercised {
  readonly exchange: Exchange;
  constructor(what: string, exchange: Exchange) {
    super(`${what} failed: ${describeAnswer(exchange)}`);
    this.exchange = exchange;
  }
}

export type Credential = 'secret key' | 'client secret' | 'handoff code' | 'no credential' | 'wrong credential';

export interface CallParams {
  method: 'GET' | 'POST' | 'OPTIONS';
  /** Under the API base: `/identity/verification_sessions/vs_…`. */
  path: string;
  /** The bearer, and what kind it is (the kind goes in evidence, the value never). */
  auth?: { value: string; kind: Credential } | undefined;
  json?: unknown;
  /** A multipart body; `note` describes it in evidence. */
  form?: { data: FormData; note: string };
  /** A raw body of this many bytes (for body limits), sent as `contentType`. */
  raw?: { bytes: Uint8Array<ArrayBuffer>; contentType: string; note: string };
  headers?: Record<string, string>;
  /** The schema a 2xx answer must match. */
  schema?: string;
  /** Leave the body unread (a stream): the caller reads `response.body`. */
  stream?: boolean;
}

export interface Exchange {
  request: string;
  status: number;
  headers: Headers;
  /** The JSON body, or the text when it is not JSON; undefined for a stream. */
  body: unknown;
  response: Response;
  /** Set when the request failed before an answer (network, timeout). */
  error?: string;
}

/** The error schema of each status, as the contract's responses name them. */
export function errorSchemaFor(status: number): string | undefined {
  if (status === 400) return 'BadRequestError';
  if (status === 401) return 'AuthenticationError';
  if (status === 404) return 'NotFoundError';
  if (status === 409) return 'ConflictError';
  if (status === 429) return 'RateLimitError';
  if (status >= 500) return 'ServerError';
  return undefined;
}

const CREDENTIAL_FORMS = [/vs_[A-Za-z0-9]+_(?:secret|handoff)_[A-Za-z0-9]+/g, /sk_[A-Za-z0-9_]+/g, /whsec_[A-Za-z0-9+/=]+/g];

/** Credentials out of a text that goes into a report. */
export function scrub(text: string): string {
  return CREDENTIAL_FORMS.reduce((result, form) => result.replace(form, '[secret]'), text);
}

const cut = (text: string, length = 500) => (text.length > length ? `${text.slice(0, length - 3)}...` : text);

export function describeAnswer(exchange: Exchange, headerNames: readonly string[] = []): string {
  if (exchange.error) return `no answer: ${exchange.error}`;
  const headers = headerNames.map((name) => `${name}: ${exchange.headers.get(name) ?? '(none)'}`);
  const body = exchange.body === undefined ? '' : typeof exchange.body === 'string' ? exchange.body : JSON.stringify(exchange.body);
  return cut(scrub([String(exchange.status), ...headers, body].filter(Boolean).join(' ')));
}

export function evidenceOf(exchange: Exchange, expected: string, headerNames: readonly string[] = []): Evidence {
  return { request: exchange.request, answer: describeAnswer(exchange, headerNames), expected };
}

/** Fails the running clause with this exchange as evidence. */
export function fail(exchange: Exchange, expected: string, reason = expected, headerNames: readonly string[] = []): never {
  throw new ClauseFailure(reason, [evidenceOf(exchange, expected, headerNames)]);
}

/** The error code of an error answer, if it has one. */
export function errorCode(exchange: Exchange): string | undefined {
  const error = (exchange.body as { error?: { code?: unknown } } | undefined)?.error;
  return typeof error?.code === 'string' ? error.code : undefined;
}

/** Fails unless the answer is `status` with error code `code`. */
export function expectError(exchange: Exchange, status: number, code: string): void {
  if (exchange.status !== status || errorCode(exchange) !== code) fail(exchange, `${status} ${code}`);
}

type ShapeClause = Extract<ClauseId, `shapes.${string}`>;

/** What the shape clauses saw across the whole run. */
export class ShapeLedger {
  checked = 0;
  readonly failures = new Map<ShapeClause, Evidence[]>();

  record(exchange: Exchange, schema: string, value: unknown, where = ''): void {
    this.checked += 1;
    for (const problem of checkSchema(schema, value)) {
      const clause = this.#clauseOf(problem, exchange.status);
      const list = this.failures.get(clause) ?? [];
      this.failures.set(clause, list);
      const answer = cut(`${exchange.status}${where} ${problem.path}: ${problem.message}`);
      // Three different problems say more than one problem three times.
      if (list.length < 3 && !list.some((known) => known.answer === answer)) {
        list.push({ request: exchange.request, answer, expected: `${where ? `${where.trim()} ` : ''}${schema} (${problem.schema})` });
      }
    }
  }

  #clauseOf(problem: SchemaProblem, status: number): ShapeClause {
    if (problem.keyword === 'additionalProperties') return 'shapes.closed-objects';
    if (problem.schema === 'Timestamp') return 'shapes.timestamps-seconds';
    return status >= 400 ? 'shapes.errors' : 'shapes.fields';
  }
}

export interface DriverOptions {
  apiBase: string;
  secretKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** Makes the kit's requests, each checked against the contract's shapes as it comes back. */
export class Driver {
  readonly shapes = new ShapeLedger();
  requests = 0;
  /** Every 429 the run met, for the Retry-After clauses. */
  readonly tooMany: Exchange[] = [];
  readonly #options: DriverOptions;

  constructor(options: DriverOptions) {
    this.#options = options;
  }

  get serverAuth(): { value: string; kind: Credential } {
    return { value: this.#options.secretKey, kind: 'secret key' };
  }

  async call(params: CallParams): Promise<Exchange> {
    const headers = new Headers(params.headers);
    if (params.auth) headers.set('Authorization', `Bearer ${params.auth.value}`);
    let body: BodyInit | undefined;
    let note = '';
    if (params.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(params.json);
      note = ` ${cut(scrub(body), 200)}`;
    } else if (params.form) {
      body = params.form.data;
      note = ` ${params.form.note}`;
    } else if (params.raw) {
      headers.set('Content-Type', params.raw.contentType);
      body = params.raw.bytes;
      note = ` ${params.raw.note}`;
    }
    const shown = [...headers.keys()].filter((name) => !['authorization', 'content-type'].includes(name)).map((name) => `${name}: ${headers.get(name)}`);
    const request = scrub(
      `${params.method} ${params.path} (${params.auth?.kind ?? 'no credential'}${shown.length ? `; ${shown.join('; ')}` : ''})${note}`,
    );
    this.requests += 1;
    // The timeout covers the whole exchange, or for a stream its headers only (its body stays open by design).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), this.#options.timeoutMs);
    let response: Response;
    try {
      response = await this.#options.fetch(this.#options.apiBase + params.path, { method: params.method, headers, body, signal: abort.signal });
      if (params.stream) clearTimeout(timer);
    } catch (error) {
      clearTimeout(timer);
      const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
      const reason = abort.signal.aborted
        ? `no answer in ${this.#options.timeoutMs} ms`
        : `${error instanceof Error ? error.message : String(error)}${typeof cause === 'string' ? ` (${cause})` : ''}`;
      const failed: Exchange = { request, status: 0, headers: new Headers(), body: undefined, response: Response.error(), error: reason };
      return failed;
    }
    const exchange: Exchange = { request, status: response.status, headers: response.headers, body: undefined, response };
    if (response.status === 429) this.tooMany.push(exchange);
    if (params.stream && response.ok) return exchange;
    const text = await response.text().catch(() => (abort.signal.aborted ? `(the body did not end within ${this.#options.timeoutMs} ms)` : ''));
    clearTimeout(timer);
    try {
      exchange.body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      exchange.body = text;
    }
    const schema = response.ok ? params.schema : errorSchemaFor(response.status);
    if (schema && params.method !== 'OPTIONS') this.shapes.record(exchange, schema, exchange.body);
    return exchange;
  }
}

/** JSON with object keys sorted: two answers that differ only in key order compare equal. */
export function canonicalJson(value: unknown): string {
  const sort = (inner: unknown): unknown =>
    Array.isArray(inner)
      ? inner.map(sort)
      : inner && typeof inner === 'object'
        ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, sort((inner as Record<string, unknown>)[key])]))
        : inner;
  return JSON.stringify(sort(value)) ?? 'undefined';
}
