// What `serve` needs of the webhook modules besides the HTTP mock (none of it needs msw).
export { parseRetrySchedule } from '../mocks/webhooks/dispatcher.js';
export { assertWebhookSecret } from '../mocks/webhooks/sign.js';
