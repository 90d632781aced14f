// "Continue on your phone" against the mock served over real HTTP: two clients (a desktop and a phone)
// reach the same sessions, as two devices would; the core's handoff calls and watch follow the rules.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApiClient, isVerifyError, watchSession, type ClientSession, type Timers } from '../../src/core/index.js';
import { MAX_HANDOFF_URL_LENGTH, claimHandoff, claimHandoffCode, createHandoffLink, createHandoffTracker, readHandoffCode } from '../../src/core/handoff.js';
import { HANDOFF_LIFETIME_MS } from '../../src/mocks/handoff.js';
import { createMockHttpBackend } from '../../src/mocks/http.js';
import { PNG } from '../support/images.js';

let clockOffset = 0;
const now = (): number => Date.now() + clockOffset;
/** The mock's timers: real ones, also fired as soon as `advanceClock` brings their time. */
const due = new Map<object, { at: number; run: () => void; timer: ReturnType<typeof setTimeout> }>();
const fire = (handle: object): void => {
  const entry = due.get(handle);
  if (!entry) return;
  clearTimeout(entry.timer);
  due.delete(handle);
  entry.run();
};
const timers: Timers = {
  setTimeout(run, ms) {
    const handle = {};
    due.set(handle, { at: now() + ms, run, timer: setTimeout(() => fire(handle), ms) });
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout(due.get(handle as object)?.timer);
    due.delete(handle as object);
  },
};
/** Moves the mock's clock `ms` forward, firing the timers that came due, in order. */
function advanceClock(ms: number): void {
  clockOffset += ms;
  const ready = [...due].filter(([, entry]) => entry.at <= now()).sort(([, a], [, b]) => a.at - b.at);
  for (const [handle] of ready) fire(handle);
}
const { backend, handler } = createMockHttpBackend({ now, timers, defaultProcessingMs: 30 });
let server: Server;
let api = '';
const HANDOFF_PAGE = 'https://shop.example/verify/continue';

async function createSession(): Promise<string> {
  return backend.createSession({ type: 'document', options: { document: { allowed_types: ['passport'] } } }).client_secret!;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => assert.fail('expected a refusal'), (reason: unknown) => reason);
  assert.ok(isVerifyError(error), String(error));
  return error.code;
}

/** Follows `handoff.status` and `status` from the desktop until `until` is seen. */
function follow(clientSecret: string, until: (session: ClientSession) => boolean): { started: Promise<void>; done: Promise<string[]> } {
  const seen: string[] = [];
  let start!: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  const client = createApiClient({ clientSecret, apiBase: api });
  const done = new Promise<string[]>((resolve, reject) => {
    const stop = watchSession({
      client,
      tracker: createHandoffTracker(),
      transport: 'sse',
      onChange: (session) => {
        seen.push(`${session.status}/${session.handoff?.status ?? '-'}`);
        start();
        if (until(session)) {
          stop();
          resolve(seen);
        }
      },
      onError: reject,
    });
  });
  return { started, done };
}

const png = new Blob([PNG], { type: 'image/png' });

