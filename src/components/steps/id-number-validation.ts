import { idNumberProblems, type IdNumberProblems } from '../../core/rules.js';
import type { IdNumberDetails } from '../../core/types.js';

// The rules are core's (the mock refuses by the same ones); this adds the person's own date.
export { MIN_DOB, trimDetails, type IdNumberProblem, type IdNumberProblems } from '../../core/rules.js';

export type IdNumberField = keyof IdNumberDetails;

/** Today's date in the person's own time zone, as `YYYY-MM-DD`. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first problem of each field; an empty object means the details can be submitted. */
export function validateIdNumberDetails(input: IdNumberDetails, today: string = localIsoDate()): IdNumberProblems {
  return idNumberProblems(input, today);
}
