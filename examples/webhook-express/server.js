// Starts the receiver: PORT (default 3000) on 127.0.0.1, secret from VERIFY_IDENTITY_WEBHOOK_SECRET.
// With the test-mode server: npx verify-identity serve --forward-to http://127.0.0.1:3000/hooks
import { createApp } from './app.js';

const server = createApp().listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`Receiving webhooks at http://127.0.0.1:${port}/hooks`);
});
