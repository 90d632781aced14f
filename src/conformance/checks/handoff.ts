import { NotExercised, describeAnswer, expectError, fail, type Exchange } from '../context.js';
import { SESSIONS, clientAuth, type Flows, type TestSession } from '../flows.js';
import type { Check } from './check.js';

const HANDOFF_URL = 'https://example.com/verify/continue';

/** A handoff code for `session`; not exercised when the backend has no handoff. */
export async function makeHandoff(flows: Flows, session: TestSession, url = HANDOFF_URL): Promise<{ exchange: Exchange; code: string }> {
  const exchange = await flows.driver.call({ method: 'POST', path: `${SESSIONS}/${session.id}/handoff`, auth: session.secret, json: { handoff_url: url }, schema: 'HandoffLink' });
  if (exchange.status === 404 || exchange.status === 405 || exchange.status === 501) throw new NotExercised(`the backend has no handoff (${exchange.status})`);
  const link = (exchange.body as { url?: unknown } | undefined)?.url;
  if (exchange.status !== 200 || typeof link !== 'string') fail(exchange, '200, a handoff link');
  return { exchange, code: link.slice(link.indexOf('#code=') + '#code='.length) };
}

export function claimCode(flows: Flows, sessionId: string, code: string): Promise<Exchange> {
  return flows.driver.call({ method: 'POST', path: `${SESSIONS}/${sessionId}/handoff/claim`, auth: { value: code, kind: 'handoff code' }, json: {}, schema: 'HandoffClaim' });
}

async function claimed(flows: Flows, sessionId: string, code: string): Promise<Exchange> {
  const exchange = await claimCode(flows, sessionId, code);
  if (exchange.status !== 200) throw new NotExercised(`claiming a fresh code failed: ${describeAnswer(exchange)}`);
  return exchange;
}

/**
 * Expires `session`'s live code through the test-mode helper (`POST /test_helpers/…/expire_handoff_code`), as ten
 * minutes would; not exercised when the backend has no such helper.
 */
async function expireCode(flows: Flows, session: TestSession): Promise<void> {
  const path = `/test_helpers${SESSIONS}/${session.id}/expire_handoff_code`;
  const exchange = await flows.driver.call({ method: 'POST', path, auth: flows.driver.serverAuth, schema: 'ServerSession' });
  if (exchange.status === 404 || exchange.status === 405 || exchange.status === 501) throw new NotExercised(`the backend has no test helper to expire a code (${exchange.status})`);
  if (exchange.status !== 200) fail(exchange, '200, the session');
}

