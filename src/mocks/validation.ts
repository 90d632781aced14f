import {
  DOCUMENT_TYPES,
  LAST_ERROR_CODES,
  SESSION_TYPES,
  type DocumentOptions,
  type DocumentType,
  type SessionType,
} from '../core/types.js';
import { invalidParam, missingParam } from './errors.js';
import { EVENT_TYPES, type ProvidedDetails, type TestOutcome } from './types.js';

export const DEFAULT_DOCUMENT_OPTIONS: Readonly<DocumentOptions> = {
  allowed_types: ['driving_license', 'id_card', 'passport'],
  require_id_number: false,
  require_live_capture: false,
  require_matching_selfie: false,
};

/** Stripe's limits on metadata: keys, key length, value length. */
export const METADATA_LIMITS = { keys: 50, keyLength: 40, valueLength: 500 } as const;
/** The longest `processing_ms` (1 hour); timers overflow past about 24.8 days and would fire at once. */
export const MAX_PROCESSING_MS = 60 * 60 * 1000;

/** Create params once checked, with every default applied. */
export interface ValidCreateParams {
  type: SessionType;
  document: DocumentOptions;
  metadata: Record<string, string>;
  testOutcome: TestOutcome;
  processingMs: number;
  clientReferenceId: string | null;
  relatedCustomer: string | null;
  providedDetails: ProvidedDetails | null;
}

/** The longest `client_reference_id` and `related_customer`, as Stripe's. */
export const REFERENCE_MAX_LENGTH = 5000;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{1,63}$/;
const PHONE = /^\+[1-9]\d{6,14}$/;

function optionalReference(value: unknown, param: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length === 0 || value.length > REFERENCE_MAX_LENGTH) {
    throw invalidParam(param, `${param} must be a string of 1 to ${REFERENCE_MAX_LENGTH} characters.`);
  }
  return value;
}

