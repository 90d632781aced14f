// plain.html under a strict Content Security Policy with Trusted Types (see strict-csp.html). The
// element needs only Lit's own `lit-html` policy. This page adds a `default` policy for the mock
// backend, in test mode only: MSW hands the worker's URL to `navigator.serviceWorker.register()` as a
// string, which Trusted Types then passes through the default policy; it lets that one URL through.
import { startPlainPage } from './plain-page.js';

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}

const workerUrl = new URL(`${import.meta.env.BASE_URL}mockServiceWorker.js`, location.href).href;
(window as unknown as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes?.createPolicy('default', {
  createScriptURL(url) {
    if (new URL(url, location.href).href !== workerUrl) throw new TypeError(`Only ${workerUrl} may be loaded as a script URL.`);
    return url;
  },
});
await startPlainPage(workerUrl);
