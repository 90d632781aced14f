import { NotExercised, SetupRefused, describeAnswer, expectError, fail } from '../context.js';
import { SESSIONS, clientAuth } from '../flows.js';
import { PNG } from '../images.js';
import type { Check } from './check.js';
import { claimCode, makeHandoff } from './handoff.js';

export const authChecks: Check[] = [
  {
    clause: 'auth.client-secret-form',
    async run({ flows }) {
      // Every other check starts with a session: here a backend that cannot make one fails, not just goes unexercised.
      const session = await flows.create().catch((error: unknown) => {
        if (error instanceof SetupRefused) fail(error.exchange, '200, a new session with its client_secret', error.message);
        throw error;
      });
      const form = new RegExp(`^${session.id}_secret_[A-Za-z0-9]{8,128}$`);
      if (!form.test(session.secret.value)) fail(session.exchange, 'client_secret vs_<this session id>_secret_<8 to 128 letters or digits>');
      const read = await flows.retrieveClient(session);
      if (read.status !== 200 || (read.body as { id?: unknown }).id !== session.id) fail(read, `200, the client view of ${session.id}`);
    },
  },
  {
    clause: 'auth.wrong-secret-refused',
    async run({ flows, driver }) {
      const session = await flows.create();
      const forged = await flows.retrieveClient(session, { value: `${session.id}_secret_${'x'.repeat(24)}`, kind: 'wrong credential' });
      expectError(forged, 401, 'secret_invalid');
      const none = await driver.call({ method: 'GET', path: `${SESSIONS}/${session.id}` });
      expectError(none, 401, 'secret_invalid');
    },
  },
  {
    clause: 'auth.other-session-secret-refused',
    async run({ flows }) {
      const [first, second] = [await flows.create(), await flows.create()];
      expectError(await flows.retrieveClient(second, first.secret), 401, 'secret_invalid');
      expectError(await flows.upload(second, PNG, 'front.png', 'image/png', first.secret), 401, 'secret_invalid');
    },
  },
  {
    clause: 'auth.spent-secret-refused',
    async run({ flows, driver }) {
      // A declined consent spends the secret, and needs no test mode.
      const session = await flows.create();
      const declined = await driver.call({ method: 'POST', path: `${SESSIONS}/${session.id}/decline`, auth: session.secret, schema: 'ClientSession' });
      if (declined.status !== 200) throw new NotExercised(`declining failed: ${describeAnswer(declined)}`);
      const read = await flows.retrieveClient(session);
      if (read.status !== 200) fail(read, '200: a spent secret may still read its session');
      expectError(await flows.upload(session), 401, 'secret_spent');
      expectError(await flows.submit(session, 'file_spent0000'), 401, 'secret_spent');
      expectError(await driver.call({ method: 'POST', path: `${SESSIONS}/${session.id}/decline`, auth: session.secret }), 401, 'secret_spent');
    },
  },
  {
    clause: 'auth.server-paths-refuse-client-secret',
    async run({ flows, driver }) {
      const session = await flows.create();
      const calls = [
        { method: 'POST' as const, path: SESSIONS, json: { type: 'document' } },
        { method: 'POST' as const, path: `${SESSIONS}/${session.id}/cancel` },
        { method: 'POST' as const, path: `${SESSIONS}/${session.id}/redact` },
        { method: 'GET' as const, path: '/events' },
      ];
      for (const call of calls) expectError(await driver.call({ ...call, auth: session.secret }), 401, 'api_key_invalid');
    },
  },
  {
    clause: 'auth.failed-attempt-spends-every-secret',
    async run({ flows }) {
      const session = await flows.createFailing();
      const code = await makeHandoff(flows, session);
      const claimed = await claimCode(flows, session.id, code.code);
      const phone = clientAuth((claimed.body as { client_secret: string }).client_secret);
      // The desktop's attempt fails: the phone's secret, issued before it, must be spent with the desktop's.
      await flows.uploadAndSubmit(session);
      await flows.endOfFailingChecks(session);
      expectError(await flows.upload(session, PNG, 'front.png', 'image/png', phone), 401, 'secret_spent');
    },
  },
];
