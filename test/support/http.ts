// Plain fetch calls to the mock backend, as a client or a site's server would make them.
import { waitUntil } from '@open-wc/testing';
import type { CreateSessionParams, MockBackend, ServerSession } from '../../src/mocks/types.js';
import { createSession } from './backend.js';
import { imageFile, type ImageKind } from './images.js';

export const API = '/v1';
export const SESSIONS = `${API}/identity/verification_sessions`;

export function bearer(token: string): HeadersInit {
  return { Authorization: `Bearer ${token}` };
}

export async function call(path: string, token: string | null, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  return fetch(path, { ...init, headers });
}

export function postJson(path: string, token: string | null, body: unknown, headers: HeadersInit = {}): Promise<Response> {
  return call(path, token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The `error` of a JSON error body, with the status it came with. */
export async function errorOf(response: Response): Promise<{ status: number; type: string; code: string; param?: string }> {
  const body = (await response.json()) as { error: { type: string; code: string; param?: string } };
  return { status: response.status, ...body.error };
}

/** A real image of that type (the mock reads the bytes, not the declared type). */
export function image(type: ImageKind = 'image/png'): File {
  return imageFile(type);
}

export function uploadFile(
  sessionId: string,
  secret: string,
  fields: { purpose?: string; side?: string; file?: Blob | string },
): Promise<Response> {
  const form = new FormData();
  if (fields.purpose !== undefined) form.set('purpose', fields.purpose);
  if (fields.side !== undefined) form.set('side', fields.side);
  if (fields.file !== undefined) form.set('file', fields.file);
  return call(`${SESSIONS}/${sessionId}/files`, secret, { method: 'POST', body: form });
}

/** Uploads a front and a back and returns their file ids. */
export async function uploadIdCard(sessionId: string, secret: string): Promise<{ front: string; back: string }> {
  const [front, back] = await Promise.all(
    (['front', 'back'] as const).map(async (side) => {
      const response = await uploadFile(sessionId, secret, { purpose: 'identity_document', side, file: image() });
      if (!response.ok) throw new Error(`Upload of the ${side} failed with ${response.status}.`);
      return ((await response.json()) as { id: string }).id;
    }),
  );
  return { front: front!, back: back! };
}

export function submit(sessionId: string, secret: string, body: unknown, key: string = crypto.randomUUID()): Promise<Response> {
  return postJson(`${SESSIONS}/${sessionId}/submit`, secret, body, { 'Idempotency-Key': key });
}

/** Creates a session, uploads an ID card and submits it; resolves with the submit response. */
export async function submitIdCard(
  backend: MockBackend,
  params: Partial<CreateSessionParams> = {},
): Promise<{ session: ServerSession & { client_secret: string }; response: Response }> {
  const session = createSession(backend, params);
  const files = await uploadIdCard(session.id, session.client_secret);
  const response = await submit(session.id, session.client_secret, { document_type: 'id_card', files });
  return { session, response };
}

/** Waits until the newest event of the session is `.${type}` (reading the log mints no secret, unlike a retrieve). */
export async function untilLastEvent(backend: MockBackend, sessionId: string, type: string): Promise<void> {
  await waitUntil(() => eventTypesOf(backend, sessionId).at(-1) === type, `no .${type} event came`, { timeout: 3000 });
}

/** Event types of one session, oldest first. */
export function eventTypesOf(backend: MockBackend, sessionId: string): string[] {
  return backend
    .listEvents({ limit: 100 })
    .filter((event) => event.data.object.id === sessionId)
    .map((event) => event.type.replace('identity.verification_session.', ''))
    .reverse();
}
