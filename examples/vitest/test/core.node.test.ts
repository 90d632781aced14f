// The core SDK in Node against the mock backend, through msw/node: no browser, no DOM.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApiClient, isVerifyError } from 'verify-identity/core';
import { createMockBackend } from 'verify-identity/mocks';

const API = 'http://localhost/v1';
const backend = createMockBackend({ apiBase: API, defaultProcessingMs: 50 });
const server = setupServer(...backend.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

test('a session with an ID number is submitted once and verified', async () => {
  const session = backend.createSession({ type: 'id_number' });
  const client = createApiClient({ apiBase: API, clientSecret: session.client_secret! });
  const submitted = await client.submit({ id_number: { first_name: 'Ada', last_name: 'Lovelace', dob: '1990-04-12', id_number: '123456789' } });
  expect(submitted.status).toBe('processing');
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((await client.retrieve()).status).toBe('verified');
  expect(backend.submissionCount(session.id)).toBe(1);
});

test('a wrong secret is a typed error, not a network failure', async () => {
  const session = backend.createSession({ type: 'id_number' });
  // Well formed, but not this session's.
  const secret = session.client_secret!;
  const client = createApiClient({ apiBase: API, clientSecret: secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a') });
  const error = await client.retrieve().then(() => null, (reason: unknown) => reason);
  expect(isVerifyError(error) && error.code).toBe('secret_invalid');
});