export const handoffChecks: Check[] = [
  {
    clause: 'handoff.expired',
    async run({ flows }) {
      const session = await flows.create();
      const { code } = await makeHandoff(flows, session);
      await expireCode(flows, session);
      const view = await flows.retrieveClient(session);
      if ((view.body as { handoff?: { status?: string } | null }).handoff?.status !== 'expired') fail(view, 'handoff.status expired in the client view');
      expectError(await claimCode(flows, session.id, code), 401, 'handoff_code_expired');
    },
  },
  {
    clause: 'handoff.link',
    async run({ flows }) {
      const session = await flows.create();
      const { exchange, code } = await makeHandoff(flows, session);
      const { url, expires_at } = exchange.body as { url: string; expires_at: number };
      if (!url.startsWith(`${HANDOFF_URL}#code=`)) fail(exchange, `url ${HANDOFF_URL}#code=<code>`);
      if (!new RegExp(`^${session.id}_handoff_[A-Za-z0-9]{16,128}$`).test(code)) fail(exchange, `a code vs_<this session id>_handoff_<token>`);
      const inSeconds = expires_at - Date.now() / 1000;
      if (!(inSeconds > 9 * 60 && inSeconds < 11 * 60)) fail(exchange, 'expires_at about 10 minutes from now, in Unix seconds');
      const view = await flows.retrieveClient(session);
      if ((view.body as { handoff?: { status?: string } | null }).handoff?.status !== 'waiting') fail(view, 'handoff.status waiting in the client view');
    },
  },
  {
    clause: 'handoff.own-secret',
    async run({ flows }) {
      const session = await flows.create();
      const { code } = await makeHandoff(flows, session);
      const exchange = await claimCode(flows, session.id, code);
      const secret = (exchange.body as { client_secret?: unknown } | undefined)?.client_secret;
      if (exchange.status !== 200 || typeof secret !== 'string') fail(exchange, '200 with a client_secret');
      if (secret === session.secret.value || !secret.startsWith(`${session.id}_secret_`)) fail(exchange, "a client secret of this session, not the desktop's");
      const phoneView = await flows.retrieveClient(session, clientAuth(secret));
      if (phoneView.status !== 200) fail(phoneView, "200: the phone's secret reads the session");
      const desktopView = await flows.retrieveClient(session);
      if ((desktopView.body as { handoff?: { status?: string } | null }).handoff?.status !== 'opened') fail(desktopView, 'handoff.status opened once claimed');
    },
  },
  {
    clause: 'handoff.single-use',
    async run({ flows }) {
      const session = await flows.create();
      const { code } = await makeHandoff(flows, session);
      await claimed(flows, session.id, code);
      expectError(await claimCode(flows, session.id, code), 401, 'handoff_code_claimed');
    },
  },
  {
    clause: 'handoff.bound-to-session',
    async run({ flows }) {
      const [first, second] = [await flows.create(), await flows.create()];
      const { code } = await makeHandoff(flows, first);
      expectError(await claimCode(flows, second.id, code), 401, 'handoff_code_invalid');
      await claimed(flows, first.id, code);
    },
  },
  {
    clause: 'handoff.revoked',
    async run({ flows }) {
      const session = await flows.create();
      const older = await makeHandoff(flows, session);
      await makeHandoff(flows, session);
      expectError(await claimCode(flows, session.id, older.code), 401, 'handoff_code_revoked');
      const live = await makeHandoff(flows, session);
      await flows.uploadAndSubmit(session);
      expectError(await claimCode(flows, session.id, live.code), 401, 'handoff_code_revoked');
    },
  },
  {
    clause: 'handoff.new-code-keeps-phone',
    async run({ flows }) {
      const session = await flows.create();
      const phone = (await claimed(flows, session.id, (await makeHandoff(flows, session)).code)).body as { client_secret: string };
      // A new code revokes only the unclaimed one: the phone still acts, so the handoff must not say it waits.
      const { exchange } = await makeHandoff(flows, session);
      const answered = (exchange.body as { status?: unknown }).status;
      if (answered !== undefined && answered !== 'opened') fail(exchange, 'status opened (or absent): a phone holds the session');
      const view = await flows.retrieveClient(session);
      if ((view.body as { handoff?: { status?: string } | null }).handoff?.status !== 'opened') fail(view, 'handoff.status opened while the phone holds the session');
      const phoneView = await flows.retrieveClient(session, clientAuth(phone.client_secret));
      if (phoneView.status !== 200) fail(phoneView, "200: a new code takes nothing from the phone's secret");
    },
  },
  {
    clause: 'handoff.url-capped',
    async run({ flows }) {
      const session = await flows.create();
      const live = await makeHandoff(flows, session);
      const long = await flows.driver.call({
        method: 'POST',
        path: `${SESSIONS}/${session.id}/handoff`,
        auth: session.secret,
        json: { handoff_url: `${HANDOFF_URL}?${'a'.repeat(3000)}` },
      });
      expectError(long, 400, 'parameter_invalid');
      // Refused before a code was made: the live one still works.
      const stillLive = await claimCode(flows, session.id, live.code);
      if (stillLive.status !== 200) fail(stillLive, '200: a refused handoff_url revokes nothing');
    },
  },
  {
    clause: 'handoff.continuation',
    async run({ flows }) {
      const session = await flows.create();
      const continuation = { consent_given: true, document_type: 'passport', business_name: 'Conformance Ltd' };
      const path = `${SESSIONS}/${session.id}/handoff`;
      const made = await flows.driver.call({ method: 'POST', path, auth: session.secret, json: { handoff_url: HANDOFF_URL, continuation }, schema: 'HandoffLink' });
      if (made.status === 400) throw new NotExercised(`the backend takes no continuation: ${describeAnswer(made)}`);
      const link = (made.body as { url?: unknown } | undefined)?.url;
      if (made.status !== 200 || typeof link !== 'string') fail(made, '200, a handoff link');
      if (link.includes('Conformance')) fail(made, 'a link that carries the code only');
      const code = link.slice(link.indexOf('#code=') + '#code='.length);
      // A session that allows passports only: an ID card cannot be carried, and the refusal revokes nothing.
      const refused = await flows.driver.call({ method: 'POST', path, auth: session.secret, json: { handoff_url: HANDOFF_URL, continuation: { document_type: 'id_card' } } });
      expectError(refused, 400, 'parameter_invalid');
      const claim = await claimed(flows, session.id, code);
      const carried = (claim.body as { continuation?: unknown }).continuation;
      if (JSON.stringify(carried) !== JSON.stringify(continuation)) fail(claim, `the continuation as sent: ${JSON.stringify(continuation)}`);
      const view = await flows.retrieveClient(session);
      if (JSON.stringify(view.body).includes('Conformance')) fail(view, 'a client view without the continuation');
    },
  },
];
