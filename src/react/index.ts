// `verify-identity/react`: <VerifyIdentity> for React, made with @lit/react, with typed event props.
// Importing it also types the bare <verify-identity> tag in React 19 TSX.
import * as React from 'react';
import { createComponent, type EventName, type WebComponentProps } from '@lit/react';
import '../define.js';
import { VerifyIdentityElement } from '../components/verify-identity/verify-identity.js';
import type {
  VerificationCanceledEvent,
  VerificationCloseEvent,
  VerificationErrorEvent,
  VerificationProcessingEvent,
  VerificationReadyEvent,
  VerificationRequiresInputEvent,
  VerificationStatusChangeEvent,
  VerificationStepEvent,
  VerificationVerifiedEvent,
} from '../events.js';

/** The element in React: props are its properties, `on…` props its events. */
export const VerifyIdentity = createComponent({
  react: React,
  tagName: 'verify-identity',
  elementClass: VerifyIdentityElement,
  displayName: 'VerifyIdentity',
  events: {
    onReady: 'verification-ready' as EventName<VerificationReadyEvent>,
    onStep: 'verification-step' as EventName<VerificationStepEvent>,
    onProcessing: 'verification-processing' as EventName<VerificationProcessingEvent>,
    onVerified: 'verification-verified' as EventName<VerificationVerifiedEvent>,
    onRequiresInput: 'verification-requires-input' as EventName<VerificationRequiresInputEvent>,
    onCanceled: 'verification-canceled' as EventName<VerificationCanceledEvent>,
    onStatusChange: 'verification-status-change' as EventName<VerificationStatusChangeEvent>,
    onClose: 'verification-close' as EventName<VerificationCloseEvent>,
    onError: 'verification-error' as EventName<VerificationErrorEvent>,
  },
});

export type VerifyIdentityProps = React.ComponentProps<typeof VerifyIdentity>;

/** React 19 sets a listener for `on` + the event's name on a custom element: these are the props it reads. */
type EventProps = {
  [Name in keyof HTMLElementEventMap as Name extends `verification-${string}` ? `on${Name}` : never]?: (
    event: HTMLElementEventMap[Name],
  ) => void;
};

/** The element's attributes, as written in markup. */
interface AttributeProps {
  'client-secret'?: string;
  'api-base'?: string;
  'poll-interval'?: number | string;
  open?: boolean;
  inline?: boolean;
  locale?: string;
}

/** Props of the bare `<verify-identity>` tag in TSX: its properties, attributes and `onverification-*` events. */
export type VerifyIdentityElementProps = WebComponentProps<VerifyIdentityElement> & AttributeProps & EventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'verify-identity': VerifyIdentityElementProps;
    }
  }
}
