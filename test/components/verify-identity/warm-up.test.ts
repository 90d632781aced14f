import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { VerifyConsentStep } from '../../../src/components/steps/consent-step.js';
import { VerifyHelpPopover } from '../../../src/components/steps/help-popover.js';
import { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { formatMinutes } from '../../../src/components/verify-identity/view-context.js';
import { warmUpWhenIdle } from '../../../src/components/verify-identity/warm-up.js';

describe('warm-up of the first opening', () => {
  it('renders the first step ahead of need, detached: nothing connected, fetched or dispatched', async () => {
    const rendered: VerifyConsentStep[] = [];
    // The shell (open, on its loading view) and the help render their templates too, detached.
    const renderedToo: Element[] = [];
    const shellRender = Object.getOwnPropertyDescriptor(VerifyIdentityElement.prototype, 'render')!;
    const helpRender = Object.getOwnPropertyDescriptor(VerifyHelpPopover.prototype, 'render')!;
    for (const [element, descriptor] of [[VerifyIdentityElement, shellRender], [VerifyHelpPopover, helpRender]] as const) {
      Object.defineProperty(element.prototype, 'render', {
        ...descriptor,
        value(this: Element) {
          renderedToo.push(this);
          return descriptor.value.call(this);
        },
      });
    }
    const connected: Element[] = [];
    const dispatched: string[] = [];
    const render = Object.getOwnPropertyDescriptor(VerifyConsentStep.prototype, 'render')!;
    const connect = Object.getOwnPropertyDescriptor(VerifyHelpPopover.prototype, 'connectedCallback')!;
    const dispatch = EventTarget.prototype.dispatchEvent;
    Object.defineProperty(VerifyConsentStep.prototype, 'render', {
      ...render,
      value(this: VerifyConsentStep) {
        rendered.push(this);
        return render.value.call(this);
      },
    });
    Object.defineProperty(VerifyHelpPopover.prototype, 'connectedCallback', {
      ...connect,
      value(this: VerifyHelpPopover) {
        connected.push(this);
        connect.value.call(this);
      },
    });
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      dispatched.push(event.type);
      return dispatch.call(this, event);
    };
    const before = performance.getEntriesByType('resource').length;
    const bodyBefore = [...document.body.childNodes];
    // Nothing is connected to the page, not even for a moment.
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(document.body, { childList: true });
    try {
      warmUpWhenIdle(['verify-identity', 'verify-identity-consent-step', 'verify-identity-help']);
      await waitUntil(() => rendered.length > 0, 'the first step rendered', { timeout: 3000 });
      // One more frame: anything the render set off would have started by then.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    } finally {
      Object.defineProperty(VerifyConsentStep.prototype, 'render', render);
      Object.defineProperty(VerifyIdentityElement.prototype, 'render', shellRender);
      Object.defineProperty(VerifyHelpPopover.prototype, 'render', helpRender);
      Object.defineProperty(VerifyHelpPopover.prototype, 'connectedCallback', connect);
      EventTarget.prototype.dispatchEvent = dispatch;
      mutations.push(...observer.takeRecords());
      observer.disconnect();
    }
    // The page's own warm-up (define.ts) may also have run meanwhile: the same, detached.
    expect(rendered.length).to.be.at.least(1);
    expect(rendered.filter((step) => step.isConnected)).to.deep.equal([]);
    expect(rendered[0]!.collected.length).to.be.above(0);
    expect(renderedToo.map((element) => element.localName)).to.include.members(['verify-identity', 'verify-identity-help']);
    expect(renderedToo.filter((element) => element.isConnected)).to.deep.equal([]);
    expect(connected).to.deep.equal([]);
    expect(dispatched).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
    expect(document.querySelector('verify-identity, verify-identity-consent-step, verify-identity-help')).to.equal(null);
    expect([...document.body.childNodes]).to.deep.equal(bodyBefore);
    expect(mutations.flatMap((record) => [...record.addedNodes])).to.deep.equal([]);
    // The time estimate's format is made too: the first opening shows it at once, as later ones do.
    expect(formatMinutes('en', 3)).to.equal('3 minutes');
  });
});
