import { html, type TemplateResult } from 'lit';
import type { VerifyError } from '../../core/errors.js';
import type { SessionModel } from '../../core/session-model.js';
import type { HandoffContinuation } from '../../core/handoff.js';
import type { ClientSession } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import { afterPaint } from '../../internal/after-paint.js';
import type { FlowState } from './flow-state.js';

/** The steps' parts, re-exported so that `verify-identity::part(capture-button)` reaches into them. */
export const STEP_PARTS =
  'heading, logo, privacy-policy-link, camera-preview, framing-guide, capture-hint, capture-button, handoff-button, drop-zone, photo, verdict, tips, action-bar, use-photo-button, retake-button, source-switch, message, thumbnail, progress, error, submit-button, edit-button, help-button, help-panel';

/** What the integrator shows on the consent (attributes of the element; empty strings when not set). */
export interface Branding {
  businessName: string;
  logoUrl: string;
  privacyPolicyUrl: string;
  consentText: string;
}

/** `Branding` of the element's attributes, the same object while they stay the same (a new one renders the consent again). */
export function brandingMemo(): (attributes: Branding) => Branding {
  let last: Branding | null = null;
  return ({ businessName, logoUrl, privacyPolicyUrl, consentText }) => {
    const same = last?.businessName === businessName && last.logoUrl === logoUrl && last.privacyPolicyUrl === privacyPolicyUrl && last.consentText === consentText;
    return same ? last! : (last = { businessName, logoUrl, privacyPolicyUrl, consentText });
  };
}

/** What a view needs from the element: data, and the actions its buttons start. */
export interface ViewContext {
  strings: Strings;
  /** The BCP 47 tag of the strings, for dates and numbers. */
  lang: string;
  branding: Branding;
  model: SessionModel;
  /** The loaded session (`null` only for `loading` and `error`). */
  session: ClientSession | null;
  flow: FlowState;
  /** The error the `error` view shows. */
  error: VerifyError | null;
  /** The integrator lets the selfie be chosen from a file (`allow-selfie-upload`). */
  allowSelfieUpload: boolean;
  requestClose(): void;
  reload(): void;
  tryAgain(): void;
  /** The leave question covers the step: a camera stays off until it is answered. */
  paused: boolean;
  /** This device opened the session from a handoff link: at the end, the person goes back to the other one. */
  onPhone: boolean;
  /** In the page (`inline`), not a modal window: nothing tells the person to close a window. */
  inline: boolean;
  /** Capture steps offer "Continue on your phone" (a `handoff-url` is set, and this is not the phone). */
  offerHandoff: boolean;
  /** On the phone: what the computer carried with the handoff code (`{}` elsewhere). */
  continuation: HandoffContinuation;
}

/** Where the element runs, for what the person is told to do next: a modal window, the page itself, or the phone of a handoff. */
export type Place = 'modal' | 'inline' | 'phone';
export const placeOf = (context: Pick<ViewContext, 'onPhone' | 'inline'>): Place => (context.onPhone ? 'phone' : context.inline ? 'inline' : 'modal');

type ErrorHeading = keyof Strings['handoffOutcomes']['errorHeadings'];
type EndedKind = keyof Strings['handoffOutcomes']['errorBodies'];

/** The heading of an error, by its code, then its type (`Map`s: codes come from the service). */
const HEADING_BY_CODE: ReadonlyMap<string, ErrorHeading> = new Map<string, ErrorHeading>([
  ['client_secret_missing', 'notStarted'],
  ['client_secret_malformed', 'notStarted'],
  ['secret_invalid', 'notStarted'],
  ['resource_missing', 'notStarted'],
  ['secret_expired', 'expired'],
  ['secret_spent', 'used'],
  ['session_unexpected_state', 'ended'],
  ['session_redacted', 'ended'],
  ['handoff_code_expired', 'linkExpired'],
  ['handoff_code_claimed', 'linkUsed'],
  ['handoff_code_revoked', 'linkRevoked'],
  ['handoff_code_invalid', 'linkInvalid'],
]);
const HEADING_BY_TYPE: ReadonlyMap<string, ErrorHeading> = new Map<VerifyError['type'], ErrorHeading>([
  ['network', 'offline'],
  ['timeout', 'offline'],
  ['rate_limit', 'busy'],
  ['server', 'service'],
  ['malformed_response', 'service'],
]);
const isEnded = (kind: ErrorHeading): kind is EndedKind => kind === 'notStarted' || kind === 'expired' || kind === 'used' || kind === 'ended';

