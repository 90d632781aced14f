/**
 * How much longer than in Chromium the engine under test may take for the same work: 1 in Chromium and Firefox,
 * 3 in WebKitGTK (set per engine by web-test-runner.config.mjs, which explains the figure). Scale a wait on a real
 * signal by it, never a sleep.
 */
export const ENGINE_PACE: number = (globalThis as { __ENGINE_PACE__?: number }).__ENGINE_PACE__ ?? 1;
