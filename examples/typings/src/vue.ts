// What Vue's template checker (vue-tsc) uses for <verify-identity>, typed by verify-identity/jsx/vue.
import type { GlobalComponents } from 'vue';
import type {} from 'verify-identity/jsx/vue';

type Props = InstanceType<GlobalComponents['verify-identity']>['$props'];

export const props: Props = { 'client-secret': 'vs_1_secret_2', onVerificationRequiresInput: (event) => event.detail.lastError.code };

// @ts-expect-error -- the event's detail is typed: it has no `nope`.
export const wrongDetail: Props = { onVerificationVerified: (event) => event.detail.nope };
