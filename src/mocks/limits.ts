import { MAX_IMAGE_BYTES } from '../core/image-type.js';

/** Uploads: the largest image the service takes, and room for the multipart framing and fields. */
export const MAX_UPLOAD_BODY_BYTES = MAX_IMAGE_BYTES + 512 * 1024;
/** Every other body is JSON, far smaller. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;
