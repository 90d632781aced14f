import { FaultQueue } from './faults.js';
import { ensurePromiseWithResolvers } from './promise-with-resolvers.js';
import { createHandlers } from './handlers.js';
import { SessionStore } from './session-store.js';
import type { MockBackend, MockBackendOptions, RecordedRequest } from './types.js';

/**
 * One in-memory verification service, exposed as MSW handlers (for `msw/browser` or `msw/node`)
 * and as a programmatic server-side API that follows the same rules and emits the same events.
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  // Before msw handles any request through these handlers (msw calls it; Node 20 lacks it).
  ensurePromiseWithResolvers();
  const apiBase = (options.apiBase ?? '/v1').replace(/\/+$/, '');
  const now = options.now ?? (() => Date.now());
  const store = new SessionStore(now, options.defaultProcessingMs ?? 2000, options.redactionMs ?? 500, options.timers);
  if (options.webhookSender) store.events.attachSender(options.webhookSender);
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const handlers = createHandlers({ apiBase, store, faults, requests, now, statusStream: options.statusStream ?? 'live',
    heartbeat: { intervalMs: options.streamHeartbeatMs ?? 5000, timers: options.timers },
  });

  return {
    handlers,
    secretKey: 'sk_test_mock',
    faults,
    get requests() {
      return requests.map((request) => ({ ...request }));
    },
    reset() {
      store.reset();
      faults.clear();
      requests.length = 0;
    },
    createSession: (params) => store.create(params),
    retrieveSession: (id) => store.retrieve(id),
    listSessions: (params = {}) => store.list(params),
    retrieveVerificationReport: (id) => store.report(id),
    cancelSession: (id) => store.cancel(id),
    redactSession: (id) => store.redact(id),
    listEvents: (params) => store.events.list(params).data,
    createWebhookEndpoint: (params) => store.events.createEndpoint(params),
    deliveries: (endpointId) => store.events.deliveries(endpointId),
    submissionCount: (id) => store.submissionCount(id),
    expireHandoffCodes: (id) => store.expireHandoffCodes(id),
  };
}
