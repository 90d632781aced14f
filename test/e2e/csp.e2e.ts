// End-to-end under a strict Content Security Policy with Trusted Types: strict-csp.html (plain.html's
// integration) completes a verified flow, by upload and by camera, with no violation reported.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { acceptConsent, chooseDocument, dialog, expectHeading, submit, takePhoto, uploadPhoto } from './flow.js';
import { startDemo, type DemoHarness } from './harness.js';

const TEST_TIMEOUT = 45_000;

/**
 * What the issue asks of a site's page; `trusted-types` names Lit's own policy and the demo's `default` policy
 * that lets only MSW's worker script through (test mode only). The SDK creates no policy of its own.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html default',
].join('; ');

describe('strict-csp.html, under a strict CSP with Trusted Types', () => {
  let demo: DemoHarness;
  before(async () => {
    demo = await startDemo({ screenshots: 'csp', headers: { 'Content-Security-Policy': STRICT_CSP } });
  });
  after(async () => {
    await demo?.close();
  });

  for (const [how, provide] of [
    ['by upload', uploadPhoto],
    ['by camera', takePhoto],
  ] as const) {
    it(`verifies a person ${how} with no CSP or Trusted Types violation`, { timeout: TEST_TIMEOUT }, async () => {
      const demoPage = await demo.open(`verified ${how}`, {
        path: 'strict-csp.html',
        ready: (page) => page.getByRole('button', { name: 'Verify your identity' }).and(page.locator(':enabled')).waitFor(),
      });
      const { page } = demoPage;
      try {
        // The policy really applies: an inline style attribute set from script is reported as a violation.
        const probeReported = await page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const probe = document.createElement('div');
              document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
              setTimeout(() => resolve(false), 2000);
              probe.setAttribute('style', 'color: red');
              document.body.append(probe);
              probe.remove();
            }),
        );
        assert.equal(probeReported, true, 'style-src without unsafe-inline is enforced');
        // From here on, any violation (CSP, or Trusted Types: `require-trusted-types-for`) is the SDK's or the page's.
        await page.evaluate(() => {
          const seen: string[] = [];
          Object.assign(window, { cspViolations: seen });
          document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim()));
        });

        await page.getByRole('button', { name: 'Verify your identity' }).click();
        const modal = dialog(page);
        await expectHeading(modal, 'Before you start');
        await acceptConsent(modal);
        await chooseDocument(modal, 'Passport');
        await provide(modal);
        await submit(modal);
        await expectHeading(modal, 'You are verified');
        await demoPage.shot('verified');
        assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), []);
        assert.deepEqual(demoPage.pageErrors.map(String), []);
      } catch (error) {
        await demoPage.shot('failure').catch(() => undefined);
        throw error;
      } finally {
        await demoPage.close();
      }
    });
  }
});
