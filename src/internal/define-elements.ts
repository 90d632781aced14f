import { isServer } from 'lit';

/**
 * Registers the elements not registered yet: safe to call twice (a second copy of the SDK defines nothing).
 * On a server (Lit's `node` build, where `isServer` is true and `customElements` is Lit's shim) and where
 * `customElements` is missing it defines nothing, so server-side imports of the package have no effect.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  if (isServer || typeof customElements === 'undefined') return;
  for (const [name, constructor] of Object.entries(elements)) {
    if (!customElements.get(name)) customElements.define(name, constructor);
  }
}
