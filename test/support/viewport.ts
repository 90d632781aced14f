import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sets the size of the page's viewport in CSS pixels, in every engine: through puppeteer in Chromium and Firefox, by
 * resizing the window in WebKit over WebDriver (the `viewport` command of web-test-runner.config.mjs; Web Test
 * Runner's own `setViewport` does not support WebDriver).
 */
export async function setViewport({ width, height }: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', { width, height });
  await waitUntil(() => innerWidth === width && innerHeight === height, `the viewport is ${width} × ${height}, not ${innerWidth} × ${innerHeight}`);
}
