// The demo page: a mock backend in a service worker, a stand-in for the site's server, and the
// SDK in both integration styles, with every event the page and the "server" see.

import { SUPPORTED_LOCALES } from '../src/locales/index.js';
import { startMockBackend } from '../src/mocks/browser.js';
import { setUpAppearance } from './appearance.js';
import { logDomEvents } from './dom-log.js';
import { setUpFaultPanel } from './fault-panel.js';
import { setUpIntegrations } from './integrations.js';
import { setUpServerPanel } from './server-panel.js';
import { startWebhookLog } from './webhook-log.js';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const startButtons = [$<HTMLButtonElement>('#start-element'), $<HTMLButtonElement>('#start-function')];
for (const button of startButtons) button.disabled = true;

// The worker script sits beside index.html, so the built demo works under any base path.
// Quiet: the webhook column polls twice a second, which would drown MSW's request log.
const { backend } = await startMockBackend({
  quiet: true,
  serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
});

/** Each language named in itself ("Français", "العربية"), as a language menu should. */
const nativeName = (code: string) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};
const server = setUpServerPanel($('main'));
const integrations = setUpIntegrations({ root: $('main'), server, locale: SUPPORTED_LOCALES[0] ?? 'en' });
setUpAppearance({
  form: $<HTMLFormElement>('#appearance'),
  locales: SUPPORTED_LOCALES.map((code) => [code, nativeName(code)] as const),
  onLocaleChange: (locale) => integrations.setLocale(locale),
});
setUpFaultPanel($<HTMLFormElement>('#fault-panel'), backend.faults);
logDomEvents($<HTMLOListElement>('#dom-log'));
await startWebhookLog({
  list: $<HTMLOListElement>('#webhook-log'),
  choice: $<HTMLFieldSetElement>('#webhook-endpoint'),
  onEvent: (event) => server.sessionChanged(event.data.object.id),
});

$('#clear-logs').addEventListener('click', () => {
  $('#dom-log').replaceChildren();
  $('#webhook-log').replaceChildren();
});

for (const button of startButtons) button.disabled = false;
$('#backend-status').textContent = 'Mock backend ready: requests to /v1 are answered by a service worker, in test mode.';
