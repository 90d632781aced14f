import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Korean, polite (해요체, “-세요”). Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** ‘name’, the quotation marks Korean interfaces use for a file name. */
const quoted = (fileName: string) => `‘${fileName}’`;

/** Korean strings. A document name is followed by 앞면/뒷면, which does not inflect. */
const ko: Strings = {
  documentTypeNames: {
    passport: '여권',
    id_card: '신분증',
    driving_license: '운전면허증',
  },
  consent: {
    heading: '시작하기 전에',
    intro: '본인임을 확인하기 위해 다음을 요청드립니다.',
    documentPhoto: '신원 확인 서류 사진',
    selfie: '서류의 사진과 비교할 셀카',
    idNumber: '이름, 생년월일, 서류 번호',
    privacy: '입력하신 정보는 이 확인에만 사용되며 암호화된 연결로 전송됩니다.',
    whyLabel: '왜 필요한가요?',
    whyText:
      '공식 서류를 확인하면 사기와 명의 도용으로부터 고객님과 이 서비스를 보호할 수 있습니다. 또한 일부 서비스는 법에 따라 고객의 신원을 확인해야 합니다.',
    accept: '동의하고 계속',
    decline: '거부',
  },
  documentType: {
    heading: '서류 선택',
    legend: '어떤 서류를 사용하시겠어요?',
    continue: '계속',
    required: '사용할 서류를 선택하세요.',
  },
  capture: {
    headings: {
      front: (document: string) => `${document} 앞면`,
      back: (document: string) => `${document} 뒷면`,
      selfie: (_document: string) => '셀카 촬영',
    },
    genericDocument: '서류',
    cameraInstructions: {
      document: '밝은 곳에서 네 모서리가 모두 보이도록 서류를 프레임 안에 놓으세요.',
      selfie: '카메라를 정면으로 바라보고 얼굴을 타원 안에 맞추세요.',
    },
    uploadInstructions: '선명한 사진을 업로드하세요. JPEG, PNG 또는 WebP, 최대 10\u00a0MB.',
    capture: '사진 촬영',
    chooseFile: '사진 선택',
    dropHint: '또는 여기로 끌어다 놓기',
    useUpload: '대신 사진 업로드',
    useCamera: '카메라 사용',
    tipsLabel: '좋은 사진을 위한 팁',
    tips: [
      '밝은 곳을 선택하고 서류에 빛이 반사되지 않도록 하세요.',
      '서류 전체가 평평하게 초점이 맞은 상태로 프레임 안에 들어오게 하세요.',
      '서류의 어느 부분도 손가락으로 가리지 마세요.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)}은(는) 사용할 수 있는 사진이 아닙니다. JPEG, PNG 또는 WebP 이미지를 선택하세요.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)}의 크기는 ${megabytes}\u00a0MB로 10\u00a0MB 제한을 넘습니다. 더 작은 사진을 선택하세요.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)}은(는) 빈 파일입니다. 다른 사진을 선택하세요.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)}은(는) HEIC 사진이라 사용할 수 없습니다. JPEG, PNG 또는 WebP 이미지를 선택하거나 카메라를 사용하세요.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)}은(는) 움직이는 이미지입니다. 정지된 사진을 선택하세요.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)}이(가) 손상되었거나 불완전합니다. 다른 사진을 선택하세요.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)}은(는) 50메가픽셀을 넘습니다. 더 작은 사진을 선택하세요.`,
    passportHeading: '여권의 사진이 있는 면',
    check: {
      checking: '사진을 확인하는 중…',
      imageAlt: '촬영하거나 선택한 사진',
      good: '좋아요. 모든 글자가 선명하고 읽을 수 있는지 확인하세요.',
      refused: '이 사진은 아직 사용할 수 없어요:',
      problems: {
        dark: '너무 어두워요 — 더 밝은 곳으로 이동하세요',
        bright: '너무 밝아요 — 직사광선을 피하세요',
        too_far: '더 가까이 오세요: 서류가 화면에서 차지하는 부분이 너무 작아요',
        glare: '카드에 빛 반사가 있어요 — 빛 반대쪽으로 기울이세요',
        blurry: '너무 흐려요 — 움직이지 말고 탭해서 초점을 맞추세요',
        low_resolution: '해상도가 너무 낮아요 — 카메라를 사용하거나 더 큰 사진을 선택하세요',
      },
      selfieGlare: '얼굴에 빛 반사가 있어요 — 빛 반대쪽으로 돌아서세요',
      warning: '이 사진에는 아직 문제가 있어 거부될 수 있어요. 더 나은 사진을 찍을 수 없을 때만 사용하세요.',
      unchecked: '이 기기에서는 사진을 확인할 수 없었어요. 선명하고 읽을 수 있는지 확인하세요.',
      use: '이 사진 사용',
      useAnyway: '그래도 이 사진 사용',
      retake: '다시 촬영',
      holdStill: '움직이지 마세요',
      steady: '움직이지 마세요 — 촬영하는 중',
      torch: '조명',
      switchCamera: '카메라 전환',
    },
  },
  camera: {
    preview: '카메라 미리보기',
    starting: '카메라를 시작하는 중…',
    retry: '카메라 다시 시도',
    denied:
      '카메라 접근이 차단되어 있습니다. 대신 사진을 업로드하거나, 브라우저 설정에서 카메라를 허용한 후 다시 시도하세요.',
    notFound: '이 기기에서 카메라를 찾을 수 없습니다. 대신 사진을 업로드할 수 있습니다.',
    inUse: '다른 앱에서 카메라를 사용하고 있습니다. 그 앱을 닫고 다시 시도하거나 대신 사진을 업로드하세요.',
    failed: '카메라를 시작할 수 없습니다. 다시 시도하거나 대신 사진을 업로드하세요.',
    requiredDenied:
      '이 인증에는 카메라로 직접 촬영한 사진이 필요합니다. 브라우저 설정에서 카메라 접근을 허용한 후 다시 시도하세요.',
    requiredNotFound:
      '이 인증에는 카메라로 직접 촬영한 사진이 필요하지만 카메라를 찾을 수 없습니다. 휴대폰처럼 카메라가 있는 기기에서 계속하세요.',
    requiredInUse: '이 인증에는 카메라가 필요하지만 다른 앱에서 사용하고 있습니다. 그 앱을 닫은 후 다시 시도하세요.',
    requiredFailed: '이 인증에는 카메라가 필요하지만 카메라를 시작할 수 없습니다. 다시 시도하거나 다른 기기에서 계속하세요.',
  },
  idNumber: {
    heading: '내 정보',
    intro: '공식 서류에 적힌 그대로 입력하세요.',
    firstName: '이름',
    lastName: '성',
    dob: '생년월일',
    idNumber: '서류 번호',
    idNumberHint: '문자, 숫자, 공백 또는 하이픈 4~32자.',
    continue: '계속',
    errors: {
      firstNameRequired: '이름을 입력하세요.',
      lastNameRequired: '성을 입력하세요.',
      dobRequired: '생년월일을 입력하세요.',
      dobInvalid: '올바른 생년월일을 입력하세요.',
      dobFuture: '생년월일은 과거 날짜여야 합니다.',
      idNumberRequired: '서류 번호를 입력하세요.',
      idNumberInvalid: '서류 번호는 문자, 숫자, 공백 또는 하이픈 4~32자여야 합니다.',
    },
  },
  review: {
    heading: '확인 후 제출',
    intro: '모든 사진이 선명하고 잘 읽히는지 확인하세요.',
    sides: { front: '앞면', back: '뒷면', selfie: '셀카' },
    imageAlt: { front: '서류 앞면', back: '서류 뒷면', selfie: '내 셀카' },
    retake: '다시 촬영',
    retakeLabel: { front: '앞면 사진 다시 촬영', back: '뒷면 사진 다시 촬영', selfie: '셀카 다시 촬영' },
    detailsHeading: '내 정보',
    name: '이름',
    dob: '생년월일',
    idNumber: '서류 번호',
    idNumberMasked: (lastFour: string) => `끝자리 ${lastFour}`,
    uploading: '업로드 중…',
    uploadingPercent: (percent: number) => `업로드 중… ${percent}%`,
    submitting: '제출 중…',
    submit: '제출',
  },
  dialog: {
    title: '본인 인증',
    close: '닫기',
    testMode: '테스트 모드',
    testModeHint: '테스트 모드: 실제 확인은 이루어지지 않습니다.',
  },
  loading: {
    heading: '불러오는 중…',
  },
  processing: {
    heading: '정보를 확인하는 중',
    body: '보통 몇 초면 끝납니다. 이 창을 닫아도 확인은 계속 진행됩니다.',
  },
  outcome: {
    verifiedHeading: '인증이 완료되었습니다',
    verifiedBody: '감사합니다. 본인 확인이 완료되었습니다.',
    failedHeading: '인증하지 못했습니다',
    declinedHeading: '인증 거부됨',
    declinedBody: '인증을 받지 않기로 선택하셨습니다. 준비되면 언제든 다시 시작할 수 있습니다.',
    canceledHeading: '인증 취소됨',
    canceledBody: '이 인증은 취소되어 더 이상 완료할 수 없습니다.',
    tryAgain: '다시 시도',
    done: '완료',
  },
  lastErrors: {
    abandoned: '인증이 제시간에 완료되지 않았습니다.',
    consent_declined: '인증을 받지 않기로 선택하셨습니다.',
    country_not_supported: '이 국가의 서류는 여기에서 사용할 수 없습니다. 다른 국가의 서류로 시도하세요.',
    device_not_supported: '이 기기로는 이 인증에 필요한 사진을 촬영할 수 없습니다. 다른 기기로 시도하세요.',
    document_expired: '서류의 유효기간이 지났습니다. 유효한 서류로 다시 시도하세요.',
    document_type_not_supported: '이 종류의 서류는 여기에서 받지 않습니다. 허용되는 서류 중 하나로 다시 시도하세요.',
    document_unverified_other: '서류를 인증하지 못했습니다. 서류 전체가 선명하게, 빛 반사 없이 사진에 나오도록 하세요.',
    id_number_insufficient_document_data: '서류에 서류 번호를 확인할 정보가 충분하지 않습니다.',
    id_number_mismatch: '입력하신 정보가 공식 기록과 일치하지 않습니다. 확인 후 다시 시도하세요.',
    id_number_unverified_other: '서류 번호를 인증하지 못했습니다. 번호를 확인한 후 다시 시도하세요.',
    selfie_document_missing_photo: '서류에 비교할 얼굴 사진이 없습니다. 사진이 있는 서류로 시도하세요.',
    selfie_face_mismatch: '셀카가 서류의 사진과 일치하지 않습니다. 밝은 곳에서 카메라를 바라보며 다시 시도하세요.',
    selfie_manipulated: '셀카를 받을 수 없습니다. 카메라로 직접 새로 촬영하세요.',
    selfie_unverified_other: '셀카를 인증하지 못했습니다. 밝은 곳에서 카메라를 바라보며 다시 시도하세요.',
    under_supported_age: '여기에서 인증을 받을 수 있는 나이가 되지 않았습니다.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: '문제가 발생했습니다',
    retry: '다시 시도',
    close: '닫기',
    codes: {
      client_secret_missing: '이 인증 링크가 완전하지 않습니다. 사이트로 돌아가 처음부터 다시 시작하세요.',
      client_secret_malformed: '이 인증 링크는 유효하지 않습니다. 사이트로 돌아가 처음부터 다시 시작하세요.',
      secret_invalid: '이 인증 링크는 유효하지 않습니다. 사이트로 돌아가 처음부터 다시 시작하세요.',
      secret_expired: '이 인증 링크가 만료되었습니다. 사이트로 돌아가 처음부터 다시 시작하세요.',
      secret_spent: '이 인증 링크는 이미 사용되었습니다. 사이트로 돌아가 새로 시도하세요.',
      resource_missing: '이 인증을 찾을 수 없습니다. 사이트로 돌아가 처음부터 다시 시작하세요.',
      session_unexpected_state: '이 인증은 더 이상 변경할 수 없습니다. 사이트로 돌아가세요.',
      session_redacted: '이 인증은 종료되었으며 데이터가 삭제되었습니다. 사이트로 돌아가세요.',
      network: '오프라인 상태인 것 같습니다. 연결을 확인한 후 다시 시도하세요.',
      timeout: '지금은 연결이 너무 느립니다. 잠시 후 다시 시도하세요.',
      rate_limited: '시도 횟수가 너무 많습니다. 잠시 기다린 후 다시 시도하세요.',
    },
    generic: '인증 서비스에 연결할 수 없습니다. 잠시 후 다시 시도하세요.',
  },
};

export default ko;
