/**
 * Resolves once the next frame has been painted and the page is idle: for work that what is about to
 * show should not wait for (fetching a chunk ahead of need, a formatter's first use). The animation
 * frame comes before that frame's paint; an idle callback (a task where there is none) after it.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
      else setTimeout(resolve);
    }),
  );
}
