// The OpenAPI document (openapi/verify-identity.openapi.yaml) against the mock backend's real answers:
// every endpoint is driven through msw/node into each status it can answer, and every answer (status,
// headers, body, and each frame of the status stream) is validated against the document with ajv
// (JSON Schema 2020-12, OpenAPI 3.1's dialect). The last test fails if a documented response was never
// produced, so the document cannot promise more than the mock was seen to do.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { HttpHandler } from 'msw';
import { parse } from 'yaml';
import { setupMockServer } from '../../src/mocks/node.js';
import { WebhookDispatcher } from '../../src/mocks/webhooks/dispatcher.js';
import { generateWebhookSecret } from '../../src/mocks/webhooks/sign.js';
import * as images from '../support/images.js';

// --- the document ------------------------------------------------------------------------------

type Json = Record<string, unknown>;

interface SchemaHolder {
  schema?: Json;
}
interface ParameterObject extends SchemaHolder {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
}
interface MediaTypeObject extends SchemaHolder {
  'x-sse-events'?: Record<string, Json>;
}
interface ResponseObject {
  description: string;
  headers?: Record<string, Json>;
  content?: Record<string, MediaTypeObject>;
}
interface OperationObject {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: Json[];
  requestBody?: { required?: boolean; content: Record<string, SchemaHolder> };
  responses: Record<string, Json>;
}
interface OpenApiDocument {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Partial<Record<(typeof METHODS)[number], OperationObject>> & { parameters?: Json[] }>;
  components: { schemas: Record<string, Json> };
}

const DOCUMENT_FILE = new URL('../../openapi/verify-identity.openapi.yaml', import.meta.url);
const documentText = readFileSync(DOCUMENT_FILE, 'utf8');
const doc = parse(documentText) as OpenApiDocument;
const DOCUMENT_ID = 'https://verify-identity.test/openapi.json';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
// The document's own keywords, so that ajv can hold it whole and resolve its `#/components/...` refs.
ajv.addVocabulary(['openapi', 'jsonSchemaDialect', 'info', 'servers', 'tags', 'paths', 'components', 'security', 'webhooks']);
ajv.addSchema({ ...doc, $id: DOCUMENT_ID });

const pointer = (...parts: string[]) => parts.map((part) => '/' + part.replaceAll('~', '~0').replaceAll('/', '~1')).join('');

/** The compiled schema at a JSON pointer of the document. */
function schemaAt(jsonPointer: string): ValidateFunction {
  const validate = ajv.getSchema(`${DOCUMENT_ID}#${jsonPointer}`);
  assert.ok(validate, `no schema at ${jsonPointer}`);
  return validate;
}
const component = (name: string) => schemaAt(pointer('components', 'schemas', name));

/** Follows a local `$ref` (`#/a/b`) to the object it names, with the pointer of where it ends. */
function deref(value: Json, at: string): { value: Json; at: string } {
  let current = value;
  let location = at;
  while (typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
    assert.ok(ref.startsWith('#/'), `only local refs: ${ref}`);
    location = ref.slice(1);
    current = location
      .split('/')
      .slice(1)
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], doc) as Json;
    assert.ok(current && typeof current === 'object', `unresolvable $ref ${ref}`);
  }
  return { value: current, at: location };
}

const API_BASE = doc.servers[0]!.url;
const ORIGIN = 'http://localhost';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Route {
  template: string;
  method: (typeof METHODS)[number];
  operation: OperationObject;
  pattern: RegExp;
  names: string[];
}

