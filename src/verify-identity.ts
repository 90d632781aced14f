import type { VerifyIdentityElement } from './components/verify-identity/verify-identity.js';
import type { VerificationResult } from './components/verify-identity/result.js';
import type { StringsOverride } from './components/verify-identity/strings.js';
import './define.js';

export interface VerifyIdentityOptions {
  /** Base URL of the verification API. @default '/v1' */
  apiBase?: string;
  /** Interface language (BCP 47). @default 'en' */
  locale?: string;
  /** Gets a fresh client secret from your server for 'Try again' after a failed attempt. */
  fetchClientSecret?: () => Promise<string>;
  /** Where to mount the element. @default document.body */
  container?: HTMLElement;
  /** Render in place in `container` instead of as a modal dialog. @default false */
  inline?: boolean;
  /** ms between status polls when the status stream is unavailable. @default 2000 */
  pollInterval?: number;
  /** Shown on the consent: your business's name, logo URL, privacy-policy URL and an extra paragraph. */
  branding?: { businessName?: string; logoUrl?: string; privacyPolicyUrl?: string; consentText?: string };
  /** Your own wording for any string, merged over the language's. */
  strings?: StringsOverride;
  /** Your page that continues the verification on a phone ("Continue on your phone"); see the `handoff-url` attribute. */
  handoffUrl?: string;
  /** Receives the element once mounted, to listen to its events or close it early. */
  onMount?: (element: VerifyIdentityElement) => void;
}

/**
 * Mounts a `<verify-identity>`, opens it and resolves when it closes: `{ status, session, lastError? }`,
 * or `{ error }` for an SDK-level failure (never rejects for one). The element is removed afterwards.
 */
export async function verifyIdentity(clientSecret: string, options: VerifyIdentityOptions = {}): Promise<VerificationResult> {
  // createElement, not `new`: uses whichever class registered the tag (a second copy of the SDK defines nothing).
  const element = document.createElement('verify-identity');
  element.clientSecret = clientSecret;
  if (options.apiBase !== undefined) element.apiBase = options.apiBase;
  if (options.locale !== undefined) element.locale = options.locale;
  if (options.pollInterval !== undefined) element.pollInterval = options.pollInterval;
  if (options.handoffUrl !== undefined) element.handoffUrl = options.handoffUrl;
  element.fetchClientSecret = options.fetchClientSecret;
  // Only these four: a plain-JavaScript `branding` must not set `open` or anything else.
  for (const key of ['businessName', 'logoUrl', 'privacyPolicyUrl', 'consentText'] as const) {
    const value = options.branding?.[key];
    if (value !== undefined) element[key] = value;
  }
  element.strings = options.strings;
  element.inline = options.inline ?? false;
  (options.container ?? document.body).append(element);
  try {
    options.onMount?.(element);
    return await element.show();
  } finally {
    element.remove();
  }
}
