import { VerifyError } from '../core/errors.js';

export interface OnDemand<T> {
  /** Fetches the module on the first call; a failed fetch (offline) is tried again on the next call. */
  load(): Promise<T>;
  /** Whether it has loaded. */
  readonly loaded: boolean;
}

/** A module fetched once per page, when first needed; a failure is a `network` VerifyError naming `what`. */
export function onDemand<T>(importModule: () => Promise<T>, what: string): OnDemand<T> {
  let loading: Promise<T> | null = null;
  let loaded = false;
  return {
    get loaded() {
      return loaded;
    },
    load() {
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
    },
  };
}