/** What the error view says: a heading by cause, why, and (for a verification that cannot go on) what to do next, by place. */
export function errorText(context: ViewContext, error: VerifyError | null): { heading: string; body: string; next?: string } {
  const { strings } = context;
  const t = strings.handoffOutcomes;
  const kind = error && (HEADING_BY_CODE.get(error.code) ?? HEADING_BY_TYPE.get(error.type));
  if (!error || !kind) return { heading: strings.errors.heading, body: error ? errorMessage(strings, error) : strings.errors.generic };
  if (!isEnded(kind)) return { heading: t.errorHeadings[kind], body: errorMessage(strings, error) };
  return { heading: t.errorHeadings[kind], body: t.errorBodies[kind], next: t.startAgain[placeOf(context)] };
}

/**
 * A failure's message shown within a step or an outcome: for a verification that cannot go on, why and what to do
 * next where the element runs (no window to close inline or on the phone).
 */
export function failureMessage(context: ViewContext, error: VerifyError): string {
  if (placeOf(context) === 'modal') return errorMessage(context.strings, error);
  const text = errorText(context, error);
  return text.next ? `${text.heading}. ${text.body} ${text.next}` : text.body;
}

/** A message for the person; the exact code stays in `verification-error` for the site. */
export function errorMessage(strings: Strings, error: VerifyError): string {
  const { codes, generic } = strings.errors;
  const handoffCodes = strings.handoff.codes;
  // Codes come from the service: looked up as own keys only (`constructor` is not a message).
  const own = (key: string): string | undefined => (Object.hasOwn(codes, key) ? codes[key as keyof typeof codes] : undefined);
  const handoff = Object.hasOwn(handoffCodes, error.code) ? handoffCodes[error.code as keyof typeof handoffCodes] : undefined;
  return own(error.code) ?? handoff ?? own(error.type) ?? generic;
}

/** "3 minutes" formats, by language. */
const minuteFormats = new Map<string, Intl.NumberFormat>();

function minuteFormat(lang: string): Intl.NumberFormat {
  let format = minuteFormats.get(lang);
  if (!format) minuteFormats.set(lang, (format = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' })));
  return format;
}

/**
 * "3 minutes" in the person's language, plural rules included; `undefined` until a format has been made
 * once in the page (`prepareMinutes()` while idle, else after the first consent's paint): the page's first
 * Intl format loads ICU data, so the consent then shows first and its time estimate follows.
 */
export function formatMinutes(lang: string, minutes: number): string | undefined {
  return minuteFormats.size ? minuteFormat(lang).format(minutes) : undefined;
}

let preparing: Promise<void> | null = null;

/** Makes the number format now (the page is idle): the first opening then shows its time estimate at once, as later ones do. */
export function prepareMinutes(lang: string): void {
  // The first format, not only the formatter, loads the plural rules.
  minuteFormat(lang).format(1);
}

/** `null` once minutes can be formatted; until then, resolves when they can (the first format follows the next paint). */
export function minutesReady(lang: string): Promise<void> | null {
  if (minuteFormats.size) return null;
  return (preparing ??= afterPaint().then(() => void minuteFormat(lang)));
}

/** The heading of a shell view, focused by the modal on each step. */
export const heading = (text: string): TemplateResult => html`<h2 id="step-heading" tabindex="-1">${text}</h2>`;
