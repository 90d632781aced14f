/**
 * Resolves once the next frame has been painted and the page is idle (at most 500 ms later), after 1 s
 * where no frame comes (a hidden page), or at once when `signal` aborts: for work that what is about to
 * show should not wait for (the status stream, fetching a chunk ahead of need, a formatter's first use).
 * The animation frame comes before that frame's paint; an idle callback (a task where there is none) after
 * it. Leaves no timer behind.
 */
export function afterPaint(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let idle: number | undefined;
    const done = () => {
      clearTimeout(fallback);
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const fallback = setTimeout(done, 1000);
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(done, { timeout: 500 });
      else setTimeout(done);
    });
    signal?.addEventListener('abort', done);
  });
}
