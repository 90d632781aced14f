export { createMockBackend } from './create-mock-backend.js';
export { MockApiError } from './errors.js';
export { EVENT_TYPES } from './types.js';
export type {
  CreateSessionParams,
  DeliveredEvent,
  Fault,
  FaultInjector,
  ListEventsParams,
  MockBackend,
  MockBackendOptions,
  MockEndpoint,
  MockEvent,
  MockEventType,
  RecordedEndpoint,
  RecordedRequest,
  Redaction,
  ServerSession,
  SessionSnapshot,
  StatusStreamMode,
  TestOutcome,
  ProvidedDetails,
  VerificationReport,
  VerifiedOutputs,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
} from './types.js';
