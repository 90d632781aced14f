// The steps' chunk cannot be fetched (offline, a CDN failing). Its own file: a page loads the chunk once.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { startMockBackend } from '../../../src/mocks/browser.js';
import { acceptConsent, chooseDocument, mount, stepsOf, waitForStep, type RecordedEvent } from '../../support/element.js';

let mock: Awaited<ReturnType<typeof startMockBackend>>;

/** Whether `import()` of a module whose first fetch failed fetches it again (Chromium) or keeps the failure (Firefox). */
async function engineRetriesFailedImports(): Promise<boolean> {
  let served = 0;
  mock.worker.use(
    http.get('/__import-probe.js', () =>
      served++ === 0 ? HttpResponse.error() : new HttpResponse('export default 1;', { headers: { 'content-type': 'text/javascript' } }),
    ),
  );
  const load = () => import(/* @vite-ignore */ `${location.origin}/__import-probe.js`);
  await load().catch(() => undefined);
  const retried = await load().then(
    () => true,
    () => false,
  );
  mock.worker.resetHandlers();
  return retried;
}

const errorsOf = (events: RecordedEvent[]) =>
  events.filter(({ type }) => type === 'verification-error').map(({ detail }) => (detail as { error: { type: string } }).error.type);

describe('<verify-identity> when the later steps cannot be loaded', () => {
  before(async () => {
    mock = await startMockBackend({ quiet: true });
  });
  after(() => mock.stop());

  it('keeps the consent on screen, then shows a network error with a retry when the next step needs them', async () => {
    let chunkRequests = 0;
    mock.worker.use(
      http.get(/define-steps/, () => {
        chunkRequests++;
        return HttpResponse.error();
      }),
    );
    const session = mock.backend.createSession({ type: 'document', options: { document: { allowed_types: ['passport', 'id_card'] } } });
    const { el, events } = await mount(session.client_secret!);
    await waitForStep(events, 'consent');
    await waitUntil(() => chunkRequests > 0, 'the steps are fetched while the consent shows');
    // Reading the consent needs no chunk: no error yet.
    expect(errorsOf(events)).to.deep.equal([]);

    await acceptConsent(el, events);
    await waitForStep(events, 'error');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.getAttribute('data-code')).to.equal('network_error');
    expect(errorsOf(events)).to.deep.equal(['network']);

    mock.worker.resetHandlers();
    const retriesFailedImports = await engineRetriesFailedImports();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.button--primary')!.click();
    if (retriesFailedImports) {
      await chooseDocument(el, events, 'id_card');
      await waitForStep(events, 'capture-front');
      // The consent was kept: the person is not asked again.
      expect(stepsOf(events)).to.deep.equal(['consent', 'error', 'document-type', 'capture-front']);
    } else {
      // Firefox keeps a failed module import failed for the page's life (its module map caches the failure):
      // the retry fails again, with the same clear error rather than a spinner.
      await waitUntil(() => errorsOf(events).length === 2, 'the retry fails again');
      await waitForStep(events, 'error');
      expect(el.shadowRoot!.querySelector('[role=alert]')?.getAttribute('data-code')).to.equal('network_error');
    }
    el.close();
  });
});
