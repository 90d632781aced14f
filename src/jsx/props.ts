// Framework-neutral prop types of the bare <verify-identity> tag, for JSX and template typings.
import type { VerifyIdentityElement } from '../components/verify-identity/verify-identity.js';

/** The element's attributes, as written in markup. */
export interface VerifyIdentityAttributes {
  'client-secret'?: string;
  'api-base'?: string;
  'poll-interval'?: number | string;
  open?: boolean;
  inline?: boolean;
  locale?: string;
  'business-name'?: string;
  'logo-url'?: string;
  'privacy-policy-url'?: string;
  'consent-text'?: string;
}

/** The element's public, writable properties. */
export type VerifyIdentityProperties = Partial<
  Pick<
    VerifyIdentityElement,
    | 'clientSecret'
    | 'apiBase'
    | 'open'
    | 'inline'
    | 'locale'
    | 'fetchClientSecret'
    | 'pollInterval'
    | 'businessName'
    | 'logoUrl'
    | 'privacyPolicyUrl'
    | 'consentText'
    | 'strings'
  >
>;

type VerificationEventName = Extract<keyof HTMLElementEventMap, `verification-${string}`>;

/** Listeners as `on` + the event's name, as React 19, Preact and Svelte 5 attach them to custom elements. */
export type VerifyIdentityEventListeners = {
  [Name in VerificationEventName as `on${Name}`]?: (event: HTMLElementEventMap[Name]) => void;
};

type Camelize<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camelize<Tail>>}` : Name;

/** Listeners as Vue's templates type them: `@verification-verified` checks against `onVerificationVerified`. */
export type VerifyIdentityVueListeners = {
  [Name in VerificationEventName as `on${Capitalize<Camelize<Name>>}`]?: (event: HTMLElementEventMap[Name]) => void;
};
