import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Traditional Chinese (Taiwan usage; also served for Hong Kong and Macau), polite (您). Loaded on
// demand (see index.ts). Terms: GLOSSARY.md.

/** 「name」, the quotation marks of Traditional Chinese. */
const quoted = (fileName: string) => `「${fileName}」`;

/** Traditional Chinese strings. A document name takes 的 / 正面, which do not inflect. */
const zhHant: Strings = {
  documentTypeNames: {
    passport: '護照',
    id_card: '身分證',
    driving_license: '駕照',
  },
  progress: {
    label: (current: number, total: number) => `第 ${current} 步，共 ${total} 步`,
    back: '返回',
  },
  leave: {
    heading: '要離開驗證嗎？',
    body: '您的照片和資料將會刪除。',
    stay: '繼續',
    leave: '離開',
  },
  consent: {
    heading: '開始之前',
    intro: '為了確認您的身分，我們會請您提供：',
    documentPhoto: '身分證明文件的照片',
    selfie: '一張自拍，用來與證件上的照片比對',
    idNumber: '您的姓名、出生日期和證件號碼',
    privacy: '您的資料僅用於這次驗證，並透過加密連線傳送。',
    whyLabel: '為什麼需要這些？',
    whyText: '檢查官方證件可以保護您和本服務免於詐騙及冒用身分。此外，部分服務依法必須確認客戶的身分。',
    accept: '同意並繼續',
    decline: '拒絕',
  },
  documentType: {
    heading: '選擇證件',
    legend: '您要使用哪一種證件？',
    continue: '繼續',
    required: '請選擇您要使用的證件。',
  },
  capture: {
    headings: {
      front: (document: string) => `您的${document}正面`,
      back: (document: string) => `您的${document}背面`,
      selfie: (_document: string) => '拍一張自拍',
    },
    genericDocument: '證件',
    cameraInstructions: {
      document: '請在光線充足的地方將證件放入框內，並確保四個角都清楚可見。',
      selfie: '請直視相機，並讓臉部保持在橢圓框內。',
    },
    uploadInstructions: '請上傳清晰的照片。支援 JPEG、PNG 或 WebP 格式，上限 10\u00a0MB。',
    capture: '拍照',
    chooseFile: '選擇照片',
    dropHint: '或將照片拖放到這裡',
    useUpload: '改為上傳照片',
    useCamera: '使用相機',
    tipsLabel: '拍出好照片的小提示',
    tips: ['選擇光線充足的地方，避免證件反光。', '讓整張證件平放在框內，並保持對焦清晰。', '不要用手指遮住證件的任何部分。'],
    fileTypeInvalid: (fileName: string) => `${quoted(fileName)}不是可以使用的照片。請選擇 JPEG、PNG 或 WebP 格式的圖片。`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)}的大小為 ${megabytes}\u00a0MB，超過 10\u00a0MB 的上限。請選擇較小的照片。`,
    fileEmpty: (fileName: string) => `${quoted(fileName)}是空白檔案。請選擇其他照片。`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)}是 HEIC 格式的照片，無法使用。請選擇 JPEG、PNG 或 WebP 格式的圖片，或使用相機。`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)}是動態圖片。請選擇靜態照片。`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)}已損毀或不完整。請選擇其他照片。`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)}超過 5000 萬像素。請選擇較小的照片。`,
  },
  camera: {
    preview: '相機預覽',
    starting: '正在啟動相機…',
    retry: '重試相機',
    denied: '相機存取權已遭封鎖。您可以改為上傳照片，或在瀏覽器設定中允許使用相機後再試一次。',
    notFound: '這部裝置上找不到相機。您可以改為上傳照片。',
    inUse: '相機正由其他應用程式使用中。請關閉該應用程式後再試一次，或改為上傳照片。',
    failed: '無法啟動相機。請再試一次，或改為上傳照片。',
    requiredDenied: '這次驗證需要用相機當場拍攝的照片。請在瀏覽器設定中允許存取相機，然後再試一次。',
    requiredNotFound: '這次驗證需要用相機當場拍攝的照片，但找不到相機。請在有相機的裝置（例如您的手機）上繼續。',
    requiredInUse: '這次驗證需要使用相機，但其他應用程式正在使用。請關閉該應用程式，然後再試一次。',
    requiredFailed: '這次驗證需要使用相機，但相機無法啟動。請再試一次，或在其他裝置上繼續。',
  },
  idNumber: {
    heading: '您的資料',
    intro: '請完全依照官方證件上的內容填寫。',
    firstName: '名字',
    lastName: '姓氏',
    dob: '出生日期',
    idNumber: '證件號碼',
    idNumberHint: '4 到 32 個字母、數字、空格或連字號。',
    continue: '繼續',
    errors: {
      firstNameRequired: '請輸入您的名字。',
      lastNameRequired: '請輸入您的姓氏。',
      dobRequired: '請輸入您的出生日期。',
      dobInvalid: '請輸入真實的出生日期。',
      dobFuture: '出生日期必須早於今天。',
      idNumberRequired: '請輸入您的證件號碼。',
      idNumberInvalid: '證件號碼必須由 4 到 32 個字母、數字、空格或連字號組成。',
    },
  },
  review: {
    heading: '檢查並提交',
    intro: '請確認每張照片都清晰易讀。',
    sides: { front: '正面', back: '背面', selfie: '自拍' },
    imageAlt: { front: '您的證件正面', back: '您的證件背面', selfie: '您的自拍' },
    retake: '重拍',
    retakeLabel: { front: '重拍正面照片', back: '重拍背面照片', selfie: '重拍自拍' },
    detailsHeading: '您的資料',
    name: '姓名',
    dob: '出生日期',
    idNumber: '證件號碼',
    idNumberMasked: (lastFour: string) => `末四碼 ${lastFour}`,
    uploading: '正在上傳…',
    uploadingPercent: (percent: number) => `正在上傳… ${percent}%`,
    submitting: '正在提交…',
    submit: '提交',
  },
  dialog: {
    title: '驗證您的身分',
    close: '關閉',
    testMode: '測試模式',
    testModeHint: '測試模式：不會進行實際驗證。',
  },
  loading: {
    heading: '載入中…',
  },
  processing: {
    heading: '正在檢查您的資料',
    body: '通常只需要幾秒鐘。您可以關閉這個視窗，驗證會繼續進行。',
  },
  outcome: {
    verifiedHeading: '您已通過驗證',
    verifiedBody: '謝謝。您的身分已確認。',
    failedHeading: '我們無法驗證您的身分',
    declinedHeading: '已拒絕驗證',
    declinedBody: '您選擇不進行驗證。準備好之後，隨時可以重新開始。',
    canceledHeading: '驗證已取消',
    canceledBody: '這次驗證已取消，無法再完成。',
    tryAgain: '再試一次',
    done: '完成',
  },
  lastErrors: {
    abandoned: '驗證未在時限內完成。',
    consent_declined: '您選擇不進行驗證。',
    country_not_supported: '這裡不接受該國家或地區的證件。請改用其他國家或地區的證件。',
    device_not_supported: '這部裝置無法拍攝這次驗證所需的照片。請改用其他裝置。',
    document_expired: '您的證件已過期。請改用仍在有效期限內的證件再試一次。',
    document_type_not_supported: '這裡不接受這類證件。請改用可接受的證件之一再試一次。',
    document_unverified_other: '我們無法驗證您的證件。請確認整張證件都在照片中，清晰且沒有反光。',
    id_number_insufficient_document_data: '您的證件上沒有足夠的資訊可以核對證件號碼。',
    id_number_mismatch: '您輸入的資料與官方紀錄不符。請檢查後再試一次。',
    id_number_unverified_other: '我們無法驗證您的證件號碼。請檢查後再試一次。',
    selfie_document_missing_photo: '您的證件上沒有可供比對的臉部照片。請改用有照片的證件。',
    selfie_face_mismatch: '您的自拍與證件上的照片不符。請在光線充足的地方正對相機再試一次。',
    selfie_manipulated: '無法接受您的自拍。請直接用相機重新拍攝。',
    selfie_unverified_other: '我們無法驗證您的自拍。請在光線充足的地方正對相機再試一次。',
    under_supported_age: '您未達在此進行驗證所需的年齡。',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: '發生問題',
    retry: '再試一次',
    close: '關閉',
    codes: {
      client_secret_missing: '這個驗證連結不完整。請返回網站重新開始。',
      client_secret_malformed: '這個驗證連結無效。請返回網站重新開始。',
      secret_invalid: '這個驗證連結無效。請返回網站重新開始。',
      secret_expired: '這個驗證連結已過期。請返回網站重新開始。',
      secret_spent: '這個驗證連結已使用過。請返回網站重新嘗試。',
      resource_missing: '找不到這次驗證。請返回網站重新開始。',
      session_unexpected_state: '這次驗證已無法變更。請返回網站。',
      session_redacted: '這次驗證已關閉，相關資料已刪除。請返回網站。',
      network: '您似乎已離線。請檢查網路連線後再試一次。',
      timeout: '目前連線速度太慢。請稍後再試一次。',
      rate_limited: '嘗試次數過多。請稍候片刻再試一次。',
    },
    generic: '無法連線到驗證服務。請稍後再試一次。',
  },
};

export default zhHant;
