import { expect } from '@open-wc/testing';
import { MockApiError } from '../../src/mocks/index.js';
import { checkUpload, type FileUpload } from '../../src/mocks/submission.js';
import type { CreateSessionParams } from '../../src/mocks/types.js';
import { createSession, ID_NUMBER, useMockBackend } from '../support/backend.js';
import { call, errorOf, image, postJson, SESSIONS, submit, uploadFile, uploadIdCard } from '../support/http.js';
import { HOSTILE_FILES, PNG, pngOfSize } from '../support/images.js';
import { localIsoDate, validateIdNumberDetails } from '../../src/components/steps/id-number-validation.js';

describe('mock backend: file uploads', () => {
  const mock = useMockBackend();

  async function uploadError(upload: FileUpload): Promise<MockApiError> {
    try {
      await checkUpload(upload);
    } catch (error) {
      if (error instanceof MockApiError) return error;
      throw error;
    }
    throw new Error('The upload was accepted.');
  }

  it('stores a valid upload and answers a file object', async () => {
    const session = createSession(mock.backend);
    const response = await uploadFile(session.id, session.client_secret, { purpose: 'selfie', side: 'selfie', file: image('image/webp') });
    expect(response.status).to.equal(200);
    const file = (await response.json()) as Record<string, unknown>;
    expect(file).to.include({ object: 'file', purpose: 'selfie', side: 'selfie', size: image('image/webp').size, type: 'image/webp' });
    expect(file['id']).to.match(/^file_[A-Za-z0-9]{24}$/);
  });

  it('takes the type from the bytes, not the declared type or the name', async () => {
    const session = createSession(mock.backend);
    const mislabeled = new File([PNG], 'photo.jpg', { type: 'image/jpeg' });
    const response = await uploadFile(session.id, session.client_secret, { purpose: 'identity_document', side: 'front', file: mislabeled });
    expect(await response.json()).to.include({ type: 'image/png' });
  });

  for (const { what, file, code, big } of HOSTILE_FILES) {
    it(`refuses ${what} with ${code}${big ? ' (the upload rule, without HTTP)' : ''}`, async () => {
      if (big) {
        const error = await uploadError({ purpose: 'identity_document', side: 'front', file: file() });
        expect(error.body.error).to.include({ type: 'invalid_request_error', code, param: 'file' });
        return;
      }
      const session = createSession(mock.backend);
      const response = await uploadFile(session.id, session.client_secret, { purpose: 'identity_document', side: 'front', file: file() });
      expect(await errorOf(response)).to.include({ status: 400, type: 'invalid_request_error', code, param: 'file' });
    });
  }

  const refusals: [string, { purpose?: string; side?: string; file?: Blob | string }, Record<string, unknown>][] = [
    ['no file', { purpose: 'identity_document', side: 'front' }, { code: 'parameter_missing', param: 'file' }],
    ['a text field for the file', { purpose: 'identity_document', side: 'front', file: 'data' }, { code: 'parameter_missing', param: 'file' }],
    ['no purpose', { side: 'front', file: image() }, { code: 'parameter_missing', param: 'purpose' }],
    ['an unknown purpose', { purpose: 'avatar', side: 'front', file: image() }, { code: 'parameter_invalid', param: 'purpose' }],
    ['a selfie side on a document', { purpose: 'identity_document', side: 'selfie', file: image() }, { code: 'parameter_invalid', param: 'side' }],
    ['a document side on a selfie', { purpose: 'selfie', side: 'front', file: image() }, { code: 'parameter_invalid', param: 'side' }],
  ];
  for (const [what, fields, expected] of refusals) {
    it(`refuses ${what}`, async () => {
      const session = createSession(mock.backend);
      expect(await errorOf(await uploadFile(session.id, session.client_secret, fields))).to.include({ status: 400, ...expected });
    });
  }

  // Through the upload rule directly: over HTTP, two 10 MB uploads take longer than a test may here.
  it('takes 10 MB and refuses a byte more (the upload rule, without HTTP)', async () => {
    const limit = 10 * 1024 * 1024;
    const fields = (bytes: number) => ({ purpose: 'identity_document', side: 'front', file: new File([pngOfSize(bytes)], 'big.png') });
    expect(await checkUpload(fields(limit))).to.include({ type: 'image/png' });
    const error = await uploadError(fields(limit + 1));
    expect(error).to.include({ status: 400 }).and.to.have.nested.property('body.error.code', 'file_too_large');
  });

  it('takes a 2 MB photo over HTTP', async () => {
    const session = createSession(mock.backend);
    const file = new File([pngOfSize(2 * 1024 * 1024)], 'photo.png');
    const response = await uploadFile(session.id, session.client_secret, { purpose: 'identity_document', side: 'front', file });
    expect(await response.json()).to.include({ size: 2 * 1024 * 1024, type: 'image/png' });
  });

  it('refuses uploads once the session is no longer requires_input', async () => {
    const session = createSession(mock.backend);
    mock.backend.cancelSession(session.id);
    const response = await uploadFile(session.id, session.client_secret, { purpose: 'selfie', side: 'selfie', file: image() });
    expect(await errorOf(response)).to.include({ status: 409, code: 'session_unexpected_state' });
  });
});

