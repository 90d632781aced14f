// Creates a verification session with the server toolkit and gives the page only its client secret. The
// secret key stays on the server (VERIFY_IDENTITY_SECRET_KEY); VERIFY_IDENTITY_API_BASE is the service's
// address (or, to try it out, the one `npx verify-identity serve` prints).
import { createServerClient, isVerifyError } from 'verify-identity/server';

export async function POST(): Promise<Response> {
  const secretKey = process.env['VERIFY_IDENTITY_SECRET_KEY'];
  const apiBase = process.env['VERIFY_IDENTITY_API_BASE'];
  if (!secretKey || !apiBase) return Response.json({ error: 'VERIFY_IDENTITY_SECRET_KEY and VERIFY_IDENTITY_API_BASE must be set' }, { status: 500 });
  try {
    const session = await createServerClient({ secretKey, apiBase }).sessions.create({
      type: 'document',
      options: { document: { allowed_types: ['passport', 'id_card', 'driving_license'] } },
      // In a real app: the signed-in user's id, so that webhooks can be matched to them.
      client_reference_id: 'user_123',
    });
    return Response.json({ clientSecret: session.client_secret });
  } catch (error) {
    // The code only: a message may name the session, and the page needs no more than "it failed".
    if (isVerifyError(error)) return Response.json({ error: error.code }, { status: 502 });
    throw error;
  }
}
