import type { IdNumberDetails } from '../../core/types.js';

export type IdNumberField = keyof IdNumberDetails;

/** Keys of `strings.idNumber.errors`. */
export type IdNumberProblem =
  | 'firstNameRequired'
  | 'lastNameRequired'
  | 'dobRequired'
  | 'dobInvalid'
  | 'dobFuture'
  | 'idNumberRequired'
  | 'idNumberInvalid';

export type IdNumberProblems = Partial<Record<IdNumberField, IdNumberProblem>>;

const ID_NUMBER = /^[A-Za-z0-9 -]{4,32}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The earliest date of birth we accept as real. */
export const MIN_DOB = '1900-01-01';

/** Today's date in the person's own time zone, as `YYYY-MM-DD`. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a calendar date that exists (no 31 February). */
function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function trimDetails(details: IdNumberDetails): IdNumberDetails {
  return {
    first_name: details.first_name.trim(),
    last_name: details.last_name.trim(),
    dob: details.dob.trim(),
    id_number: details.id_number.trim(),
  };
}

/** The first problem of each field; an empty object means the details can be submitted. */
export function validateIdNumberDetails(input: IdNumberDetails, today: string = localIsoDate()): IdNumberProblems {
  const details = trimDetails(input);
  const problems: IdNumberProblems = {};
  if (!details.first_name) problems.first_name = 'firstNameRequired';
  if (!details.last_name) problems.last_name = 'lastNameRequired';
  if (!details.dob) problems.dob = 'dobRequired';
  else if (!isRealDate(details.dob) || details.dob < MIN_DOB) problems.dob = 'dobInvalid';
  // ISO dates compare correctly as strings; a birthday today is an age of 0, which is allowed.
  else if (details.dob > today) problems.dob = 'dobFuture';
  if (!details.id_number) problems.id_number = 'idNumberRequired';
  else if (!ID_NUMBER.test(details.id_number)) problems.id_number = 'idNumberInvalid';
  return problems;
}