describe('mock backend: submit validation', () => {
  const mock = useMockBackend();

  async function submitError(params: Partial<CreateSessionParams>, body: (files: { front: string; back: string }) => unknown) {
    const session = createSession(mock.backend, params);
    const files = await uploadIdCard(session.id, session.client_secret);
    const response = await submit(session.id, session.client_secret, body(files));
    expect(mock.backend.submissionCount(session.id), 'a refused submission does not count').to.equal(0);
    return errorOf(response);
  }

  it('refuses a document type the session does not allow', async () => {
    const error = await submitError({ options: { document: { allowed_types: ['passport'] } } }, (files) => ({ document_type: 'id_card', files }));
    expect(error).to.include({ status: 400, code: 'document_type_not_allowed', param: 'document_type' });
  });

  it('names the missing or wrong file', async () => {
    expect(await submitError({}, ({ front }) => ({ document_type: 'id_card', files: { front } }))).to.include({
      code: 'parameter_missing',
      param: 'files.back',
    });
    expect(await submitError({}, ({ front }) => ({ document_type: 'id_card', files: { front, back: front } }))).to.include({
      code: 'parameter_invalid',
      param: 'files.back',
    });
    expect(await submitError({}, ({ back }) => ({ document_type: 'passport', files: { front: 'file_unknown', back } }))).to.include({
      code: 'parameter_invalid',
      param: 'files.front',
    });
    expect(
      await submitError({ options: { document: { require_matching_selfie: true } } }, (files) => ({ document_type: 'id_card', files })),
    ).to.include({ code: 'parameter_missing', param: 'files.selfie' });
  });

  it('takes a passport with its front only', async () => {
    const session = createSession(mock.backend);
    const { front } = await uploadIdCard(session.id, session.client_secret);
    expect((await submit(session.id, session.client_secret, { document_type: 'passport', files: { front } })).status).to.equal(200);
  });

  it('checks id_number details when the session needs them', async () => {
    const details = ID_NUMBER;
    const cases: [unknown, Record<string, unknown>][] = [
      [undefined, { code: 'parameter_missing', param: 'id_number' }],
      [{ ...details, first_name: '' }, { code: 'parameter_missing', param: 'id_number.first_name' }],
      [{ ...details, last_name: '   ' }, { code: 'parameter_invalid', param: 'id_number.last_name' }],
      [{ ...details, dob: '1990-02-30' }, { code: 'parameter_invalid', param: 'id_number.dob' }],
      [{ ...details, dob: '10/12/1990' }, { code: 'parameter_invalid', param: 'id_number.dob' }],
      // The element's own rules (core/rules.ts), not a looser copy: before 1900, a malformed ID number.
      [{ ...details, dob: '1815-12-10' }, { code: 'parameter_invalid', param: 'id_number.dob' }],
      [{ ...details, id_number: '12' }, { code: 'parameter_invalid', param: 'id_number.id_number' }],
      [{ ...details, id_number: '<b>1234</b>' }, { code: 'parameter_invalid', param: 'id_number.id_number' }],
      [{ ...details, dob: '2999-01-01' }, { code: 'parameter_invalid', param: 'id_number.dob' }],
      [{ ...details, id_number: undefined }, { code: 'parameter_missing', param: 'id_number.id_number' }],
    ];
    for (const [idNumber, expected] of cases) {
      const session = createSession(mock.backend, { type: 'id_number' });
      const error = await errorOf(await submit(session.id, session.client_secret, { id_number: idNumber }));
      expect(error, JSON.stringify(idNumber)).to.include({ status: 400, ...expected });
    }
    const withDocument = await submitError({ options: { document: { require_id_number: true } } }, (files) => ({ document_type: 'id_card', files }));
    expect(withDocument).to.include({ code: 'parameter_missing', param: 'id_number' });
  });

  it('takes what the element’s form takes: a birthday today in the person’s time zone, an ID number with spaces', async () => {
    const session = createSession(mock.backend, { type: 'id_number' });
    const details = { ...ID_NUMBER, dob: localIsoDate(), id_number: ' AB-12 34 ' };
    expect(validateIdNumberDetails(details)).to.deep.equal({});
    expect((await submit(session.id, session.client_secret, { id_number: details })).status).to.equal(200);
  });

  it('refuses a body that is not JSON', async () => {
    const session = createSession(mock.backend);
    const response = await call(`${SESSIONS}/${session.id}/submit`, session.client_secret, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'k', 'Content-Type': 'application/json' },
      body: '{"document_type":',
    });
    expect(await errorOf(response)).to.include({ status: 400, code: 'parameter_invalid' });
  });
});

