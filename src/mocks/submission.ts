import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, checkImage, isImageType, type ImageProblem, type ImageType } from '../core/image-type.js';
import { idNumberProblems, MIN_DOB, needsIdNumber, purposeOf, requiredSides, trimDetails, type IdNumberProblem } from '../core/rules.js';
import {
  DOCUMENT_TYPES,
  FILE_PURPOSES,
  type DocumentOptions,
  type DocumentType,
  type FilePurpose,
  type FileSide,
  type IdNumberDetails,
  type SessionType,
  type SubmitBody,
  type UploadedFile,
} from '../core/types.js';
import { badRequest, invalidParam, missingParam } from './errors.js';
import { includes, isRecord } from './validation.js';

// The rules for what a client sends: file uploads and submissions. Pure checks; the store keeps the state.

/** What the service says about each reason a file is refused (the rule itself is in core/image-type.ts). */
const FILE_PROBLEMS: Readonly<Record<ImageProblem, [code: 'file_type_unsupported' | 'file_too_large', message: string]>> = {
  empty: ['file_type_unsupported', 'The file is empty.'],
  too_large: ['file_too_large', `A file may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`],
  too_many_pixels: ['file_too_large', `An image may have at most ${MAX_IMAGE_PIXELS / 1e6} megapixels.`],
  heic: ['file_type_unsupported', 'HEIC/HEIF images are not accepted: send a JPEG, PNG or WebP image.'],
  unsupported: ['file_type_unsupported', 'Only JPEG, PNG or WebP images are accepted (read from the content, not the name or declared type).'],
  animated: ['file_type_unsupported', 'Animated images are not accepted.'],
  corrupt: ['file_type_unsupported', 'The image is damaged or cut off.'],
};
const FILE_SIDES: readonly FileSide[] = ['front', 'back', 'selfie'];

const ID_NUMBER_MESSAGES: Readonly<Record<IdNumberProblem, string>> = {
  firstNameRequired: 'id_number.first_name must be a non-empty string.',
  lastNameRequired: 'id_number.last_name must be a non-empty string.',
  dobRequired: 'id_number.dob must be a non-empty string.',
  dobInvalid: `id_number.dob must be a real date from ${MIN_DOB} on, formatted YYYY-MM-DD.`,
  dobFuture: 'id_number.dob must not be in the future.',
  idNumberRequired: 'id_number.id_number must be a non-empty string.',
  idNumberInvalid: 'id_number.id_number must be 4 to 32 letters, digits, spaces or hyphens.',
};

/** The multipart fields of an upload, as received. */
export interface FileUpload {
  purpose: FormDataEntryValue | null;
  side: FormDataEntryValue | null;
  file: FormDataEntryValue | null;
}

function requireText(value: FormDataEntryValue | null, param: string): string {
  if (value === null || value === '') throw missingParam(param);
  if (typeof value !== 'string') throw invalidParam(param, `${param} must be text.`);
  return value;
}

/** The fields of an upload, and the image type read from the file's bytes (its declared type is ignored). */
export async function checkUpload(upload: FileUpload): Promise<{ purpose: FilePurpose; side: FileSide; file: File; type: ImageType }> {
  const purpose = requireText(upload.purpose, 'purpose');
  if (!includes(FILE_PURPOSES, purpose)) {
    throw invalidParam('purpose', 'purpose must be identity_document or selfie.');
  }
  const side = requireText(upload.side, 'side');
  if (!includes(FILE_SIDES, side) || purposeOf(side) !== purpose) {
    throw invalidParam('side', `side ${side} does not go with purpose ${purpose}.`);
  }
  const file = upload.file;
  if (file === null || typeof file === 'string') throw missingParam('file');
  const image = await checkImage(file);
  if (!isImageType(image)) throw badRequest(...FILE_PROBLEMS[image], 'file');
  return { purpose, side, file, type: image };
}

/** The latest calendar date anywhere (UTC+14), `YYYY-MM-DD`: a birthday today somewhere is not in the future. */
function latestIsoDate(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Details by the element's own rules (core/rules.ts): missing fields first, then the first problem. */
function parseIdNumberDetails(value: unknown, today: Date): IdNumberDetails {
  if (value === undefined || value === null) throw missingParam('id_number');
  if (!isRecord(value)) throw invalidParam('id_number', 'id_number must be an object.');
  const fields = ['first_name', 'last_name', 'dob', 'id_number'] as const;
  for (const name of fields) {
    const field = value[name];
    const param = `id_number.${name}`;
    if (field === undefined || field === null || field === '') throw missingParam(param);
    if (typeof field !== 'string') throw invalidParam(param, `${param} must be a string.`);
  }
  const details = Object.fromEntries(fields.map((name) => [name, value[name] as string])) as unknown as IdNumberDetails;
  const problems = idNumberProblems(details, latestIsoDate(today));
  const name = fields.find((field) => problems[field]);
  if (name) throw invalidParam(`id_number.${name}`, ID_NUMBER_MESSAGES[problems[name]!]);
  return trimDetails(details);
}

/** The document type a submission names, checked against the session's allowed types. */
function parseDocumentType(value: unknown, allowed: readonly DocumentType[]): DocumentType {
  if (value === undefined || value === null) throw missingParam('document_type');
  if (!includes(DOCUMENT_TYPES, value)) {
    throw invalidParam('document_type', `document_type must be one of: ${DOCUMENT_TYPES.join(', ')}.`);
  }
  if (!allowed.includes(value)) {
    throw badRequest('document_type_not_allowed', `This session does not accept ${value}.`, 'document_type');
  }
  return value;
}

/** What a submission is checked against. */
export interface SubmissionContext {
  type: SessionType;
  document: DocumentOptions;
  /** A file of the current attempt, by id. */
  findFile(id: string): UploadedFile | undefined;
  today: Date;
}

function requireFile(context: SubmissionContext, fileId: unknown, side: FileSide): string {
  const param = `files.${side}`;
  if (fileId === undefined || fileId === null || fileId === '') throw missingParam(param);
  const file = typeof fileId === 'string' ? context.findFile(fileId) : undefined;
  if (!file || file.side !== side) {
    throw invalidParam(param, `${param} must be the id of a ${side} file uploaded to this session for this attempt.`);
  }
  return file.id;
}

/** The submission a body describes, once it has everything this session needs. */
export function checkSubmission(context: SubmissionContext, body: unknown): SubmitBody {
  if (!isRecord(body)) throw invalidParam('body', 'The request body must be a JSON object.');
  const submission: SubmitBody = {};
  if (context.type === 'document') {
    const documentType = parseDocumentType(body['document_type'], context.document.allowed_types);
    const files = body['files'] ?? {};
    if (!isRecord(files)) throw invalidParam('files', 'files must be an object.');
    const needed = requiredSides({ type: context.type, options: { document: context.document } }, documentType);
    submission.document_type = documentType;
    submission.files = {};
    for (const side of needed) submission.files[side] = requireFile(context, files[side], side);
  }
  if (needsIdNumber({ type: context.type, options: { document: context.document } })) {
    submission.id_number = parseIdNumberDetails(body['id_number'], context.today);
  }
  return submission;
}
