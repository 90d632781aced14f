// The floor the drop-in element is measured against: the least a Lit element that opens a
// modal <dialog> and positions one popover with Floating UI can ship.
import { LitElement, css, html } from 'lit';
import { computePosition, autoUpdate, flip, offset, shift } from '@floating-ui/dom';

export class FloorElement extends LitElement {
  static override styles = css`:host { display: contents; }`;
  static override properties = { open: { type: Boolean, reflect: true } };
  declare open: boolean;

  override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    const anchor = this.renderRoot.querySelector('button');
    const panel = this.renderRoot.querySelector<HTMLElement>('[role=tooltip]');
    if (!dialog || !anchor || !panel) return;
    if (this.open && !dialog.open) dialog.showModal();
    autoUpdate(anchor, panel, () =>
      computePosition(anchor, panel, { middleware: [offset(6), flip(), shift()] }).then(({ x, y }) => {
        panel.style.translate = `${x}px ${y}px`;
      }),
    );
  }

  override render() {
    return html`<dialog><h2>Floor</h2><button>Help</button><div role="tooltip">Tip</div></dialog>`;
  }
}
customElements.define('floor-element', FloorElement);
