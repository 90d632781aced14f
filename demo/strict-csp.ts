// plain.html under a strict Content Security Policy with Trusted Types (see strict-csp.html). The
// element needs only Lit's own `lit-html` policy; this named one is for the mock backend, in test mode:
// it lets MSW register its worker script, and nothing else.
import { startPlainPage } from './plain-page.js';

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): unknown };
}

const workerUrl = new URL(`${import.meta.env.BASE_URL}mockServiceWorker.js`, location.href).href;
const trustedTypes = (window as unknown as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
const policy = trustedTypes?.createPolicy('verify-identity-demo-msw', {
  createScriptURL(url) {
    if (new URL(url, location.href).href !== workerUrl) throw new TypeError(`Only ${workerUrl} may be loaded as a worker.`);
    return url;
  },
});
// A TrustedScriptURL where Trusted Types exist; MSW passes it on to register() untouched.
await startPlainPage((policy?.createScriptURL(workerUrl) ?? workerUrl) as string);
