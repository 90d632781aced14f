import type { SessionStatus } from '../core/session.js';
import type { UploadedFile } from '../core/types.js';
import { sessionRedacted, unexpectedState } from './errors.js';
import { newId } from './ids.js';
import type { checkUpload } from './submission.js';

/** The files uploaded to one session, each kept with the attempt it was uploaded for: a new attempt needs new files. */
export class AttemptFiles {
  #files = new Map<string, { file: UploadedFile; attempt: number }>();
  #attempt = 0;

  add(file: UploadedFile): void {
    this.#files.set(file.id, { file, attempt: this.#attempt });
  }

  /** File `id`, if it was uploaded for the current attempt. */
  find(id: string): UploadedFile | undefined {
    const stored = this.#files.get(id);
    return stored?.attempt === this.#attempt ? stored.file : undefined;
  }

  /** The attempt ended: the files uploaded so far no longer count. */
  endAttempt(): void {
    this.#attempt += 1;
  }

  clear(): void {
    this.#files.clear();
  }
}

/** Files are taken only while the person can still act on the session. */
export function requireUploadable(status: SessionStatus, redacted: boolean): void {
  if (redacted) throw sessionRedacted();
  if (status !== 'requires_input') {
    throw unexpectedState(`Cannot upload files to a verification session whose status is ${status}.`);
  }
}

/** The file object the service answers for an upload it accepted. */
export function uploadedFile(checked: Awaited<ReturnType<typeof checkUpload>>, created: number): UploadedFile {
  return {
    id: newId('file'),
    object: 'file',
    purpose: checked.purpose,
    side: checked.side,
    size: checked.file.size,
    type: checked.type,
    created,
  };
}
