// The demo's stand-in for a site's server: plain fetch calls to the service's server-side API
// with a test secret key. A real site makes these calls from its back end, never from a page.
import type { ApiErrorBody } from '../src/core/types.js';
import type { CreateSessionParams, MockEvent, ServerSession, WebhookEndpoint } from '../src/mocks/types.js';

export type { CreateSessionParams, ServerSession, TestOutcome, WebhookEndpoint } from '../src/mocks/types.js';
/** A service event, as `GET /events` lists it and a webhook endpoint receives it. */
export type ServiceEvent = MockEvent;

const API_BASE = '/v1';
const SECRET_KEY = 'sk_test_demo';

/** A failed server-side call, carrying the service's error code for display. */
export class ServerApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ServerApiError';
    this.status = status;
    this.code = code;
  }
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${SECRET_KEY}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as Partial<ApiErrorBody> | null)?.error;
    throw new ServerApiError(response.status, error?.code ?? 'unknown', error?.message ?? `HTTP ${response.status}`);
  }
  return payload as T;
}

/** Lists come Stripe-style (`{ data: [...] }`); a bare array is accepted too. */
function listData<T>(payload: { data: T[] } | T[]): T[] {
  return Array.isArray(payload) ? payload : payload.data;
}

const sessions = '/identity/verification_sessions';

export const serverApi = {
  createSession: (params: CreateSessionParams) => request<ServerSession>('POST', sessions, params),
  /** Also how the site hands out a fresh client secret after a failed attempt spent the last one. */
  retrieveSession: (id: string) => request<ServerSession>('GET', `${sessions}/${encodeURIComponent(id)}`),
  cancelSession: (id: string) => request<ServerSession>('POST', `${sessions}/${encodeURIComponent(id)}/cancel`),
  redactSession: (id: string) => request<ServerSession>('POST', `${sessions}/${encodeURIComponent(id)}/redact`),
  createWebhookEndpoint: (url: string, enabledEvents: string[]) =>
    request<WebhookEndpoint>('POST', '/webhook_endpoints', { url, enabled_events: enabledEvents }),
  /** Newest first. */
  listDeliveries: async (endpointId: string) =>
    listData(
      await request<{ data: ServiceEvent[] } | ServiceEvent[]>(
        'GET',
        `/webhook_endpoints/${encodeURIComponent(endpointId)}/deliveries`,
      ),
    ),
};
