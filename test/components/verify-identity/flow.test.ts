import { expect } from '@open-wc/testing';
import type { ClientSession } from '../../../src/core/types.js';
import {
  INITIAL_FLOW,
  holdsWork,
  planSubmission,
  previousStep,
  reduceFlow,
  resolveStep,
  retryScope,
  shownSteps,
  stepProgress,
  type FlowAction,
  type FlowState,
} from '../../../src/components/verify-identity/flow.js';
import { clientSession as session } from '../../client-session.js';
import { ID_NUMBER } from '../../support/backend.js';

const image = (name: string) => new File(['x'], `${name}.png`, { type: 'image/png' });
const capture = (side: 'front' | 'back' | 'selfie'): FlowAction => ({
  type: 'capture',
  side,
  capture: { image: image(side), source: 'upload' },
});
const ID = ID_NUMBER;

function run(...actions: FlowAction[]): FlowState {
  return actions.reduce(reduceFlow, INITIAL_FLOW);
}

const step = (s: ClientSession, flow: FlowState) => resolveStep({ session: s, blockingError: false, flow });

describe('flow', () => {
  it('walks an ID card session through consent, type, front, back, review', () => {
    const s = session();
    expect(step(s, run())).to.equal('consent');
    expect(step(s, run({ type: 'consent' }))).to.equal('document-type');
    const chosen = run({ type: 'consent' }, { type: 'document-type', documentType: 'id_card' });
    expect(step(s, chosen)).to.equal('capture-front');
    expect(step(s, reduceFlow(chosen, capture('front')))).to.equal('capture-back');
    expect(step(s, run({ type: 'consent' }, { type: 'document-type', documentType: 'id_card' }, capture('front'), capture('back')))).to.equal('review');
  });

  it('skips the document type when only one is allowed, and the back of a passport', () => {
    const s = session({}, { allowed_types: ['passport'] });
    expect(step(s, run({ type: 'consent' }))).to.equal('capture-front');
    expect(step(s, run({ type: 'consent' }, capture('front')))).to.equal('review');
  });

  it('asks for a selfie and the ID number when the session requires them', () => {
    const s = session({}, { allowed_types: ['passport'], require_matching_selfie: true, require_id_number: true });
    const afterFront = run({ type: 'consent' }, capture('front'));
    expect(step(s, afterFront)).to.equal('capture-selfie');
    expect(step(s, reduceFlow(afterFront, capture('selfie')))).to.equal('id-number');
    expect(step(s, run({ type: 'consent' }, capture('front'), capture('selfie'), { type: 'id-number', details: ID }))).to.equal('review');
  });

  it('asks no image of an id_number session', () => {
    const s = session({ type: 'id_number' }, { require_matching_selfie: true });
    expect(step(s, run({ type: 'consent' }))).to.equal('id-number');
    const flow = run({ type: 'consent' }, { type: 'id-number', details: ID });
    expect(planSubmission(s, flow)).to.deep.equal({ files: [], idNumber: ID });
  });

  it('follows the status first: processing, verified, canceled, and a failed attempt', () => {
    const flow = run({ type: 'consent' });
    expect(step(session({ status: 'processing' }), flow)).to.equal('processing');
    expect(step(session({ status: 'verified' }), flow)).to.equal('verified');
    expect(step(session({ status: 'canceled' }), flow)).to.equal('canceled');
    const failed = session({ last_error: { code: 'document_expired', reason: 'Expired.' } });
    expect(step(failed, flow)).to.equal('requires-input');
    expect(resolveStep({ session: null, blockingError: false, flow })).to.equal('loading');
    expect(resolveStep({ session: failed, blockingError: true, flow })).to.equal('error');
  });

  it('restarts at document capture after Try again for an unknown failure, consent kept, images dropped', () => {
    const failed = session({ last_error: { code: 'something_new', reason: 'New.' } }, { allowed_types: ['passport'] });
    const retried = run({ type: 'consent' }, capture('front'), { type: 'submitted' }, { type: 'retry', scope: retryScope('something_new') });
    expect(retried.consentGiven).to.equal(true);
    expect(retried.captures).to.deep.equal({});
    expect(step(failed, retried)).to.equal('capture-front');
  });

  it('maps each last_error code to what must be redone, own keys only', () => {
    expect(retryScope('selfie_face_mismatch')).to.equal('selfie');
    expect(retryScope('selfie_manipulated')).to.equal('selfie');
    expect(retryScope('document_expired')).to.equal('document');
    expect(retryScope('document_unverified_other')).to.equal('document');
    expect(retryScope('document_type_not_supported')).to.equal('other-document');
    expect(retryScope('id_number_mismatch')).to.equal('id-number');
    expect(retryScope('under_supported_age')).to.equal('everything');
    expect(retryScope('constructor')).to.equal('everything');
    expect(retryScope(null)).to.equal('everything');
  });

  describe('Try again keeps what the failure did not concern', () => {
    const s = session({}, { require_matching_selfie: true, require_id_number: true });
    const submitted = run(
      { type: 'consent' },
      { type: 'document-type', documentType: 'id_card' },
      capture('front'),
      capture('back'),
      capture('selfie'),
      { type: 'id-number', details: ID },
      { type: 'submitted' },
    );
    const retry = (code: string) => reduceFlow(submitted, { type: 'retry', scope: retryScope(code) });

    it('a selfie mismatch asks for the selfie only, then review', () => {
      const flow = retry('selfie_face_mismatch');
      expect(flow.documentType).to.equal('id_card');
      expect(Object.keys(flow.captures)).to.deep.equal(['front', 'back']);
      expect(flow.idNumber).to.deep.equal(ID);
      expect(step(s, flow)).to.equal('capture-selfie');
      expect(step(s, reduceFlow(flow, capture('selfie')))).to.equal('review');
    });

    it('an expired document asks both sides again, same document type, selfie and details kept', () => {
      const flow = retry('document_expired');
      expect(flow.documentType).to.equal('id_card');
      expect(Object.keys(flow.captures)).to.deep.equal(['selfie']);
      expect(step(s, flow)).to.equal('capture-front');
      expect(step(s, [capture('front'), capture('back')].reduce(reduceFlow, flow))).to.equal('review');
    });

    it('an unsupported document asks for another document type', () => {
      const flow = retry('document_type_not_supported');
      expect(flow.documentType).to.equal(null);
      expect(step(s, flow)).to.equal('document-type');
    });

    it('an ID number mismatch asks the details only', () => {
      const flow = retry('id_number_mismatch');
      expect(Object.keys(flow.captures)).to.deep.equal(['front', 'back', 'selfie']);
      expect(step(s, flow)).to.equal('id-number');
    });

    it('keeps the same when the outcome arrived before the submit was marked as accepted', () => {
      const unmarked = run(
        { type: 'consent' },
        { type: 'document-type', documentType: 'id_card' },
        capture('front'),
        capture('back'),
        capture('selfie'),
        { type: 'retry', scope: 'selfie' },
      );
      expect(Object.keys(unmarked.captures)).to.deep.equal(['front', 'back']);
      expect(unmarked.documentType).to.equal('id_card');
    });

    it('an unknown failure asks everything again, consent kept', () => {
      const again = retry('something_new');
      expect(again.captures).to.deep.equal({});
      expect([again.consentGiven, again.documentType, again.idNumber, again.lastAttempt]).to.deep.equal([true, null, null, null]);
    });
  });

  describe('progress and Back', () => {
    const s = session({}, { require_matching_selfie: true });
    const chosen = run({ type: 'consent' }, { type: 'document-type', documentType: 'id_card' });

    it('counts the steps this session shows: consent, type, front, back, selfie, review', () => {
      expect(shownSteps(s, chosen)).to.deep.equal(['consent', 'document-type', 'capture-front', 'capture-back', 'capture-selfie', 'review']);
      expect(stepProgress(s, chosen, 'processing')).to.equal(null);
      expect(stepProgress(s, chosen, 'requires-input')).to.equal(null);
    });

    it('numbers stages, known from the start: the document and its sides are one, whichever document is chosen', () => {
      const consented = run({ type: 'consent' });
      // Consent, document, selfie, review: 4 before the type is chosen, and 4 after an ID card (two sides) or a passport.
      expect(stepProgress(s, INITIAL_FLOW, 'consent')).to.deep.equal({ current: 1, total: 4 });
      expect(stepProgress(s, consented, 'document-type')).to.deep.equal({ current: 2, total: 4 });
      for (const step of ['capture-front', 'capture-back'] as const) expect(stepProgress(s, chosen, step)).to.deep.equal({ current: 2, total: 4 });
      const passport = run({ type: 'consent' }, { type: 'document-type', documentType: 'passport' });
      expect(stepProgress(s, passport, 'capture-selfie')).to.deep.equal({ current: 3, total: 4 });
      expect(stepProgress(s, chosen, 'review')).to.deep.equal({ current: 4, total: 4 });
    });

    it('does not count a document type that is the only one allowed, nor a passport back', () => {
      const passport = session({}, { allowed_types: ['passport'] });
      expect(shownSteps(passport, run({ type: 'consent' }))).to.deep.equal(['consent', 'capture-front', 'review']);
      expect(shownSteps(session({ type: 'id_number' }), INITIAL_FLOW)).to.deep.equal(['consent', 'id-number', 'review']);
    });

    it('goes back one shown step, never to the consent nor from a view that is not an input step', () => {
      expect(previousStep(s, chosen, 'document-type')).to.equal(null);
      expect(previousStep(s, chosen, 'consent')).to.equal(null);
      expect(previousStep(s, chosen, 'capture-front')).to.equal('document-type');
      expect(previousStep(s, chosen, 'review')).to.equal('capture-selfie');
      expect(previousStep(s, chosen, 'processing')).to.equal(null);
      expect(previousStep(session({}, { allowed_types: ['passport'] }), run({ type: 'consent' }), 'capture-front')).to.equal(null);
    });

    it('Back shows the earlier step with what it holds, and giving it again moves on', () => {
      const front = reduceFlow(chosen, capture('front'));
      expect(step(s, front)).to.equal('capture-back');
      const back = reduceFlow(front, { type: 'back', to: previousStep(s, front, 'capture-back')! });
      expect(step(s, back)).to.equal('capture-front');
      expect(back.captures.front).to.equal(front.captures.front);
      const backAgain = reduceFlow(back, { type: 'back', to: previousStep(s, back, 'capture-front')! });
      expect(step(s, backAgain)).to.equal('document-type');
      // The same document again keeps the front; another one drops it.
      const same = reduceFlow(backAgain, { type: 'document-type', documentType: 'id_card' });
      expect(step(s, same)).to.equal('capture-back');
      expect(same.captures.front).to.equal(front.captures.front);
      const other = reduceFlow(backAgain, { type: 'document-type', documentType: 'passport' });
      expect(other.captures).to.deep.equal({});
      expect(step(s, other)).to.equal('capture-front');
    });

    it('resume leaves a photo gone back to as it was and carries on', () => {
      const reviewed = [capture('front'), capture('back'), capture('selfie')].reduce(reduceFlow, chosen);
      const retaking = reduceFlow(reviewed, { type: 'retake', side: 'front' });
      expect(step(s, retaking)).to.equal('capture-front');
      const kept = reduceFlow(retaking, { type: 'resume' });
      expect(step(s, kept)).to.equal('review');
      expect(kept.captures).to.deep.equal(reviewed.captures);
    });

    it('Edit from the review returns to the details, then to the review', () => {
      const idSession = session({ type: 'id_number' });
      const reviewed = run({ type: 'consent' }, { type: 'id-number', details: ID });
      const editing = reduceFlow(reviewed, { type: 'back', to: 'id-number' });
      expect(step(idSession, editing)).to.equal('id-number');
      expect(editing.idNumber).to.deep.equal(ID);
      expect(step(idSession, reduceFlow(editing, { type: 'id-number', details: { ...ID, first_name: 'Ado' } }))).to.equal('review');
    });

    it('work would be lost once a photo or a detail is held', () => {
      expect(holdsWork(chosen)).to.equal(false);
      expect(holdsWork(reduceFlow(chosen, capture('front')))).to.equal(true);
      expect(holdsWork(run({ type: 'id-number', details: ID }))).to.equal(true);
    });
  });

  it('returns to review after a retake, keeping the other images', () => {
    const s = session({}, { allowed_types: ['id_card'] });
    const reviewed = run({ type: 'consent' }, capture('front'), capture('back'));
    const retaking = reduceFlow(reviewed, { type: 'retake', side: 'front' });
    expect(step(s, retaking)).to.equal('capture-front');
    const retaken = reduceFlow(retaking, capture('front'));
    expect(step(s, retaken)).to.equal('review');
    expect(retaken.captures.back).to.equal(reviewed.captures.back);
  });

  it('drops document images when another document is chosen, keeping the selfie', () => {
    const flow = run({ type: 'document-type', documentType: 'id_card' }, capture('front'), capture('selfie'), {
      type: 'document-type',
      documentType: 'passport',
    });
    expect(Object.keys(flow.captures)).to.deep.equal(['selfie']);
  });

  it('plans uploads in order with their purposes, and nothing while incomplete', () => {
    const s = session({}, { require_matching_selfie: true });
    const flow = run({ type: 'consent' }, { type: 'document-type', documentType: 'driving_license' }, capture('front'), capture('back'));
    expect(planSubmission(s, flow)).to.equal(null);
    const complete = reduceFlow(flow, capture('selfie'));
    const plan = planSubmission(s, complete)!;
    expect(plan.documentType).to.equal('driving_license');
    expect(plan.files.map(({ side, purpose }) => [side, purpose])).to.deep.equal([
      ['front', 'identity_document'],
      ['back', 'identity_document'],
      ['selfie', 'selfie'],
    ]);
    expect(plan.files[0]!.image).to.equal(complete.captures.front!.image);
  });
});
