import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sets the size of the page's viewport in CSS pixels, in every engine: through puppeteer in Chromium and Firefox, by
 * resizing the window in WebKit over WebDriver (the `viewport` command of web-test-runner.config.mjs; Web Test
 * Runner's own `setViewport` does not support WebDriver).
 */
export async function setViewport({ width, height, touch = false }: { width: number; height: number; touch?: boolean }): Promise<void> {
  // `touch` asks for a touch screen where the engine can emulate one (Chromium); elsewhere the size alone applies.
  await executeServerCommand('viewport', { width, height, touch });
  await waitUntil(() => innerWidth === width && innerHeight === height, `the viewport is ${width} × ${height}, not ${innerWidth} × ${innerHeight}`);
}
