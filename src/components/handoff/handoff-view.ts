import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VerifyError } from '../../core/errors.js';
import { createHandoffLinkWith, validContinuation, type HandoffContinuation, type HandoffLink } from '../../core/handoff.js';
import type { HandoffSession } from '../../controllers/handoff-controller.js';
import type { HandoffStatus } from '../../core/types.js';
import type { Strings } from '../../locales/en.js';
import { sharedStyles } from '../shared.styles.js';
import { handoffViewStyles } from './handoff-view.styles.js';
import { qrPath } from './qr-svg.js';

/**
 * "Continue on your phone": a one-time link to the site's handoff page, as a QR code and as text, and
 * how far the phone got. Both go through the session model of the element (its API client and its
 * status watch: no second client or watch on the session, and the secret stays in the model). The
 * outcome itself reaches the modal as for a flow finished on this device. Loaded on demand.
 *
 * @fires vi-handoff-cancel - "Use this computer instead".
 * @csspart show-code-button - "Show the code again" / "Hide the code", once the phone has opened the link.
 */
export class VerifyHandoffView extends LitElement {
  static override styles = [sharedStyles, handoffViewStyles];

  @property({ attribute: false }) strings!: Strings;
  /** The element's session model, for the link (its API client) and the phone's progress (its status watch). */
  @property({ attribute: false }) session!: HandoffSession;
  /** The site's handoff page, absolute. */
  @property({ attribute: false }) handoffUrl = '';
  /** What the person already answered here, and whose verification it is: carried to the phone with each code (a field the rule refuses is left out). */
  @property({ attribute: false }) continuation: HandoffContinuation = {};

  @state() private link: HandoffLink | null = null;
  @state() private qr: { path: string; size: number } | null = null;
  @state() private status: HandoffStatus | null = null;
  @state() private error: VerifyError | null = null;
  @state() private copied = false;
  @state() private replaced = false;
  /** Once the phone opened this code, the code folds away (`folded`) and may be shown again (`unfolded`). */
  @state() private fold: 'none' | 'folded' | 'unfolded' = 'none';