describe('mock backend: create validation', () => {
  const mock = useMockBackend();

  const invalid: [string, unknown, string][] = [
    ['an unknown type', { type: 'selfie' }, 'type'],
    ['an unknown test_outcome', { type: 'document', test_outcome: 'sunny' }, 'test_outcome'],
    ['an empty allowed_types', { type: 'document', options: { document: { allowed_types: [] } } }, 'options.document.allowed_types'],
    ['an unknown document type', { type: 'document', options: { document: { allowed_types: ['visa'] } } }, 'options.document.allowed_types'],
    ['a non-boolean flag', { type: 'document', options: { document: { require_live_capture: 'yes' } } }, 'options.document.require_live_capture'],
    ['non-string metadata', { type: 'document', metadata: { n: 1 } }, 'metadata'],
    ['a negative processing_ms', { type: 'document', processing_ms: -1 }, 'processing_ms'],
  ];
  for (const [what, body, param] of invalid) {
    it(`refuses ${what} with parameter_invalid on ${param}`, async () => {
      const response = await postJson(SESSIONS, mock.backend.secretKey, body);
      expect(await errorOf(response)).to.include({ status: 400, type: 'invalid_request_error', code: 'parameter_invalid', param });
    });
  }

  it('refuses malformed JSON, over HTTP and as MockApiError in code', async () => {
    const response = await call(SESSIONS, mock.backend.secretKey, { method: 'POST', body: '{type:' });
    expect(await errorOf(response)).to.include({ status: 400, code: 'parameter_invalid' });
    const params = { type: 'passport' } as unknown as CreateSessionParams;
    expect(() => mock.backend.createSession(params)).to.throw(MockApiError).with.nested.property('body.error.param', 'type');
    expect(mock.backend.listEvents()).to.deep.equal([]);
  });
});
