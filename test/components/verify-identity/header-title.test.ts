import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '../../support/viewport.js';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import '../../../src/define.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import { recordEvents, waitForStep } from '../../support/element.js';

// The German title ("Ihre Identität verifizieren") beside the test-mode badge wrapped to two lines on a 390 px phone.

describe('<verify-identity> header on a phone', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });
  after(() => setViewport({ width: 800, height: 600 }));

  async function header(width: number) {
    await setViewport({ width, height: 844 });
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(html`<verify-identity client-secret=${session.client_secret} locale="de"></verify-identity>`);
    const events = recordEvents(el);
    el.open = true;
    await waitForStep(events, 'consent');
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part=title]')?.textContent === 'Ihre Identität verifizieren', 'German strings', { timeout: 5000 });
    const title = root.querySelector<HTMLElement>('[part=title]')!;
    const badge = root.querySelector<HTMLElement>('[part=badge]')!;
    const close = root.querySelector<HTMLElement>('[part=close-button]')!.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight) || parseFloat(getComputedStyle(title).fontSize) * 1.5;
    // Nothing cut off or pushed out: the title ends before the badge, the close button within the header.
    expect(title.scrollWidth, 'nothing of the title hidden').to.be.at.most(title.clientWidth);
    expect(title.getBoundingClientRect().right, 'the title stops before the badge').to.be.at.most(badge.getBoundingClientRect().left + 0.5);
    // Within the header (in WebKit over WebDriver the window reports 320 px but the dialog stays 390 px wide).
    expect(close.right).to.be.at.most(root.querySelector('[part=header]')!.getBoundingClientRect().right + 0.5);
    return { lines: title.getBoundingClientRect().height / lineHeight, badge };
  }

  it('keeps the German title on one line at 390 px, beside the test-mode badge and the close button', async () => {
    const { lines, badge } = await header(390);
    expect(lines, 'one line').to.be.below(1.5);
    expect(badge.getBoundingClientRect().height, 'the badge on one line too').to.be.below(parseFloat(getComputedStyle(badge).fontSize) * 2.5);
  });

  it('wraps it at 320 px rather than cutting it off', async () => {
    const { lines } = await header(320);
    expect(lines).to.be.below(2.5);
  });
});
