// Panel 2: the two ways a page can run a verification, each fed by the "server" panel.

import { verifyIdentity, type VerifyIdentityElement } from '../src/index.js';
import type { ServerPanel } from './server-panel.js';
import { ELEMENT_SNIPPET, FUNCTION_SNIPPET } from './snippets.js';

export interface IntegrationsOptions {
  root: HTMLElement;
  server: ServerPanel;
  /** The SDK's language until `setLocale` changes it. */
  locale: string;
  /** The demo's handoff page ("Continue on your phone"); empty where the mock cannot be shared. */
  handoffUrl: string;
}

export interface Branding {
  businessName: string;
  logoUrl: string;
}

export interface Integrations {
  /** Applies to the element at once (it re-renders) and to the next verifyIdentity() call. */
  setLocale(locale: string): void;
  /** Likewise, the business name and logo the element shows. */
  setBranding(branding: Branding): void;
  /** Starts the element on a new session, as "Verify with the element" does. */
  startElement(): Promise<void>;
}

/**
 * Shows code one line per block, so that a line too long for a phone wraps under its own indentation (a hanging
 * indent, see .code-line in styles.css) instead of at the left edge, where it would read as a new line.
 */
function showCode(target: HTMLElement, code: string): void {
  target.replaceChildren(
    ...code.split('\n').map((line) => {
      const span = document.createElement('span');
      span.className = 'code-line';
      span.style.setProperty('--indent', `${/^ */.exec(line)![0].length}ch`);
      // A space keeps an empty line in the copied text (an empty block would vanish from it) and its height on screen.
      span.textContent = line || ' ';
      return span;
    }),
  );
}

export function setUpIntegrations({ root, server, locale, handoffUrl }: IntegrationsOptions): Integrations {
  let currentLocale = locale;
  let branding: Branding = { businessName: '', logoUrl: '' };
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  showCode($('#element-snippet'), ELEMENT_SNIPPET);
  showCode($('#function-snippet'), FUNCTION_SNIPPET);

  const element = document.createElement('verify-identity') as VerifyIdentityElement;
  $('#element-host').append(element);

  /** Asks the "server" for a new session, reporting a failure there rather than to the SDK. */
  async function newSecret(): Promise<string | null> {
    try {
      return await server.createSession();
    } catch (error) {
      $('#server-message').textContent = `Could not create a session: ${String(error)}`;
      return null;
    }
  }

  async function startElement(): Promise<void> {
    const secret = await newSecret();
    if (secret === null) return;
    element.inline = $<HTMLInputElement>('#inline-mode').checked;
    element.locale = currentLocale;
    element.fetchClientSecret = server.fetchClientSecret;
    element.handoffUrl = handoffUrl;
    element.clientSecret = secret;
    void element.show();
    // Inline, the element is at the top of the page: bring it into view when started from further down.
    if (element.inline) element.scrollIntoView({ block: 'nearest' });
  }

  $('#start-element').addEventListener('click', () => void startElement());

  $('#start-function').addEventListener('click', async () => {
    const secret = await newSecret();
    if (secret === null) return;
    const output = $('#function-result');
    output.textContent = 'Waiting for verifyIdentity() to resolve…';
    const result = await verifyIdentity(secret, {
      locale: currentLocale,
      fetchClientSecret: server.fetchClientSecret,
      handoffUrl,
      branding,
    });
    output.textContent = JSON.stringify(
      'error' in result
        ? { error: { type: result.error.type, code: result.error.code, message: result.error.message } }
        : { status: result.status, session: result.session.id, lastError: result.lastError?.code ?? null },
      null,
      2,
    );
  });

  return {
    setLocale(next) {
      currentLocale = next;
      element.locale = next;
    },
    setBranding(next) {
      branding = next;
      element.businessName = next.businessName;
      element.logoUrl = next.logoUrl;
    },
    startElement,
  };
}
