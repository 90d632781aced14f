import { VerifyError } from '../../core/errors.js';

let loading: Promise<void> | null = null;
let loaded = false;

/** Whether `<verify-identity-handoff>` is defined. */
export const isHandoffViewReady = (): boolean => loaded;

/** Loads the handoff view and its QR encoder once per page; a failed load (offline) is tried again on the next call. */
export function loadHandoffView(): Promise<void> {
  loading ??= import('./define-handoff.js').then(
    () => void (loaded = true),
    (cause: unknown) => {
      loading = null;
      throw new VerifyError({ type: 'network', code: 'network_error', message: 'The handoff view could not be loaded.', cause });
    },
  );
  return loading;
}