  /** One per shown code: a new code, or leaving, aborts the requests and the watch of the last. */
  #lifetime: AbortController | null = null;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#newCode();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  protected override firstUpdated(_changed: PropertyValues<this>): void {
    this.#newCode();
  }

  #stop(): void {
    this.#lifetime?.abort();
    this.#lifetime = null;
    clearTimeout(this.#expiryTimer);
  }

  #newCode(): void {
    this.#stop();
    const lifetime = new AbortController();
    this.#lifetime = lifetime;
    const { signal } = lifetime;
    this.link = null;
    this.qr = null;
    this.status = null;
    this.error = null;
    this.copied = false;
    this.replaced = false;
    this.fold = 'none';
    // Any failure on the way (a page URL that cannot be resolved, a link the QR encoder refuses) ends in
    // the error state, which offers a new code and this computer: never a view stuck on "Making a code…".
    Promise.resolve()
      .then(() => this.session.withClient((client) => createHandoffLinkWith(client, new URL(this.handoffUrl, location.href).href, { signal, continuation: validContinuation(this.continuation) })))
      .then((link) => {
        if (signal.aborted) return;
        this.qr = qrPath(link.url);
        this.link = link;
        // A phone that claimed an earlier code may still hold the session: the new code does not make it wait.
        this.status = link.status;
        // The stream says so too; this also covers a service or connection that stays silent.
        this.#expiryTimer = setTimeout(() => this.#onStatus('expired'), Math.max(0, link.deadline - Date.now()));
        // The stream reports the session's latest code: a later expiry is a newer code, made elsewhere, that
        // revoked this one (an earlier one is this code expired early, or a frame from before it).
        const stop = this.session.onHandoff((handoff) => {
          if (handoff.expires_at > link.expires_at) this.#replaced();
          else this.#onStatus(handoff.status);
        });
        signal.addEventListener('abort', stop, { once: true });
      })
      .catch((error: unknown) => {
        if (signal.aborted) return;
        this.error =
          error instanceof VerifyError ? error : new VerifyError({ type: 'invalid_request', code: 'handoff_failed', message: String(error), cause: error });
      });
  }

  #onStatus(status: HandoffStatus): void {
    // Once opened by this code, the phone holds the session: a later timer cannot make that code "expired". A code
    // made while a phone held the session from an earlier one (the link said `opened`) still runs out unclaimed.
    if (status === 'expired' && this.status !== 'waiting' && this.status !== 'expired' && this.link?.status !== 'opened') return;
    // The phone has just opened this code: the code has done its work and folds away (a new code made while a phone
    // held the session starts as "opened" and stays shown: the person asked for it).
    if ((status === 'opened' || status === 'submitted') && this.status === 'waiting') this.fold = 'folded';
    this.status = status;
    if (status === 'expired') this.#stop();
  }

  /** This code was revoked by a newer one: it is not shown as live, and a new one can be made here. */
  #replaced(): void {
    this.replaced = true;
    this.#stop();
  }

  async #copy(): Promise<void> {
    if (!this.link) return;
    try {
      await navigator.clipboard.writeText(this.link.url);
      this.copied = true;
    } catch {
      // No clipboard permission: the field is selected instead, ready to copy by hand.
      this.renderRoot.querySelector<HTMLInputElement>('input')?.select();
    }
  }

  #useComputer(): void {
    this.dispatchEvent(new CustomEvent('vi-handoff-cancel', { bubbles: true, composed: true }));
  }

  #statusText(): string {
    const t = this.strings.handoff;
    if (this.error) return '';
    if (!this.link) return t.creating;
    if (this.replaced) return t.codes.handoff_code_revoked;
    return { waiting: t.waiting, opened: t.opened, submitted: t.submitted, expired: t.expired }[this.status ?? 'waiting'];
  }

  override render() {
    const t = this.strings.handoff;
    const { link, status } = this;
    const expired = status === 'expired' || this.replaced;
    const time = link && new Intl.DateTimeFormat(this.closest('[lang]')?.getAttribute('lang') || undefined, { timeStyle: 'short' }).format(link.deadline);
    const qr = link && !expired ? this.qr : null;
    const folded = this.fold === 'folded';
    const f = this.strings.feedback;
    return html`<div class="view">
      <h2 id="step-heading" tabindex="-1">${t.offer}</h2>
      <div id="handoff-scan" ?hidden=${folded}>
        <p>${t.scan}</p>
        ${qr
          ? html`<svg class="qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${t.qrLabel(link!.url)} shape-rendering="crispEdges">
              ${svg`<rect width="100%" height="100%" fill="#fff" /><path d=${qr.path} fill="#000" />`}
            </svg>`
          : html`<div class="placeholder" aria-hidden="true"></div>`}
      </div>
      <p class="status ${link && !expired && !this.error && (status ?? 'waiting') === 'waiting' ? 'status--waiting' : ''}" role="status" aria-live="polite">
        ${this.#statusText()}
      </p>
      ${link && !expired && this.fold !== 'none'
        ? html`<button
            type="button"
            class="button button--link"
            part="show-code-button"
            aria-expanded=${folded ? 'false' : 'true'}
            aria-controls="handoff-scan handoff-code"
            @click=${() => (this.fold = folded ? 'unfolded' : 'folded')}
          >
            ${folded ? f.showCode : f.hideCode}
          </button>`
        : nothing}
      ${link && !expired
        ? html`<div id="handoff-code" ?hidden=${folded}>
            <div class="link">
              <div class="field">
                <label for="handoff-link">${t.linkLabel}</label>
                <input id="handoff-link" class="input" readonly .value=${link.url} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
              </div>
              <button type="button" class="button button--secondary" @click=${this.#copy}>${this.copied ? t.copied : t.copy}</button>
            </div>
            <p class="muted">${t.expires(time!)}</p>
          </div>`
        : nothing}
      ${this.error ? html`<p class="error" role="alert">${t.failed}</p>` : nothing}
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${this.#useComputer}>${t.useComputer}</button>
        ${expired || this.error ? html`<button type="button" class="button button--primary" @click=${this.#newCode}>${t.newCode}</button>` : nothing}
      </div>
    </div>`;
  }
}
