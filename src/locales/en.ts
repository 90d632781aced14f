import type { DeepPartial } from '../internal/merge-strings.js';
import type { LastErrorCode } from '../core/types.js';

/** English strings. Parameterised entries are functions so translations can reorder words. */
export const en = {
  documentTypeNames: {
    passport: 'passport',
    id_card: 'ID card',
    driving_license: 'driving licence',
  },
  progress: {
    label: (current: number, total: number) => `Step ${current} of ${total}`,
    back: 'Back',
    keepPhoto: 'Keep the photo already taken',
  },
  leave: {
    heading: 'Leave the verification?',
    body: 'Your photos and details will be deleted.',
    stay: 'Keep going',
    leave: 'Leave',
  },
  consent: {
    heading: 'Before you start',
    intro: 'To confirm that you are who you say you are, we will ask for:',
    documentPhoto: 'A photo of your identity document',
    selfie: 'A selfie, to compare with the photo on your document',
    idNumber: 'Your name, date of birth and ID number',
    privacy: 'Your details are used only for this check and sent over an encrypted connection.',
    whyLabel: 'Why is this needed?',
    whyText:
      'Checking an official document protects you and this service from fraud and impersonation, and some services are required by law to confirm who their customers are.',
    accept: 'Accept and continue',
    decline: 'Decline',
    /** With `business-name`: who asks. */
    requestedBy: (business: string) => `${business} asks you to verify your identity.`,
    /** The link to `privacy-policy-url`. */
    privacyPolicy: 'Read the privacy policy',
    /** `time` is a duration in the person's language, e.g. "3 minutes". */
    duration: (time: string) => `It takes about ${time}.`,
  },
  documentType: {
    heading: 'Choose your document',
    legend: 'Which document will you use?',
    continue: 'Continue',
    required: 'Choose the document you will use.',
  },
  capture: {
    headings: {
      front: (document: string) => `Front of your ${document}`,
      back: (document: string) => `Back of your ${document}`,
      selfie: (_document: string) => 'Take a selfie',
    },
    genericDocument: 'document',
    cameraInstructions: {
      document: 'Place your document inside the frame, in good light, with all four corners visible.',
      selfie: 'Look straight at the camera and keep your face inside the oval.',
    },
    uploadInstructions: 'Upload a clear photo.',
    capture: 'Take photo',
    chooseFile: 'Choose a photo',
    dropHint: 'or drag and drop it here',
    useUpload: 'Upload a photo instead',
    useCamera: 'Use the camera',
    tipsLabel: 'Tips for a good photo',
    tips: [
      'Use a well-lit place and avoid glare on the document.',
      'Keep the whole document in the frame, flat and in focus.',
      'Do not cover any part of it with your fingers.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `“${fileName}” is not a photo we can use. Choose a JPEG, PNG or WebP image.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `“${fileName}” is ${megabytes} MB, over the 10 MB limit. Choose a smaller photo.`,
    fileEmpty: (fileName: string) => `“${fileName}” is empty. Choose another photo.`,
    fileHeic: (fileName: string) => `“${fileName}” is an HEIC photo, which cannot be used. Choose a JPEG, PNG or WebP image, or use the camera.`,
    fileAnimated: (fileName: string) => `“${fileName}” is animated. Choose a still photo.`,
    fileCorrupt: (fileName: string) => `“${fileName}” is damaged or incomplete. Choose another photo.`,
    fileTooManyPixels: (fileName: string) => `“${fileName}” has over 50 megapixels. Choose a smaller photo.`,
    /** A file that could not be stripped of its metadata when the photo checks cannot run: it is not sent. */
    fileNotPrepared: (fileName: string) =>
      `“${fileName}” could not be prepared for sending on this device. Try again, or use the camera.`,
    /** The passport's capture heading names the page people look for. */
    passportHeading: 'Photo page of your passport',
    /** The check after each photo, and the live hints while the camera runs. */
    check: {
      checking: 'Checking the photo…',
      imageAlt: 'The photo you took or chose',
      good: 'Looks good. Check that all the text is sharp and readable.',
      refused: 'This photo cannot be used yet:',
      problems: {
        dark: 'Too dark — move somewhere brighter',
        bright: 'Too bright — move out of direct light',
        too_far: 'Move closer: the document fills too little of the frame',
        no_document: 'No document found — place the whole document inside the frame',
        cut_off: 'Part of the document is cut off — move back until all four corners are inside the frame',
        glare: 'Glare on the card — tilt it away from the light',
        blurry: 'Too blurry — hold still and tap to focus',
        low_resolution: 'Resolution too low — use the camera or a larger photo',
        no_face: 'We cannot see a face in the oval — look straight at the camera, your face inside the oval',
      },
      selfieGlare: 'Glare on your face — turn away from the light',
      fileSelfieGlare: 'Glare on your face — choose a photo without reflections',
      selfieTooFar: 'Move closer: your face should fill the oval',
      fileSelfieTooFar: 'Your face is too small in this photo — choose one where it fills more of the picture',
      /** Problems of a chosen file: the advice is to choose another, not to hold still. */
      fileProblems: {
        dark: 'Too dark — choose a brighter photo',
        bright: 'Overexposed: parts of the picture are lost to white — choose another photo',
        too_far: 'The document is too small in this photo — choose one where it fills more of the picture',
        no_document: 'No document found in this photo — choose a photo of the document',
        cut_off: 'Part of the document is cut off in this photo — choose one that shows all four corners',
        glare: 'Glare hides part of the document — choose a photo without reflections',
        blurry: 'Too blurry — choose a sharper photo',
        low_resolution: 'Resolution too low — choose a larger photo',
        no_face: 'We cannot see a face in this photo — choose a photo of your face, looking straight at the camera',
      },
      selfieGood: 'Looks good. Check that your whole face is sharp and clearly visible.',
      /** Above the problems once the photo may be used anyway. */
      mayBeRefused: 'This photo may be refused:',
      chooseAnother: 'Choose another file',
      warning: 'This photo still has problems and may be refused. Use it only if you cannot take a better one.',
      unchecked: 'This photo could not be checked on this device. Make sure it is sharp and readable.',
      use: 'Use this photo',
      useAnyway: 'Use this photo anyway',
      retake: 'Retake',
      holdStill: 'Hold still',
      steady: 'Hold still — taking the photo',
      torch: 'Light',
      switchCamera: 'Switch camera',
    },
  },
  camera: {
    preview: 'Camera preview',
    starting: 'Starting the camera…',
    retry: 'Try the camera again',
    denied: 'Camera access is blocked. You can upload a photo instead, or allow the camera in your browser settings and try again.',
    notFound: 'No camera was found on this device. You can upload a photo instead.',
    inUse: 'Your camera is being used by another app. Close that app and try again, or upload a photo instead.',
    failed: 'The camera could not be started. Try again, or upload a photo instead.',
    requiredDenied:
      'This verification needs a live photo taken with your camera. Allow camera access in your browser settings, then try again.',
    requiredNotFound:
      'This verification needs a live photo taken with a camera, and none was found. Continue on a device with a camera, such as your phone.',
    requiredInUse: 'This verification needs your camera, but another app is using it. Close that app, then try again.',
    requiredFailed: 'This verification needs your camera, but it could not be started. Try again, or continue on another device.',
  },
  idNumber: {
    heading: 'Your details',
    intro: 'Enter them exactly as they appear on your official documents.',
    firstName: 'First name',
    lastName: 'Last name',
    dob: 'Date of birth',
    idNumber: 'ID number',
    idNumberHint: '4 to 32 letters, digits, spaces or dashes.',
    continue: 'Continue',
    errors: {
      firstNameRequired: 'Enter your first name.',
      lastNameRequired: 'Enter your last name.',
      dobRequired: 'Enter your date of birth.',
      dobInvalid: 'Enter a real date of birth.',
      dobFuture: 'Your date of birth must be in the past.',
      idNumberRequired: 'Enter your ID number.',
      idNumberInvalid: 'Your ID number must be 4 to 32 letters, digits, spaces or dashes.',
    },
  },
  review: {
    heading: 'Check and submit',
    intro: 'Make sure each photo is sharp and easy to read.',
    sides: { front: 'Front', back: 'Back', selfie: 'Selfie' },
    imageAlt: { front: 'Front of your document', back: 'Back of your document', selfie: 'Your selfie' },
    retake: 'Retake',
    retakeLabel: { front: 'Retake the front photo', back: 'Retake the back photo', selfie: 'Retake the selfie' },
    detailsHeading: 'Your details',
    name: 'Name',
    dob: 'Date of birth',
    idNumber: 'ID number',
    idNumberMasked: (lastFour: string) => `ending in ${lastFour}`,
    edit: 'Edit',
    editDetailsLabel: 'Edit your details',
    uploading: 'Uploading…',
    uploadingPercent: (percent: number) => `Uploading… ${percent}%`,
    submitting: 'Submitting…',
    submit: 'Submit',
  },
  dialog: {
    title: 'Verify your identity',
    close: 'Close',
    testMode: 'Test mode',
    testModeHint: 'Test mode: no real check is made.',
  },
  loading: {
    heading: 'Loading…',
  },
  processing: {
    heading: 'Checking your details',
    body: 'This usually takes a few seconds. You can close this window: the check carries on.',
  },
  outcome: {
    verifiedHeading: 'You are verified',
    verifiedBody: 'Thank you. Your identity has been confirmed.',
    failedHeading: 'The check did not go through',
    declinedHeading: 'Verification declined',
    declinedBody: 'You chose not to be verified. You can start again whenever you are ready.',
    canceledHeading: 'Verification canceled',
    canceledBody: 'This verification was canceled and can no longer be completed.',
    verifiedNext: 'You can close this window and carry on.',
    canceledNext: 'Close this window. If you still need to verify your identity, start a new verification.',
    /** What 'Try again' will ask, by what the failure concerned (`retryScope` in flow.ts). */
    redo: {
      selfie: 'When you try again, you will only need to take a new selfie.',
      document: 'When you try again, you will only need new photos of your document.',
      'other-document': 'When you try again, choose another document and take photos of it.',
      'id-number': 'When you try again, you will only need to check your details.',
      everything: 'When you try again, you will go through each step again.',
    },
    tryAgain: 'Try again',
    done: 'Done',
  },
  /** What a person is told about each `last_error.code` (the service's own `reason` is for integrators). */
  lastErrors: {
    abandoned: 'The verification was not finished in time.',
    consent_declined: 'You chose not to be verified.',
    country_not_supported: 'Documents from this country cannot be used here. Try a document from another country.',
    device_not_supported: 'This device cannot take the photos this verification needs. Try another device.',
    document_expired: 'Your document has expired. Try again with a document that is still valid.',
    document_type_not_supported: 'This kind of document is not accepted here. Try again with one of the accepted documents.',
    document_unverified_other: 'We could not verify your document. Make sure the whole document is in the photo, sharp and without glare.',
    id_number_insufficient_document_data: 'Your document does not show enough information to check your ID number.',
    id_number_mismatch: 'The details you entered did not match official records. Check them and try again.',
    id_number_unverified_other: 'We could not verify your ID number. Check it and try again.',
    selfie_document_missing_photo: 'Your document has no photo of your face to compare with. Try a document with a photo.',
    selfie_face_mismatch: 'Your selfie did not match the photo on your document. Try again in good light, facing the camera.',
    selfie_manipulated: 'Your selfie could not be accepted. Take a new one directly with your camera.',
    selfie_unverified_other: 'We could not verify your selfie. Try again in good light, facing the camera.',
    under_supported_age: 'You need to be older to be verified here.',
  } satisfies Record<LastErrorCode, string> as Record<string, string>,
  errors: {
    heading: 'Something went wrong',
    retry: 'Try again',
    close: 'Close',
    /** Messages for the codes a person can meet; any other code falls back to `generic`. */
    codes: {
      client_secret_missing: 'This verification could not be started. Close this window and try again.',
      client_secret_malformed: 'This verification could not be started. Close this window and try again.',
      secret_invalid: 'This verification could not be started. Close this window and try again.',
      secret_expired: 'This verification has expired. Close this window and start again.',
      secret_spent: 'This verification has already been used. Close this window to start a new one.',
      resource_missing: 'This verification could not be found. Close this window and try again.',
      session_unexpected_state: 'This verification can no longer be changed. Close this window.',
      session_redacted: 'This verification was closed and its data deleted. Close this window.',
      network: 'You seem to be offline. Check your connection and try again.',
      timeout: 'The connection is too slow right now. Try again in a moment.',
      rate_limited: 'Too many attempts. Wait a moment, then try again.',
      file_type_unsupported: 'The verification service could not use this photo. Retake it, or choose a JPEG, PNG or WebP image.',
      file_too_large: 'This photo is too large for the verification service. Retake it, or choose a photo under 10\u00a0MB.',
    } as Record<string, string>,
    generic: 'We could not reach the verification service. Try again in a moment.',
  },
  // Continue on your phone: the handoff view on the computer, and its end on the phone.
  handoff: {
    offer: 'Continue on your phone',
    scan: 'Scan this code with your phone’s camera, or open the link on your phone: its camera takes sharper photos.',
    qrLabel: (url: string) => `QR code of the link ${url}`,
    linkLabel: 'Link for your phone',
    copy: 'Copy link',
    copied: 'Link copied',
    expires: (time: string) => `This code works once, until ${time}.`,
    creating: 'Making a code for your phone…',
    waiting: 'Waiting for your phone…',
    opened: 'Opened on your phone. Continue there.',
    submitted: 'Photos submitted — checking…',
    expired: 'This code has expired.',
    failed: 'The code for your phone could not be made. Try again, or use this computer.',
    newCode: 'Make a new code',
    useComputer: 'Use this computer instead',
    returnToComputer: 'You can now return to your computer.',
    /** On the phone, after its attempt failed: a new attempt starts on the computer, with a fresh secret. */
    retryOnComputer: 'To try again, go back to your computer: the next attempt starts there.',
    /** Why a handoff link opened on the phone could not be used. */
    codes: {
      handoff_code_expired: 'This link has expired. Make a new code on your computer.',
      handoff_code_claimed: 'This link has already been used. Make a new code on your computer.',
      handoff_code_revoked: 'This link no longer works. Make a new code on your computer.',
      handoff_code_invalid: 'This link is not valid. Make a new code on your computer.',
    },
  },
  // handoff and outcomes: error headings by cause, wording by where the element runs, the phone's continuation.
  handoffOutcomes: {
    /** The error view's heading, by what went wrong (`errorKind` in views.ts); `errors.heading` for anything else. */
    errorHeadings: {
      offline: 'No connection',
      busy: 'Too many attempts',
      service: 'The service is not responding',
      notStarted: 'This verification could not be started',
      expired: 'This verification has expired',
      used: 'This verification was already used',
      ended: 'This verification has ended',
      linkExpired: 'This link has expired',
      linkUsed: 'This link was already used',
      linkRevoked: 'This link no longer works',
      linkInvalid: 'This link is not valid',
    },
    /** Why, for a verification that cannot go on; what to do next follows (`startAgain`). */
    errorBodies: {
      notStarted: 'The page that started it may be out of date.',
      expired: 'A verification stays open for a limited time.',
      used: 'Each verification can be completed once.',
      ended: 'It was completed, canceled or deleted, and can no longer be changed.',
    },
    /** What to do next when this verification cannot go on: in a window (modal), in the page (inline), on the phone. */
    startAgain: {
      modal: 'Close this window, then start a new verification.',
      inline: 'To carry on, start a new verification from the page that sent you here.',
      phone: 'To carry on, go back to your computer.',
    },
    /** After the outcome, in the page (inline) rather than in a window. */
    verifiedNextInline: 'You can carry on.',
    canceledNextInline: 'If you still need to verify your identity, start a new verification.',
    processingBodyInline: 'This usually takes a few seconds. The check carries on even if you leave this page.',
    /** On the phone, above the steps: whose verification this continues (with the business's logo when it has one). */
    continuing: (business: string) => `Continuing your verification for ${business}, started on your computer.`,
    continuingUnnamed: 'Continuing the verification started on your computer.',
  },
  // consent and capture feedback (issue 25): the upload's formats, the date of birth in three fields, the handoff's
  // code folded away once the phone opened it.
  feedback: {
    /** Under the upload's "Choose a photo": which files are taken (the instructions above say what to do). */
    fileFormats: 'JPEG, PNG or WebP, up to 10 MB.',
    /** The date of birth's three fields, shown in the order the language writes a date. */
    day: 'Day',
    month: 'Month',
    year: 'Year',
    /** Under the date of birth: `example` is a date in the fields' order, as the language writes it. */
    dateExample: (example: string) => `For example, ${example}`,
    /** The handoff's QR code and link, folded away once the phone has opened the link. */
    showCode: 'Show the code again',
    hideCode: 'Hide the code',
  },
};

export type Strings = typeof en;

/**
 * A language's strings: every entry it has is checked against English's type; one it lacks shows in
 * English until translated (the locale completeness test lists it), so a string added here does not
 * stop the build.
 */
export type Translation = { [Key in keyof Strings]?: DeepPartial<Strings[Key]> };
