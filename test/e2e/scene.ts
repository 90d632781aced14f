// Generated photos for the end-to-end tests: the same scenes the unit tests draw (test/support/scenes.ts),
// rendered in a browser page, and turned into what a fake camera plays (Y4M) or a file to choose (PNG).

import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { SceneOptions } from '../support/scenes.js';

let bundle: Promise<string> | undefined;

/** test/support/scenes.ts as a script that sets `globalThis.scenes`. */
function fixturesScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [resolve(import.meta.dirname, '../support/scenes.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'scenes',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

interface Scenes {
  documentScene(options: SceneOptions): OffscreenCanvas;
  png(canvas: OffscreenCanvas): Promise<Blob>;
}

/** The RGBA pixels of a generated document photo, rendered in `page`. */
export async function documentPixels(page: Page, options: SceneOptions): Promise<{ rgba: Uint8Array; width: number; height: number }> {
  await page.addScriptTag({ content: await fixturesScript() });
  const { data, width, height } = await page.evaluate((options) => {
    const { documentScene } = (globalThis as unknown as { scenes: Scenes }).scenes;
    const canvas = documentScene(options);
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
    return { data: btoa(binary), width: canvas.width, height: canvas.height };
  }, options);
  return { rgba: new Uint8Array(Buffer.from(data, 'base64')), width, height };
}

/**
 * A Y4M video (4:2:0, BT.601 limited range) of `frames` copies of one RGBA picture: what Chromium's
 * `--use-file-for-fake-video-capture` plays in a loop — a camera held perfectly still over the scene.
 */
export function y4m(rgba: Uint8Array, width: number, height: number, frames = 5): Buffer {
  const y = Buffer.alloc(width * height);
  const chromaWidth = width / 2;
  const u = Buffer.alloc(chromaWidth * (height / 2));
  const v = Buffer.alloc(u.length);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const at = (row * width + col) * 4;
      const [r, g, b] = [rgba[at]!, rgba[at + 1]!, rgba[at + 2]!];
      y[row * width + col] = Math.round(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
      if (row % 2 === 0 && col % 2 === 0) {
        const c = (row / 2) * chromaWidth + col / 2;
        u[c] = Math.round(128 + (-37.797 * r - 74.203 * g + 112 * b) / 255);
        v[c] = Math.round(128 + (112 * r - 93.786 * g - 18.214 * b) / 255);
      }
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]);
}
