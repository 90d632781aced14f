import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// Hebrew, gender-neutral: instructions as “יש ל…” or an infinitive, buttons as nouns, as Hebrew
// interfaces usually address everyone. Loaded on demand (see index.ts), shown right to left.
// Terms: GLOSSARY.md.

/** "name", the (usually left-to-right) file name isolated so that it cannot reorder the sentence around it. */
const quoted = (fileName: string) => `"\u2068${fileName}\u2069"`;

/** This file's document names with the article (a construct noun takes it on its second word). */
const DEFINITE = new Map([
  ['דרכון', 'הדרכון'],
  ['תעודת זהות', 'תעודת הזהות'],
  ['רישיון נהיגה', 'רישיון הנהיגה'],
  ['מסמך', 'המסמך'],
]);
/** “the front of the …”; any other name follows a colon. */
const side = (side: string, document: string) => {
  const definite = DEFINITE.get(document);
  return definite ? `${side} של ${definite}` : `${side}: ${document}`;
};

/** Hebrew strings. */
const he = {
  documentTypeNames: {
    passport: 'דרכון',
    id_card: 'תעודת זהות',
    driving_license: 'רישיון נהיגה',
  },
  progress: {
    label: (current: number, total: number) => `שלב ${current} מתוך ${total}`,
    back: 'חזרה',
    keepPhoto: 'שמירת התמונה שכבר צולמה',
  },
  leave: {
    heading: 'לצאת מהאימות?',
    body: 'התמונות והפרטים יימחקו.',
    stay: 'המשך',
    leave: 'יציאה',
  },
  consent: {
    heading: 'לפני שמתחילים',
    intro: 'כדי לאמת את זהותך, נבקש:',
    documentPhoto: 'תמונה של מסמך מזהה',
    selfie: 'סלפי, להשוואה עם התמונה שבמסמך',
    idNumber: 'שם, תאריך לידה ומספר זהות',
    privacy: 'הפרטים שלך משמשים רק לבדיקה הזו ונשלחים בחיבור מוצפן.',
    whyLabel: 'למה זה נחוץ?',
    whyText:
      'בדיקה של מסמך רשמי מגינה עליך ועל השירות הזה מפני הונאה והתחזות. בנוסף, שירותים מסוימים מחויבים על פי חוק לוודא את זהות הלקוחות שלהם.',
    accept: 'אישור והמשך',
    decline: 'סירוב',
    requestedBy: (business: string) => `\u2068${business}\u2069 מבקשים לאמת את הזהות.`,
    privacyPolicy: 'מדיניות הפרטיות',
    duration: (time: string) => `משך משוער: ${time}.`,
  },
  documentType: {
    heading: 'בחירת מסמך',
    legend: 'באיזה מסמך להשתמש?',
    continue: 'המשך',
    required: 'יש לבחור את המסמך שבו ייעשה שימוש.',
  },
  capture: {
    headings: {
      front: (document: string) => side('הצד הקדמי', document),
      back: (document: string) => side('הצד האחורי', document),
      selfie: (_document: string) => 'צילום סלפי',
    },
    genericDocument: 'מסמך',
    cameraInstructions: {
      document: 'יש למקם את המסמך בתוך המסגרת, בתאורה טובה, כך שכל ארבע הפינות ייראו.',
      selfie: 'יש להביט ישר למצלמה ולשמור על הפנים בתוך האליפסה.',
    },
    uploadInstructions: 'יש להעלות תמונה ברורה: JPEG‏, PNG או WebP, עד 10\u00a0MB.',
    capture: 'צילום',
    chooseFile: 'בחירת תמונה',
    dropHint: 'או לגרור אותה לכאן',
    useUpload: 'העלאת תמונה במקום זאת',
    useCamera: 'שימוש במצלמה',
    tipsLabel: 'טיפים לתמונה טובה',
    tips: [
      'כדאי לבחור מקום מואר היטב ולהימנע מהשתקפויות על המסמך.',
      'יש לשמור על המסמך כולו בתוך המסגרת, ישר ובפוקוס.',
      'אין להסתיר אף חלק מהמסמך באצבעות.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `אי אפשר להשתמש בקובץ ${quoted(fileName)} כתמונה. יש לבחור תמונה בפורמט JPEG‏, PNG או WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `גודל הקובץ ${quoted(fileName)} הוא ${megabytes}\u00a0MB, מעל המגבלה של 10\u00a0MB. יש לבחור תמונה קטנה יותר.`,
    fileEmpty: (fileName: string) => `הקובץ ${quoted(fileName)} ריק. יש לבחור תמונה אחרת.`,
    fileHeic: (fileName: string) =>
      `הקובץ ${quoted(fileName)} הוא תמונת HEIC, שאי אפשר להשתמש בה. יש לבחור תמונה בפורמט JPEG‏, PNG או WebP, או להשתמש במצלמה.`,
    fileAnimated: (fileName: string) =>
      `הקובץ ${quoted(fileName)} הוא תמונה מונפשת. יש לבחור תמונה רגילה.`,
    fileCorrupt: (fileName: string) =>
      `הקובץ ${quoted(fileName)} פגום או חלקי. יש לבחור תמונה אחרת.`,
    fileTooManyPixels: (fileName: string) =>
      `בקובץ ${quoted(fileName)} יש יותר מ־50 מגה־פיקסל. יש לבחור תמונה קטנה יותר.`,
    fileNotPrepared: (fileName: string) =>
      `לא הצלחנו להכין את הקובץ ${quoted(fileName)} לשליחה במכשיר הזה. אפשר לנסות שוב, או להשתמש במצלמה.`,
    passportHeading: 'עמוד התמונה בדרכון',
    check: {
      checking: 'בודקים את התמונה…',
      imageAlt: 'התמונה שצולמה או נבחרה',
      good: 'נראה טוב. יש לוודא שכל הטקסט חד וקריא.',
      refused: 'עדיין אי אפשר להשתמש בתמונה הזו:',
      problems: {
        dark: 'חשוך מדי — יש לעבור למקום מואר יותר',
        bright: 'בהיר מדי — יש להתרחק מאור ישיר',
        too_far: 'יש להתקרב: המסמך ממלא חלק קטן מדי מהמסגרת',
        no_document: 'לא נמצא מסמך — יש למקם את כל המסמך בתוך המסגרת',
        cut_off: 'חלק מהמסמך חתוך — יש להתרחק עד שכל ארבע הפינות יהיו בתוך המסגרת',
        glare: 'השתקפות על הכרטיס — יש להטות אותו הרחק מהאור',
        blurry: 'מטושטש מדי — יש לא לזוז ולהקיש כדי למקד',
        low_resolution: 'הרזולוציה נמוכה מדי — יש להשתמש במצלמה או בתמונה גדולה יותר',
      },
      selfieGlare: 'השתקפות על הפנים — יש להסתובב הרחק מהאור',
      fileSelfieGlare: 'השתקפות על הפנים — יש לבחור תמונה ללא השתקפויות',
      fileProblems: {
        dark: 'כהה מדי — יש לבחור תמונה בהירה יותר',
        bright: 'חשופה מדי: חלקים מהתמונה נבלעו בלבן — יש לבחור תמונה אחרת',
        too_far: 'המסמך קטן מדי בתמונה הזו — יש לבחור תמונה שבה הוא ממלא חלק גדול יותר',
        no_document: 'לא נמצא מסמך בתמונה הזו — יש לבחור תמונה של המסמך',
        cut_off: 'חלק מהמסמך חתוך בתמונה הזו — יש לבחור תמונה שבה רואים את כל ארבע הפינות',
        glare: 'השתקפות מסתירה חלק מהמסמך — יש לבחור תמונה ללא השתקפויות',
        blurry: 'מטושטשת מדי — יש לבחור תמונה חדה יותר',
        low_resolution: 'הרזולוציה נמוכה מדי — יש לבחור תמונה גדולה יותר',
      },
      selfieGood: 'נראה טוב. יש לוודא שכל הפנים חדות ונראות בבירור.',
      mayBeRefused: 'ייתכן שהתמונה הזו תידחה:',
      chooseAnother: 'בחירת קובץ אחר',
      warning: 'בתמונה הזו עדיין יש בעיות והיא עלולה להידחות. כדאי להשתמש בה רק אם אי אפשר לצלם תמונה טובה יותר.',
      unchecked: 'לא ניתן היה לבדוק את התמונה במכשיר הזה. יש לוודא שהיא חדה וקריאה.',
      use: 'שימוש בתמונה הזו',
      useAnyway: 'שימוש בתמונה הזו בכל זאת',
      retake: 'צילום מחדש',
      holdStill: 'בלי לזוז',
      steady: 'בלי לזוז — מצלמים',
      torch: 'תאורה',
      switchCamera: 'החלפת מצלמה',
    },
  },
  camera: {
    preview: 'תצוגה מקדימה של המצלמה',
    starting: 'המצלמה מופעלת…',
    retry: 'ניסיון חוזר עם המצלמה',
    denied: 'הגישה למצלמה חסומה. אפשר להעלות תמונה במקום זאת, או לאפשר את המצלמה בהגדרות הדפדפן ולנסות שוב.',
    notFound: 'לא נמצאה מצלמה במכשיר הזה. אפשר להעלות תמונה במקום זאת.',
    inUse: 'המצלמה נמצאת בשימוש של אפליקציה אחרת. יש לסגור את האפליקציה ולנסות שוב, או להעלות תמונה במקום זאת.',
    failed: 'לא ניתן היה להפעיל את המצלמה. אפשר לנסות שוב או להעלות תמונה במקום זאת.',
    requiredDenied: 'האימות הזה דורש תמונה שמצולמת בזמן אמת במצלמה. יש לאפשר גישה למצלמה בהגדרות הדפדפן ולנסות שוב.',
    requiredNotFound:
      'האימות הזה דורש תמונה שמצולמת בזמן אמת במצלמה, ולא נמצאה מצלמה. אפשר להמשיך במכשיר עם מצלמה, כמו הטלפון.',
    requiredInUse: 'האימות הזה דורש את המצלמה, אבל אפליקציה אחרת משתמשת בה. יש לסגור את האפליקציה ולנסות שוב.',
    requiredFailed: 'האימות הזה דורש את המצלמה, אבל לא ניתן היה להפעיל אותה. אפשר לנסות שוב או להמשיך במכשיר אחר.',
  },
  idNumber: {
    heading: 'הפרטים שלך',
    intro: 'יש להזין את הפרטים בדיוק כפי שהם מופיעים במסמכים הרשמיים.',
    firstName: 'שם פרטי',
    lastName: 'שם משפחה',
    dob: 'תאריך לידה',
    idNumber: 'מספר זהות',
    idNumberHint: 'בין 4 ל־32 אותיות, ספרות, רווחים או מקפים.',
    continue: 'המשך',
    errors: {
      firstNameRequired: 'יש להזין שם פרטי.',
      lastNameRequired: 'יש להזין שם משפחה.',
      dobRequired: 'יש להזין תאריך לידה.',
      dobInvalid: 'יש להזין תאריך לידה תקין.',
      dobFuture: 'תאריך הלידה חייב להיות בעבר.',
      idNumberRequired: 'יש להזין מספר זהות.',
      idNumberInvalid: 'מספר הזהות צריך לכלול בין 4 ל־32 אותיות, ספרות, רווחים או מקפים.',
    },
  },
  review: {
    heading: 'בדיקה ושליחה',
    intro: 'יש לוודא שכל תמונה חדה וקלה לקריאה.',
    sides: { front: 'צד קדמי', back: 'צד אחורי', selfie: 'סלפי' },
    imageAlt: { front: 'הצד הקדמי של המסמך', back: 'הצד האחורי של המסמך', selfie: 'הסלפי שלך' },
    retake: 'צילום מחדש',
    retakeLabel: {
      front: 'צילום מחדש של הצד הקדמי',
      back: 'צילום מחדש של הצד האחורי',
      selfie: 'צילום מחדש של הסלפי',
    },
    detailsHeading: 'הפרטים שלך',
    name: 'שם',
    dob: 'תאריך לידה',
    idNumber: 'מספר זהות',
    idNumberMasked: (lastFour: string) => `מסתיים ב־${lastFour}`,
    edit: 'עריכה',
    editDetailsLabel: 'עריכת הפרטים',
    uploading: 'ההעלאה מתבצעת…',
    uploadingPercent: (percent: number) => `ההעלאה מתבצעת… ${percent}%`,
    submitting: 'השליחה מתבצעת…',
    submit: 'שליחה',
  },
  dialog: {
    title: 'אימות זהות',
    close: 'סגירה',
    testMode: 'מצב בדיקה',
    testModeHint: 'מצב בדיקה: לא מתבצע אימות אמיתי.',
  },
  loading: {
    heading: 'בטעינה…',
  },
  processing: {
    heading: 'הפרטים שלך נבדקים',
    body: 'זה נמשך בדרך כלל כמה שניות. אפשר לסגור את החלון: הבדיקה תימשך.',
  },
  outcome: {
    verifiedHeading: 'הזהות שלך אומתה',
    verifiedBody: 'תודה. הזהות שלך אושרה.',
    failedHeading: 'לא הצלחנו לאמת את זהותך',
    declinedHeading: 'האימות נדחה',
    declinedBody: 'בחרת לא לעבור אימות. אפשר להתחיל מחדש בכל עת.',
    canceledHeading: 'האימות בוטל',
    canceledBody: 'האימות הזה בוטל ולא ניתן עוד להשלים אותו.',
    tryAgain: 'ניסיון נוסף',
    done: 'סיום',
    verifiedNext: 'אפשר לסגור את החלון ולהמשיך.',
    canceledNext: 'יש לסגור את החלון. אם עדיין נדרש אימות זהות, יש להתחיל אימות חדש.',
    redo: {
      selfie: 'בניסיון הבא יידרש רק סלפי חדש.',
      document: 'בניסיון הבא יידרשו רק תמונות חדשות של המסמך המזהה.',
      'other-document': 'בניסיון הבא יש לבחור מסמך מזהה אחר ולצלם אותו.',
      'id-number': 'בניסיון הבא יש רק לבדוק את הפרטים.',
      everything: 'בניסיון הבא יש לעבור שוב על כל השלבים.',
    },
  },
  lastErrors: {
    abandoned: 'האימות לא הושלם בזמן.',
    consent_declined: 'בחרת לא לעבור אימות.',
    country_not_supported: 'לא ניתן להשתמש כאן במסמכים מהמדינה הזו. אפשר לנסות מסמך ממדינה אחרת.',
    device_not_supported: 'המכשיר הזה לא יכול לצלם את התמונות שהאימות דורש. אפשר לנסות מכשיר אחר.',
    document_expired: 'תוקף המסמך פג. יש לנסות שוב עם מסמך בתוקף.',
    document_type_not_supported: 'סוג המסמך הזה לא מתקבל כאן. יש לנסות שוב עם אחד מהמסמכים המתקבלים.',
    document_unverified_other: 'לא הצלחנו לאמת את המסמך. יש לוודא שהמסמך כולו מופיע בתמונה, חד וללא השתקפויות.',
    id_number_insufficient_document_data: 'במסמך אין מספיק מידע כדי לבדוק את מספר הזהות.',
    id_number_mismatch: 'הפרטים שהוזנו לא תואמים לרישומים הרשמיים. יש לבדוק אותם ולנסות שוב.',
    id_number_unverified_other: 'לא הצלחנו לאמת את מספר הזהות. יש לבדוק אותו ולנסות שוב.',
    selfie_document_missing_photo: 'במסמך אין תמונת פנים להשוואה. אפשר לנסות מסמך עם תמונה.',
    selfie_face_mismatch: 'הסלפי לא תואם לתמונה שבמסמך. יש לנסות שוב בתאורה טובה, מול המצלמה.',
    selfie_manipulated: 'לא ניתן לקבל את הסלפי. יש לצלם סלפי חדש ישירות במצלמה.',
    selfie_unverified_other: 'לא הצלחנו לאמת את הסלפי. יש לנסות שוב בתאורה טובה, מול המצלמה.',
    under_supported_age: 'האימות כאן מותנה בגיל מבוגר יותר.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'משהו השתבש',
    retry: 'ניסיון נוסף',
    close: 'סגירה',
    codes: {
      client_secret_missing: 'לא ניתן להתחיל את האימות. יש לסגור את החלון ולנסות שוב.',
      client_secret_malformed: 'לא ניתן להתחיל את האימות. יש לסגור את החלון ולנסות שוב.',
      secret_invalid: 'לא ניתן להתחיל את האימות. יש לסגור את החלון ולנסות שוב.',
      secret_expired: 'תוקף האימות פג. יש לסגור את החלון ולהתחיל מחדש.',
      secret_spent: 'האימות כבר נוצל. יש לסגור את החלון כדי להתחיל אימות חדש.',
      resource_missing: 'האימות לא נמצא. יש לסגור את החלון ולנסות שוב.',
      session_unexpected_state: 'לא ניתן עוד לשנות את האימות. יש לסגור את החלון.',
      session_redacted: 'האימות נסגר והנתונים שלו נמחקו. יש לסגור את החלון.',
      network: 'נראה שאין חיבור לאינטרנט. יש לבדוק את החיבור ולנסות שוב.',
      timeout: 'החיבור איטי מדי כרגע. אפשר לנסות שוב בעוד רגע.',
      rate_limited: 'יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.',
      file_type_unsupported: 'שירות האימות לא הצליח להשתמש בתמונה הזו. יש לצלם אותה מחדש, או לבחור תמונה בפורמט JPEG‏, PNG או WebP.',
      file_too_large: 'התמונה הזו גדולה מדי עבור שירות האימות. יש לצלם אותה מחדש, או לבחור תמונה קטנה מ־10\u00a0MB.',
    },
    generic: 'לא הצלחנו להתחבר לשירות האימות. אפשר לנסות שוב בעוד רגע.',
  },
  handoff: {
    offer: 'המשך בטלפון',
    scan: 'יש לסרוק את הקוד במצלמת הטלפון, או לפתוח את הקישור בטלפון: המצלמה שלו מצלמת תמונות חדות יותר.',
    qrLabel: (url: string) => `קוד QR של הקישור \u2068${url}\u2069`,
    linkLabel: 'קישור לטלפון',
    copy: 'העתקת הקישור',
    copied: 'הקישור הועתק',
    expires: (time: string) => `הקוד תקף לשימוש אחד, עד \u2068${time}\u2069.`,
    creating: 'יוצרים קוד לטלפון…',
    waiting: 'ממתינים לטלפון…',
    opened: 'נפתח בטלפון. יש להמשיך שם.',
    submitted: 'התמונות נשלחו — בבדיקה…',
    expired: 'תוקף הקוד פג.',
    failed: 'לא ניתן ליצור קוד לטלפון. יש לנסות שוב או להשתמש במחשב הזה.',
    newCode: 'יצירת קוד חדש',
    useComputer: 'שימוש במחשב הזה',
    returnToComputer: 'אפשר לחזור עכשיו למחשב.',
    retryOnComputer: 'כדי לנסות שוב, יש לחזור למחשב: הניסיון הבא מתחיל שם.',
    codes: {
      handoff_code_expired: 'תוקף הקישור פג. יש ליצור קוד חדש במחשב.',
      handoff_code_claimed: 'כבר נעשה שימוש בקישור. יש ליצור קוד חדש במחשב.',
      handoff_code_revoked: 'הקישור כבר לא פעיל. יש ליצור קוד חדש במחשב.',
      handoff_code_invalid: 'הקישור לא תקין. יש ליצור קוד חדש במחשב.',
    },
  },
} satisfies Translation;

export default he;
