// `import type {} from 'verify-identity/jsx/preact'` types <verify-identity> in Preact's JSX.
import type { JSX } from 'preact';
import type { VerifyIdentityElement } from '../components/verify-identity/verify-identity.js';
import type { VerifyIdentityAttributes, VerifyIdentityEventListeners, VerifyIdentityProperties } from './props.js';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'verify-identity': HTMLAttributes<VerifyIdentityElement> & VerifyIdentityAttributes & VerifyIdentityProperties & VerifyIdentityEventListeners;
    }
  }
}

export type VerifyIdentityPreactProps = JSX.IntrinsicElements['verify-identity'];
