// `import type {} from 'verify-identity/jsx/svelte'` types <verify-identity> in Svelte 5 markup.
import type { HTMLAttributes } from 'svelte/elements';
import type { VerifyIdentityElement } from '../components/verify-identity/verify-identity.js';
import type { VerifyIdentityAttributes, VerifyIdentityEventListeners, VerifyIdentityProperties } from './props.js';

export type VerifyIdentitySvelteProps = HTMLAttributes<VerifyIdentityElement> & VerifyIdentityAttributes & VerifyIdentityProperties & VerifyIdentityEventListeners;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'verify-identity': VerifyIdentitySvelteProps;
  }
}