function parseProvidedDetails(value: unknown): ProvidedDetails | null {
  if (value === undefined || value === null) return null;
  const details = optionalRecord(value, 'provided_details');
  const unknown = Object.keys(details).find((key) => key !== 'email' && key !== 'phone');
  if (unknown !== undefined) throw invalidParam(`provided_details.${unknown}`, 'provided_details takes only email and phone.');
  const { email, phone } = details;
  const parsed: ProvidedDetails = {};
  if (email !== undefined) {
    if (typeof email !== 'string' || !EMAIL.test(email)) throw invalidParam('provided_details.email', 'provided_details.email must be an email address.');
    parsed.email = email;
  }
  if (phone !== undefined) {
    if (typeof phone !== 'string' || !PHONE.test(phone)) throw invalidParam('provided_details.phone', 'provided_details.phone must be a phone number in E.164 form, e.g. +14155550123.');
    parsed.phone = phone;
  }
  return parsed;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function optionalRecord(value: unknown, param: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw invalidParam(param, `${param} must be an object.`);
  return value;
}

function optionalBoolean(value: unknown, param: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalidParam(param, `${param} must be a boolean.`);
  return value;
}

function parseAllowedTypes(value: unknown): DocumentType[] {
  const param = 'options.document.allowed_types';
  if (value === undefined) return [...DEFAULT_DOCUMENT_OPTIONS.allowed_types];
  if (!Array.isArray(value) || value.length === 0 || !value.every((type) => includes(DOCUMENT_TYPES, type))) {
    throw invalidParam(param, `${param} must be a non-empty list of: ${DOCUMENT_TYPES.join(', ')}.`);
  }
  return [...new Set(value as DocumentType[])];
}

function parseMetadata(value: unknown): Record<string, string> {
  const metadata = optionalRecord(value, 'metadata');
  const entries = Object.entries(metadata);
  const { keys, keyLength, valueLength } = METADATA_LIMITS;
  if (entries.length > keys) throw invalidParam('metadata', `metadata may have at most ${keys} keys.`);
  for (const [key, entry] of entries) {
    if (typeof entry !== 'string') throw invalidParam('metadata', 'metadata values must be strings.');
    if (key.length === 0 || key.length > keyLength) throw invalidParam('metadata', `metadata keys must be 1 to ${keyLength} characters.`);
    if (entry.length > valueLength) throw invalidParam('metadata', `metadata values may be at most ${valueLength} characters.`);
  }
  // Own entries only, into an object without a prototype-sensitive key path (`__proto__` stays a plain key).
  return Object.fromEntries(entries) as Record<string, string>;
}

export function parseCreateParams(body: unknown, defaultProcessingMs: number): ValidCreateParams {
  const params = optionalRecord(body, 'body');
  const type = params['type'] ?? 'document';
  if (!includes(SESSION_TYPES, type)) throw invalidParam('type', `type must be one of: ${SESSION_TYPES.join(', ')}.`);

  const options = optionalRecord(params['options'], 'options');
  const document = optionalRecord(options['document'], 'options.document');
  const flag = (name: Exclude<keyof DocumentOptions, 'allowed_types'>) =>
    optionalBoolean(document[name], `options.document.${name}`, DEFAULT_DOCUMENT_OPTIONS[name]);

  const testOutcome = params['test_outcome'] ?? 'verified';
  if (testOutcome !== 'verified' && !includes(LAST_ERROR_CODES as readonly TestOutcome[], testOutcome)) {
    throw invalidParam('test_outcome', 'test_outcome must be "verified" or a last_error code.');
  }

  const processingMs = params['processing_ms'] ?? defaultProcessingMs;
  if (typeof processingMs !== 'number' || !Number.isFinite(processingMs) || processingMs < 0 || processingMs > MAX_PROCESSING_MS) {
    throw invalidParam('processing_ms', `processing_ms must be a number of milliseconds from 0 to ${MAX_PROCESSING_MS}.`);
  }

  return {
    type,
    document: {
      allowed_types: parseAllowedTypes(document['allowed_types']),
      require_id_number: flag('require_id_number'),
      require_live_capture: flag('require_live_capture'),
      require_matching_selfie: flag('require_matching_selfie'),
    },
    metadata: parseMetadata(params['metadata']),
    testOutcome: testOutcome as TestOutcome,
    processingMs,
    clientReferenceId: optionalReference(params['client_reference_id'], 'client_reference_id'),
    relatedCustomer: optionalReference(params['related_customer'], 'related_customer'),
    providedDetails: parseProvidedDetails(params['provided_details']),
  };
}

export function parseWebhookEndpointParams(body: unknown): { url: string; enabled_events: string[] } {
  const params = optionalRecord(body, 'body');
  const { url, enabled_events: events } = params;
  if (url === undefined) throw missingParam('url');
  if (typeof url !== 'string' || !/^https?:$/.test(URL.parse(url)?.protocol ?? '')) {
    throw invalidParam('url', 'url must be an absolute http or https URL.');
  }
  if (events === undefined) throw missingParam('enabled_events');
  const known = (type: unknown) => type === '*' || includes(EVENT_TYPES, type);
  if (!Array.isArray(events) || events.length === 0 || !events.every(known)) {
    throw invalidParam('enabled_events', 'enabled_events must be ["*"] or a non-empty list of event types.');
  }
  return { url, enabled_events: [...new Set(events as string[])] };
}

/** A Stripe-style page of `newestFirst`: at most `limit` items after the one whose id is `startingAfter`. */
export function paginate<T extends { id: string }>(newestFirst: T[], limit: unknown, startingAfter: unknown, what: string): { data: T[]; has_more: boolean } {
  const size = parseListLimit(limit);
  let start = 0;
  if (startingAfter !== undefined) {
    const index = typeof startingAfter === 'string' ? newestFirst.findIndex((item) => item.id === startingAfter) : -1;
    if (index < 0) throw invalidParam('starting_after', `starting_after must be the id of a ${what} in this list.`);
    start = index + 1;
  }
  return { data: structuredClone(newestFirst.slice(start, start + size)), has_more: newestFirst.length > start + size };
}

export function parseListLimit(value: unknown): number {
  if (value === undefined) return 10;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 100) {
    throw invalidParam('limit', 'limit must be an integer between 1 and 100.');
  }
  return value;
}
