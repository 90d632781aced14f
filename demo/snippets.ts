// The two copy-pasteable integration snippets, kept in one place so the page shows exactly what it runs.

export const ELEMENT_SNIPPET = `<verify-identity id="verify" business-name="Acme Bank" logo-url="/acme-logo.svg"></verify-identity>
<script type="module">
  import 'verify-identity';

  const verify = document.querySelector('#verify');
  // Your server creates the session and returns its client_secret.
  verify.clientSecret = await createSessionOnYourServer();
  // After a failed attempt, the SDK asks for a fresh secret.
  verify.fetchClientSecret = () => retrieveSessionOnYourServer();

  verify.addEventListener('verification-verified', (event) => {
    console.log('verified', event.detail);
  });
  verify.addEventListener('verification-requires-input', (event) => {
    console.log('needs input', event.detail);
  });
  verify.addEventListener('verification-canceled', () => console.log('canceled'));
  verify.show();
</script>`;

export const FUNCTION_SNIPPET = `import { verifyIdentity } from 'verify-identity';

const secret = await createSessionOnYourServer();
const result = await verifyIdentity(secret, {
  fetchClientSecret: () => retrieveSessionOnYourServer(),
  branding: { businessName: 'Acme Bank', logoUrl: '/acme-logo.svg' },
});

if ('error' in result) {
  console.error(result.error.code, result.error.message);
} else if (result.status === 'verified') {
  console.log('verified', result.session.id);
} else {
  console.log(result.status, result.lastError?.code);
}`;
