// The faults the demo arms, checked before they reach a mock backend: the dev server's `/__mock/faults` takes them
// from any page on its origin, so what it accepts is spelled out here rather than trusted.
import type { Fault, MockEndpoint } from '../src/mocks/types.js';

/** The requests the demo's fault controls name (a subset of the mock's endpoints: the ones the SDK makes). */
export const FAULT_ENDPOINTS = ['retrieve', 'files', 'submit', 'decline', 'stream'] as const satisfies readonly MockEndpoint[];
export const FAULT_KINDS = ['server_error', 'rate_limit', 'network', 'delay'] as const;
/** Longer than this and the SDK's own timeouts, not the fault, are what the person sees. */
export const MAX_DELAY_MS = 10_000;
const MAX_TIMES = 10;

/** A fault as the demo arms it, or a sentence that says what is wrong with it. */
export function checkFault(input: unknown): { fault: Fault } | { error: string } {
  if (typeof input !== 'object' || input === null) return { error: 'The body must be a JSON object (a fault).' };
  const { endpoint, kind, ms, times = 1 } = input as Record<string, unknown>;
  if (!FAULT_ENDPOINTS.includes(endpoint as (typeof FAULT_ENDPOINTS)[number])) {
    return { error: `"endpoint" must be one of ${FAULT_ENDPOINTS.join(', ')}.` };
  }
  if (!Number.isInteger(times) || (times as number) < 1 || (times as number) > MAX_TIMES) {
    return { error: `"times" must be an integer from 1 to ${MAX_TIMES}.` };
  }
  const common = { endpoint: endpoint as MockEndpoint, times: times as number };
  switch (kind) {
    case 'server_error':
    case 'rate_limit':
    case 'network':
      return { fault: { ...common, kind } };
    case 'delay':
      if (!Number.isInteger(ms) || (ms as number) < 0 || (ms as number) > MAX_DELAY_MS) {
        return { error: `A delay needs "ms", an integer from 0 to ${MAX_DELAY_MS}.` };
      }
      return { fault: { ...common, kind, ms: ms as number } };
    default:
      return { error: `"kind" must be one of ${FAULT_KINDS.join(', ')}.` };
  }
}
