// Types of what bench/pipeline.ts's page exposes as `window.bench` (only for type-checking the page code).
export * as capture from '../src/capture/index.js';
export * as fixtures from '../test/support/scenes.js';
export * as jpeg from '../test/capture/jpeg.js';
export * as corpus from '../test/support/corpus.js';
export * as selfies from '../test/support/selfie-scenes.js';
