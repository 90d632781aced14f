import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// Turkish, addressing the person formally (siz). Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** “name”, the Turkish quotation marks. */
const quoted = (fileName: string) => `“${fileName}”`;

/**
 * “your …'s” for this file's document names: Turkish adds the possessive and genitive suffixes
 * with vowel harmony (pasaport → pasaportunuzun). Any other name follows a colon.
 */
const YOUR = new Map([
  ['pasaport', 'Pasaportunuzun'],
  ['kimlik kartı', 'Kimlik kartınızın'],
  ['sürücü belgesi', 'Sürücü belgenizin'],
  ['belge', 'Belgenizin'],
]);
const side = (side: string, document: string) => {
  const yours = YOUR.get(document);
  return yours ? `${yours} ${side.toLocaleLowerCase('tr')}` : `${side}: ${document}`;
};

/** Turkish strings. */
const tr = {
  documentTypeNames: {
    passport: 'pasaport',
    id_card: 'kimlik kartı',
    driving_license: 'sürücü belgesi',
  },
  progress: {
    label: (current: number, total: number) => `Adım ${current}/${total}`,
    back: 'Geri',
    keepPhoto: 'Çekilmiş fotoğrafı koru',
  },
  leave: {
    heading: 'Doğrulamadan çıkılsın mı?',
    body: 'Fotoğraflarınız ve bilgileriniz silinecek.',
    stay: 'Devam et',
    leave: 'Çık',
  },
  consent: {
    heading: 'Başlamadan önce',
    intro: 'Kimliğinizi doğrulamak için sizden şunları isteyeceğiz:',
    documentPhoto: 'Kimlik belgenizin fotoğrafı',
    selfie: 'Belgenizdeki fotoğrafla karşılaştırmak için bir selfie',
    idNumber: 'Adınız, doğum tarihiniz ve kimlik numaranız',
    privacy: 'Bilgileriniz yalnızca bu kontrol için kullanılır ve şifreli bir bağlantı üzerinden gönderilir.',
    whyLabel: 'Bu neden gerekli?',
    whyText:
      'Resmi bir belgenin kontrol edilmesi sizi ve bu hizmeti dolandırıcılığa ve kimlik taklidine karşı korur. Ayrıca bazı hizmetler, müşterilerinin kimliğini doğrulamakla yasal olarak yükümlüdür.',
    accept: 'Kabul et ve devam et',
    decline: 'Reddet',
    requestedBy: (business: string) => `${business} kimliğinizi doğrulamanızı istiyor.`,
    privacyPolicy: 'Gizlilik politikasını okuyun',
    duration: (time: string) => `Yaklaşık ${time} sürer.`,
  },
  documentType: {
    heading: 'Belgenizi seçin',
    legend: 'Hangi belgeyi kullanacaksınız?',
    continue: 'Devam',
    required: 'Kullanacağınız belgeyi seçin.',
  },
  capture: {
    headings: {
      front: (document: string) => side('Ön yüzü', document),
      back: (document: string) => side('Arka yüzü', document),
      selfie: (_document: string) => 'Bir selfie çekin',
    },
    genericDocument: 'belge',
    cameraInstructions: {
      document: 'Belgenizi iyi ışık alan bir yerde, dört köşesi de görünecek şekilde çerçevenin içine yerleştirin.',
      selfie: 'Doğrudan kameraya bakın ve yüzünüzü oval alanın içinde tutun.',
    },
    uploadInstructions: 'Net bir fotoğraf yükleyin.',
    capture: 'Fotoğraf çek',
    chooseFile: 'Fotoğraf seç',
    dropHint: 'veya buraya sürükleyip bırakın',
    useUpload: 'Bunun yerine fotoğraf yükle',
    useCamera: 'Kamerayı kullan',
    tipsLabel: 'İyi bir fotoğraf için ipuçları',
    tips: [
      'İyi aydınlatılmış bir yer seçin ve belgede parlama olmamasına dikkat edin.',
      'Belgenin tamamını düz ve net bir şekilde çerçevenin içinde tutun.',
      'Belgenin hiçbir yerini parmaklarınızla kapatmayın.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} kullanabileceğimiz bir fotoğraf değil. JPEG, PNG veya WebP biçiminde bir görüntü seçin.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} ${megabytes.replace('.', ',')}\u00a0MB ve 10\u00a0MB sınırını aşıyor. Daha küçük bir fotoğraf seçin.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} boş. Başka bir fotoğraf seçin.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} bir HEIC fotoğrafı olduğu için kullanılamıyor. JPEG, PNG veya WebP biçiminde bir görüntü seçin ya da kamerayı kullanın.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} hareketli bir görüntü. Hareketsiz bir fotoğraf seçin.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} hasarlı veya eksik. Başka bir fotoğraf seçin.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} 50\u00a0megapikselden büyük. Daha küçük bir fotoğraf seçin.`,
    fileNotPrepared: (fileName: string) =>
      `${quoted(fileName)} bu cihazda gönderilmek üzere hazırlanamadı. Yeniden deneyin veya kamerayı kullanın.`,
    passportHeading: 'Pasaportunuzun fotoğraflı sayfası',
    check: {
      checking: 'Fotoğraf kontrol ediliyor…',
      imageAlt: 'Çektiğiniz veya seçtiğiniz fotoğraf',
      good: 'İyi görünüyor. Tüm yazıların net ve okunaklı olduğunu kontrol edin.',
      refused: 'Bu fotoğraf henüz kullanılamaz:',
      problems: {
        dark: 'Çok karanlık — daha aydınlık bir yere geçin',
        bright: 'Çok parlak — doğrudan ışıktan uzaklaşın',
        too_far: 'Yaklaşın: belge kadrenin çok azını dolduruyor',
        no_document: 'Belge bulunamadı — belgenin tamamını çerçevenin içine yerleştirin',
        cut_off: 'Belgenin bir kısmı kesiliyor — dört köşe de çerçeveye girene kadar uzaklaşın',
        glare: 'Kartta parlama — kartı ışıktan uzağa eğin',
        blurry: 'Çok bulanık — sabit durun ve odaklamak için dokunun',
        low_resolution: 'Çözünürlük çok düşük — kamerayı veya daha büyük bir fotoğraf kullanın',
        no_face: 'Oval alanda bir yüz görünmüyor — doğrudan kameraya bakın, yüzünüz oval alanın içinde olsun',
      },
      selfieGlare: 'Yüzünüzde parlama — ışıktan uzağa dönün',
      fileSelfieGlare: 'Yüzünüzde parlama — yansıma olmayan bir fotoğraf seçin',
      selfieTooFar: 'Yaklaşın: yüzünüz oval alanı doldurmalı',
      fileSelfieTooFar: 'Bu fotoğrafta yüzünüz çok küçük — yüzünüzün görüntüyü daha çok doldurduğu bir fotoğraf seçin',
      fileProblems: {
        dark: 'Çok karanlık — daha aydınlık bir fotoğraf seçin',
        bright: 'Aşırı pozlanmış: görüntünün bazı kısımları beyaza gömülmüş — başka bir fotoğraf seçin',
        too_far: 'Bu fotoğrafta belge çok küçük — belgenin görüntüyü daha çok doldurduğu bir fotoğraf seçin',
        no_document: 'Bu fotoğrafta belge bulunamadı — belgenin fotoğrafını seçin',
        cut_off: 'Bu fotoğrafta belgenin bir kısmı kesik — dört köşenin de göründüğü bir fotoğraf seçin',
        glare: 'Bir yansıma belgenin bir kısmını gizliyor — yansıma olmayan bir fotoğraf seçin',
        blurry: 'Çok bulanık — daha net bir fotoğraf seçin',
        low_resolution: 'Çözünürlük çok düşük — daha büyük bir fotoğraf seçin',
        no_face: 'Bu fotoğrafta bir yüz görünmüyor — doğrudan kameraya baktığınız bir yüz fotoğrafı seçin',
      },
      selfieGood: 'İyi görünüyor. Yüzünüzün tamamının net ve açıkça görünür olduğunu kontrol edin.',
      mayBeRefused: 'Bu fotoğraf reddedilebilir:',
      chooseAnother: 'Başka bir dosya seçin',
      warning: 'Bu fotoğrafta hâlâ sorunlar var ve reddedilebilir. Yalnızca daha iyisini çekemiyorsanız kullanın.',
      unchecked: 'Bu fotoğraf bu cihazda kontrol edilemedi. Net ve okunaklı olduğundan emin olun.',
      use: 'Bu fotoğrafı kullan',
      useAnyway: 'Bu fotoğrafı yine de kullan',
      retake: 'Yeniden çek',
      holdStill: 'Sabit durun',
      steady: 'Sabit durun — fotoğraf çekiliyor',
      torch: 'Işık',
      switchCamera: 'Kamerayı değiştir',
    },
  },
  camera: {
    preview: 'Kamera önizlemesi',
    starting: 'Kamera başlatılıyor…',
    retry: 'Kamerayı yeniden dene',
    denied:
      'Kamera erişimi engellendi. Bunun yerine bir fotoğraf yükleyebilir ya da tarayıcı ayarlarınızdan kameraya izin verip yeniden deneyebilirsiniz.',
    notFound: 'Bu cihazda kamera bulunamadı. Bunun yerine bir fotoğraf yükleyebilirsiniz.',
    inUse: 'Kameranız başka bir uygulama tarafından kullanılıyor. O uygulamayı kapatıp yeniden deneyin ya da bunun yerine bir fotoğraf yükleyin.',
    failed: 'Kamera başlatılamadı. Yeniden deneyin ya da bunun yerine bir fotoğraf yükleyin.',
    requiredDenied:
      'Bu doğrulama için kameranızla anlık çekilmiş bir fotoğraf gerekir. Tarayıcı ayarlarınızdan kamera erişimine izin verin, ardından yeniden deneyin.',
    requiredNotFound:
      'Bu doğrulama için bir kamerayla anlık çekilmiş bir fotoğraf gerekir, ancak kamera bulunamadı. Telefonunuz gibi kameralı bir cihazda devam edin.',
    requiredInUse: 'Bu doğrulama için kameranız gerekir, ancak başka bir uygulama onu kullanıyor. O uygulamayı kapatın, ardından yeniden deneyin.',
    requiredFailed: 'Bu doğrulama için kameranız gerekir, ancak kamera başlatılamadı. Yeniden deneyin ya da başka bir cihazda devam edin.',
  },
  idNumber: {
    heading: 'Bilgileriniz',
    intro: 'Bilgileri resmi belgelerinizde yazdığı şekilde girin.',
    firstName: 'Ad',
    lastName: 'Soyadı',
    dob: 'Doğum tarihi',
    idNumber: 'Kimlik numarası',
    idNumberHint: '4 ile 32 arasında harf, rakam, boşluk veya tire.',
    continue: 'Devam',
    errors: {
      firstNameRequired: 'Adınızı girin.',
      lastNameRequired: 'Soyadınızı girin.',
      dobRequired: 'Doğum tarihinizi girin.',
      dobInvalid: 'Geçerli bir doğum tarihi girin.',
      dobFuture: 'Doğum tarihiniz geçmişte bir tarih olmalıdır.',
      idNumberRequired: 'Kimlik numaranızı girin.',
      idNumberInvalid: 'Kimlik numaranız 4 ile 32 arasında harf, rakam, boşluk veya tireden oluşmalıdır.',
    },
  },
  review: {
    heading: 'Kontrol edin ve gönderin',
    intro: 'Her fotoğrafın net ve kolay okunur olduğundan emin olun.',
    sides: { front: 'Ön yüz', back: 'Arka yüz', selfie: 'Selfie' },
    imageAlt: { front: 'Belgenizin ön yüzü', back: 'Belgenizin arka yüzü', selfie: 'Selfie’niz' },
    retake: 'Yeniden çek',
    retakeLabel: {
      front: 'Ön yüz fotoğrafını yeniden çek',
      back: 'Arka yüz fotoğrafını yeniden çek',
      selfie: 'Selfie’yi yeniden çek',
    },
    detailsHeading: 'Bilgileriniz',
    name: 'Ad soyad',
    dob: 'Doğum tarihi',
    idNumber: 'Kimlik numarası',
    idNumberMasked: (lastFour: string) => `son dört hanesi ${lastFour}`,
    edit: 'Düzenle',
    editDetailsLabel: 'Bilgilerinizi düzenleyin',
    uploading: 'Yükleniyor…',
    uploadingPercent: (percent: number) => `Yükleniyor… %${percent}`,
    submitting: 'Gönderiliyor…',
    submit: 'Gönder',
  },
  dialog: {
    title: 'Kimliğinizi doğrulayın',
    close: 'Kapat',
    testMode: 'Test modu',
    testModeHint: 'Test modu: gerçek bir kontrol yapılmaz.',
  },
  loading: {
    heading: 'Açılıyor…',
  },
  processing: {
    heading: 'Bilgileriniz kontrol ediliyor',
    body: 'Bu genellikle birkaç saniye sürer. Bu pencereyi kapatabilirsiniz: kontrol devam eder.',
  },
  outcome: {
    verifiedHeading: 'Kimliğiniz doğrulandı',
    verifiedBody: 'Teşekkür ederiz. Kimliğiniz onaylandı.',
    failedHeading: 'Kontrol tamamlanamadı',
    declinedHeading: 'Doğrulama reddedildi',
    declinedBody: 'Doğrulama yapılmamasını seçtiniz. Hazır olduğunuzda yeniden başlayabilirsiniz.',
    canceledHeading: 'Doğrulama iptal edildi',
    canceledBody: 'Bu doğrulama iptal edildi ve artık tamamlanamaz.',
    tryAgain: 'Yeniden dene',
    done: 'Bitti',
    verifiedNext: 'Bu pencereyi kapatıp devam edebilirsiniz.',
    canceledNext: 'Bu pencereyi kapatın. Kimliğinizi hâlâ doğrulamanız gerekiyorsa yeni bir doğrulama başlatın.',
    redo: {
      selfie: 'Yeniden denediğinizde yalnızca yeni bir selfie çekmeniz gerekecek.',
      document: 'Yeniden denediğinizde yalnızca kimlik belgenizin yeni fotoğrafları gerekecek.',
      'other-document': 'Yeniden denediğinizde başka bir kimlik belgesi seçip fotoğrafını çekin.',
      'id-number': 'Yeniden denediğinizde yalnızca bilgilerinizi kontrol etmeniz gerekecek.',
      everything: 'Yeniden denediğinizde tüm adımları tekrar izleyeceksiniz.',
    },
  },
  lastErrors: {
    abandoned: 'Doğrulama zamanında tamamlanmadı.',
    consent_declined: 'Doğrulama yapılmamasını seçtiniz.',
    country_not_supported: 'Bu ülkeye ait belgeler burada kullanılamaz. Başka bir ülkeye ait bir belge deneyin.',
    device_not_supported: 'Bu cihaz, bu doğrulama için gereken fotoğrafları çekemiyor. Başka bir cihaz deneyin.',
    document_expired: 'Belgenizin süresi dolmuş. Hâlâ geçerli olan bir belgeyle yeniden deneyin.',
    document_type_not_supported: 'Bu tür belge burada kabul edilmiyor. Kabul edilen belgelerden biriyle yeniden deneyin.',
    document_unverified_other:
      'Belgenizi doğrulayamadık. Belgenin tamamının fotoğrafta net ve parlama olmadan göründüğünden emin olun.',
    id_number_insufficient_document_data: 'Belgeniz, kimlik numaranızı kontrol etmek için yeterli bilgi içermiyor.',
    id_number_mismatch: 'Girdiğiniz bilgiler resmi kayıtlarla eşleşmedi. Bilgileri kontrol edip yeniden deneyin.',
    id_number_unverified_other: 'Kimlik numaranızı doğrulayamadık. Numarayı kontrol edip yeniden deneyin.',
    selfie_document_missing_photo:
      'Belgenizde karşılaştırma yapılabilecek bir yüz fotoğrafı yok. Fotoğraflı bir belge deneyin.',
    selfie_face_mismatch:
      'Selfie’niz belgenizdeki fotoğrafla eşleşmedi. İyi ışıkta, kameraya bakarak yeniden deneyin.',
    selfie_manipulated: 'Selfie’niz kabul edilemedi. Doğrudan kameranızla yeni bir tane çekin.',
    selfie_unverified_other: 'Selfie’nizi doğrulayamadık. İyi ışıkta, kameraya bakarak yeniden deneyin.',
    under_supported_age: 'Burada doğrulama yapmak için gereken yaşta değilsiniz.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Bir sorun oluştu',
    retry: 'Yeniden dene',
    close: 'Kapat',
    codes: {
      client_secret_missing: 'Bu doğrulama başlatılamadı. Bu pencereyi kapatıp yeniden deneyin.',
      client_secret_malformed: 'Bu doğrulama başlatılamadı. Bu pencereyi kapatıp yeniden deneyin.',
      secret_invalid: 'Bu doğrulama başlatılamadı. Bu pencereyi kapatıp yeniden deneyin.',
      secret_expired: 'Bu doğrulamanın süresi doldu. Bu pencereyi kapatıp yeniden başlayın.',
      secret_spent: 'Bu doğrulama zaten kullanıldı. Yeni bir doğrulama başlatmak için bu pencereyi kapatın.',
      resource_missing: 'Bu doğrulama bulunamadı. Bu pencereyi kapatıp yeniden deneyin.',
      session_unexpected_state: 'Bu doğrulama artık değiştirilemez. Bu pencereyi kapatın.',
      session_redacted: 'Bu doğrulama kapatıldı ve verileri silindi. Bu pencereyi kapatın.',
      network: 'İnternet bağlantınız yok gibi görünüyor. Bağlantınızı kontrol edip yeniden deneyin.',
      timeout: 'Bağlantı şu anda çok yavaş. Biraz sonra yeniden deneyin.',
      rate_limited: 'Çok fazla deneme yapıldı. Biraz bekleyip yeniden deneyin.',
      file_type_unsupported: 'Doğrulama hizmeti bu fotoğrafı kullanamadı. Yeniden çekin veya JPEG, PNG ya da WebP biçiminde bir görüntü seçin.',
      file_too_large: 'Bu fotoğraf doğrulama hizmeti için çok büyük. Yeniden çekin veya 10\u00a0MB’tan küçük bir fotoğraf seçin.',
    },
    generic: 'Doğrulama hizmetine ulaşılamadı. Biraz sonra yeniden deneyin.',
  },
  handoff: {
    offer: 'Telefonunuzda devam edin',
    scan: 'Bu kodu telefonunuzun kamerasıyla tarayın veya bağlantıyı telefonunuzda açın: telefon kamerası daha net fotoğraf çeker.',
    qrLabel: (url: string) => `${url} bağlantısının QR kodu`,
    linkLabel: 'Telefonunuz için bağlantı',
    copy: 'Bağlantıyı kopyala',
    copied: 'Bağlantı kopyalandı',
    expires: (time: string) => `Bu kod ${time} saatine kadar bir kez kullanılabilir.`,
    creating: 'Telefonunuz için kod oluşturuluyor…',
    waiting: 'Telefonunuz bekleniyor…',
    opened: 'Telefonunuzda açıldı. Oradan devam edin.',
    submitted: 'Fotoğraflar gönderildi — kontrol ediliyor…',
    expired: 'Bu kodun süresi doldu.',
    failed: 'Telefonunuz için kod oluşturulamadı. Yeniden deneyin veya bu bilgisayarı kullanın.',
    newCode: 'Yeni kod oluştur',
    useComputer: 'Bunun yerine bu bilgisayarı kullan',
    returnToComputer: 'Artık bilgisayarınıza dönebilirsiniz.',
    retryOnComputer: 'Yeniden denemek için bilgisayarınıza dönün: sonraki deneme orada başlar.',
    codes: {
      handoff_code_expired: 'Bu bağlantının süresi doldu. Bilgisayarınızda yeni bir kod oluşturun.',
      handoff_code_claimed: 'Bu bağlantı zaten kullanıldı. Bilgisayarınızda yeni bir kod oluşturun.',
      handoff_code_revoked: 'Bu bağlantı artık çalışmıyor. Bilgisayarınızda yeni bir kod oluşturun.',
      handoff_code_invalid: 'Bu bağlantı geçerli değil. Bilgisayarınızda yeni bir kod oluşturun.',
    },
  },
  // handoff and outcomes
  handoffOutcomes: {
    errorHeadings: {
      offline: 'Bağlantı yok',
      busy: 'Çok fazla deneme',
      service: 'Hizmet yanıt vermiyor',
      notStarted: 'Bu doğrulama başlatılamadı',
      expired: 'Bu doğrulamanın süresi doldu',
      used: 'Bu doğrulama zaten kullanıldı',
      ended: 'Bu doğrulama sona erdi',
      linkExpired: 'Bu bağlantının süresi doldu',
      linkUsed: 'Bu bağlantı zaten kullanıldı',
      linkRevoked: 'Bu bağlantı artık çalışmıyor',
      linkInvalid: 'Bu bağlantı geçerli değil',
    },
    errorBodies: {
      notStarted: 'Doğrulamayı başlatan sayfa güncel olmayabilir.',
      expired: 'Bir doğrulama yalnızca sınırlı bir süre açık kalır.',
      used: 'Her doğrulama yalnızca bir kez tamamlanabilir.',
      ended: 'Tamamlandı, iptal edildi ya da silindi; artık değiştirilemez.',
    },
    startAgain: {
      modal: 'Bu pencereyi kapatın, ardından yeni bir doğrulama başlatın.',
      inline: 'Devam etmek için sizi buraya yönlendiren sayfadan yeni bir doğrulama başlatın.',
      phone: 'Devam etmek için bilgisayarınıza dönün.',
    },
    verifiedNextInline: 'Devam edebilirsiniz.',
    canceledNextInline: 'Kimliğinizi hâlâ doğrulatmanız gerekiyorsa yeni bir doğrulama başlatın.',
    processingBodyInline: 'Bu genellikle birkaç saniye sürer. Bu sayfadan ayrılsanız da kontrol devam eder.',
    continuing: (business: string) => `Bilgisayarınızda başlattığınız ${business} doğrulamanıza devam ediyorsunuz.`,
    continuingUnnamed: 'Bilgisayarınızda başlattığınız doğrulamaya devam ediyorsunuz.',
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG veya WebP, en fazla 10\u00a0MB.',
    day: 'Gün',
    month: 'Ay',
    year: 'Yıl',
    dateExample: (example: string) => `Örneğin: ${example}`,
    showCode: 'Kodu yeniden göster',
    hideCode: 'Kodu gizle',
  },
} satisfies Translation;

export default tr;
