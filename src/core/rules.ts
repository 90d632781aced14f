// What a session asks for and what it accepts, written once: the element asks by these rules, core-only
// users can check by them before sending, and the mock backend refuses what breaks them. (Image types
// and sizes are in image-type.ts.)
import { TWO_SIDED_DOCUMENTS, type DocumentOptions, type DocumentType, type FilePurpose, type FileSide, type IdNumberDetails, type SessionType } from './types.js';

/** What these rules read of a session (a `ClientSession` has it). */
export interface SessionNeeds {
  type: SessionType;
  options: { document: Pick<DocumentOptions, 'require_id_number' | 'require_matching_selfie'> };
}

/** The images a session needs, in the order they are asked for; `id_number` sessions need none. */
export function requiredSides(session: SessionNeeds, documentType: DocumentType | null): FileSide[] {
  if (session.type !== 'document') return [];
  const sides: FileSide[] = ['front'];
  if (documentType && TWO_SIDED_DOCUMENTS.includes(documentType)) sides.push('back');
  if (session.options.document.require_matching_selfie) sides.push('selfie');
  return sides;
}

export function needsIdNumber(session: SessionNeeds): boolean {
  return session.type === 'id_number' || session.options.document.require_id_number;
}

/** The upload purpose of an image side. */
export const purposeOf = (side: FileSide): FilePurpose => (side === 'selfie' ? 'selfie' : 'identity_document');

/** Why a field of the ID number details is refused (the element's messages are keyed by these). */
export type IdNumberProblem =
  | 'firstNameRequired'
  | 'lastNameRequired'
  | 'dobRequired'
  | 'dobInvalid'
  | 'dobFuture'
  | 'idNumberRequired'
  | 'idNumberInvalid';

export type IdNumberProblems = Partial<Record<keyof IdNumberDetails, IdNumberProblem>>;

const ID_NUMBER = /^[A-Za-z0-9 -]{4,32}$/;
/** The earliest date of birth taken as real. */
export const MIN_DOB = '1900-01-01';

/** True for a `YYYY-MM-DD` date that exists on the calendar (no 31 February). */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
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

/**
 * The first problem of each field; an empty object means the details can be submitted. `today` is
 * `YYYY-MM-DD`: the person's own date in the browser, the latest date anywhere on a server.
 */
export function idNumberProblems(input: IdNumberDetails, today: string): IdNumberProblems {
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
