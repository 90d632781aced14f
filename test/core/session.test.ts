import { expect } from '@open-wc/testing';
import { VerifyError } from '../../src/core/errors.js';
import {
  SESSION_STATUSES,
  canTransition,
  isFinalStatus,
  isSessionStatus,
  transition,
  type SessionAction,
  type SessionStatus,
} from '../../src/core/session.js';

const ACTIONS: SessionAction[] = ['submit', 'verify', 'fail', 'decline', 'cancel', 'redact'];

// Written out by hand from the lifecycle in docs/http-api.md and the OpenAPI document, so that the table in session.ts is checked
// against the spec rather than against itself. A missing pair is illegal.
const EXPECTED: Record<SessionStatus, Partial<Record<SessionAction, SessionStatus>>> = {
  requires_input: { submit: 'processing', decline: 'requires_input', cancel: 'canceled', redact: 'canceled' },
  processing: { verify: 'verified', fail: 'requires_input' },
  verified: { redact: 'verified' },
  canceled: { redact: 'canceled' },
};

describe('session lifecycle', () => {
  it('knows exactly the four statuses', () => {
    expect([...SESSION_STATUSES].sort()).to.deep.equal(['canceled', 'processing', 'requires_input', 'verified']);
  });

  for (const from of ['requires_input', 'processing', 'verified', 'canceled'] as const) {
    for (const action of ACTIONS) {
      const to = EXPECTED[from][action];
      if (to) {
        it(`${from} --${action}--> ${to}`, () => {
          expect(canTransition(from, action)).to.equal(true);
          expect(transition(from, action)).to.equal(to);
        });
      } else {
        it(`refuses ${action} from ${from} with a state_conflict`, () => {
          expect(canTransition(from, action)).to.equal(false);
          let caught: unknown;
          try {
            transition(from, action);
          } catch (error) {
            caught = error;
          }
          expect(caught).to.be.instanceOf(VerifyError);
          expect((caught as VerifyError).type).to.equal('state_conflict');
          expect((caught as VerifyError).code).to.equal('session_unexpected_state');
        });
      }
    }
  }

  it('treats only verified and canceled as final', () => {
    expect(SESSION_STATUSES.filter(isFinalStatus).sort()).to.deep.equal(['canceled', 'verified']);
  });

  it('recognises statuses and nothing else', () => {
    for (const status of SESSION_STATUSES) expect(isSessionStatus(status)).to.equal(true);
    for (const value of ['', 'succeeded', 'VERIFIED', null, 1, undefined]) expect(isSessionStatus(value)).to.equal(false);
  });
});
