// Panel 5: the phone, as a phone-sized frame of the demo's handoff page, beside the desktop modal. The
// frame is a page of its own, like a second device: it reaches the session only through the shared API.

export interface HandoffPanelOptions {
  root: HTMLElement;
  /** The handoff page; empty when the mock is in this page (a frame could not reach its sessions). */
  handoffUrl: string;
  expireCodes(): Promise<void>;
}

/** The link the desktop modal shows, read from its handoff view (a person would scan the QR code). */
function shownLink(): string | null {
  const element = document.querySelector('verify-identity');
  const view = element?.shadowRoot?.querySelector('verify-identity-handoff');
  return view?.shadowRoot?.querySelector<HTMLInputElement>('#handoff-link')?.value ?? null;
}

export function setUpHandoffPanel({ root, handoffUrl, expireCodes }: HandoffPanelOptions): void {
  const frame = root.querySelector<HTMLIFrameElement>('iframe')!;
  const message = root.querySelector<HTMLElement>('[role="status"]')!;
  const buttons = root.querySelectorAll<HTMLButtonElement>('button');
  if (!handoffUrl) {
    for (const button of buttons) button.disabled = true;
    message.textContent = 'Continue on your phone needs one backend for both devices: run `npm run demo` (or open this page with ?mock=http on a server that shares the mock API).';
    return;
  }
  frame.src = handoffUrl;

  root.querySelector('#open-in-phone')!.addEventListener('click', () => {
    const link = shownLink();
    if (!link) {
      message.textContent = 'Start a verification and choose “Continue on your phone” first.';
      return;
    }
    // A new query makes the frame load the page afresh (a change of fragment alone would not).
    const url = new URL(link);
    url.searchParams.set('opened', String(Date.now()));
    frame.src = url.href;
    message.textContent = 'The phone frame opened the link.';
  });

  root.querySelector('#expire-codes')!.addEventListener('click', async () => {
    await expireCodes();
    message.textContent = 'Every handoff code still waiting for a phone has expired (test mode).';
  });
}
