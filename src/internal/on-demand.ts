import { VerifyError } from '../core/errors.js';
import { afterPaint } from './after-paint.js';

export interface OnDemand<T> {
  /** Fetches the module on the first call; a failed fetch (offline) is tried again on the next call. */
  load(): Promise<T>;
  /**
   * Loads it ahead of need, once the next frame has been painted and the page is idle: fetching and evaluating
   * a chunk before that would delay what is about to show. A failure is left to the next `load()`.
   */
  prefetch(): void;
  /** Whether it has loaded. */
  readonly loaded: boolean;
}

/** A module fetched once per page, when first needed; a failure is a `network` VerifyError naming `what`. */
export function onDemand<T>(importModule: () => Promise<T>, what: string): OnDemand<T> {
  let loading: Promise<T> | null = null;
  let loaded = false;
  let prefetching = false;
  const load = (): Promise<T> => {
    loading ??= importModule().then(
      (module) => {
        loaded = true;
        return module;
      },
      (cause: unknown) => {
        loading = null;
        throw new VerifyError({ type: 'network', code: 'network_error', message: `${what} could not be loaded.`, cause });
      },
    );
    return loading;
  };
  return {
    get loaded() {
      return loaded;
    },
    load,
    prefetch() {
      if (loading || prefetching) return;
      prefetching = true;
      void afterPaint().then(() => {
        prefetching = false;
        load().catch(() => {});
      });
    },
  };
}
