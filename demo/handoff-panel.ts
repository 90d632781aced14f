// Panel 5: the phone, beside the desktop: a phone-sized window (with the modal, which makes the rest of this
// page inert) or a phone-sized frame (inline, beside the element under "Try it", shown only once used). Either
// is a page of its own, like a second device: it reaches the session only through the shared API.

export interface HandoffPanelOptions {
  root: HTMLElement;
  /** The phone frame, hidden until something opens a page in it. */
  frame: HTMLIFrameElement;
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

/** A new query makes a page load afresh (a change of fragment alone would not). */
function freshLoad(link: string): string {
  const url = new URL(link);
  url.searchParams.set('opened', String(Date.now()));
  return url.href;
}

/** How often the phone window looks for a new link in the modal (the element announces none: a person scans it). */
const SCAN_INTERVAL_MS = 500;

export interface HandoffPanel {
  /** Shows the phone frame, which then opens each new link the element shows by itself. */
  followInFrame(): void;
  /** Hides the phone frame and stops following links there. */
  hideFrame(): void;
}

/** Why handoff cannot run on this page. */
export const HANDOFF_NEEDS_SHARED_MOCK = 'needs npm run demo';

/** Opens each new link the element shows in `open`, until the returned function stops it. */
function follow(open: (link: string) => void, stopped: () => boolean = () => false): () => void {
  let opened = shownLink();
  const timer = setInterval(() => {
    if (stopped()) return clearInterval(timer);
    const link = shownLink();
    if (!link || link === opened) return;
    opened = link;
    open(freshLoad(link));
  }, SCAN_INTERVAL_MS);
  return () => clearInterval(timer);
}

export function setUpHandoffPanel({ root, frame, handoffUrl, expireCodes }: HandoffPanelOptions): HandoffPanel {
  const message = root.querySelector<HTMLElement>('[role="status"]')!;
  const buttons = root.querySelectorAll<HTMLButtonElement>('button');
  if (!handoffUrl) {
    for (const button of buttons) button.disabled = true;
    message.textContent = `Continue on your phone ${HANDOFF_NEEDS_SHARED_MOCK}, one backend for both devices (or this page with ?mock=http on a server that shares the mock API).`;
    return { followInFrame() {}, hideFrame() {} };
  }
  let stopFollowing = () => {};

  function showFrame(src: string): void {
    frame.src = src;
    frame.hidden = false;
  }

  root.querySelector('#open-in-phone')!.addEventListener('click', () => {
    const link = shownLink();
    if (!link) {
      message.textContent = 'Start a verification and choose “Continue on your phone” first.';
      return;
    }
    showFrame(freshLoad(link));
    frame.scrollIntoView({ block: 'nearest' });
    message.textContent = 'The phone frame (under “Try it”, at the top) opened the link.';
  });

  // The phone window is opened before the modal (the modal makes this button inert), and then opens each new
  // link the modal shows by itself, as a phone that scanned the QR code would.
  let stopScanning = () => {};
  root.querySelector('#open-phone-window')!.addEventListener('click', () => {
    const phone = window.open(handoffUrl, 'verify-identity-phone', 'popup,width=390,height=800');
    if (!phone) {
      message.textContent = 'The browser blocked the window: allow pop-ups for this page, or use the phone frame.';
      return;
    }
    message.textContent = 'The phone window is open. Start a verification in a modal and choose “Continue on your phone”: the window opens the link.';
    stopScanning();
    stopScanning = follow((link) => (phone.location.href = link), () => phone.closed);
  });

  root.querySelector('#expire-codes')!.addEventListener('click', async () => {
    await expireCodes();
    message.textContent = 'Every handoff code still waiting for a phone has expired (test mode).';
  });

  return {
    followInFrame() {
      stopFollowing();
      showFrame(handoffUrl);
      stopFollowing = follow(showFrame);
    },
    hideFrame() {
      stopFollowing();
      frame.hidden = true;
      frame.removeAttribute('src');
    },
  };
}
