import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

/**
 * The modal side of `<verify-identity>`: the native `<dialog>` kept in step with `open`, focus moved
 * to each step's heading (and announced in the live region), and returned to the opener on close.
 */
export class ModalController implements ReactiveController {
  readonly #host: Host;
  #opener: HTMLElement | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}


  /** An opening starts: remember where focus was. */
  opened(): void {
    this.#opener = deepActiveElement();
    this.#announce('');
  }

  /** The opening ended and the dialog closed: focus goes back where it was. */
  closed(): void {
    if (this.#opener?.isConnected) this.#opener.focus();
    this.#opener = null;
  }

  /** Shows or hides the native dialog to match `open`. */
  sync(open: boolean): void {
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (!dialog || !this.#host.isConnected) return;
    // jsdom (Vitest, Jest) has no dialog methods: toggle `open`, so the page's own tests can still use it.
    if (typeof dialog.showModal !== 'function') {
      dialog.open = open;
      return;
    }
    if (!open) {
      if (dialog.open) dialog.close();
      return;
    }
    // After a remount the dialog keeps its `open` attribute but is no longer modal.
    if (dialog.open && !dialog.matches(':modal')) dialog.close();
    if (!dialog.open) dialog.showModal();
  }

  /**
   * Once the new step has rendered, shows the dialog if it is not yet (the first step of an opening), moves
   * focus to the step's heading and announces it; unless `stillOpen()` says otherwise by then.
   */
  async focusStep(stillOpen: () => boolean): Promise<void> {
    const host = this.#host;
    await host.updateComplete;
    const step = host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[data-step]');
    await step?.updateComplete;
    if (!stillOpen()) return;
    this.sync(true);
    const heading =
      step?.shadowRoot?.querySelector<HTMLElement>('#step-heading') ?? host.renderRoot.querySelector<HTMLElement>('#step-heading');
    if (!heading) return;
    heading.focus();
    this.#announce(heading.textContent?.trim() ?? '');
  }

  /**
   * Sets the text of the host's polite live region (`[part=status]`, rendered empty: its text is this
   * controller's alone), without an update of the host: that would render every step again before the
   * new one is painted.
   */
  #announce(text: string): void {
    const region = this.#host.renderRoot.querySelector('[part=status]');
    if (region) region.textContent = text;
  }
}

/** The focused element, looking into shadow roots, so focus returns exactly where it was. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
