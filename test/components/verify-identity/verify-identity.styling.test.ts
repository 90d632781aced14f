import { expect } from '@open-wc/testing';
import { createSession, PASSPORT_ONLY, useMockBackend } from '../../support/backend.js';
import { acceptConsent, mount, stepRoot, waitForStep } from '../../support/element.js';

describe('<verify-identity> styling API', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  let style: HTMLStyleElement;

  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = `
      verify-identity::part(heading) { color: rgb(1, 2, 3); }
      verify-identity::part(help-button) { color: rgb(4, 5, 6); }
      verify-identity { --verify-accent-color: rgb(7, 8, 9); }`;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it("reaches the steps' parts from the page, and takes tokens set on the element", async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    const root = await stepRoot(el);
    expect(getComputedStyle(root.querySelector('h2')!).color).to.equal('rgb(1, 2, 3)');
    const help = root.querySelector('verify-identity-help')!;
    expect(getComputedStyle(help.shadowRoot!.querySelector('button')!).color).to.equal('rgb(4, 5, 6)');
    const accept = [...root.querySelectorAll('button')].find((button) => /accept|agree|continue/i.test(button.textContent!))!;
    expect(getComputedStyle(accept).backgroundColor).to.equal('rgb(7, 8, 9)');
    await acceptConsent(el, events);
    el.remove();
  });

  it("keeps the page's own styles out of the shadow root", async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    const root = await stepRoot(el);
    style.textContent = 'h2 { color: rgb(200, 0, 0) !important; }';
    expect(getComputedStyle(root.querySelector('h2')!).color).not.to.equal('rgb(200, 0, 0)');
    el.remove();
  });
});
