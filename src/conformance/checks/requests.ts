import { ClauseFailure, NotExercised, canonicalJson, describeAnswer, evidenceOf, expectError, fail, type Exchange } from '../context.js';
import { SESSIONS, type Flows, type TestSession } from '../flows.js';
import { PNG, TEXT_AS_JPEG, pngOfSize, pngSaying } from '../images.js';
import type { Check } from './check.js';

const TEN_MB = 10 * 1024 * 1024;

async function uploaded(flows: Flows, session: TestSession): Promise<string> {
  const file = await flows.upload(session);
  const id = (file.body as { id?: unknown } | undefined)?.id;
  if (file.status !== 200 || typeof id !== 'string') throw new NotExercised(`uploading a PNG failed: ${describeAnswer(file)}`);
  return id;
}

const same = (a: Exchange, b: Exchange) => a.status === b.status && canonicalJson(a.body) === canonicalJson(b.body);

/** Exactly one `.processing` event once the checks are over: the submission counted once. */
async function expectCountedOnce(flows: Flows, session: TestSession): Promise<void> {
  await flows.waitFor(session.id, (view) => view.status !== 'processing', 'the checks end');
  const { exchange, events } = await flows.eventsOf(session.id);
  const processing = events.filter((event) => event.type.endsWith('.processing')).length;
  if (processing !== 1) {
    throw new ClauseFailure(`the submission counted ${processing} times`, [evidenceOf(exchange, 'exactly one .processing event for one Idempotency-Key')]);
  }
}

export const idempotencyChecks: Check[] = [
  {
    clause: 'idempotency.key-required',
    async run({ flows }) {
      const session = await flows.create();
      const missing = await flows.submit(session, await uploaded(flows, session), null);
      expectError(missing, 400, 'parameter_missing');
      if ((missing.body as { error: { param?: unknown } }).error.param !== 'Idempotency-Key') fail(missing, '400 parameter_missing with param Idempotency-Key');
    },
  },
  {
    clause: 'idempotency.replay',
    async run({ flows }) {
      const session = await flows.create();
      const fileId = await uploaded(flows, session);
      const key = crypto.randomUUID();
      const first = await flows.submit(session, fileId, key);
      if (first.status !== 200) throw new NotExercised(`submitting failed: ${describeAnswer(first)}`);
      const replay = await flows.submit(session, fileId, key);
      if (!same(first, replay)) fail(replay, `the first answer again: ${describeAnswer(first)}`);
      await expectCountedOnce(flows, session);
      // Also once the session moved on.
      const late = await flows.submit(session, fileId, key);
      if (!same(first, late)) fail(late, `the first answer again, after the checks ended: ${describeAnswer(first)}`);
    },
  },
  {
    clause: 'idempotency.concurrent-replay',
    async run({ flows }) {
      const session = await flows.create();
      const fileId = await uploaded(flows, session);
      const key = crypto.randomUUID();
      const answers = await Promise.all([1, 2, 3].map(() => flows.submit(session, fileId, key)));
      if (answers[0]!.status !== 200) throw new NotExercised(`submitting failed: ${describeAnswer(answers[0]!)}`);
      const differing = answers.find((answer) => !same(answer, answers[0]!));
      if (differing) fail(differing, `one answer for three concurrent requests with one key: ${describeAnswer(answers[0]!)}`);
      await expectCountedOnce(flows, session);
    },
  },
  {
    clause: 'idempotency.other-body-refused',
    async run({ flows }) {
      const session = await flows.create();
      const [first, second] = [await uploaded(flows, session), await uploaded(flows, session)];
      const key = crypto.randomUUID();
      const submitted = await flows.submit(session, first, key);
      if (submitted.status !== 200) throw new NotExercised(`submitting failed: ${describeAnswer(submitted)}`);
      expectError(await flows.submit(session, second, key), 400, 'idempotency_key_reused');
    },
  },
];

export const uploadChecks: Check[] = [
  {
    clause: 'uploads.type-from-bytes',
    async run({ flows }) {
      const session = await flows.create();
      expectError(await flows.upload(session, TEXT_AS_JPEG, 'passport.jpg', 'image/jpeg'), 400, 'file_type_unsupported');
    },
  },
  {
    clause: 'uploads.size-limits',
    async run({ flows }) {
      const session = await flows.create();
      expectError(await flows.upload(session, pngOfSize(TEN_MB + 1), 'front.png', 'image/png'), 400, 'file_too_large');
      expectError(await flows.upload(session, pngSaying(8000, 7000), 'front.png', 'image/png'), 400, 'file_too_large');
    },
  },
  {
    clause: 'uploads.file-object',
    async run({ flows }) {
      const session = await flows.create();
      // A PNG named and declared as a JPEG: the service reads the type from the bytes.
      const file = await flows.upload(session, PNG, 'front.jpg', 'image/jpeg');
      const body = file.body as { type?: unknown; size?: unknown; purpose?: unknown; side?: unknown } | undefined;
      if (file.status !== 200 || body?.type !== 'image/png' || body.size !== PNG.length || body.purpose !== 'identity_document' || body.side !== 'front') {
        fail(file, `200, a file object of type image/png (from the bytes), size ${PNG.length}, purpose identity_document, side front`);
      }
    },
  },
  {
    clause: 'uploads.body-limits',
    async run({ flows, driver }) {
      const session = await flows.create();
      const bytes = new TextEncoder().encode(JSON.stringify({ document_type: 'passport', padding: 'x'.repeat(2 * 1024 * 1024) }));
      const exchange = await driver.call({
        method: 'POST',
        path: `${SESSIONS}/${session.id}/submit`,
        auth: session.secret,
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        raw: { bytes, contentType: 'application/json', note: `a JSON body of ${bytes.length} bytes` },
      });
      if (exchange.status !== 413) fail(exchange, '413: a JSON body over 1 MB');
    },
  },
];
