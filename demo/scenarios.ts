// "Try it": a few ready-made scenarios and the demo's main action. A scenario only fills in the server panel
// (so what it does stays visible and can be changed there) and, for some, arms faults or shows the phone; the
// main action then starts the element, as "Verify with the element" does.
import type { DocumentType } from '../src/core/types.js';
import type { Fault } from '../src/mocks/types.js';

export interface Scenario {
  id: string;
  label: string;
  /** What the person will see, shown under the main action. */
  note: string;
  outcome: 'verified' | 'document_expired';
  allowedTypes: readonly DocumentType[];
  processingMs: number;
  /** Inline, with the phone frame beside the element following each handoff link. */
  phone?: boolean;
  /** Armed when the verification starts, with a sentence for the fault panel. */
  faults?: { list: readonly Fault[]; what: string };
}

const EVERY_DOCUMENT: readonly DocumentType[] = ['passport', 'id_card', 'driving_license'];
const SLOW_MS = 2500;

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'verified',
    label: 'Verified',
    note: 'Every check passes: consent, a document and its photo, then “You are verified”.',
    outcome: 'verified',
    allowedTypes: EVERY_DOCUMENT,
    processingMs: 1500,
  },
  {
    id: 'retry',
    label: 'Fails, then retry',
    note: 'The first attempt fails (an expired document); “Try again” asks only for new photos, and then it passes.',
    outcome: 'document_expired',
    allowedTypes: EVERY_DOCUMENT,
    processingMs: 1500,
  },
  {
    id: 'two-sided',
    label: 'Two-sided ID card',
    note: 'Only an ID card is accepted: a photo of its front, then of its back.',
    outcome: 'verified',
    allowedTypes: ['id_card'],
    processingMs: 1500,
  },
  {
    id: 'phone',
    label: 'Continue on a phone',
    note: 'Inline, with a phone beside it: choose “Continue on your phone” on the photo step, and the phone opens the link as if it had scanned the QR code.',
    outcome: 'verified',
    allowedTypes: ['passport'],
    processingMs: 1500,
    phone: true,
  },
  {
    id: 'slow',
    label: 'Slow network',
    note: `The opening, the first upload and the submission each take ${SLOW_MS / 1000} s longer (faults armed in panel 3): watch the waiting states.`,
    outcome: 'verified',
    allowedTypes: EVERY_DOCUMENT,
    processingMs: 4000,
    faults: {
      list: [
        { endpoint: 'retrieve', kind: 'delay', ms: SLOW_MS },
        { endpoint: 'files', kind: 'delay', ms: SLOW_MS },
        { endpoint: 'submit', kind: 'delay', ms: SLOW_MS },
      ],
      what: `the opening, the first upload and the submission each take ${SLOW_MS / 1000} s longer.`,
    },
  },
];

export interface ScenariosOptions {
  form: HTMLFormElement;
  note: HTMLElement;
  /** The server panel's form, which a scenario fills in. */
  sessionForm: HTMLFormElement;
  inlineBox: HTMLInputElement;
  /** Why the phone scenario cannot run here, or `null` when it can. */
  phoneUnavailable: string | null;
  onChange(scenario: Scenario): void;
}

/** Fills in the server panel as the scenario needs it, the rest back to its defaults. */
function apply(scenario: Scenario, sessionForm: HTMLFormElement, inlineBox: HTMLInputElement): void {
  for (const control of sessionForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
    if (control.name === 'allowed_types') control.checked = scenario.allowedTypes.includes(control.value as DocumentType);
    else if (control.name === 'type') control.checked = control.value === 'document';
    else control.checked = false;
  }
  (sessionForm.elements.namedItem('test_outcome') as HTMLSelectElement).value = scenario.outcome;
  (sessionForm.elements.namedItem('processing_ms') as HTMLInputElement).value = String(scenario.processingMs);
  inlineBox.checked = scenario.phone === true;
}

/** Draws the scenario choices; gives the chosen scenario. */
export function setUpScenarios({ form, note, sessionForm, inlineBox, phoneUnavailable, onChange }: ScenariosOptions): () => Scenario {
  const choices = form.querySelector('#scenario-choices')!;
  for (const scenario of SCENARIOS) {
    const label = document.createElement('label');
    label.className = 'chip';
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'scenario', value: scenario.id });
    input.checked = scenario === SCENARIOS[0];
    input.disabled = scenario.phone === true && phoneUnavailable !== null;
    label.append(input, ` ${scenario.label}`);
    if (input.disabled) label.append(Object.assign(document.createElement('small'), { textContent: ` (${phoneUnavailable})` }));
    choices.append(label);
  }
  const chosen = () => SCENARIOS.find(({ id }) => id === new FormData(form).get('scenario')) ?? SCENARIOS[0]!;
  const describe = (scenario: Scenario) => {
    note.textContent = scenario.note;
  };
  describe(chosen());
  form.addEventListener('change', () => {
    const scenario = chosen();
    apply(scenario, sessionForm, inlineBox);
    describe(scenario);
    onChange(scenario);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  return chosen;
}
