// Panel 3: arms a one-shot fault in the mock backend, and says when it fired, so the SDK's
// recovery can be watched.

import type { FaultInjector, MockEndpoint } from '../src/mocks/types.js';

type FaultKind = 'server_error' | 'rate_limit' | 'network' | 'delay';

const DELAY_MS = 3000;
const WATCH_MS = 200;

const DESCRIPTIONS: Record<FaultKind, string> = {
  server_error: 'fail with 500',
  rate_limit: 'fail with 429 (Retry-After: 1 s)',
  network: 'fail with a network error',
  delay: `take ${DELAY_MS / 1000} s`,
};

export function setUpFaultPanel(form: HTMLFormElement, injector: FaultInjector | null): void {
  const message = form.querySelector<HTMLElement>('[role="status"]')!;
  if (!injector) {
    // The shared mock API lives in the dev server: its faults cannot be armed from a page.
    for (const button of form.querySelectorAll('button')) button.disabled = true;
    message.textContent = 'Faults need the in-page mock: open this page with ?mock=sw.';
    return;
  }
  const faults = injector;
  const endpoint = form.elements.namedItem('endpoint') as HTMLSelectElement;
  let watcher: ReturnType<typeof setInterval> | undefined;

  // The injector has no callback: watching its queue is how the panel learns that a fault fired.
  function watch(): void {
    clearInterval(watcher);
    watcher = setInterval(() => {
      const left = faults.pending.length;
      if (left > 0) return;
      clearInterval(watcher);
      message.textContent = 'The fault fired. Watch the SDK recover.';
    }, WATCH_MS);
  }

  for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-kind]')) {
    button.addEventListener('click', () => {
      const kind = button.dataset['kind'] as FaultKind;
      const target = endpoint.value as MockEndpoint;
      faults.inject(kind === 'delay' ? { endpoint: target, kind, ms: DELAY_MS } : { endpoint: target, kind });
      const name = endpoint.selectedOptions[0]?.textContent ?? endpoint.value;
      const queued = faults.pending.length > 1 ? ` (${faults.pending.length} faults queued)` : '';
      message.textContent = `Armed: the next request to “${name}” will ${DESCRIPTIONS[kind]}${queued}.`;
      watch();
    });
  }
}
