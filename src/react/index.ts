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
  VerificationRequestCloseEvent,
  VerificationRequiresInputEvent,
  VerificationStatusChangeEvent,
  VerificationStepEvent,
  VerificationVerifiedEvent,
} from '../events.js';
import type { VerifyIdentityAttributes, VerifyIdentityEventListeners } from '../jsx/props.js';

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
    onRequestClose: 'verification-request-close' as EventName<VerificationRequestCloseEvent>,
    onClose: 'verification-close' as EventName<VerificationCloseEvent>,
    onError: 'verification-error' as EventName<VerificationErrorEvent>,
  },
});

export type VerifyIdentityProps = React.ComponentProps<typeof VerifyIdentity>;

/** Props of the bare `<verify-identity>` tag in TSX: its properties, attributes and `onverification-*` events (React 19). */
export type VerifyIdentityElementProps = WebComponentProps<VerifyIdentityElement> & VerifyIdentityAttributes & VerifyIdentityEventListeners;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'verify-identity': VerifyIdentityElementProps;
    }
  }
}
