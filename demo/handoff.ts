// The demo's handoff page: what a phone opens from the QR code. The whole integration is a
// <verify-identity> with no client secret; it reads the one-time code from the address, claims a
// client secret of its own, removes the code from the address bar, and runs the flow.
import { VERIFICATION_EVENTS } from '../src/index.js';
import { mockMode } from './mock-mode.js';

const verification = document.querySelector('verify-identity')!;
for (const type of VERIFICATION_EVENTS) verification.addEventListener(type, (event) => console.log(type, event.detail));

if (mockMode() !== 'http') {
  document.querySelector('#handoff-intro')!.textContent =
    'This page needs the shared mock API (npm run demo): an in-page mock cannot see the computer’s session.';
} else if (location.hash.includes('code=')) {
  document.querySelector('#handoff-intro')!.remove();
  void verification.show();
}
