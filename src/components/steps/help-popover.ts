import { LitElement, html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { onDemand } from '../../internal/on-demand.js';
import { sharedStyles } from '../shared.styles.js';
import { helpPopoverStyles } from './help-popover.styles.js';

type FloatingUi = typeof import('@floating-ui/dom');
/** Fetched once a help button shows, not with the first load. */
const floatingUi = onDemand(() => import('@floating-ui/dom'), 'Floating UI');
const loadFloatingUi = (): Promise<FloatingUi> => floatingUi.load();

/**
 * @summary A "?" style help button that shows a small panel next to it, or (`inline`) below it, in the flow.
 *
 * @slot - The help content (wins over `content`).
 * @csspart button - The toggle button.
 * @csspart panel - The floating panel.
 * @tagname verify-identity-help
 */
export class VerifyHelpPopover extends LitElement {
  static override styles = [sharedStyles, helpPopoverStyles];

  /** The button's text, e.g. "Why is this needed?". */
  @property() label = '';
  /** Plain-text help, used when nothing is slotted. */
  @property() content = '';
  /** Whether the panel is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  /**
   * A disclosure: the panel opens in the flow, below its button, and pushes what follows down instead of
   * floating over it (the consent's help, which would otherwise cover Decline and Accept on a phone).
   */
  @property({ type: Boolean, reflect: true }) inline = false;

  @query('button') private readonly button!: HTMLButtonElement;
  @query('[part="panel"]') private readonly panel!: HTMLElement;

  #stopAutoUpdate: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.inline) floatingUi.prefetch();
  }

  override render() {
    return html`
      <div @keydown=${this.#onKeydown}>
        <button
          type="button"
          class="button button--link"
          part="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="panel"
          @click=${this.toggle}
        >
          ${this.label}
        </button>
        <div
          id="panel"
          part="panel"
          role="region"
          aria-label=${this.label}
          ?hidden=${!this.open}
        >
          <slot>${this.content}</slot>
        </div>
      </div>
    `;
  }

  toggle(): void {
    this.open = !this.open;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.inline) {
      this.#teardown();
      void this.#place();
      document.addEventListener('pointerdown', this.#onOutsidePointer, true);
    } else {
      this.#teardown();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.open = false;
    this.#teardown();
  }

  /** Keeps the open panel beside its button; until Floating UI has loaded (or if it cannot), it shows where it is. */
  async #place(): Promise<void> {
    let floating: FloatingUi;
    try {
      floating = await loadFloatingUi();
    } catch {
      return;
    }
    if (!this.open || this.#stopAutoUpdate) return;
    this.#stopAutoUpdate = floating.autoUpdate(this.button, this.panel, () => void this.#reposition(floating));
  }

  async #reposition({ computePosition, offset, flip, shift }: FloatingUi): Promise<void> {
    // `fixed` escapes the dialog's overflow clipping.
    const { x, y } = await computePosition(this.button, this.panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    });
    Object.assign(this.panel.style, { left: `${x}px`, top: `${y}px` });
  }

  #teardown(): void {
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = null;
    document.removeEventListener('pointerdown', this.#onOutsidePointer, true);
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    // Escape closes only the popover: keep the keydown from the surrounding <dialog>, whose cancel would close the modal.
    event.preventDefault();
    event.stopPropagation();
    this.open = false;
    this.button.focus();
  };

  readonly #onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.open = false;
  };
}
