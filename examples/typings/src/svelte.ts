// What Svelte 5 checks markup against, typed by verify-identity/jsx/svelte.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'verify-identity/jsx/svelte';

type Props = SvelteHTMLElements['verify-identity'];

export const props: Props = { 'client-secret': 'vs_1_secret_2', open: true, 'onverification-close': (event) => event.detail.reason };

// @ts-expect-error -- the event's detail is typed: it has no `nope`.
export const wrongDetail: Props = { 'onverification-verified': (event) => event.detail.nope };
