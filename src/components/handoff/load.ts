import { onDemand } from '../../internal/on-demand.js';

const handoffView = onDemand(() => import('./define-handoff.js'), 'The handoff view');

/** Whether `<verify-identity-handoff>` is defined. */
export const isHandoffViewReady = (): boolean => handoffView.loaded;

/** Loads the handoff view and its QR encoder once per page. */
export const loadHandoffView = (): Promise<void> => handoffView.load().then(() => undefined);
