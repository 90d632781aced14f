// A Next.js App Router route handler that receives verify-identity webhooks: it verifies the Standard
// Webhooks signature on the raw body, acts once per event id (a delivery may come more than once), and
// answers 2xx so the sender stops retrying. Nothing Node-only: it runs on the Edge runtime too.
import { isVerifyError, verifyWebhook } from 'verify-identity/server';
import { actOnce } from '../../../lib/receiver';

export async function POST(request: Request): Promise<Response> {
  const secret = process.env['VERIFY_IDENTITY_WEBHOOK_SECRET'];
  if (!secret) return new Response('VERIFY_IDENTITY_WEBHOOK_SECRET is not set', { status: 500 });
  try {
    // The raw text: parsed and re-serialised JSON would no longer match its signature.
    const event = await verifyWebhook(await request.text(), request.headers, secret);
    await actOnce(event);
    return new Response(null, { status: 204 });
  } catch (error) {
    // A bad signature, a stale timestamp, a missing header: refused, and never acted on.
    if (isVerifyError(error)) return Response.json({ error: error.code }, { status: 400 });
    throw error;
  }
}
