import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Simplified Chinese (mainland China, Singapore), polite (您). Loaded on demand (see index.ts).
// Terms: GLOSSARY.md.

/** “name”, the quotation marks of Simplified Chinese. */
const quoted = (fileName: string) => `“${fileName}”`;

/** Simplified Chinese strings. A document name takes 的 / 正面, which do not inflect. */
const zhHans: Strings = {
  documentTypeNames: {
    passport: '护照',
    id_card: '身份证',
    driving_license: '驾驶证',
  },
  progress: {
    label: (current: number, total: number) => `第 ${current} 步，共 ${total} 步`,
    back: '返回',
  },
  leave: {
    heading: '要退出验证吗？',
    body: '您的照片和信息将被删除。',
    stay: '继续',
    leave: '退出',
  },
  consent: {
    heading: '开始之前',
    intro: '为确认您的身份，我们将请您提供：',
    documentPhoto: '身份证件的照片',
    selfie: '一张自拍，用于与证件上的照片比对',
    idNumber: '您的姓名、出生日期和证件号码',
    privacy: '您的信息仅用于本次核验，并通过加密连接发送。',
    whyLabel: '为什么需要这些？',
    whyText: '核验官方证件可以保护您和本服务免受欺诈和身份冒用。此外，部分服务依法必须确认其客户的身份。',
    accept: '同意并继续',
    decline: '拒绝',
  },
  documentType: {
    heading: '选择证件',
    legend: '您将使用哪种证件？',
    continue: '继续',
    required: '请选择您将使用的证件。',
  },
  capture: {
    headings: {
      front: (document: string) => `您的${document}正面`,
      back: (document: string) => `您的${document}背面`,
      selfie: (_document: string) => '拍一张自拍',
    },
    genericDocument: '证件',
    cameraInstructions: {
      document: '请在光线充足的地方将证件放入框内，并确保四个角都清晰可见。',
      selfie: '请正视摄像头，并让面部保持在椭圆框内。',
    },
    uploadInstructions: '请上传清晰的照片。支持 JPEG、PNG 或 WebP 格式，不超过 10\u00a0MB。',
    capture: '拍照',
    chooseFile: '选择照片',
    dropHint: '或将照片拖放到这里',
    useUpload: '改为上传照片',
    useCamera: '使用摄像头',
    tipsLabel: '拍好照片的小提示',
    tips: ['选择光线充足的地方，避免证件反光。', '让整张证件平放在框内，并保持对焦清晰。', '不要用手指遮挡证件的任何部分。'],
    fileTypeInvalid: (fileName: string) => `${quoted(fileName)} 不是可用的照片。请选择 JPEG、PNG 或 WebP 格式的图片。`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} 大小为 ${megabytes}\u00a0MB，超过了 10\u00a0MB 的上限。请选择更小的照片。`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} 是空文件。请选择其他照片。`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} 是 HEIC 格式的照片，无法使用。请选择 JPEG、PNG 或 WebP 格式的图片，或使用摄像头。`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} 是动态图片。请选择静态照片。`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} 已损坏或不完整。请选择其他照片。`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} 超过 5000 万像素。请选择更小的照片。`,
  },
  camera: {
    preview: '摄像头预览',
    starting: '正在启动摄像头…',
    retry: '重试摄像头',
    denied: '摄像头访问已被阻止。您可以改为上传照片，或在浏览器设置中允许使用摄像头后重试。',
    notFound: '此设备上未找到摄像头。您可以改为上传照片。',
    inUse: '摄像头正被其他应用使用。请关闭该应用后重试，或改为上传照片。',
    failed: '无法启动摄像头。请重试，或改为上传照片。',
    requiredDenied: '本次核验需要用摄像头现场拍摄照片。请在浏览器设置中允许访问摄像头，然后重试。',
    requiredNotFound: '本次核验需要用摄像头现场拍摄照片，但未找到摄像头。请在有摄像头的设备（例如您的手机）上继续。',
    requiredInUse: '本次核验需要使用摄像头，但其他应用正在使用它。请关闭该应用，然后重试。',
    requiredFailed: '本次核验需要使用摄像头，但摄像头无法启动。请重试，或在其他设备上继续。',
  },
  idNumber: {
    heading: '您的信息',
    intro: '请严格按照官方证件上的内容填写。',
    firstName: '名',
    lastName: '姓',
    dob: '出生日期',
    idNumber: '证件号码',
    idNumberHint: '4 到 32 个字母、数字、空格或连字符。',
    continue: '继续',
    errors: {
      firstNameRequired: '请输入您的名。',
      lastNameRequired: '请输入您的姓。',
      dobRequired: '请输入您的出生日期。',
      dobInvalid: '请输入真实有效的出生日期。',
      dobFuture: '出生日期必须早于今天。',
      idNumberRequired: '请输入您的证件号码。',
      idNumberInvalid: '证件号码必须由 4 到 32 个字母、数字、空格或连字符组成。',
    },
  },
  review: {
    heading: '检查并提交',
    intro: '请确保每张照片都清晰易读。',
    sides: { front: '正面', back: '背面', selfie: '自拍' },
    imageAlt: { front: '您的证件正面', back: '您的证件背面', selfie: '您的自拍' },
    retake: '重拍',
    retakeLabel: { front: '重拍正面照片', back: '重拍背面照片', selfie: '重拍自拍' },
    detailsHeading: '您的信息',
    name: '姓名',
    dob: '出生日期',
    idNumber: '证件号码',
    idNumberMasked: (lastFour: string) => `尾号 ${lastFour}`,
    uploading: '正在上传…',
    uploadingPercent: (percent: number) => `正在上传… ${percent}%`,
    submitting: '正在提交…',
    submit: '提交',
  },
  dialog: {
    title: '验证您的身份',
    close: '关闭',
    testMode: '测试模式',
    testModeHint: '测试模式：不会进行真实核验。',
  },
  loading: {
    heading: '正在加载…',
  },
  processing: {
    heading: '正在核验您的信息',
    body: '通常只需几秒钟。您可以关闭此窗口，核验会继续进行。',
  },
  outcome: {
    verifiedHeading: '您已通过验证',
    verifiedBody: '谢谢。您的身份已确认。',
    failedHeading: '我们无法验证您的身份',
    declinedHeading: '已拒绝验证',
    declinedBody: '您选择了不进行验证。准备好后，您可以随时重新开始。',
    canceledHeading: '验证已取消',
    canceledBody: '此验证已取消，无法再完成。',
    tryAgain: '重试',
    done: '完成',
  },
  lastErrors: {
    abandoned: '验证未在规定时间内完成。',
    consent_declined: '您选择了不进行验证。',
    country_not_supported: '此处不接受该国家或地区的证件。请尝试其他国家或地区的证件。',
    device_not_supported: '此设备无法拍摄本次验证所需的照片。请尝试其他设备。',
    document_expired: '您的证件已过期。请使用仍在有效期内的证件重试。',
    document_type_not_supported: '此处不接受这类证件。请使用可接受的证件之一重试。',
    document_unverified_other: '我们无法核验您的证件。请确保整张证件都在照片中，清晰且无反光。',
    id_number_insufficient_document_data: '您的证件上没有足够的信息来核验您的证件号码。',
    id_number_mismatch: '您输入的信息与官方记录不符。请检查后重试。',
    id_number_unverified_other: '我们无法核验您的证件号码。请检查后重试。',
    selfie_document_missing_photo: '您的证件上没有可供比对的面部照片。请尝试带照片的证件。',
    selfie_face_mismatch: '您的自拍与证件上的照片不一致。请在光线充足的地方正对摄像头重试。',
    selfie_manipulated: '无法接受您的自拍。请直接用摄像头重新拍摄。',
    selfie_unverified_other: '我们无法核验您的自拍。请在光线充足的地方正对摄像头重试。',
    under_supported_age: '您未达到在此处进行验证所需的年龄。',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: '出现问题',
    retry: '重试',
    close: '关闭',
    codes: {
      client_secret_missing: '此验证链接不完整。请返回网站重新开始。',
      client_secret_malformed: '此验证链接无效。请返回网站重新开始。',
      secret_invalid: '此验证链接无效。请返回网站重新开始。',
      secret_expired: '此验证链接已过期。请返回网站重新开始。',
      secret_spent: '此验证链接已被使用。请返回网站发起新的尝试。',
      resource_missing: '找不到此验证。请返回网站重新开始。',
      session_unexpected_state: '此验证已无法更改。请返回网站。',
      session_redacted: '此验证已关闭，相关数据已删除。请返回网站。',
      network: '您似乎处于离线状态。请检查网络连接后重试。',
      timeout: '当前连接速度过慢。请稍后重试。',
      rate_limited: '尝试次数过多。请稍等片刻再重试。',
    },
    generic: '无法连接到验证服务。请稍后重试。',
  },
};

export default zhHans;
