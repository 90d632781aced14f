// The demo page: a mock backend (shared over HTTP by `npm run demo`, or in a service worker in the static
// build: see mock-mode.ts), a stand-in for the site's server, the SDK in both integration styles with every
// event the page and the "server" see, and a phone frame for "Continue on your phone". "Try it", at the top,
// is the short way in: a scenario fills in the rest of the page, and "Verify identity" starts it.

import { SUPPORTED_LOCALES } from '../src/locales/index.js';
import { setUpAppearance } from './appearance.js';
import { logDomEvents } from './dom-log.js';
import { setUpFaultPanel } from './fault-panel.js';
import { HANDOFF_NEEDS_SHARED_MOCK, setUpHandoffPanel } from './handoff-panel.js';
import { setUpIntegrations } from './integrations.js';
import { handoffPageUrl, startDemoMock } from './mock-mode.js';
import { setUpScenarios } from './scenarios.js';
import { setUpServerPanel } from './server-panel.js';
import { startWebhookLog } from './webhook-log.js';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const startButtons = [$<HTMLButtonElement>('#verify'), $<HTMLButtonElement>('#start-element'), $<HTMLButtonElement>('#start-function')];
for (const button of startButtons) button.disabled = true;

const mock = await startDemoMock();
// Handoff needs one backend for both devices: the shared API only.
const handoffUrl = mock.mode === 'http' ? handoffPageUrl() : '';

/** Each language named in itself ("Français", "العربية"), as a language menu should. */
const nativeName = (code: string) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};
const server = setUpServerPanel($('main'));
const integrations = setUpIntegrations({ root: $('main'), server, locale: SUPPORTED_LOCALES[0] ?? 'en', handoffUrl });
const handoff = setUpHandoffPanel({
  root: $('#handoff-panel'),
  frame: $<HTMLIFrameElement>('.phone-frame'),
  handoffUrl,
  expireCodes: () => mock.expireHandoffCodes(),
});
setUpAppearance({
  form: $<HTMLFormElement>('#appearance'),
  locales: SUPPORTED_LOCALES.map((code) => [code, nativeName(code)] as const),
  onLocaleChange: (locale) => integrations.setLocale(locale),
  onBrandingChange: (branding) => integrations.setBranding(branding),
});
const faults = setUpFaultPanel($<HTMLFormElement>('#fault-panel'), mock.faults);
const chosenScenario = setUpScenarios({
  form: $<HTMLFormElement>('#scenarios'),
  note: $('#scenario-note'),
  sessionForm: $<HTMLFormElement>('#create-session'),
  inlineBox: $<HTMLInputElement>('#inline-mode'),
  phoneUnavailable: handoffUrl ? null : HANDOFF_NEEDS_SHARED_MOCK,
  onChange: (scenario) => {
    if (!scenario.phone) handoff.hideFrame();
  },
});
$('#verify').addEventListener('click', async () => {
  const scenario = chosenScenario();
  if (scenario.faults) await faults.armAll(scenario.faults.list, scenario.faults.what);
  if (scenario.phone) handoff.followInFrame();
  await integrations.startElement();
});
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
$('#backend-status').textContent =
  mock.mode === 'http'
    ? 'Mock backend ready: requests to /v1 are answered by the shared mock API of the dev server, in test mode.'
    : 'Mock backend ready: requests to /v1 are answered by a service worker, in test mode.';
