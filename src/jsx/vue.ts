// `import type {} from 'verify-identity/jsx/vue'` types <verify-identity> in Vue templates (Volar / vue-tsc).
// Vue still needs to be told it is a custom element: `compilerOptions.isCustomElement`.
import type { DefineComponent } from 'vue';
import type { VerifyIdentityAttributes, VerifyIdentityProperties, VerifyIdentityVueListeners } from './props.js';

export type VerifyIdentityVueProps = VerifyIdentityAttributes & VerifyIdentityProperties & VerifyIdentityVueListeners;

declare module 'vue' {
  interface GlobalComponents {
    'verify-identity': DefineComponent<VerifyIdentityVueProps>;
  }
}
