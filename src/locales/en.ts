/** English strings. Parameterised entries are functions so translations can reorder words. */
export const en = {
  documentTypeNames: {
    passport: 'passport',
    id_card: 'ID card',
    driving_license: 'driving licence',
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
    uploadInstructions: 'Upload a clear photo. JPEG, PNG or WebP, up to 10 MB.',
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
    uploading: 'Uploading…',
    uploadingPercent: (percent: number) => `Uploading… ${percent}%`,
    submitting: 'Submitting…',
    submit: 'Submit',
  },
  help: {
    close: 'Close',
  },
};

export type Strings = typeof en;
