// The framework-free SDK: no Lit, no DOM UI; its environment (fetch, XMLHttpRequest, document) is injectable.
export * from './types.js';
export * from './errors.js';
export * from './session.js';
export * from './client-secret.js';
export * from './api.js';
export type { Timers } from './http.js';
export * from './watch.js';
// Named, so that isSameState (the tracker's and the mock's) stays internal and the minifier may inline it.
export { canReach, createStatusTracker, isLegalChange, type StatusTracker } from './status-tracker.js';
export * from './session-model.js';
export * from './rules.js';
