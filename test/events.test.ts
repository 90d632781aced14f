import { expect } from '@open-wc/testing';
import * as events from '../src/events.js';
import { VERIFICATION_EVENTS, type VerificationEventName } from '../src/events.js';

// Fails to compile when an event is declared in HTMLElementEventMap but missing from the list.
type Unlisted = Exclude<Extract<keyof HTMLElementEventMap, `verification-${string}`>, VerificationEventName>;
const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;

describe('public events', () => {
  it('lists every verification-* event once', () => {
    expect(everyEventListed).to.equal(true);
    expect(new Set(VERIFICATION_EVENTS).size).to.equal(VERIFICATION_EVENTS.length);
  });

  it('has one class per event, each bubbling out of the shadow root with its detail', () => {
    const classes = Object.values(events).filter(
      (value): value is new (detail: never) => CustomEvent => typeof value === 'function' && value.prototype instanceof CustomEvent,
    );
    const fired = classes.map((EventClass) => {
      const event = new EventClass({ marker: true } as never);
      expect(event.bubbles && event.composed, event.type).to.equal(true);
      expect(event.detail, event.type).to.deep.equal({ marker: true });
      return event.type;
    });
    expect([...fired].sort()).to.deep.equal([...VERIFICATION_EVENTS].sort());
  });
});
