import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VerifyIdentityElement } from '../../../src/components/verify-identity/verify-identity.js';
import { formatDate } from '../../../src/components/steps/review-step.js';
import { en } from '../../../src/locales/en.js';
import { PASSPORT_ONLY, createSession, useMockBackend } from '../../support/backend.js';
import {
  acceptConsent,
  enterIdNumber,
  mount,
  passportFlow,
  recordEvents,
  stepRoot,
  stepsOf,
  uploadImage,
  waitForStep,
} from '../../support/element.js';

describe('<verify-identity> branding, outcomes, review edits and strings', () => {
  const mock = useMockBackend({ sessions: PASSPORT_ONLY });

  it('brands the consent with the business name, logo, privacy policy, an extra paragraph and a time estimate', async () => {
    const session = createSession(mock.backend);
    const el = await fixture<VerifyIdentityElement>(html`<verify-identity
      client-secret=${session.client_secret}
      business-name="Acme Bank"
      logo-url="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
      privacy-policy-url="https://acme.example/privacy"
      consent-text="We keep your photos for 30 days."
    ></verify-identity>`);
    const events = recordEvents(el);
    el.open = true;
    await waitForStep(events, 'consent');
    const root = await stepRoot(el);
    expect(root.querySelector('[part=logo]')!.getAttribute('alt')).to.equal('Acme Bank');
    expect(root.querySelector('.requested-by')!.textContent).to.equal('Acme Bank asks you to verify your identity.');
    expect(root.querySelector('.consent-text')!.textContent).to.equal('We keep your photos for 30 days.');
    // A passport alone: consent, front, review. The page's first time estimate follows the consent's first paint.
    await waitUntil(() => root.querySelector('.duration'), 'the time estimate shows');
    expect(root.querySelector('.duration')!.textContent).to.equal('It takes about 1 minute.');
    const link = root.querySelector<HTMLAnchorElement>('[part=privacy-policy-link]')!;
    expect([link.href, link.target, link.rel, link.textContent]).to.deep.equal([
      'https://acme.example/privacy',
      '_blank',
      'noopener noreferrer',
      en.consent.privacyPolicy,
    ]);
    await expect(root.host).to.be.accessible();
  });

  it('shows none of it unbranded, refuses a javascript: policy link, and estimates longer flows longer', async () => {
    const session = createSession(mock.backend, {
      options: { document: { allowed_types: ['id_card'], require_matching_selfie: true, require_id_number: true } },
    });
    const { el, events } = await mount(session.client_secret);
    await waitForStep(events, 'consent');
    let root = await stepRoot(el);
    expect(root.querySelectorAll('[part=logo], .requested-by, .consent-text, a')).to.have.length(0);
    await waitUntil(() => root.querySelector('.duration'), 'the time estimate shows');
    expect(root.querySelector('.duration')!.textContent).to.equal('It takes about 3 minutes.');
    el.privacyPolicyUrl = 'javascript:alert(1)';
    await el.updateComplete;
    root = await stepRoot(el);
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('#');
  });

  it('says on each outcome what happened and what comes next, with a hidden illustration and one primary action', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'verified');
    const view = el.shadowRoot!.querySelector('.outcome')!;
    expect(view.querySelector('svg[part=illustration]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(view.querySelector('h2')!.textContent).to.equal(en.outcome.verifiedHeading);
    expect(view.querySelector('.next')!.textContent).to.equal(en.outcome.verifiedNext);
    expect([...view.querySelectorAll('button')].map((b) => [b.className, b.textContent!.trim()])).to.deep.equal([
      ['button button--primary', en.outcome.done],
    ]);
    // The illustration takes the success colour token.
    el.style.setProperty('--verify-success-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(view.querySelector('svg')!).color).to.equal('rgb(1, 2, 3)');
    await expect(el).to.be.accessible();
  });

  it('puts Try again first on a failure, Done second, and says what to redo', async () => {
    const session = createSession(mock.backend, { test_outcome: 'document_expired' });
    const { el, events } = await mount(session.client_secret);
    await passportFlow(el, events);
    await waitForStep(events, 'requires-input');
    const view = el.shadowRoot!.querySelector('.outcome')!;
    expect(view.querySelector('.next')!.textContent).to.equal(en.outcome.redo.document);
    const buttons = [...view.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([en.outcome.done, en.outcome.tryAgain]);
    expect(buttons[1]!.classList.contains('button--primary')).to.equal(true);
  });

  it('edits the typed details from the review and comes back to it; the date of birth is written in the language', async () => {
    const session = createSession(mock.backend, { type: 'id_number' });
    const { el, events } = await mount(session.client_secret);
    await acceptConsent(el, events);
    await enterIdNumber(el, events);
    await waitForStep(events, 'review');
    let review = await stepRoot(el);
    expect(review.querySelector('.details')!.textContent).to.contain('December 10, 1990').and.not.contain('1990-12-10');
    const edit = review.querySelector<HTMLButtonElement>('[part=edit-button]')!;
    expect(edit.getAttribute('aria-label')).to.equal(en.review.editDetailsLabel);
    edit.click();
    await waitForStep(events, 'id-number');
    const form = await stepRoot(el);
    expect(form.querySelector<HTMLInputElement>('#first_name')!.value).to.equal('Ada');
    // The step's own rules want a date of birth after 1900: Ada's is corrected at the same time.
    for (const [id, value] of [['first_name', 'Augusta'], ['dob', '1990-04-12']]) {
      const input = form.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value!;
      input.dispatchEvent(new InputEvent('input'));
    }
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitForStep(events, 'review');
    review = await stepRoot(el);
    expect(review.querySelector('.details')!.textContent).to.contain('Augusta Lovelace').and.contain('April 12, 1990');
    expect(stepsOf(events).slice(-3)).to.deep.equal(['review', 'id-number', 'review']);
  });

  it('formats dates with Intl in the language, as calendar dates whatever the time zone', () => {
    expect(formatDate('1815-12-10', 'fr')).to.equal('10 décembre 1815');
    expect(formatDate('1990-01-01', 'de')).to.equal('1. Januar 1990');
    expect(formatDate('not a date', 'en')).to.equal('not a date');
  });

  it('merges the strings property over the language: nested keys, functions, unknown keys ignored', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret);
    el.strings = {
      consent: { heading: 'One quick check', duration: (time: string) => `${time} at most.` },
      outcome: { verifiedNext: 'You can now open your account.' },
      // A typo from plain JavaScript: ignored, not a crash.
      ...({ nope: { x: 'y' } } as object),
    };
    await waitForStep(events, 'consent');
    const root = await stepRoot(el);
    await waitUntil(() => root.querySelector('h2')!.textContent === 'One quick check' && root.querySelector('.duration'), 'the override shows');
    expect(root.querySelector('.duration')!.textContent).to.equal('1 minute at most.');
    expect(root.querySelector('.button--primary')!.textContent!.trim()).to.equal(en.consent.accept);
    await acceptConsent(el, events);
    await uploadImage(el, events, 'front');
    await waitForStep(events, 'review');
    (await stepRoot(el)).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitForStep(events, 'verified');
    expect(el.shadowRoot!.querySelector('.next')!.textContent).to.equal('You can now open your account.');
  });

  it('a strings function that throws falls back to the language\'s own string, logged once (issue 26, defect 6)', async () => {
    const session = createSession(mock.backend);
    const { el, events } = await mount(session.client_secret, { open: false });
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      el.strings = {
        consent: {
          duration: () => {
            throw new Error('a broken override');
          },
        },
        progress: {
          label: () => {
            throw new Error('another broken override');
          },
        },
      };
      const shown = el.show();
      await waitForStep(events, 'consent');
      const root = await stepRoot(el);
      await waitUntil(() => root.querySelector('.duration'), 'the time estimate shows');
      expect(root.querySelector('.duration')!.textContent).to.equal(en.consent.duration('1 minute'));
      await acceptConsent(el, events);
      await waitForStep(events, 'capture-front');
      expect(el.shadowRoot!.querySelector('.progress-label')?.textContent).to.match(/^Step \d of \d$/);
      el.close();
      expect((await shown).reason).to.equal('closed-by-api');
      expect(uncaught, 'no uncaught error').to.deep.equal([]);
      expect(events.filter((e) => e.type === 'verification-error')).to.have.length(0);
      expect(warnings.map((args) => String(args[0])).sort()).to.deep.equal([
        'verify-identity: strings.consent.duration threw; the language\'s own string shows instead.',
        'verify-identity: strings.progress.label threw; the language\'s own string shows instead.',
      ]);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });
});