describe('handoff to another device (mock over HTTP, core calls)', () => {
  before(async () => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  beforeEach(() => {
    backend.reset();
    clockOffset = 0;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts a one-time code in the fragment, never the secret; the phone claims its own secret and the desktop follows it to verified', async () => {
    const desktopSecret = await createSession();
    const following = follow(desktopSecret, (session) => session.status === 'verified');
    await following.started;
    const link = await createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api });
    const url = new URL(link.url);
    assert.equal(`${url.origin}${url.pathname}`, HANDOFF_PAGE);
    assert.equal(url.search, '', 'nothing a server would see');
    assert.ok(!link.url.includes(desktopSecret) && !link.url.includes('_secret_'));
    assert.ok(link.expires_at * 1000 - Date.now() > 9 * 60 * 1000 && link.expires_at * 1000 - Date.now() <= 10 * 60 * 1000);

    const code = readHandoffCode(url.hash);
    assert.ok(code);
    const phoneSecret = await claimHandoffCode(code, { apiBase: api });
    assert.notEqual(phoneSecret, desktopSecret);
    const phone = createApiClient({ clientSecret: phoneSecret, apiBase: api });
    const front = await phone.uploadFile(png, { purpose: 'identity_document', side: 'front' });
    await phone.submit({ document_type: 'passport', files: { front: front.id } });

    assert.deepEqual(await following.done, ['requires_input/-', 'requires_input/waiting', 'requires_input/opened', 'processing/submitted', 'verified/submitted']);
    // No request record holds a credential: only its kind.
    assert.ok(backend.requests.some((request) => request.endpoint === 'handoff_claim' && request.auth === 'handoff_code'));
    assert.ok(!JSON.stringify(backend.requests).includes(code));
  });

  it('refuses a reused code, a replaced one, an expired one, and one of another session, each with its own code', async () => {
    const secret = await createSession();
    const first = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const second = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    assert.equal(await refusal(claimHandoffCode(first, { apiBase: api })), 'handoff_code_revoked');
    await claimHandoffCode(second, { apiBase: api });
    assert.equal(await refusal(claimHandoffCode(second, { apiBase: api })), 'handoff_code_claimed');

    // On a session no phone holds (a phone holding one keeps the handoff `opened`), an unclaimed code expires.
    const unheld = await createSession();
    const third = readHandoffCode(new URL((await createHandoffLink(unheld, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    clockOffset = 10 * 60 * 1000;
    assert.equal(await refusal(claimHandoffCode(third, { apiBase: api })), 'handoff_code_expired');
    assert.equal(createApiClient({ clientSecret: unheld, apiBase: api }).sessionId, third.split('_handoff_')[0]);
    assert.equal((await createApiClient({ clientSecret: unheld, apiBase: api }).retrieve()).handoff?.status, 'expired');

    const other = await createSession();
    const otherId = createApiClient({ clientSecret: other, apiBase: api }).sessionId;
    const response = await fetch(`${api}/identity/verification_sessions/${otherId}/handoff/claim`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${third}` },
    });
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'handoff_code_invalid');
    assert.equal(await refusal(claimHandoffCode('vs_abc_secret_abcdefghijklmnop', { apiBase: api })), 'handoff_code_invalid');
  });

  it('pushes an expired code to the desktop stream as soon as the phone tries it', async () => {
    const secret = await createSession();
    const following = follow(secret, (session) => session.handoff?.status === 'expired');
    await following.started;
    const code = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    clockOffset = 10 * 60 * 1000;
    assert.equal(await refusal(claimHandoffCode(code, { apiBase: api })), 'handoff_code_expired');
    assert.deepEqual(await following.done, ['requires_input/-', 'requires_input/waiting', 'requires_input/expired']);
  });

  it('expires an unclaimed code by itself after 10 minutes: the desktop’s stream says so, and the phone is refused', { timeout: 10_000 }, async () => {
    const secret = await createSession();
    const following = follow(secret, (session) => session.handoff?.status === 'expired');
    await following.started;
    const code = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const desktop = createApiClient({ clientSecret: secret, apiBase: api });
    advanceClock(HANDOFF_LIFETIME_MS - 1000);
    assert.equal((await desktop.retrieve()).handoff?.status, 'waiting', 'a second before its expiry');
    // Only the mock's own timer can now tell the desktop: it follows the stream alone, and nobody tries the code.
    advanceClock(1000);
    assert.deepEqual(await following.done, ['requires_input/-', 'requires_input/waiting', 'requires_input/expired']);
    assert.equal(await refusal(claimHandoffCode(code, { apiBase: api })), 'handoff_code_expired');
    assert.equal((await desktop.retrieve()).handoff?.status, 'expired');
  });

  it('revokes codes when the session is canceled or redacted, and a canceled session reaches the phone', async () => {
    const secret = await createSession();
    const id = createApiClient({ clientSecret: secret, apiBase: api }).sessionId;
    const live = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const claimedCode = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const phoneSecret = await claimHandoffCode(claimedCode, { apiBase: api });
    const phoneSees = follow(phoneSecret, (session) => session.status === 'canceled');
    await phoneSees.started;
    backend.cancelSession(id);
    assert.deepEqual(await phoneSees.done, ['requires_input/opened', 'canceled/opened']);
    assert.equal(await refusal(claimHandoffCode(live, { apiBase: api })), 'handoff_code_revoked');
    assert.equal(await refusal(createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })), 'session_unexpected_state');

    const redacted = await createSession();
    const redactedId = createApiClient({ clientSecret: redacted, apiBase: api }).sessionId;
    const code = readHandoffCode(new URL((await createHandoffLink(redacted, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    backend.redactSession(redactedId);
    assert.equal(await refusal(claimHandoffCode(code, { apiBase: api })), 'handoff_code_revoked');
  });

  it('keeps the handoff opened when a new code is made while the phone holds the session; waiting once the phone’s secret is spent', async () => {
    const desktopSecret = await createSession();
    const desktop = createApiClient({ clientSecret: desktopSecret, apiBase: api });
    const code = readHandoffCode(new URL((await createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const phone = createApiClient({ clientSecret: await claimHandoffCode(code, { apiBase: api }), apiBase: api });

    // A new code revokes only the unclaimed one: the phone can still act, so nothing waits for it.
    const second = await createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api });
    assert.equal(second.status, 'opened');
    assert.deepEqual((await desktop.retrieve()).handoff, { status: 'opened', expires_at: second.expires_at });
    const front = await phone.uploadFile(png, { purpose: 'identity_document', side: 'front' });
    assert.ok(front.id, 'the phone still uploads');
    // The new code itself still runs out unclaimed, as any code does.
    backend.expireHandoffCodes(desktop.sessionId);
    assert.equal((await desktop.retrieve()).handoff?.status, 'expired');

    // Once the phone's secret is spent (here by a decline), a new code waits for a phone again.
    await phone.decline();
    const fresh = backend.retrieveSession(desktop.sessionId).client_secret!;
    const third = await createHandoffLink(fresh, HANDOFF_PAGE, { apiBase: api });
    assert.equal(third.status, 'waiting');
    assert.equal((await createApiClient({ clientSecret: fresh, apiBase: api }).retrieve()).handoff?.status, 'waiting');
  });

  it('revokes an unclaimed code once the desktop itself submitted', async () => {
    const secret = await createSession();
    const code = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const desktop = createApiClient({ clientSecret: secret, apiBase: api });
    const front = await desktop.uploadFile(png, { purpose: 'identity_document', side: 'front' });
    const processing = await desktop.submit({ document_type: 'passport', files: { front: front.id } });
    assert.equal(processing.handoff?.status, 'waiting', 'the desktop went on by itself: no phone is involved');
    assert.equal(await refusal(claimHandoffCode(code, { apiBase: api })), 'handoff_code_revoked');
  });

  it('spends every secret and code issued before a failed attempt: a secret claimed through the handoff cannot try again', async () => {
    const desktopSecret = backend.createSession({ type: 'document', test_outcome: 'document_expired', processing_ms: 0, options: { document: { allowed_types: ['passport'] } } }).client_secret!;
    const desktop = createApiClient({ clientSecret: desktopSecret, apiBase: api });
    const code = readHandoffCode(new URL((await createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const phone = createApiClient({ clientSecret: await claimHandoffCode(code, { apiBase: api }), apiBase: api });
    const front = await desktop.uploadFile(png, { purpose: 'identity_document', side: 'front' });
    await desktop.submit({ document_type: 'passport', files: { front: front.id } });
    while ((await desktop.retrieve()).status !== 'requires_input') await new Promise((resolve) => setTimeout(resolve, 5));

    assert.equal(await refusal(phone.uploadFile(png, { purpose: 'identity_document', side: 'front' })), 'secret_spent');
    assert.equal(await refusal(phone.submit({ document_type: 'passport', files: { front: front.id } })), 'secret_spent');
    assert.equal(await refusal(phone.decline()), 'secret_spent');
    assert.equal(backend.submissionCount(desktop.sessionId), 1);
    assert.deepEqual(backend.listEvents().map((event) => event.type.split('.').at(-1)).reverse(), ['created', 'processing', 'requires_input']);
  });

  it('spends the phone’s secret and the live code when the desktop declines', async () => {
    const desktopSecret = await createSession();
    const firstCode = readHandoffCode(new URL((await createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const phone = createApiClient({ clientSecret: await claimHandoffCode(firstCode, { apiBase: api }), apiBase: api });
    const live = readHandoffCode(new URL((await createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    await createApiClient({ clientSecret: desktopSecret, apiBase: api }).decline();
    assert.equal(await refusal(phone.submit({ document_type: 'passport', files: {} })), 'secret_spent');
    assert.equal(await refusal(claimHandoffCode(live, { apiBase: api })), 'handoff_code_revoked');
  });

  it('spends the desktop’s secret when the phone’s attempt fails', async () => {
    const desktopSecret = backend.createSession({ type: 'document', test_outcome: 'document_expired', processing_ms: 0, options: { document: { allowed_types: ['passport'] } } }).client_secret!;
    const desktop = createApiClient({ clientSecret: desktopSecret, apiBase: api });
    const code = readHandoffCode(new URL((await createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const phone = createApiClient({ clientSecret: await claimHandoffCode(code, { apiBase: api }), apiBase: api });
    const front = await phone.uploadFile(png, { purpose: 'identity_document', side: 'front' });
    await phone.submit({ document_type: 'passport', files: { front: front.id } });
    while ((await desktop.retrieve()).status !== 'requires_input') await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(await refusal(desktop.uploadFile(png, { purpose: 'identity_document', side: 'front' })), 'secret_spent');
    assert.equal(await refusal(createHandoffLink(desktopSecret, HANDOFF_PAGE, { apiBase: api })), 'secret_spent');
    // The site's server still gets a fresh secret for the next attempt.
    const fresh = backend.retrieveSession(desktop.sessionId).client_secret!;
    assert.ok((await createApiClient({ clientSecret: fresh, apiBase: api }).uploadFile(png, { purpose: 'identity_document', side: 'front' })).id);
  });

  it('times the code’s expiry from the service’s answer, not from this device’s clock', async () => {
    // The service's clock is 11 minutes behind this device's: by `expires_at` alone the code would be expired at once.
    clockOffset = -11 * 60 * 1000;
    const link = await createHandoffLink(await createSession(), HANDOFF_PAGE, { apiBase: api });
    assert.ok(link.expires_at * 1000 < Date.now(), 'the service’s own time is behind');
    const left = link.deadline - Date.now();
    assert.ok(left > HANDOFF_LIFETIME_MS - 5000 && left <= HANDOFF_LIFETIME_MS, `${left} ms left`);

    // A service that sends only `expires_at`: its `Date` header tells how far its clock is.
    const serverNow = Math.floor(Date.now() / 1000) - 11 * 60;
    const dated = await createHandoffLink('vs_abc_secret_abcdefghijklmnop', HANDOFF_PAGE, {
      fetch: async () =>
        new Response(JSON.stringify({ url: `${HANDOFF_PAGE}#code=vs_abc_handoff_abcdefghijklmnop`, expires_at: serverNow + 600 }), {
          headers: { 'Content-Type': 'application/json', Date: new Date(serverNow * 1000).toUTCString() },
        }),
    });
    const datedLeft = dated.deadline - Date.now();
    assert.ok(datedLeft > 595_000 && datedLeft <= 600_000, `${datedLeft} ms left`);
  });

  it('caps handoff_url at 2048 characters, so the link fits a QR code: checked before a code is made, and a refused request keeps the live code', async () => {
    const secret = await createSession();
    const live = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const atCap = `${HANDOFF_PAGE}?${'a'.repeat(MAX_HANDOFF_URL_LENGTH - HANDOFF_PAGE.length - 1)}`;
    const overCap = `${atCap}a`;
    const requests = backend.requests.length;
    assert.equal(await refusal(createHandoffLink(secret, overCap, { apiBase: api })), 'handoff_url_invalid');
    assert.equal(backend.requests.length, requests, 'refused before any request');

    // The service refuses it too, before it replaces the live code.
    const id = createApiClient({ clientSecret: secret, apiBase: api }).sessionId;
    const response = await fetch(`${api}/identity/verification_sessions/${id}/handoff`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ handoff_url: overCap }),
    });
    assert.equal(response.status, 400);
    assert.deepEqual(((await response.json()) as { error: { code: string; param: string } }).error.code, 'parameter_invalid');
    assert.ok(await claimHandoffCode(live, { apiBase: api }), 'the live code still works');

    const longest = await createHandoffLink(secret, atCap, { apiBase: api });
    assert.ok(longest.url.length > MAX_HANDOFF_URL_LENGTH);
  });

  it('carries the computer’s answers and branding to the device that claims the code, and only to it', async () => {
    const secret = await createSession();
    const continuation = { consent_given: true, document_type: 'passport', business_name: 'Acme Bank', logo_url: 'https://shop.example/logo.svg' } as const;
    const link = await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api, continuation });
    assert.ok(!link.url.includes('Acme') && !link.url.includes('logo'), 'the link itself carries nothing but the code');
    const code = readHandoffCode(new URL(link.url).hash)!;
    const claimed = await claimHandoff(code, { apiBase: api });
    assert.deepEqual(claimed.continuation, continuation);
    // Not on the session: neither the desktop's nor the phone's client view shows it.
    const view = await createApiClient({ clientSecret: claimed.clientSecret, apiBase: api }).retrieve();
    assert.ok(!JSON.stringify(view).includes('Acme'));

    // A code made without one carries nothing (`{}`), and the claim's answer has no `continuation`.
    const bare = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const id = createApiClient({ clientSecret: secret, apiBase: api }).sessionId;
    const answer = (await (await fetch(`${api}/identity/verification_sessions/${id}/handoff/claim`, { method: 'POST', headers: { Authorization: `Bearer ${bare}` } })).json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(answer).sort(), ['client_secret', 'object']);
  });

  it('refuses a continuation that breaks the rule, naming the field, before a code is made; the live code stays', async () => {
    const secret = await createSession();
    const live = readHandoffCode(new URL((await createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api })).url).hash)!;
    const id = createApiClient({ clientSecret: secret, apiBase: api }).sessionId;
    const refusedParam = async (continuation: unknown): Promise<string> => {
      const response = await fetch(`${api}/identity/verification_sessions/${id}/handoff`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ handoff_url: HANDOFF_PAGE, continuation }),
      });
      assert.equal(response.status, 400);
      const { error } = (await response.json()) as { error: { code: string; param: string } };
      assert.equal(error.code, 'parameter_invalid');
      return error.param;
    };
    // The session allows passports only: an ID card chosen elsewhere cannot be carried.
    assert.equal(await refusedParam({ document_type: 'id_card' }), 'continuation[document_type]');
    assert.equal(await refusedParam({ consent_given: false }), 'continuation[consent_given]');
    assert.equal(await refusedParam({ business_name: 'Acme\nPay here' }), 'continuation[business_name]');
    assert.equal(await refusedParam({ business_name: 'x'.repeat(101) }), 'continuation[business_name]');
    assert.equal(await refusedParam({ logo_url: 'javascript:alert(1)' }), 'continuation[logo_url]');
    assert.equal(await refusedParam({ logo_url: 'https://user:pass@shop.example/logo.svg' }), 'continuation[logo_url]');
    assert.equal(await refusedParam({ email: 'a@b.example' }), 'continuation[email]');
    assert.equal(await refusedParam(['consent_given']), 'continuation');
    // The SDK refuses it before any request.
    const requests = backend.requests.length;
    assert.equal(await refusal(createHandoffLink(secret, HANDOFF_PAGE, { apiBase: api, continuation: { logo_url: 'data:image/png;base64,AA' } })), 'parameter_invalid');
    assert.equal(backend.requests.length, requests);
    assert.ok(await claimHandoffCode(live, { apiBase: api }), 'the live code still works');
  });

  it('reads only well-formed codes from a fragment', () => {
    assert.equal(readHandoffCode('#code=vs_abc_handoff_abcdefghijklmnop'), 'vs_abc_handoff_abcdefghijklmnop');
    assert.equal(readHandoffCode('code=vs_abc_handoff_abcdefghijklmnop&x=1'), 'vs_abc_handoff_abcdefghijklmnop');
    assert.equal(readHandoffCode(''), null);
    assert.equal(readHandoffCode('#code=vs_abc_secret_abcdefghijklmnop'), null);
    assert.equal(readHandoffCode('#other=1'), null);
  });
});
