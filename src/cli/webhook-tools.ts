// What `serve` needs of the webhook modules besides the HTTP mock (none of it needs msw).
export { parseRetrySchedule } from '../mocks/webhooks/dispatcher.js';
export { webhookSecretKey } from '../mocks/webhooks/sign.js';
