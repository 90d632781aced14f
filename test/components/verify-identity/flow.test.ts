import { expect } from '@open-wc/testing';
import type { ClientSession } from '../../../src/core/types.js';
import {
  INITIAL_FLOW,
  planSubmission,
  reduceFlow,
  resolveStep,
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

  it('restarts at document capture after Try again, consent kept, images dropped', () => {
    const failed = session({ last_error: { code: 'document_expired', reason: 'Expired.' } }, { allowed_types: ['passport'] });
    const retried = run({ type: 'consent' }, capture('front'), { type: 'submitted' }, { type: 'retry' });
    expect(retried.consentGiven).to.equal(true);
    expect(retried.captures).to.deep.equal({});
    expect(step(failed, retried)).to.equal('capture-front');
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
