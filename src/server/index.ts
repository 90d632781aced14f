// The server toolkit for an integrator's back end: a typed client of the server-side API and webhook
// verification. Web Crypto and fetch only (no `node:` imports): Node ≥ 20, Deno, Bun, edge runtimes.
export { createServerClient } from './client.js';
export type { ServerClient, ServerClientOptions, ServerRequestOptions } from './client.js';
export { verifyWebhook, signWebhook, WEBHOOK_ERROR_CODES } from './webhooks.js';
export type { VerifyWebhookOptions, WebhookErrorCode, WebhookHeaders } from './webhooks.js';
export { EVENT_TYPES } from './types.js';
export type * from './types.js';
export { VerifyError, isVerifyError } from '../core/errors.js';
export type { VerifyErrorCode, VerifyErrorType, VerifyErrorInit } from '../core/errors.js';
