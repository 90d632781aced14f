/**
 * Keeps a control that takes focus in view of the boxes that scroll around it (the dialog, or the phone layout's
 * body). Browsers do this themselves; WebKit does not for a control inside shadow roots within a modal dialog, and
 * focus that comes back into the page by Tab may arrive without `focusin`: the Tab's `keyup` runs it too.
 */
export function keepFocusInView(event: Event): void {
  const [target, ...ancestors] = event.composedPath();
  if (!(target instanceof Element)) return;
  for (const box of ancestors) {
    if (!(box instanceof HTMLElement) || box.scrollHeight <= box.clientHeight) continue;
    const overflow = getComputedStyle(box).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll') continue;
    const inner = target.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    // The scrolling box's own scroll-padding keeps the control clear of a bar pinned to its bottom.
    const padding = parseFloat(getComputedStyle(box).scrollPaddingBlockEnd) || 0;
    if (inner.bottom > outer.bottom - padding) box.scrollTop += inner.bottom - (outer.bottom - padding) + 8;
    else if (inner.top < outer.top) box.scrollTop -= outer.top - inner.top + 8;
  }
}
