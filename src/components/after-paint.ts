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

/**
 * Resolves once the next frame has been painted (a task queued from its animation frame), after 250 ms
 * where no frame comes (a hidden page), or at once when `signal` aborts: for work that should follow
 * what is about to show closely. Leaves no timer behind.
 */
export function afterNextPaint(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      cancelAnimationFrame(frame);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const fallback = setTimeout(done, 250);
    const frame = requestAnimationFrame(() => setTimeout(done));
    signal?.addEventListener('abort', done);
  });
}