const ROUTES: Route[] = Object.entries(doc.paths).flatMap(([template, item]) =>
  METHODS.flatMap((method) => {
    const operation = item[method];
    if (!operation) return [];
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`);
    return [{ template, method, operation, pattern, names }];
  }),
);

// --- answers and their validation ------------------------------------------------------------

/** What was sent and what came back, read once. */
interface Exchange {
  method: string;
  url: string;
  requestHeaders: Headers;
  /** The JSON body or the multipart fields sent, if any. */
  requestBody?: unknown;
  status: number;
  headers: Headers;
  text: string;
}

/** Which documented responses were seen (`operationId status`), and how many answers were validated. */
const seen = new Map<string, number>();
let validatedAnswers = 0;
let validatedFrames = 0;

function statusKeyOf(responses: Record<string, Json>, status: number): string | undefined {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${exact[0]}XX`;
  if (range in responses) return range;
  return 'default' in responses ? 'default' : undefined;
}

function schemaErrors(validate: ValidateFunction, value: unknown, what: string): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${what}${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** A parameter's text as its schema's type, the way a server would read it. */
function coerce(schema: Json | undefined, text: string): unknown {
  const type = schema && deref(schema, '').value['type'];
  return type === 'integer' || type === 'number' ? (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text) : text;
}

/** Frames of a `text/event-stream` body: `{ event, data }`, `event` defaulting to `message`. */
function sseFrames(text: string): { event: string; data: string }[] {
  return text
    .split(/\r?\n\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      return { event, data: data.join('\n') };
    });
}

const SECURITY_PATTERNS: Record<string, RegExp> = {
  clientSecret: new RegExp(String(doc.components.schemas['ClientSecret']!['pattern'])),
  secretKey: /^sk_test_\S+$/,
  handoffCode: new RegExp(String(doc.components.schemas['HandoffCode']!['pattern'])),
};

/**
 * Everything in an exchange that disagrees with the document; empty when it conforms. The answer is
 * checked in full; what was sent is checked too when the service accepted it (a 2xx), so the document
 * does not refuse what the service takes.
 */
function contractProblems(exchange: Exchange): { problems: string[]; key?: string; body?: unknown } {
  const url = new URL(exchange.url);
  assert.ok(url.pathname.startsWith(API_BASE), `${url.pathname} is outside ${API_BASE}`);
  const path = url.pathname.slice(API_BASE.length);
  const method = exchange.method.toLowerCase();
  const route = ROUTES.find((candidate) => candidate.method === method && candidate.pattern.test(path));
  if (!route) return { problems: [`${exchange.method} ${path} is not in the document`] };
  const { operation } = route;
  const problems: string[] = [];
  const accepted = exchange.status >= 200 && exchange.status < 300;

  if (accepted) {
    // The request, as far as the service accepted it.
    const pathValues = route.pattern.exec(path)!.slice(1);
    const pathItemAt = pointer('paths', route.template);
    const declared = [
      ...(doc.paths[route.template]!.parameters ?? []).map((parameter, index) => deref(parameter, `${pathItemAt}/parameters/${index}`)),
      ...(operation.parameters ?? []).map((parameter, index) => deref(parameter, `${pathItemAt}/${method}/parameters/${index}`)),
    ].map(({ value, at }) => ({ parameter: value as unknown as ParameterObject, at }));
    for (const { parameter, at } of declared) {
      const raw =
        parameter.in === 'path'
          ? pathValues[route.names.indexOf(parameter.name)]
          : parameter.in === 'query'
            ? (url.searchParams.get(parameter.name) ?? undefined)
            : (exchange.requestHeaders.get(parameter.name) ?? undefined);
      if (raw === undefined) {
        if (parameter.required) problems.push(`request: missing ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      problems.push(...schemaErrors(schemaAt(`${at}/schema`), coerce(parameter.schema, raw), `request ${parameter.in} ${parameter.name}`));
    }
    for (const name of url.searchParams.keys()) {
      if (!declared.some(({ parameter }) => parameter.in === 'query' && parameter.name === name)) problems.push(`request: undocumented query parameter ${name}`);
    }
    const bearer = /^Bearer (\S+)$/.exec(exchange.requestHeaders.get('Authorization') ?? '')?.[1];
    const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
    if (!bearer || !schemes.some((scheme) => SECURITY_PATTERNS[scheme]!.test(bearer))) {
      problems.push(`request: credential matches none of ${schemes.join(', ')}`);
    }
    if (exchange.requestBody !== undefined) {
      // No Content-Type of our own means a FormData body: fetch sets `multipart/form-data; boundary=…` itself.
      const mediaType = (exchange.requestHeaders.get('Content-Type') ?? 'multipart/form-data').split(';')[0]!;
      if (!operation.requestBody?.content[mediaType]) problems.push(`request: undocumented body type ${mediaType}`);
      else {
        const at = pointer('paths', route.template, method, 'requestBody', 'content', mediaType, 'schema');
        problems.push(...schemaErrors(schemaAt(at), exchange.requestBody, 'request body'));
      }
    }
  }

  // The answer.
  const statusKey = statusKeyOf(operation.responses, exchange.status);
  if (statusKey === undefined) return { problems: [...problems, `${operation.operationId}: status ${exchange.status} is not documented`] };
  const response = deref(operation.responses[statusKey]!, pointer('paths', route.template, method, 'responses', statusKey));
  const responseObject = response.value as unknown as ResponseObject;

  for (const [name, header] of Object.entries(responseObject.headers ?? {})) {
    const resolved = deref(header, `${response.at}${pointer('headers', name)}`);
    const value = exchange.headers.get(name);
    if (value === null) {
      if (resolved.value['required'] === true) problems.push(`header ${name} is missing`);
      continue;
    }
    const schema = resolved.value['schema'] as Json;
    problems.push(...schemaErrors(schemaAt(`${resolved.at}/schema`), coerce(schema, value), `header ${name}`));
  }

  const contentType = (exchange.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  const content = responseObject.content ?? {};
  const media = content[contentType];
  if (!media) return { problems: [...problems, `content type "${contentType}" is not one of ${Object.keys(content).join(', ')}`], key: `${operation.operationId} ${statusKey}` };
  const mediaAt = `${response.at}${pointer('content', contentType)}`;

  let body: unknown;
  if (contentType === 'text/event-stream') {
    const frames = sseFrames(exchange.text);
    if (frames.length === 0) problems.push('the event stream sent no event');
    const events = media['x-sse-events'] ?? {};
    body = frames.map((frame, index) => {
      if (!(frame.event in events)) {
        problems.push(`frame ${index}: undocumented event "${frame.event}"`);
        return undefined;
      }
      let data: unknown;
      try {
        data = JSON.parse(frame.data);
      } catch {
        problems.push(`frame ${index}: data is not JSON`);
        return undefined;
      }
      problems.push(...schemaErrors(schemaAt(`${mediaAt}${pointer('x-sse-events', frame.event)}`), data, `frame ${index} (${frame.event})`));
      return data;
    });
  } else {
    try {
      body = JSON.parse(exchange.text);
    } catch {
      return { problems: [...problems, `body is not JSON: ${exchange.text.slice(0, 60)}`], key: `${operation.operationId} ${statusKey}` };
    }
    problems.push(...schemaErrors(schemaAt(`${mediaAt}/schema`), body, 'body'));
  }
  return { problems, key: `${operation.operationId} ${statusKey}`, body };
}

/** Asserts the exchange conforms, counts it, and gives the parsed body. */
function conforming<T>(exchange: Exchange): T {
  const { problems, key, body } = contractProblems(exchange);
  assert.deepEqual(problems, [], `${exchange.method} ${exchange.url} → ${exchange.status} breaks the contract`);
  seen.set(key!, (seen.get(key!) ?? 0) + 1);
  validatedAnswers += 1;
  if (Array.isArray(body) && exchange.headers.get('Content-Type')?.startsWith('text/event-stream')) validatedFrames += body.length;
  return body as T;
}

// --- the mock backend, over HTTP ----------------------------------------------------------------

let clockOffset = 0;
// Deliveries are sent (to a stub that answers 204), so that the delivery log has attempts and redeliver answers.
const webhookSender = new WebhookDispatcher({ secret: generateWebhookSecret(), fetch: async () => new Response(null, { status: 204 }) });
const { backend, server } = setupMockServer({ apiBase: API_BASE, now: () => Date.now() + clockOffset, webhookSender });

interface Send {
  auth?: string | null;
  json?: unknown;
  /** Sent as is, with `Content-Type: application/json` (to send a body that is not JSON). */
  raw?: string;
  form?: Record<string, string | Blob>;
  headers?: Record<string, string>;
}

async function exchange(method: 'GET' | 'POST', path: string, send: Send = {}): Promise<Exchange> {
  const headers = new Headers(send.headers);
  if (send.auth) headers.set('Authorization', `Bearer ${send.auth}`);
  let body: BodyInit | undefined;
  let requestBody: unknown;
  if (send.json !== undefined || send.raw !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = send.raw ?? JSON.stringify(send.json);
    requestBody = send.json;
  } else if (send.form) {
    const form = new FormData();
    for (const [name, value] of Object.entries(send.form)) form.set(name, value);
    body = form;
    requestBody = Object.fromEntries(Object.entries(send.form).map(([name, value]) => [name, typeof value === 'string' ? value : `<${value.size} bytes>`]));
  }
  const url = ORIGIN + API_BASE + path;
  const response = await fetch(url, { method, headers, body });
  return { method, url, requestHeaders: headers, requestBody, status: response.status, headers: response.headers, text: await response.text() };
}

/** A status stream read to its end; `afterFirstFrame` runs once the first frame has arrived. */
async function readStream(path: string, auth: string, afterFirstFrame: () => Promise<void>): Promise<Exchange> {
  const url = ORIGIN + API_BASE + path;
  const headers = new Headers({ Authorization: `Bearer ${auth}`, Accept: 'text/event-stream' });
  const response = await fetch(url, { headers });
  assert.ok(response.body);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  let firstFrame = true;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += chunk.value;
    if (firstFrame && text.includes('\n\n')) {
      firstFrame = false;
      await afterFirstFrame();
    }
  }
  return { method: 'GET', url, requestHeaders: headers, status: response.status, headers: response.headers, text };
}

/** Sends, asserts the status, validates the answer against the document, and gives its body. */
async function call<T = Json>(status: number, method: 'GET' | 'POST', path: string, send: Send = {}): Promise<T> {
  const answer = await exchange(method, path, send);
  assert.equal(answer.status, status, `${method} ${path}: ${answer.text.slice(0, 200)}`);
  return conforming<T>(answer);
}

interface ErrorBody {
  error: { type: string; code: string; message: string; param?: string };
}

/** Like `call` for an error answer; `codes` is the expected code, or several separated by `|`. */
async function callError(status: number, codes: string, method: 'GET' | 'POST', path: string, send: Send = {}): Promise<ErrorBody['error']> {
  const { error } = await call<ErrorBody>(status, method, path, send);
  assert.ok(codes.split('|').includes(error.code), `${method} ${path}: ${error.code} (${error.message})`);
  return error;
}

interface Session {
  id: string;
  status: string;
  client_secret: string | null;
  client_reference_id: string | null;
  related_customer: string | null;
  provided_details: { email?: string; phone?: string } | null;
  url: null;
  last_verification_report: string | null;
  last_error: { code: string; reason: string } | null;
  metadata: Record<string, string>;
  redaction: { status: 'processing' | 'redacted' } | null;
  verified_outputs: Record<string, string | null> | null;
}

interface Check {
  status: string;
  error: { code: string; reason: string } | null;
}
interface Report {
  verification_session: string;
  client_reference_id: string | null;
  document: (Check & { type: string | null; first_name: string | null }) | null;
  selfie: Check | null;
  id_number: (Check & Record<string, unknown>) | null;
}

const SK = backend.secretKey;
const sessions = '/identity/verification_sessions';

const createSession = (params: Json = {}) => call<Session>(200, 'POST', sessions, { auth: SK, json: { processing_ms: 30, ...params } });

/** Polls `path` (validating every answer) until `done` holds. Time is the subject here: checks take `processing_ms`. */
async function pollUntil<T>(path: string, auth: string, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await call<T>(200, 'GET', path, { auth });
    if (done(value)) return value;
    assert.ok(Date.now() < deadline, `${path} never reached the expected state: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Whole images: the service reads the bytes, and refuses damaged ones.
const PNG = new Blob([images.PNG], { type: 'image/png' });
const JPEG = new Blob([images.JPEG], { type: 'image/jpeg' });
const WEBP = new Blob([images.WEBP], { type: 'image/webp' });

async function upload(session: Session, side: 'front' | 'back' | 'selfie', image: Blob = PNG): Promise<{ id: string }> {
  const purpose = side === 'selfie' ? 'selfie' : 'identity_document';
  return call(200, 'POST', `${sessions}/${session.id}/files`, { auth: session.client_secret!, form: { purpose, side, file: image } });
}

async function submit(session: Session, body: Json, key: string = crypto.randomUUID(), auth = session.client_secret!): Promise<Exchange> {
  return exchange('POST', `${sessions}/${session.id}/submit`, { auth, json: body, headers: { 'Idempotency-Key': key } });
}

/** A session submitted with a passport front, `processing`. */
async function submitted(params: Json = {}): Promise<Session> {
  const session = await createSession({ options: { document: { allowed_types: ['passport'] } }, ...params });
  const front = await upload(session, 'front');
  const answer = await submit(session, { document_type: 'passport', files: { front: front.id } });
  assert.equal(answer.status, 200);
  assert.equal(conforming<Session>(answer).status, 'processing');
  return session;
}

// --- the tests --------------------------------------------------------------------------------

/** Tests that drive the mock, counted so that the coverage check knows when some were filtered out. */
let registered = 0;
let ran = 0;
function exercise(name: string, run: () => Promise<void> | void): void {
  registered += 1;
  it(name, async () => {
    ran += 1;
    await run();
  });
}

describe('the OpenAPI document', () => {
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  beforeEach(() => {
    backend.reset();
    clockOffset = 0;
  });
  after(() => server.close());

  exercise('is a valid OpenAPI 3.1 document whose refs all resolve', async () => {
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    const result = await new Validator().validate(structuredClone(doc) as unknown as Json);
    assert.deepEqual(result, { valid: true });

    const refs = [...documentText.matchAll(/\$ref: '([^']+)'/g)].map((match) => match[1]!);
    assert.ok(refs.length > 50);
    for (const ref of new Set(refs)) deref({ $ref: ref }, '');
    for (const name of Object.keys(doc.components.schemas)) component(name);

    for (const { operation, template, method } of ROUTES) {
      assert.ok(operation.security?.length, `${method} ${template} names its credential`);
      for (const status of ['401', '429', '5XX']) assert.ok(status in operation.responses, `${operation.operationId} documents ${status}`);
    }

    // Broken copies are refused: the structural check can fail.
    const withoutTitle = structuredClone(doc) as unknown as Json & { info: Json };
    delete withoutTitle.info['title'];
    assert.equal((await new Validator().validate(withoutTitle)).valid, false);
    const bodyParameter = structuredClone(doc) as unknown as Json & { paths: Record<string, Json> };
    (bodyParameter.paths['/events']!['get'] as { parameters: Json[] }).parameters.push({ name: 'x', in: 'body', schema: {} });
    assert.equal((await new Validator().validate(bodyParameter)).valid, false);
  });

  exercise('lists every endpoint the mock serves, and no other', () => {
    const served = backend.handlers.map((handler) => {
      assert.ok(handler instanceof HttpHandler);
      // `*/v1/a/:id/b` → `get /a/{id}/b`
      const path = String(handler.info.path).replace(`*${API_BASE}`, '').replace(/:(\w+)/g, '{$1}');
      return `${String(handler.info.method).toLowerCase()} ${path}`;
    });
    const documented = ROUTES.map(({ method, template }) => `${method} ${template}`);
    assert.deepEqual([...served].sort(), [...documented].sort());
  });

  exercise('creates a session and retrieves it as the server and as the client', async () => {
    const created = await createSession({
      type: 'document',
      options: { document: { allowed_types: ['passport', 'id_card'], require_matching_selfie: true } },
      metadata: { order: '42' },
      test_outcome: 'verified',
    });
    assert.equal(created.status, 'requires_input');
    assert.ok(created.client_secret);
    const server = await call<Session>(200, 'GET', `${sessions}/${created.id}`, { auth: SK });
    assert.equal(server.client_secret, created.client_secret);
    const client = await call<Json>(200, 'GET', `${sessions}/${created.id}`, { auth: created.client_secret });
    assert.equal(component('ClientSession')(client), true, 'a client secret reads the client view');
    assert.equal(component('ServerSession')(client), false, 'and never the server view');
    await createSession(); // every option defaulted
    await call(200, 'POST', sessions, { auth: SK }); // no body at all

    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, json: { type: 'selfie' } });
    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, json: { options: { document: { allowed_types: [] } } } });
    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, json: { test_outcome: 'maybe' } });
    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, raw: '{"type":' });
    await callError(413, 'body_too_large', 'POST', sessions, { auth: SK, json: { type: 'document', metadata: { note: 'x'.repeat(1024 * 1024) } } });
    await callError(401, 'api_key_invalid', 'POST', sessions, {});
    await callError(401, 'api_key_invalid', 'POST', sessions, { auth: created.client_secret!, json: {} });
    await callError(401, 'api_key_invalid', 'GET', `${sessions}/${created.id}`, { auth: 'sk_live_nope' });
    await callError(401, 'secret_invalid', 'GET', `${sessions}/${created.id}`, {});
    await callError(401, 'secret_invalid', 'GET', `${sessions}/${created.id}`, { auth: `${created.id}_secret_notissued1` });
    const other = await createSession();
    await callError(401, 'secret_invalid', 'GET', `${sessions}/${created.id}`, { auth: other.client_secret! });
    await callError(404, 'resource_missing', 'GET', `${sessions}/vs_missing`, { auth: SK });
    await callError(404, 'resource_missing', 'GET', `${sessions}/vs_missing`, { auth: 'vs_missing_secret_abcdefgh12' });
  });

  exercise('expires a client secret after 24 hours; the server gets a fresh one', async () => {
    const session = await createSession();
    clockOffset = 24 * 60 * 60 * 1000;
    await callError(401, 'secret_expired', 'GET', `${sessions}/${session.id}`, { auth: session.client_secret! });
    const fresh = await call<Session>(200, 'GET', `${sessions}/${session.id}`, { auth: SK });
    assert.notEqual(fresh.client_secret, session.client_secret);
    await call(200, 'GET', `${sessions}/${session.id}`, { auth: fresh.client_secret! });
  });

  exercise('uploads files, and refuses bad ones', async () => {
    const session = await createSession({ options: { document: { require_matching_selfie: true } } });
    const auth = session.client_secret!;
    const path = `${sessions}/${session.id}/files`;
    const png = await call<Json>(200, 'POST', path, { auth, form: { purpose: 'identity_document', side: 'front', file: PNG } });
    assert.equal(png['type'], 'image/png');
    await upload(session, 'back', JPEG);
    await upload(session, 'selfie', WEBP);

    await callError(400, 'parameter_missing', 'POST', path, { auth, form: { side: 'front', file: PNG } });
    await callError(400, 'parameter_invalid', 'POST', path, { auth, form: { purpose: 'passport', side: 'front', file: PNG } });
    await callError(400, 'parameter_invalid', 'POST', path, { auth, form: { purpose: 'selfie', side: 'front', file: PNG } });
    await callError(400, 'parameter_missing', 'POST', path, { auth, form: { purpose: 'identity_document', side: 'front' } });
    const text = new Blob(['hello'], { type: 'text/plain' });
    assert.equal((await callError(400, 'file_type_unsupported', 'POST', path, { auth, form: { purpose: 'selfie', side: 'selfie', file: text } })).param, 'file');
    const huge = new Blob([PNG, new Uint8Array(10 * 1024 * 1024)], { type: 'image/png' });
    await callError(400, 'file_too_large', 'POST', path, { auth, form: { purpose: 'selfie', side: 'selfie', file: huge } });
    await callError(400, 'parameter_invalid', 'POST', path, { auth, raw: '{}' });

    // Bytes decide, not the name or the declared type.
    const renamed = new File(['just some text'], 'x.jpg', { type: 'image/jpeg' });
    const sniffed = await exchange('POST', path, { auth, form: { purpose: 'selfie', side: 'selfie', file: renamed } });
    const sniffedBody = conforming<ErrorBody | Json>(sniffed);
    assert.equal(sniffed.status, 400);
    assert.equal((sniffedBody as ErrorBody).error.code, 'file_type_unsupported');

    await callError(401, 'secret_invalid', 'POST', path, { form: { purpose: 'selfie', side: 'selfie', file: PNG } });
    await callError(404, 'resource_missing', 'POST', `${sessions}/vs_missing/files`, {
      auth: 'vs_missing_secret_abcdefgh12',
      form: { purpose: 'selfie', side: 'selfie', file: PNG },
    });
    const busy = await submitted();
    await callError(409, 'session_unexpected_state', 'POST', `${sessions}/${busy.id}/files`, {
      auth: busy.client_secret!,
      form: { purpose: 'identity_document', side: 'front', file: PNG },
    });
  });

  exercise('submits once per Idempotency-Key, then follows the session to verified', async () => {
    const session = await createSession({ options: { document: { allowed_types: ['passport', 'id_card'] } }, metadata: { order: '7' } });
    const auth = session.client_secret!;
    const path = `${sessions}/${session.id}/submit`;
    const front = await upload(session, 'front');
    const back = await upload(session, 'back');
    const body = { document_type: 'id_card', files: { front: front.id, back: back.id } };

    assert.equal((await callError(400, 'parameter_missing', 'POST', path, { auth, json: body })).param, 'Idempotency-Key');
    const refused = async (json: unknown, code: string, param: string) => {
      const answer = await submit(session, json as Json);
      assert.equal(answer.status, 400);
      const { error } = conforming<ErrorBody>(answer);
      assert.deepEqual([error.code, error.param], [code, param]);
    };
    await refused({ document_type: 'driving_license', files: { front: front.id } }, 'document_type_not_allowed', 'document_type');
    await refused({ files: { front: front.id } }, 'parameter_missing', 'document_type');
    await refused({ document_type: 'id_card', files: { front: front.id } }, 'parameter_missing', 'files.back');
    await refused({ document_type: 'id_card', files: { front: back.id, back: back.id } }, 'parameter_invalid', 'files.front');
    await refused([], 'parameter_invalid', 'body');

    const first = await submit(session, body, 'key-1');
    assert.equal(first.status, 200);
    assert.equal(conforming<Session>(first).status, 'processing');
    const replay = await submit(session, body, 'key-1');
    assert.equal(replay.status, 200);
    assert.equal(replay.text, first.text, 'the same key replays the first answer');
    assert.equal(backend.submissionCount(session.id), 1);

    const reused = await submit(session, { ...body, document_type: 'passport' }, 'key-1');
    const reusedBody = conforming<ErrorBody | Json>(reused);
    assert.equal(reused.status, 400, reused.text);
    assert.equal((reusedBody as ErrorBody).error.type, 'idempotency_error');
    assert.equal(backend.submissionCount(session.id), 1);

    await callError(409, 'session_unexpected_state', 'POST', path, { auth, json: body, headers: { 'Idempotency-Key': 'key-2' } });
    await callError(409, 'session_unexpected_state', 'POST', `${sessions}/${session.id}/decline`, { auth });

    await pollUntil<Session>(`${sessions}/${session.id}`, auth, (view) => view.status === 'verified');
    const done = await call<Session>(200, 'GET', `${sessions}/${session.id}`, { auth: SK });
    assert.equal(done.client_secret, null);
    assert.deepEqual(done.verified_outputs, { first_name: 'Jenny', last_name: 'Rosen', dob: '1990-01-01' });
    await callError(409, 'session_unexpected_state', 'POST', path, { auth, json: body, headers: { 'Idempotency-Key': 'key-3' } });

    await callError(401, 'secret_invalid', 'POST', path, { json: body, headers: { 'Idempotency-Key': 'key-4' } });
    await callError(404, 'resource_missing', 'POST', `${sessions}/vs_missing/submit`, {
      auth: 'vs_missing_secret_abcdefgh12',
      json: body,
      headers: { 'Idempotency-Key': 'key-5' },
    });
  });

  exercise('verifies an id_number session with the details submitted', async () => {
    const session = await createSession({ type: 'id_number' });
    const details = { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-12-10', id_number: '123-45-6789' };
    const bad = await submit(session, { id_number: { ...details, dob: '2999-01-01' } });
    assert.equal(bad.status, 400);
    assert.equal(conforming<ErrorBody>(bad).error.param, 'id_number.dob');
    const missing = await submit(session, { id_number: { ...details, last_name: '' } });
    assert.equal(missing.status, 400);
    assert.equal(conforming<ErrorBody>(missing).error.code, 'parameter_missing');
    const answer = await submit(session, { id_number: details });
    assert.equal(answer.status, 200);
    conforming(answer);
    await pollUntil<Session>(`${sessions}/${session.id}`, SK, (view) => view.status === 'verified');
    const verified = await call<Session>(200, 'GET', `${sessions}/${session.id}`, { auth: SK });
    assert.deepEqual(verified.verified_outputs, details);
  });

  exercise('fails a check into requires_input with last_error, spends the secret, and takes a decline', async () => {
    const session = await submitted({ test_outcome: 'document_expired' });
    const failed = await pollUntil<Session>(`${sessions}/${session.id}`, session.client_secret!, (view) => view.status === 'requires_input');
    assert.equal(failed.last_error?.code, 'document_expired');
    await callError(401, 'secret_spent', 'POST', `${sessions}/${session.id}/files`, {
      auth: session.client_secret!,
      form: { purpose: 'identity_document', side: 'front', file: PNG },
    });
    await callError(401, 'secret_spent', 'POST', `${sessions}/${session.id}/decline`, { auth: session.client_secret! });
    const spentSubmit = await submit(session, { document_type: 'passport', files: { front: 'file_x' } });
    assert.equal(spentSubmit.status, 401);
    conforming(spentSubmit);

    const server = await call<Session>(200, 'GET', `${sessions}/${session.id}`, { auth: SK });
    assert.ok(server.client_secret && server.client_secret !== session.client_secret, 'a fresh secret for the next attempt');
    assert.equal(server.last_error?.code, 'document_expired');
    const declined = await call<Session>(200, 'POST', `${sessions}/${session.id}/decline`, { auth: server.client_secret });
    assert.deepEqual([declined.status, declined.last_error?.code], ['requires_input', 'consent_declined']);

    await callError(401, 'secret_invalid', 'POST', `${sessions}/${session.id}/decline`, {});
    await callError(404, 'resource_missing', 'POST', `${sessions}/vs_missing/decline`, { auth: 'vs_missing_secret_abcdefgh12' });
  });

  exercise('streams session events until a final status', async () => {
    const session = await createSession({ options: { document: { allowed_types: ['passport'] } }, processing_ms: 50 });
    const auth = session.client_secret!;
    const path = `${sessions}/${session.id}/stream`;
    const front = await upload(session, 'front');
    // Submitted once the first frame has arrived, so that the stream sees every change.
    const stream = await readStream(path, auth, async () => {
      conforming(await submit(session, { document_type: 'passport', files: { front: front.id } }));
    });
    assert.equal(stream.headers.get('Cache-Control'), 'no-cache');
    const frames = conforming<Session[]>(stream);
    assert.deepEqual(frames.map((frame) => frame.status), ['requires_input', 'processing', 'verified']);

    // A final session: one frame, then the end.
    const again = await exchange('GET', path, { auth });
    assert.deepEqual(conforming<Session[]>(again).map((frame) => frame.status), ['verified']);

    await callError(401, 'secret_invalid', 'GET', path, {});
    await callError(404, 'resource_missing', 'GET', `${sessions}/vs_missing/stream`, { auth: 'vs_missing_secret_abcdefgh12' });
  });

  exercise('hands a session off to another device with a one-time code', async () => {
    const session = await createSession({ options: { document: { allowed_types: ['passport'] } } });
    const auth = session.client_secret!;
    const handoff = `${sessions}/${session.id}/handoff`;
    const link = await call<{ url: string; expires_at: number }>(200, 'POST', handoff, { auth, json: { handoff_url: 'https://example.test/continue?lang=fr' } });
    const url = new URL(link.url);
    assert.equal(url.origin + url.pathname + url.search, 'https://example.test/continue?lang=fr');
    assert.ok(!link.url.includes(auth), 'the client secret is never in the link');
    const code = new URLSearchParams(url.hash.slice(1)).get('code')!;
    const view = await call<{ handoff: { status: string; expires_at: number } }>(200, 'GET', `${sessions}/${session.id}`, { auth });
    assert.deepEqual(view.handoff, { status: 'waiting', expires_at: link.expires_at });

    const claim = `${handoff}/claim`;
    const claimed = await call<{ client_secret: string }>(200, 'POST', claim, { auth: code, json: {} });
    assert.notEqual(claimed.client_secret, auth, 'the phone gets a secret of its own');
    await callError(401, 'handoff_code_claimed', 'POST', claim, { auth: code, json: {} });
    await callError(401, 'handoff_code_invalid', 'POST', claim, { auth: `${session.id}_handoff_notissuednotissued1`, json: {} });
    await callError(401, 'handoff_code_invalid', 'POST', claim, { auth: auth, json: {} });
    await callError(404, 'resource_missing', 'POST', `${sessions}/vs_missing/handoff/claim`, { auth: 'vs_missing_handoff_abcdefghijklmnop', json: {} });

    await callError(400, 'parameter_missing', 'POST', handoff, { auth, json: {} });
    await callError(400, 'parameter_invalid', 'POST', handoff, { auth, json: { handoff_url: 'https://example.test/continue#x' } });
    await callError(400, 'parameter_invalid', 'POST', handoff, { auth, json: { handoff_url: 'javascript:alert(1)' } });
    await callError(401, 'secret_invalid', 'POST', handoff, { json: { handoff_url: 'https://example.test/' } });
    await callError(404, 'resource_missing', 'POST', `${sessions}/vs_missing/handoff`, { auth: 'vs_missing_secret_abcdefgh12', json: { handoff_url: 'https://example.test/' } });

    // Expired after 10 minutes of the mock's clock.
    const second = await call<{ url: string }>(200, 'POST', handoff, { auth, json: { handoff_url: 'https://example.test/' } });
    clockOffset = 10 * 60 * 1000;
    const expiredCode = new URL(second.url).hash.slice('#code='.length);
    await callError(401, 'handoff_code_expired', 'POST', claim, { auth: expiredCode, json: {} });

    // Canceled: codes revoked; the session can no longer be handed off.
    const third = await call<{ url: string }>(200, 'POST', handoff, { auth, json: { handoff_url: 'https://example.test/' } });
    await call(200, 'POST', `${sessions}/${session.id}/cancel`, { auth: SK });
    await callError(401, 'handoff_code_revoked', 'POST', claim, { auth: new URL(third.url).hash.slice('#code='.length), json: {} });
    await callError(409, 'session_unexpected_state', 'POST', handoff, { auth, json: { handoff_url: 'https://example.test/' } });
  });

  exercise('cancels and redacts', async () => {
    const toCancel = await createSession();
    const canceled = await call<Session>(200, 'POST', `${sessions}/${toCancel.id}/cancel`, { auth: SK });
    assert.deepEqual([canceled.status, canceled.client_secret], ['canceled', null]);
    await callError(409, 'session_unexpected_state', 'POST', `${sessions}/${toCancel.id}/cancel`, { auth: SK });
    const late = await submit(toCancel, { document_type: 'passport' }, 'late', toCancel.client_secret!);
    assert.equal(late.status, 409);
    conforming(late);
    await callError(401, 'api_key_invalid', 'POST', `${sessions}/${toCancel.id}/cancel`, { auth: toCancel.client_secret! });
    await callError(404, 'resource_missing', 'POST', `${sessions}/vs_missing/cancel`, { auth: SK });

    const busy = await submitted({ processing_ms: 200 });
    await callError(409, 'session_unexpected_state', 'POST', `${sessions}/${busy.id}/redact`, { auth: SK });

    // Redacting a session waiting for input cancels it.
    const waiting = await createSession({ metadata: { email: 'a@example.test' } });
    const redactedWaiting = await call<Session>(200, 'POST', `${sessions}/${waiting.id}/redact`, { auth: SK });
    assert.equal(redactedWaiting.status, 'canceled');
    assert.ok(redactedWaiting.redaction);
    // A redacted session is out of reach of client secrets.
    const redactedPath = `${sessions}/${waiting.id}`;
    const secret = waiting.client_secret!;
    await callError(409, 'session_unexpected_state|session_redacted', 'POST', `${redactedPath}/decline`, { auth: secret });
    for (const path of [redactedPath, `${redactedPath}/stream`]) {
      const answer = await exchange('GET', path, { auth: secret });
      const body = conforming<ErrorBody | Json>(answer);
      assert.equal(answer.status, 409, path);
      assert.equal((body as ErrorBody).error.code, 'session_redacted');
    }

    // Redacting a verified session keeps it verified and replaces its personal data.
    const verified = await submitted({ metadata: { email: 'b@example.test' } });
    await pollUntil<Session>(`${sessions}/${verified.id}`, SK, (view) => view.status === 'verified');
    const redacting = await call<Session>(200, 'POST', `${sessions}/${verified.id}/redact`, { auth: SK });
    assert.equal(redacting.status, 'verified');
    const redacted = await pollUntil<Session>(`${sessions}/${verified.id}`, SK, (view) => view.redaction?.status === 'redacted');
    assert.equal(redacted.status, redacting.status);
    assert.equal(redacted.verified_outputs?.['first_name'], '[redacted]');
    assert.equal(redacted.verified_outputs?.['last_name'], '[redacted]');
    assert.ok(Object.values(redacted.metadata).every((value) => value === '[redacted]'), 'metadata erased');
    await call(200, 'POST', `${sessions}/${verified.id}/redact`, { auth: SK }); // again: nothing changes

    await callError(401, 'api_key_invalid', 'POST', `${sessions}/${verified.id}/redact`, {});
    await callError(404, 'resource_missing', 'POST', `${sessions}/vs_missing/redact`, { auth: SK });
  });

  exercise('lists events and delivers them to webhook endpoints', async () => {
    const all = await call<{ id: string }>(200, 'POST', '/webhook_endpoints', { auth: SK, json: { url: 'https://example.test/all', enabled_events: ['*'] } });
    const explicit = await call<{ id: string }>(200, 'POST', '/webhook_endpoints', {
      auth: SK,
      json: { url: 'https://example.test/redacted', enabled_events: ['identity.verification_session.redacted'] },
    });
    await callError(400, 'parameter_missing', 'POST', '/webhook_endpoints', { auth: SK, json: { enabled_events: ['*'] } });
    await callError(400, 'parameter_invalid', 'POST', '/webhook_endpoints', { auth: SK, json: { url: 'not a url', enabled_events: ['*'] } });
    await callError(400, 'parameter_invalid', 'POST', '/webhook_endpoints', { auth: SK, json: { url: 'https://example.test', enabled_events: ['nope'] } });
    await callError(401, 'api_key_invalid', 'POST', '/webhook_endpoints', { json: { url: 'https://example.test', enabled_events: ['*'] } });

    const failed = await submitted({ test_outcome: 'selfie_manipulated', metadata: { order: '9' } });
    await pollUntil<Session>(`${sessions}/${failed.id}`, SK, (view) => view.status === 'requires_input');
    await call(200, 'POST', `${sessions}/${failed.id}/redact`, { auth: SK });
    await pollUntil<Session>(`${sessions}/${failed.id}`, SK, (view) => view.redaction?.status === 'redacted');

    const events = await call<{ data: { type: string }[]; has_more: boolean }>(200, 'GET', '/events', { auth: SK });
    assert.deepEqual(
      events.data.map((event) => event.type.replace('identity.verification_session.', '')),
      ['redacted', 'canceled', 'requires_input', 'processing', 'created'],
    );
    const one = await call<{ data: unknown[]; has_more: boolean }>(200, 'GET', '/events?limit=1&type=identity.verification_session.created', { auth: SK });
    assert.deepEqual([one.data.length, one.has_more], [1, false]);
    const page = await call<{ data: unknown[]; has_more: boolean }>(200, 'GET', '/events?limit=2', { auth: SK });
    assert.deepEqual([page.data.length, page.has_more], [2, true]);
    await callError(400, 'parameter_invalid', 'GET', '/events?limit=0', { auth: SK });
    await callError(400, 'parameter_invalid', 'GET', '/events?limit=101', { auth: SK });
    await callError(401, 'api_key_invalid', 'GET', '/events', { auth: 'sk_live_x' });

    const deliveries = async (id: string) =>
      (await call<{ data: { type: string }[] }>(200, 'GET', `/webhook_endpoints/${id}/deliveries`, { auth: SK })).data.map((event) => event.type);
    assert.ok(!(await deliveries(all.id)).includes('identity.verification_session.redacted'), '* never receives .redacted');
    assert.deepEqual(await deliveries(explicit.id), ['identity.verification_session.redacted']);
    await callError(404, 'resource_missing', 'GET', '/webhook_endpoints/we_missing/deliveries', { auth: SK });
    await callError(401, 'api_key_invalid', 'GET', `/webhook_endpoints/${all.id}/deliveries`, {});

    const [latest] = (await call<{ data: { id: string; delivery: { attempts: unknown[] } }[] }>(200, 'GET', `/webhook_endpoints/${explicit.id}/deliveries`, { auth: SK })).data;
    const redeliver = `/webhook_endpoints/${explicit.id}/deliveries/${latest!.id}/redeliver`;
    const again = await call<{ id: string; delivery: { status: string } }>(200, 'POST', redeliver, { auth: SK });
    assert.deepEqual([again.id, again.delivery.status], [latest!.id, 'pending']);
    await callError(404, 'resource_missing', 'POST', `/webhook_endpoints/${explicit.id}/deliveries/evt_missing/redeliver`, { auth: SK });
    await callError(401, 'api_key_invalid', 'POST', redeliver, {});
  });

  exercise('test helpers move a session as the person would', async () => {
    const helpers = `/test_helpers${sessions}`;
    const twoSided = await createSession({ type: 'document', options: { document: { allowed_types: ['id_card'], require_matching_selfie: true, require_id_number: true } }, processing_ms: 20 });
    const submitted = await call<Session>(200, 'POST', `${helpers}/${twoSided.id}/submit`, { auth: SK });
    assert.equal(submitted.status, 'processing');
    await pollUntil<Session>(`${sessions}/${twoSided.id}`, SK, (view) => view.status === 'verified');
    await callError(409, 'session_unexpected_state', 'POST', `${helpers}/${twoSided.id}/submit`, { auth: SK });
    await callError(409, 'session_unexpected_state', 'POST', `${helpers}/${twoSided.id}/decline`, { auth: SK });
    const declining = await createSession();
    const declined = await call<Session & { last_error: { code: string } }>(200, 'POST', `${helpers}/${declining.id}/decline`, { auth: SK });
    assert.deepEqual([declined.status, declined.last_error.code], ['requires_input', 'consent_declined']);
    await call(200, 'POST', `${helpers}/${declining.id}/expire_handoff_code`, { auth: SK });

    // The checks end when a helper says so, long before processing_ms, and the timer then does nothing.
    const slow = await createSession({ processing_ms: 60_000, test_outcome: 'verified' });
    await callError(409, 'session_unexpected_state', 'POST', `${helpers}/${slow.id}/verify`, { auth: SK });
    await call(200, 'POST', `${helpers}/${slow.id}/submit`, { auth: SK });
    await callError(400, 'parameter_invalid', 'POST', `${helpers}/${slow.id}/require_input`, { auth: SK, json: { last_error_code: 'no_such_code' } });
    const failing = await call<Session & { last_error: { code: string } }>(200, 'POST', `${helpers}/${slow.id}/require_input`, { auth: SK, json: { last_error_code: 'selfie_face_mismatch' } });
    assert.deepEqual([failing.status, failing.last_error.code], ['requires_input', 'selfie_face_mismatch']);
    const fresh = await call<Session>(200, 'GET', `${sessions}/${slow.id}`, { auth: SK });
    assert.ok(fresh.client_secret, 'a fresh secret for the next attempt');
    await call(200, 'POST', `${helpers}/${slow.id}/submit`, { auth: SK });
    const passing = await call<Session>(200, 'POST', `${helpers}/${slow.id}/verify`, { auth: SK });
    assert.equal(passing.status, 'verified');
    await callError(409, 'session_unexpected_state', 'POST', `${helpers}/${slow.id}/require_input`, { auth: SK });
    const slowEvents = (await call<{ data: { type: string; data: { object: { id: string } } }[] }>(200, 'GET', '/events?limit=100', { auth: SK })).data
      .filter((event) => event.data.object.id === slow.id)
      .map((event) => event.type.replace('identity.verification_session.', ''));
    assert.deepEqual(slowEvents, ['verified', 'processing', 'requires_input', 'processing', 'created']);

    for (const helper of ['submit', 'decline', 'expire_handoff_code', 'verify', 'require_input']) {
      await callError(404, 'resource_missing', 'POST', `${helpers}/vs_missing/${helper}`, { auth: SK });
      await callError(401, 'api_key_invalid', 'POST', `${helpers}/${declining.id}/${helper}`, { auth: declining.client_secret! });
    }
    const types = (await call<{ data: { type: string; data: { object: { id: string } } }[] }>(200, 'GET', '/events?limit=100', { auth: SK })).data
      .filter((event) => event.data.object.id === twoSided.id)
      .map((event) => event.type.replace('identity.verification_session.', ''));
    assert.deepEqual(types, ['verified', 'processing', 'created']);
  });

  exercise('keeps the server-view fields, lists sessions by page and writes verification reports', async () => {
    const created = await createSession({
      client_reference_id: 'user_42',
      related_customer: 'cus_9',
      provided_details: { email: 'jenny@example.test', phone: '+14155550123' },
      options: { document: { allowed_types: ['passport'], require_matching_selfie: true } },
      test_outcome: 'selfie_face_mismatch',
    });
    assert.deepEqual(
      [created.client_reference_id, created.related_customer, created.provided_details, created.url, created.last_verification_report],
      ['user_42', 'cus_9', { email: 'jenny@example.test', phone: '+14155550123' }, null, null],
    );
    const client = await call<Json>(200, 'GET', `${sessions}/${created.id}`, { auth: created.client_secret! });
    for (const field of ['client_reference_id', 'related_customer', 'provided_details', 'url', 'last_verification_report']) {
      assert.ok(!(field in client), `the client view has no ${field}`);
    }
    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, json: { provided_details: { email: 'not an email' } } });
    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, json: { provided_details: { phone: '555' } } });
    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, json: { provided_details: { address: 'x' } } });
    await callError(400, 'parameter_invalid', 'POST', sessions, { auth: SK, json: { client_reference_id: '' } });

    // The failing round writes a report: the selfie unverified with its error, the document read.
    const front = await upload(created, 'front');
    const selfie = await upload(created, 'selfie');
    assert.equal((await submit(created, { document_type: 'passport', files: { front: front.id, selfie: selfie.id } })).status, 200);
    const failed = await pollUntil<Session>(`${sessions}/${created.id}`, SK, (view) => view.status === 'requires_input' && view.last_error !== null);
    assert.match(failed.last_verification_report!, /^vr_/);
    const failedReport = await call<Report>(200, 'GET', `/identity/verification_reports/${failed.last_verification_report}`, { auth: SK });
    assert.deepEqual(failedReport.selfie, { status: 'unverified', error: { code: 'selfie_face_mismatch', reason: failed.last_error!.reason } });
    assert.deepEqual([failedReport.document?.status, failedReport.document?.type, failedReport.document?.first_name], ['verified', 'passport', 'Jenny']);
    assert.deepEqual([failedReport.id_number, failedReport.client_reference_id, failedReport.verification_session], [null, 'user_42', created.id]);

    // Every event carries the reference.
    const events = await call<{ data: { data: { object: Session } }[] }>(200, 'GET', '/events', { auth: SK });
    assert.ok(events.data.length >= 3 && events.data.every((event) => event.data.object.client_reference_id === 'user_42'));

    // An id_number session: its report holds what was checked; redaction takes it away.
    const idSession = await createSession({ type: 'id_number', client_reference_id: 'user_7' });
    const details = { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-12-10', id_number: '123-45-6789' };
    assert.equal((await submit(idSession, { id_number: details })).status, 200);
    const verified = await pollUntil<Session>(`${sessions}/${idSession.id}`, SK, (view) => view.status === 'verified');
    const reportPath = `/identity/verification_reports/${verified.last_verification_report}`;
    const report = await call<Report>(200, 'GET', reportPath, { auth: SK });
    assert.deepEqual([report.document, report.selfie], [null, null]);
    assert.deepEqual(report.id_number, { status: 'verified', error: null, ...details });
    await call(200, 'POST', `${sessions}/${idSession.id}/redact`, { auth: SK });
    const redacted = await call<Report>(200, 'GET', reportPath, { auth: SK });
    assert.deepEqual(redacted.id_number, { status: 'verified', error: null, first_name: '[redacted]', last_name: '[redacted]', dob: null, id_number: '[redacted]' });
    await call(200, 'POST', `${sessions}/${created.id}/redact`, { auth: SK });
    const redactedSession = await call<Session>(200, 'GET', `${sessions}/${created.id}`, { auth: SK });
    assert.deepEqual([redactedSession.provided_details, redactedSession.client_reference_id], [{ email: '[redacted]', phone: '[redacted]' }, 'user_42']);
    await callError(404, 'resource_missing', 'GET', '/identity/verification_reports/vr_missing', { auth: SK });
    await callError(401, 'api_key_invalid', 'GET', reportPath, { auth: idSession.client_secret! });

    // Lists, page by page: newest first, `starting_after` continues, filters apply.
    const first = await call<{ data: Session[]; has_more: boolean }>(200, 'GET', `${sessions}?limit=1`, { auth: SK });
    assert.deepEqual([first.data.map((session) => session.id), first.has_more], [[idSession.id], true]);
    const next = await call<{ data: Session[]; has_more: boolean }>(200, 'GET', `${sessions}?limit=1&starting_after=${idSession.id}`, { auth: SK });
    assert.deepEqual([next.data.map((session) => session.id), next.has_more], [[created.id], false]);
    const mine = await call<{ data: Session[] }>(200, 'GET', `${sessions}?client_reference_id=user_7&status=verified`, { auth: SK });
    assert.deepEqual(mine.data.map((session) => session.id), [idSession.id]);
    await callError(400, 'parameter_invalid', 'GET', `${sessions}?status=approved`, { auth: SK });
    await callError(400, 'parameter_invalid', 'GET', `${sessions}?starting_after=vs_missing`, { auth: SK });
    await callError(401, 'api_key_invalid', 'GET', sessions, {});
    const newest = await call<{ data: { id: string }[] }>(200, 'GET', '/events?limit=2', { auth: SK });
    const older = await call<{ data: { id: string }[] }>(200, 'GET', `/events?limit=2&starting_after=${newest.data[1]!.id}`, { auth: SK });
    const all = await call<{ data: { id: string }[] }>(200, 'GET', '/events?limit=4', { auth: SK });
    assert.deepEqual([...newest.data, ...older.data].map((event) => event.id), all.data.map((event) => event.id));
    await callError(400, 'parameter_invalid', 'GET', '/events?starting_after=evt_missing', { auth: SK });

    const endpoint = await call<{ id: string }>(200, 'POST', '/webhook_endpoints', { auth: SK, json: { url: 'https://example.test/hooks', enabled_events: ['*'] } });
    const endpoints = await call<{ data: { id: string }[] }>(200, 'GET', '/webhook_endpoints', { auth: SK });
    assert.deepEqual(endpoints.data.map((item) => item.id), [endpoint.id]);
    await callError(401, 'api_key_invalid', 'GET', '/webhook_endpoints', {});
  });

  exercise('answers 429 with Retry-After and 5xx with an api_error on every endpoint', async () => {
    const session = await createSession();
    const secret = session.client_secret!;
    const id = session.id;
    const requests: Record<string, () => Promise<Exchange>> = {
      create: () => exchange('POST', sessions, { auth: SK, json: {} }),
      retrieve: () => exchange('GET', `${sessions}/${id}`, { auth: secret }),
      files: () => exchange('POST', `${sessions}/${id}/files`, { auth: secret, form: { purpose: 'selfie', side: 'selfie', file: PNG } }),
      submit: () => exchange('POST', `${sessions}/${id}/submit`, { auth: secret, json: {}, headers: { 'Idempotency-Key': 'k' } }),
      decline: () => exchange('POST', `${sessions}/${id}/decline`, { auth: secret }),
      handoff: () => exchange('POST', `${sessions}/${id}/handoff`, { auth: secret, json: { handoff_url: 'https://example.test/continue' } }),
      handoff_claim: () => exchange('POST', `${sessions}/${id}/handoff/claim`, { auth: `${id}_handoff_abcdefghijklmnop`, json: {} }),
      stream: () => exchange('GET', `${sessions}/${id}/stream`, { auth: secret }),
      cancel: () => exchange('POST', `${sessions}/${id}/cancel`, { auth: SK }),
      redact: () => exchange('POST', `${sessions}/${id}/redact`, { auth: SK }),
      events: () => exchange('GET', '/events', { auth: SK }),
      webhook_endpoints: () => exchange('POST', '/webhook_endpoints', { auth: SK, json: { url: 'https://example.test', enabled_events: ['*'] } }),
      deliveries: () => exchange('GET', '/webhook_endpoints/we_x/deliveries', { auth: SK }),
      list: () => exchange('GET', sessions, { auth: SK }),
      report: () => exchange('GET', '/identity/verification_reports/vr_x', { auth: SK }),
      list_webhook_endpoints: () => exchange('GET', '/webhook_endpoints', { auth: SK }),
      redeliver: () => exchange('POST', '/webhook_endpoints/we_x/deliveries/evt_x/redeliver', { auth: SK }),
      // Five routes of one fault endpoint, `test_helpers`.
      'test_helpers:submit': () => exchange('POST', `/test_helpers${sessions}/${id}/submit`, { auth: SK }),
      'test_helpers:decline': () => exchange('POST', `/test_helpers${sessions}/${id}/decline`, { auth: SK }),
      'test_helpers:expire_handoff_code': () => exchange('POST', `/test_helpers${sessions}/${id}/expire_handoff_code`, { auth: SK }),
      'test_helpers:verify': () => exchange('POST', `/test_helpers${sessions}/${id}/verify`, { auth: SK }),
      'test_helpers:require_input': () => exchange('POST', `/test_helpers${sessions}/${id}/require_input`, { auth: SK }),
    };
    for (const [name, send] of Object.entries(requests)) {
      const endpoint = name.split(':')[0]!;
      backend.faults.inject({ endpoint: endpoint as 'create', kind: 'rate_limit', retryAfter: 3 });
      const limited = await send();
      assert.equal(limited.status, 429, endpoint);
      assert.equal(limited.headers.get('Retry-After'), '3');
      assert.equal(conforming<ErrorBody>(limited).error.code, 'rate_limited');
      for (const status of [500, 503]) {
        backend.faults.inject({ endpoint: endpoint as 'create', kind: 'server_error', status });
        const failed = await send();
        assert.equal(failed.status, status, endpoint);
        assert.equal(conforming<ErrorBody>(failed).error.type, 'api_error');
      }
    }
  });

  exercise('refuses answers that break it: the schemas can fail', async () => {
    const session = await createSession();
    const path = `${sessions}/${session.id}`;
    const good = await exchange('GET', path, { auth: session.client_secret! });
    assert.deepEqual(contractProblems(good).problems, []);
    const view = JSON.parse(good.text) as Json;
    const mutated = (change: (copy: Json) => void, patch: Partial<Exchange> = {}): Exchange => {
      const copy = structuredClone(view);
      change(copy);
      return { ...good, text: JSON.stringify(copy), ...patch };
    };
    const broken: Record<string, Exchange> = {
      'an extra field': mutated((copy) => (copy['client_secret'] = session.client_secret)),
      'a missing field': mutated((copy) => delete copy['last_error']),
      'an unknown status': mutated((copy) => (copy['status'] = 'approved')),
      'milliseconds for seconds': mutated((copy) => (copy['created'] = Date.now())),
      'a malformed id': mutated((copy) => (copy['id'] = 'session_1')),
      'options without flags': mutated((copy) => (copy['options'] = { document: { allowed_types: ['passport'] } })),
      'an unknown document type': mutated((copy) => ((copy['options'] as { document: Json }).document['allowed_types'] = ['<markup>'])),
      'a last_error without reason': mutated((copy) => (copy['last_error'] = { code: 'document_expired' })),
      'an undocumented status code': { ...good, status: 418 },
      'another content type': { ...good, headers: new Headers({ 'Content-Type': 'text/html' }) },
      'a wrong code for 401': { ...good, status: 401, text: JSON.stringify({ error: { type: 'authentication_error', code: 'resource_missing', message: 'x' } }) },
      'a 404 without param': { ...good, status: 404, text: JSON.stringify({ error: { type: 'invalid_request_error', code: 'resource_missing', message: 'x' } }) },
      'a 429 without Retry-After': {
        ...good,
        status: 429,
        text: JSON.stringify({ error: { type: 'rate_limit_error', code: 'rate_limited', message: 'x' } }),
      },
      'an undocumented path': { ...good, url: `${ORIGIN}${API_BASE}/identity/sessions` },
    };
    for (const [what, answer] of Object.entries(broken)) {
      assert.notDeepEqual(contractProblems(answer).problems, [], `${what} must be refused`);
    }

    const badFrame = { ...good, url: `${ORIGIN}${API_BASE}${path}/stream`, headers: new Headers({ 'Content-Type': 'text/event-stream' }) };
    assert.notDeepEqual(contractProblems({ ...badFrame, text: 'event: status\ndata: {}\n\n' }).problems, []);
    assert.notDeepEqual(contractProblems({ ...badFrame, text: `event: session\ndata: ${JSON.stringify({ ...view, status: 'done' })}\n\n` }).problems, []);

    // The mock's own "malformed" fault (a cut-off body) is caught as the SDK would catch it.
    backend.faults.inject({ endpoint: 'retrieve', kind: 'malformed' });
    const cut = await exchange('GET', path, { auth: session.client_secret! });
    assert.equal(cut.status, 200);
    assert.notDeepEqual(contractProblems(cut).problems, []);
  });

  it('produced every response the document lists', (t) => {
    if (ran < registered) return t.skip('some tests were filtered out');
    const documented = ROUTES.flatMap(({ operation }) => Object.keys(operation.responses).map((status) => `${operation.operationId} ${status}`));
    const missing = documented.filter((key) => !seen.has(key));
    assert.deepEqual(missing, [], 'documented responses the mock never produced');
    t.diagnostic(`${ROUTES.length} operations, ${documented.length} documented responses, ${validatedAnswers} answers and ${validatedFrames} stream frames validated`);
  });
});
