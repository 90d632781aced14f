// Left column: every verification-* DOM event the page receives, from either integration style.

import { VERIFICATION_EVENTS } from '../src/events.js';
import { appendLogEntry } from './log-list.js';

function describeValue(key: string, value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  // Sessions and errors are long: their id, status and code say what happened.
  const { id, status, code } = value as { id?: unknown; status?: unknown; code?: unknown };
  if (key === 'session' && typeof id === 'string') return `${id} (${String(status)})`;
  if (typeof code === 'string') return code;
  return JSON.stringify(value);
}

/** Compact one-line view of an event's detail. */
function describe(detail: unknown): string {
  if (typeof detail !== 'object' || detail === null) return detail == null ? '' : String(detail);
  return Object.entries(detail)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${key}: ${describeValue(key, value)}`)
    .join(', ');
}

/** Listens on the document (the events bubble and are composed); returns the cleanup. */
export function logDomEvents(list: HTMLOListElement): () => void {
  const onEvent = (event: Event) => appendLogEntry(list, event.type, describe((event as CustomEvent<unknown>).detail));
  for (const type of VERIFICATION_EVENTS) document.addEventListener(type, onEvent);
  return () => {
    for (const type of VERIFICATION_EVENTS) document.removeEventListener(type, onEvent);
  };
}
