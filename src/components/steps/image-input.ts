import type { ImageCheck, ImageProblem } from '../../core/image-type.js';
import type { Strings } from '../../locales/en.js';

/** What the file input offers: the types core/image-type.ts accepts (a test keeps the two in step). */
export const ACCEPT = 'image/jpeg,image/png,image/webp';

/**
 * Why a chosen file cannot be uploaded, worded for the person; `null` when it can. The type is read
 * from the file's bytes by core/image-type.ts — the rule the service applies — never from its name.
 * That check is a chunk of its own, fetched the first time a file is chosen (the camera path never
 * needs it, and it stays out of the first load); if it cannot be fetched, the file goes to the
 * service, which refuses a bad one with `file_type_unsupported`.
 */
export async function imageFileProblem(file: File, strings: Strings['capture']): Promise<string | null> {
  let check: ImageCheck;
  try {
    check = await (await import('../../core/image-type.js')).checkImage(file);
  } catch {
    return null;
  }
  return check.startsWith('image/') ? null : fileProblemMessage(check as ImageProblem, file, strings);
}

/** The message for a file refused with `problem` (the sniffer's code, also the image pipeline's). */
export function fileProblemMessage(problem: ImageProblem, file: File, strings: Strings['capture']): string {
  const messages: Record<ImageProblem, (fileName: string) => string> = {
    empty: strings.fileEmpty,
    too_large: (name) => strings.fileTooLarge(name, (file.size / (1024 * 1024)).toFixed(1)),
    heic: strings.fileHeic,
    unsupported: strings.fileTypeInvalid,
    animated: strings.fileAnimated,
    corrupt: strings.fileCorrupt,
    too_many_pixels: strings.fileTooManyPixels,
  };
  return messages[problem](file.name);
}
