// <verify-identity> in jsdom (as in a page's own unit tests), with the mock backend through msw/node.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import 'verify-identity';
import { createMockBackend } from 'verify-identity/mocks';

const backend = createMockBackend({ apiBase: 'http://localhost/v1' });
const server = setupServer(...backend.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

test('opens on the consent step, and reports a dismissal when closed', async () => {
  const session = backend.createSession({ type: 'document' });
  const element = document.createElement('verify-identity');
  element.apiBase = 'http://localhost/v1';
  element.clientSecret = session.client_secret!;
  document.body.append(element);
  const result = element.show();
  await expect.poll(() => element.shadowRoot?.querySelector('dialog')?.textContent ?? '').toContain('Before you start');
  expect(element.status).toBe('requires_input');
  element.close();
  expect(await result).toMatchObject({ status: 'requires_input', reason: 'closed-by-api' });
});
