// Panel 3: arms a one-shot fault in the mock backend (in the page or the dev server's shared one), and says when
// it fired, so the SDK's recovery can be watched.

import type { Fault } from '../src/mocks/types.js';
import type { FAULT_ENDPOINTS } from './fault-control.js';
import type { DemoFaults } from './mock-mode.js';

type FaultKind = 'server_error' | 'rate_limit' | 'network' | 'delay';

const DELAY_MS = 3000;
/** The backend has no callback for a fired fault: the panel asks how many are left this often. */
const WATCH_MS = 250;

const DESCRIPTIONS: Record<FaultKind, string> = {
  server_error: 'fail with 500',
  rate_limit: 'fail with 429 (Retry-After: 1 s)',
  network: 'fail with a network error',
  delay: `take ${DELAY_MS / 1000} s`,
};

export interface FaultPanel {
  /** Arms faults on behalf of a scenario, and watches them as if armed here; `what` says what they do. */
  armAll(faults: readonly Fault[], what: string): Promise<void>;
}

export function setUpFaultPanel(form: HTMLFormElement, faults: DemoFaults): FaultPanel {
  const message = form.querySelector<HTMLElement>('[role="status"]')!;
  const endpoint = form.elements.namedItem('endpoint') as HTMLSelectElement;
  let watcher: ReturnType<typeof setInterval> | undefined;
  let watching = 0;

  function watch(): void {
    clearInterval(watcher);
    const ticket = ++watching;
    watcher = setInterval(async () => {
      const left = await faults.pending().catch(() => null);
      // A newer fault restarted the watch while this answer was on its way.
      if (ticket !== watching || left === null || left > 0) return;
      clearInterval(watcher);
      message.textContent = 'The fault fired. Watch the SDK recover.';
    }, WATCH_MS);
  }

  async function arm(list: readonly Fault[], describe: (pending: number) => string): Promise<void> {
    try {
      let pending = 0;
      for (const fault of list) pending = await faults.arm(fault);
      message.textContent = describe(pending);
      watch();
    } catch (error) {
      message.textContent = `Could not arm the fault: ${String(error)}`;
    }
  }

  for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-kind]')) {
    button.addEventListener('click', () => {
      const kind = button.dataset['kind'] as FaultKind;
      const target = endpoint.value as (typeof FAULT_ENDPOINTS)[number];
      const name = endpoint.selectedOptions[0]?.textContent ?? endpoint.value;
      void arm([kind === 'delay' ? { endpoint: target, kind, ms: DELAY_MS } : { endpoint: target, kind }], (pending) => {
        const queued = pending > 1 ? ` (${pending} faults queued)` : '';
        return `Armed: the next request to “${name}” will ${DESCRIPTIONS[kind]}${queued}.`;
      });
    });
  }

  return { armAll: (list, what) => arm(list, () => `Armed for this scenario: ${what}`) };
}
