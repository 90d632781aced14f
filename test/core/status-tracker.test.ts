import { expect } from '@open-wc/testing';
import { canReach, createStatusTracker, isLegalChange } from '../../src/core/status-tracker.js';
import type { ClientSession } from '../../src/core/types.js';
import { clientSession } from '../client-session.js';

const at = (status: ClientSession['status'], code: string | null = null): ClientSession =>
  clientSession({ status, last_error: code ? { code, reason: 'r' } : null });

describe('createStatusTracker', () => {
  it('takes the first session as the initial one, then reports each change once', () => {
    const tracker = createStatusTracker();
    expect(tracker.accept(at('requires_input'))).to.equal('initial');
    expect(tracker.accept(at('requires_input'))).to.equal('same');
    expect(tracker.accept(at('processing'))).to.equal('change');
    expect(tracker.accept(at('processing'))).to.equal('same');
    expect(tracker.accept(at('requires_input', 'document_expired'))).to.equal('change');
    expect(tracker.current?.last_error?.code).to.equal('document_expired');
  });

  it('ignores frames the lifecycle does not allow from the current status (issue 12, defect 3)', () => {
    const tracker = createStatusTracker();
    tracker.accept(at('requires_input'));
    tracker.accept(at('processing'));
    expect(tracker.accept(at('requires_input')), 'the buffered initial frame after a submit').to.equal('stale');
    expect(tracker.current?.status).to.equal('processing');
    expect(tracker.accept(at('verified'))).to.equal('change');
    expect(tracker.accept(at('processing')), 'processing after verified').to.equal('stale');
    expect(tracker.accept(at('requires_input', 'x')), 'requires_input after verified').to.equal('stale');
    expect(tracker.current?.status).to.equal('verified');
  });

  it('takes a decline (a new last_error, same status) and steps a poll skipped', () => {
    const declined = createStatusTracker();
    declined.accept(at('requires_input'));
    expect(declined.accept(at('requires_input', 'consent_declined'))).to.equal('change');

    const polled = createStatusTracker();
    polled.accept(at('requires_input'));
    expect(polled.accept(at('verified')), 'submit and verify between two polls').to.equal('change');
  });

  it('canReach and isLegalChange follow the lifecycle table', () => {
    expect(canReach('requires_input', 'verified')).to.equal(true);
    expect(canReach('processing', 'requires_input')).to.equal(true);
    expect(canReach('verified', 'processing')).to.equal(false);
    expect(canReach('canceled', 'requires_input')).to.equal(false);
    expect(isLegalChange(at('processing'), at('requires_input'))).to.equal(false);
    expect(isLegalChange(at('processing'), at('requires_input', 'selfie_face_mismatch'))).to.equal(true);
    expect(isLegalChange(at('canceled'), at('canceled'))).to.equal(false);
  });
});
