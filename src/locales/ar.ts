import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Modern Standard Arabic, addressing the person in the singular. Loaded on demand (see index.ts),
// shown right to left.

/**
 * “of the …”: the preposition لـ joins the noun, and before the article ال it becomes لل
 * (جواز السفر → لجواز السفر, الوثيقة → للوثيقة).
 */
const of = (noun: string) => (noun.startsWith('ال') ? `لل${noun.slice(2)}` : `ل${noun}`);

/** «name», the (usually left-to-right) file name isolated so that it cannot reorder the sentence around it. */
const quoted = (fileName: string) => `«\u2068${fileName}\u2069»`;

/** Arabic strings. Document names are definite (جواز السفر), and read well alone and after `of`. */
const ar: Strings = {
  documentTypeNames: {
    passport: 'جواز السفر',
    id_card: 'بطاقة الهوية',
    driving_license: 'رخصة القيادة',
  },
  consent: {
    heading: 'قبل أن تبدأ',
    intro: 'للتأكد من هويتك، سنطلب منك:',
    documentPhoto: 'صورة لوثيقة هويتك',
    selfie: 'صورة ذاتية لمقارنتها بالصورة الموجودة على وثيقتك',
    idNumber: 'اسمك وتاريخ ميلادك ورقم هويتك',
    privacy: 'تُستخدم بياناتك لهذا التحقق فقط، وتُرسَل عبر اتصال مشفّر.',
    whyLabel: 'لماذا هذا مطلوب؟',
    whyText:
      'التحقق من وثيقة رسمية يحميك ويحمي هذه الخدمة من الاحتيال وانتحال الشخصية، كما أن بعض الخدمات ملزمة قانونًا بالتأكد من هوية عملائها.',
    accept: 'قبول ومتابعة',
    decline: 'رفض',
  },
  documentType: {
    heading: 'اختر وثيقتك',
    legend: 'ما الوثيقة التي ستستخدمها؟',
    continue: 'متابعة',
    required: 'اختر الوثيقة التي ستستخدمها.',
  },
  capture: {
    headings: {
      front: (document: string) => `الوجه الأمامي ${of(document)}`,
      back: (document: string) => `الوجه الخلفي ${of(document)}`,
      selfie: (_document: string) => 'التقط صورة ذاتية',
    },
    genericDocument: 'الوثيقة',
    cameraInstructions: {
      document: 'ضع وثيقتك داخل الإطار في مكان جيد الإضاءة، بحيث تظهر زواياها الأربع.',
      selfie: 'انظر مباشرةً إلى الكاميرا وأبقِ وجهك داخل الشكل البيضاوي.',
    },
    uploadInstructions: 'ارفع صورة واضحة بصيغة JPEG أو PNG أو WebP، لا يتجاوز حجمها 10 ميغابايت.',
    capture: 'التقاط الصورة',
    chooseFile: 'اختيار صورة',
    dropHint: 'أو اسحبها وأفلتها هنا',
    useUpload: 'رفع صورة بدلًا من ذلك',
    useCamera: 'استخدام الكاميرا',
    tipsLabel: 'نصائح لصورة جيدة',
    tips: [
      'اختر مكانًا جيد الإضاءة وتجنّب انعكاس الضوء على الوثيقة.',
      'أبقِ الوثيقة كاملةً داخل الإطار، مسطّحةً وواضحة.',
      'لا تغطِّ أي جزء منها بأصابعك.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `لا يمكننا استخدام ${quoted(fileName)} كصورة. اختر صورة بصيغة JPEG أو PNG أو WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `حجم ${quoted(fileName)} هو ${megabytes} ميغابايت، أي أكثر من الحد الأقصى البالغ 10 ميغابايت. اختر صورة أصغر.`,
    fileEmpty: (fileName: string) => `الملف ${quoted(fileName)} فارغ. اختر صورة أخرى.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} صورة بصيغة HEIC لا يمكن استخدامها. اختر صورة بصيغة JPEG أو PNG أو WebP، أو استخدم الكاميرا.`,
    fileAnimated: (fileName: string) => `${quoted(fileName)} صورة متحركة. اختر صورة ثابتة.`,
    fileCorrupt: (fileName: string) => `الملف ${quoted(fileName)} تالف أو غير مكتمل. اختر صورة أخرى.`,
    fileTooManyPixels: (fileName: string) => `تتجاوز ${quoted(fileName)} ‏50 ميغابكسل. اختر صورة أصغر.`,
    passportHeading: 'صفحة الصورة في جواز السفر',
    check: {
      checking: 'جارٍ فحص الصورة…',
      imageAlt: 'الصورة التي التقطتها أو اخترتها',
      good: 'تبدو جيدة. تأكد من أن النص كله واضح ومقروء.',
      refused: 'لا يمكن استخدام هذه الصورة بعد:',
      problems: {
        dark: 'مظلمة جدًا — انتقل إلى مكان أكثر إضاءة',
        bright: 'ساطعة جدًا — ابتعد عن الضوء المباشر',
        too_far: 'اقترب: الوثيقة تشغل جزءًا صغيرًا جدًا من الإطار',
        glare: 'انعكاس على البطاقة — أمِلها بعيدًا عن الضوء',
        blurry: 'غير واضحة — ثبّت الهاتف واضغط للتركيز',
        low_resolution: 'الدقة منخفضة جدًا — استخدم الكاميرا أو صورة أكبر',
      },
      selfieGlare: 'انعكاس على وجهك — استدر بعيدًا عن الضوء',
      warning: 'ما زالت في هذه الصورة مشكلات وقد تُرفض. استخدمها فقط إن لم تستطع التقاط صورة أفضل.',
      unchecked: 'تعذّر فحص هذه الصورة على هذا الجهاز. تأكد من أنها واضحة ومقروءة.',
      use: 'استخدام هذه الصورة',
      useAnyway: 'استخدام هذه الصورة على أي حال',
      retake: 'إعادة الالتقاط',
      holdStill: 'اثبت',
      steady: 'اثبت — جارٍ التقاط الصورة',
      torch: 'الإضاءة',
      switchCamera: 'تبديل الكاميرا',
    },
  },
  camera: {
    preview: 'معاينة الكاميرا',
    starting: 'جارٍ تشغيل الكاميرا…',
    retry: 'إعادة تجربة الكاميرا',
    denied:
      'الوصول إلى الكاميرا محظور. يمكنك رفع صورة بدلًا من ذلك، أو السماح باستخدام الكاميرا من إعدادات المتصفح ثم المحاولة مرة أخرى.',
    notFound: 'لم يُعثر على كاميرا في هذا الجهاز. يمكنك رفع صورة بدلًا من ذلك.',
    inUse: 'تطبيق آخر يستخدم الكاميرا حاليًا. أغلق ذلك التطبيق وحاول مرة أخرى، أو ارفع صورة بدلًا من ذلك.',
    failed: 'تعذّر تشغيل الكاميرا. حاول مرة أخرى، أو ارفع صورة بدلًا من ذلك.',
    requiredDenied:
      'يتطلب هذا التحقق صورة حيّة تُلتقط بالكاميرا. اسمح بالوصول إلى الكاميرا من إعدادات المتصفح، ثم حاول مرة أخرى.',
    requiredNotFound:
      'يتطلب هذا التحقق صورة حيّة تُلتقط بالكاميرا، ولم يُعثر على أي كاميرا. تابع على جهاز مزوّد بكاميرا، مثل هاتفك.',
    requiredInUse: 'يتطلب هذا التحقق استخدام الكاميرا، لكن تطبيقًا آخر يستخدمها. أغلق ذلك التطبيق، ثم حاول مرة أخرى.',
    requiredFailed: 'يتطلب هذا التحقق استخدام الكاميرا، لكن تعذّر تشغيلها. حاول مرة أخرى، أو تابع على جهاز آخر.',
  },
  idNumber: {
    heading: 'بياناتك',
    intro: 'أدخلها تمامًا كما تظهر في وثائقك الرسمية.',
    firstName: 'الاسم الأول',
    lastName: 'اسم العائلة',
    dob: 'تاريخ الميلاد',
    idNumber: 'رقم الهوية',
    idNumberHint: 'من 4 إلى 32 حرفًا أو رقمًا أو مسافة أو شرطة.',
    continue: 'متابعة',
    errors: {
      firstNameRequired: 'أدخل اسمك الأول.',
      lastNameRequired: 'أدخل اسم عائلتك.',
      dobRequired: 'أدخل تاريخ ميلادك.',
      dobInvalid: 'أدخل تاريخ ميلاد صحيحًا.',
      dobFuture: 'يجب أن يكون تاريخ ميلادك في الماضي.',
      idNumberRequired: 'أدخل رقم هويتك.',
      idNumberInvalid: 'يجب أن يتكوّن رقم هويتك من 4 إلى 32 حرفًا أو رقمًا أو مسافة أو شرطة.',
    },
  },
  review: {
    heading: 'المراجعة والإرسال',
    intro: 'تأكّد من أن كل صورة واضحة وسهلة القراءة.',
    sides: { front: 'الوجه الأمامي', back: 'الوجه الخلفي', selfie: 'الصورة الذاتية' },
    imageAlt: { front: 'الوجه الأمامي لوثيقتك', back: 'الوجه الخلفي لوثيقتك', selfie: 'صورتك الذاتية' },
    retake: 'إعادة الالتقاط',
    retakeLabel: {
      front: 'إعادة التقاط صورة الوجه الأمامي',
      back: 'إعادة التقاط صورة الوجه الخلفي',
      selfie: 'إعادة التقاط الصورة الذاتية',
    },
    detailsHeading: 'بياناتك',
    name: 'الاسم',
    dob: 'تاريخ الميلاد',
    idNumber: 'رقم الهوية',
    idNumberMasked: (lastFour: string) => `ينتهي بـ ${lastFour}`,
    uploading: 'جارٍ الرفع…',
    uploadingPercent: (percent: number) => `جارٍ الرفع… ${percent}%`,
    submitting: 'جارٍ الإرسال…',
    submit: 'إرسال',
  },
  dialog: {
    title: 'التحقق من هويتك',
    close: 'إغلاق',
    testMode: 'وضع الاختبار',
    testModeHint: 'وضع الاختبار: لا يُجرى أي تحقق فعلي.',
  },
  loading: {
    heading: 'جارٍ التحميل…',
  },
  processing: {
    heading: 'جارٍ التحقق من بياناتك',
    body: 'يستغرق ذلك عادةً بضع ثوانٍ. يمكنك إغلاق هذه النافذة، فالتحقق سيستمر.',
  },
  outcome: {
    verifiedHeading: 'تم التحقق من هويتك',
    verifiedBody: 'شكرًا لك. تم تأكيد هويتك.',
    failedHeading: 'تعذّر التحقق من هويتك',
    declinedHeading: 'تم رفض التحقق',
    declinedBody: 'اخترت عدم التحقق من هويتك. يمكنك البدء من جديد متى شئت.',
    canceledHeading: 'تم إلغاء التحقق',
    canceledBody: 'أُلغي هذا التحقق ولم يعد بالإمكان إكماله.',
    tryAgain: 'إعادة المحاولة',
    done: 'تم',
  },
  lastErrors: {
    abandoned: 'لم يكتمل التحقق في الوقت المحدد.',
    consent_declined: 'اخترت عدم التحقق من هويتك.',
    country_not_supported: 'لا يمكن استخدام وثائق هذا البلد هنا. جرّب وثيقة من بلد آخر.',
    device_not_supported: 'لا يستطيع هذا الجهاز التقاط الصور التي يتطلبها هذا التحقق. جرّب جهازًا آخر.',
    document_expired: 'انتهت صلاحية وثيقتك. حاول مرة أخرى باستخدام وثيقة سارية المفعول.',
    document_type_not_supported: 'هذا النوع من الوثائق غير مقبول هنا. حاول مرة أخرى باستخدام إحدى الوثائق المقبولة.',
    document_unverified_other: 'تعذّر التحقق من وثيقتك. تأكّد من ظهور الوثيقة كاملةً في الصورة، بوضوح ودون انعكاسات.',
    id_number_insufficient_document_data: 'لا تتضمن وثيقتك معلومات كافية للتحقق من رقم هويتك.',
    id_number_mismatch: 'البيانات التي أدخلتها لا تطابق السجلات الرسمية. راجعها وحاول مرة أخرى.',
    id_number_unverified_other: 'تعذّر التحقق من رقم هويتك. راجعه وحاول مرة أخرى.',
    selfie_document_missing_photo: 'لا تحتوي وثيقتك على صورة لوجهك للمقارنة بها. جرّب وثيقة تحمل صورتك.',
    selfie_face_mismatch: 'صورتك الذاتية لا تطابق الصورة الموجودة على وثيقتك. حاول مرة أخرى في إضاءة جيدة مع النظر إلى الكاميرا.',
    selfie_manipulated: 'تعذّر قبول صورتك الذاتية. التقط صورة جديدة بالكاميرا مباشرةً.',
    selfie_unverified_other: 'تعذّر التحقق من صورتك الذاتية. حاول مرة أخرى في إضاءة جيدة مع النظر إلى الكاميرا.',
    under_supported_age: 'لم تبلغ السن المطلوبة للتحقق هنا.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'حدث خطأ ما',
    retry: 'إعادة المحاولة',
    close: 'إغلاق',
    codes: {
      client_secret_missing: 'رابط التحقق هذا غير مكتمل. يُرجى العودة إلى الموقع والبدء من جديد.',
      client_secret_malformed: 'رابط التحقق هذا غير صالح. يُرجى العودة إلى الموقع والبدء من جديد.',
      secret_invalid: 'رابط التحقق هذا غير صالح. يُرجى العودة إلى الموقع والبدء من جديد.',
      secret_expired: 'انتهت صلاحية رابط التحقق هذا. يُرجى العودة إلى الموقع والبدء من جديد.',
      secret_spent: 'سبق استخدام رابط التحقق هذا. يُرجى العودة إلى الموقع لبدء محاولة جديدة.',
      resource_missing: 'تعذّر العثور على عملية التحقق هذه. يُرجى العودة إلى الموقع والبدء من جديد.',
      session_unexpected_state: 'لم يعد بالإمكان تعديل عملية التحقق هذه. يُرجى العودة إلى الموقع.',
      session_redacted: 'أُغلقت عملية التحقق هذه وحُذفت بياناتها. يُرجى العودة إلى الموقع.',
      network: 'يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك وحاول مرة أخرى.',
      timeout: 'الاتصال بطيء جدًا حاليًا. حاول مرة أخرى بعد قليل.',
      rate_limited: 'محاولات كثيرة جدًا. انتظر قليلًا، ثم حاول مرة أخرى.',
    },
    generic: 'تعذّر الاتصال بخدمة التحقق. حاول مرة أخرى بعد قليل.',
  },
};

export default ar;
