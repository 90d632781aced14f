import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Vietnamese, addressing the person as “bạn”, as Vietnamese web services usually do. Loaded on
// demand (see index.ts). Terms: GLOSSARY.md.

/** “name”, the Vietnamese quotation marks. */
const quoted = (fileName: string) => `“${fileName}”`;

/** Vietnamese strings. A document name is followed by “của bạn”, which does not inflect. */
const vi: Strings = {
  documentTypeNames: {
    passport: 'hộ chiếu',
    id_card: 'thẻ căn cước',
    driving_license: 'giấy phép lái xe',
  },
  consent: {
    heading: 'Trước khi bắt đầu',
    intro: 'Để xác nhận đúng là bạn, chúng tôi sẽ yêu cầu:',
    documentPhoto: 'Ảnh giấy tờ tùy thân của bạn',
    selfie: 'Một ảnh selfie để so sánh với ảnh trên giấy tờ của bạn',
    idNumber: 'Họ tên, ngày sinh và số giấy tờ của bạn',
    privacy: 'Thông tin của bạn chỉ được dùng cho lần kiểm tra này và được gửi qua kết nối đã mã hóa.',
    whyLabel: 'Vì sao cần bước này?',
    whyText:
      'Việc kiểm tra giấy tờ chính thức giúp bảo vệ bạn và dịch vụ này khỏi gian lận và mạo danh. Ngoài ra, một số dịch vụ có nghĩa vụ theo luật phải xác nhận danh tính khách hàng.',
    accept: 'Đồng ý và tiếp tục',
    decline: 'Từ chối',
  },
  documentType: {
    heading: 'Chọn giấy tờ',
    legend: 'Bạn sẽ dùng giấy tờ nào?',
    continue: 'Tiếp tục',
    required: 'Hãy chọn giấy tờ bạn sẽ dùng.',
  },
  capture: {
    headings: {
      front: (document: string) => `Mặt trước ${document} của bạn`,
      back: (document: string) => `Mặt sau ${document} của bạn`,
      selfie: (_document: string) => 'Chụp ảnh selfie',
    },
    genericDocument: 'giấy tờ',
    cameraInstructions: {
      document: 'Đặt giấy tờ vào trong khung, ở nơi đủ sáng, sao cho thấy rõ cả bốn góc.',
      selfie: 'Nhìn thẳng vào camera và giữ khuôn mặt trong khung hình bầu dục.',
    },
    uploadInstructions: 'Tải lên một ảnh rõ nét. JPEG, PNG hoặc WebP, tối đa 10\u00a0MB.',
    capture: 'Chụp ảnh',
    chooseFile: 'Chọn ảnh',
    dropHint: 'hoặc kéo và thả ảnh vào đây',
    useUpload: 'Tải ảnh lên thay thế',
    useCamera: 'Dùng camera',
    tipsLabel: 'Mẹo để có ảnh đẹp',
    tips: [
      'Chọn nơi đủ sáng và tránh bị lóa trên giấy tờ.',
      'Giữ toàn bộ giấy tờ nằm phẳng trong khung và rõ nét.',
      'Không dùng ngón tay che bất kỳ phần nào của giấy tờ.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} không phải là ảnh chúng tôi có thể dùng. Hãy chọn ảnh JPEG, PNG hoặc WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} có dung lượng ${megabytes.replace('.', ',')}\u00a0MB, vượt giới hạn 10\u00a0MB. Hãy chọn ảnh nhỏ hơn.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} trống. Hãy chọn ảnh khác.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} là ảnh HEIC nên không thể dùng được. Hãy chọn ảnh JPEG, PNG hoặc WebP, hoặc dùng camera.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} là ảnh động. Hãy chọn một ảnh tĩnh.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} bị hỏng hoặc không đầy đủ. Hãy chọn ảnh khác.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} có hơn 50\u00a0megapixel. Hãy chọn ảnh nhỏ hơn.`,
    passportHeading: 'Trang ảnh của hộ chiếu',
    check: {
      checking: 'Đang kiểm tra ảnh…',
      imageAlt: 'Ảnh bạn đã chụp hoặc chọn',
      good: 'Trông ổn. Hãy kiểm tra để mọi chữ đều sắc nét và dễ đọc.',
      refused: 'Chưa thể dùng ảnh này:',
      problems: {
        dark: 'Quá tối — hãy đến nơi sáng hơn',
        bright: 'Quá sáng — hãy tránh ánh sáng trực tiếp',
        too_far: 'Hãy lại gần hơn: giấy tờ chiếm quá ít khung hình',
        glare: 'Thẻ bị lóa — hãy nghiêng thẻ tránh xa nguồn sáng',
        blurry: 'Quá mờ — hãy giữ yên và chạm để lấy nét',
        low_resolution: 'Độ phân giải quá thấp — hãy dùng camera hoặc ảnh lớn hơn',
      },
      selfieGlare: 'Khuôn mặt bị lóa — hãy quay tránh nguồn sáng',
      warning: 'Ảnh này vẫn còn vấn đề và có thể bị từ chối. Chỉ dùng ảnh này nếu bạn không thể chụp ảnh tốt hơn.',
      unchecked: 'Không thể kiểm tra ảnh này trên thiết bị này. Hãy đảm bảo ảnh sắc nét và dễ đọc.',
      use: 'Dùng ảnh này',
      useAnyway: 'Vẫn dùng ảnh này',
      retake: 'Chụp lại',
      holdStill: 'Giữ yên',
      steady: 'Giữ yên — đang chụp ảnh',
      torch: 'Đèn',
      switchCamera: 'Đổi camera',
    },
  },
  camera: {
    preview: 'Xem trước camera',
    starting: 'Đang khởi động camera…',
    retry: 'Thử lại camera',
    denied:
      'Quyền truy cập camera đang bị chặn. Bạn có thể tải ảnh lên thay thế, hoặc cho phép camera trong phần cài đặt trình duyệt rồi thử lại.',
    notFound: 'Không tìm thấy camera trên thiết bị này. Bạn có thể tải ảnh lên thay thế.',
    inUse: 'Camera đang được một ứng dụng khác sử dụng. Hãy đóng ứng dụng đó rồi thử lại, hoặc tải ảnh lên thay thế.',
    failed: 'Không thể khởi động camera. Hãy thử lại, hoặc tải ảnh lên thay thế.',
    requiredDenied:
      'Lần xác minh này cần ảnh chụp trực tiếp bằng camera của bạn. Hãy cho phép truy cập camera trong phần cài đặt trình duyệt, rồi thử lại.',
    requiredNotFound:
      'Lần xác minh này cần ảnh chụp trực tiếp bằng camera, nhưng không tìm thấy camera nào. Hãy tiếp tục trên thiết bị có camera, chẳng hạn điện thoại của bạn.',
    requiredInUse: 'Lần xác minh này cần camera của bạn, nhưng một ứng dụng khác đang dùng camera. Hãy đóng ứng dụng đó, rồi thử lại.',
    requiredFailed: 'Lần xác minh này cần camera của bạn, nhưng không thể khởi động camera. Hãy thử lại, hoặc tiếp tục trên thiết bị khác.',
  },
  idNumber: {
    heading: 'Thông tin của bạn',
    intro: 'Hãy nhập chính xác như trên giấy tờ chính thức của bạn.',
    firstName: 'Tên',
    lastName: 'Họ',
    dob: 'Ngày sinh',
    idNumber: 'Số giấy tờ',
    idNumberHint: 'Từ 4 đến 32 chữ cái, chữ số, dấu cách hoặc dấu gạch ngang.',
    continue: 'Tiếp tục',
    errors: {
      firstNameRequired: 'Hãy nhập tên của bạn.',
      lastNameRequired: 'Hãy nhập họ của bạn.',
      dobRequired: 'Hãy nhập ngày sinh của bạn.',
      dobInvalid: 'Hãy nhập một ngày sinh có thật.',
      dobFuture: 'Ngày sinh phải là một ngày trong quá khứ.',
      idNumberRequired: 'Hãy nhập số giấy tờ của bạn.',
      idNumberInvalid: 'Số giấy tờ phải có từ 4 đến 32 chữ cái, chữ số, dấu cách hoặc dấu gạch ngang.',
    },
  },
  review: {
    heading: 'Kiểm tra và gửi',
    intro: 'Hãy đảm bảo mọi ảnh đều rõ nét và dễ đọc.',
    sides: { front: 'Mặt trước', back: 'Mặt sau', selfie: 'Selfie' },
    imageAlt: { front: 'Mặt trước giấy tờ của bạn', back: 'Mặt sau giấy tờ của bạn', selfie: 'Ảnh selfie của bạn' },
    retake: 'Chụp lại',
    retakeLabel: { front: 'Chụp lại ảnh mặt trước', back: 'Chụp lại ảnh mặt sau', selfie: 'Chụp lại ảnh selfie' },
    detailsHeading: 'Thông tin của bạn',
    name: 'Họ tên',
    dob: 'Ngày sinh',
    idNumber: 'Số giấy tờ',
    idNumberMasked: (lastFour: string) => `kết thúc bằng ${lastFour}`,
    uploading: 'Đang tải lên…',
    uploadingPercent: (percent: number) => `Đang tải lên… ${percent}%`,
    submitting: 'Đang gửi…',
    submit: 'Gửi',
  },
  dialog: {
    title: 'Xác minh danh tính của bạn',
    close: 'Đóng',
    testMode: 'Chế độ thử nghiệm',
    testModeHint: 'Chế độ thử nghiệm: không có kiểm tra thật nào được thực hiện.',
  },
  loading: {
    heading: 'Đang tải…',
  },
  processing: {
    heading: 'Đang kiểm tra thông tin của bạn',
    body: 'Việc này thường mất vài giây. Bạn có thể đóng cửa sổ này: quá trình kiểm tra vẫn tiếp tục.',
  },
  outcome: {
    verifiedHeading: 'Bạn đã được xác minh',
    verifiedBody: 'Cảm ơn bạn. Danh tính của bạn đã được xác nhận.',
    failedHeading: 'Chúng tôi không thể xác minh bạn',
    declinedHeading: 'Đã từ chối xác minh',
    declinedBody: 'Bạn đã chọn không xác minh. Bạn có thể bắt đầu lại bất cứ khi nào sẵn sàng.',
    canceledHeading: 'Đã hủy xác minh',
    canceledBody: 'Lần xác minh này đã bị hủy và không thể hoàn tất được nữa.',
    tryAgain: 'Thử lại',
    done: 'Xong',
  },
  lastErrors: {
    abandoned: 'Quá trình xác minh không được hoàn tất kịp thời.',
    consent_declined: 'Bạn đã chọn không xác minh.',
    country_not_supported: 'Không thể dùng giấy tờ của quốc gia này tại đây. Hãy thử giấy tờ của quốc gia khác.',
    device_not_supported: 'Thiết bị này không thể chụp những ảnh mà lần xác minh này cần. Hãy thử thiết bị khác.',
    document_expired: 'Giấy tờ của bạn đã hết hạn. Hãy thử lại bằng giấy tờ còn hiệu lực.',
    document_type_not_supported: 'Loại giấy tờ này không được chấp nhận tại đây. Hãy thử lại bằng một trong các giấy tờ được chấp nhận.',
    document_unverified_other:
      'Chúng tôi không thể xác minh giấy tờ của bạn. Hãy đảm bảo toàn bộ giấy tờ nằm trong ảnh, rõ nét và không bị lóa.',
    id_number_insufficient_document_data: 'Giấy tờ của bạn không có đủ thông tin để kiểm tra số giấy tờ.',
    id_number_mismatch: 'Thông tin bạn nhập không khớp với hồ sơ chính thức. Hãy kiểm tra lại rồi thử lại.',
    id_number_unverified_other: 'Chúng tôi không thể xác minh số giấy tờ của bạn. Hãy kiểm tra lại rồi thử lại.',
    selfie_document_missing_photo: 'Giấy tờ của bạn không có ảnh khuôn mặt để so sánh. Hãy thử giấy tờ có ảnh.',
    selfie_face_mismatch:
      'Ảnh selfie của bạn không khớp với ảnh trên giấy tờ. Hãy thử lại ở nơi đủ sáng, nhìn thẳng vào camera.',
    selfie_manipulated: 'Không thể chấp nhận ảnh selfie của bạn. Hãy chụp ảnh mới trực tiếp bằng camera.',
    selfie_unverified_other: 'Chúng tôi không thể xác minh ảnh selfie của bạn. Hãy thử lại ở nơi đủ sáng, nhìn thẳng vào camera.',
    under_supported_age: 'Bạn chưa đủ tuổi để được xác minh tại đây.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Đã xảy ra lỗi',
    retry: 'Thử lại',
    close: 'Đóng',
    codes: {
      client_secret_missing: 'Liên kết xác minh này không đầy đủ. Vui lòng quay lại trang web và bắt đầu lại.',
      client_secret_malformed: 'Liên kết xác minh này không hợp lệ. Vui lòng quay lại trang web và bắt đầu lại.',
      secret_invalid: 'Liên kết xác minh này không hợp lệ. Vui lòng quay lại trang web và bắt đầu lại.',
      secret_expired: 'Liên kết xác minh này đã hết hạn. Vui lòng quay lại trang web và bắt đầu lại.',
      secret_spent: 'Liên kết xác minh này đã được sử dụng. Vui lòng quay lại trang web để bắt đầu lượt mới.',
      resource_missing: 'Không tìm thấy lần xác minh này. Vui lòng quay lại trang web và bắt đầu lại.',
      session_unexpected_state: 'Lần xác minh này không thể thay đổi được nữa. Vui lòng quay lại trang web.',
      session_redacted: 'Lần xác minh này đã đóng và dữ liệu đã bị xóa. Vui lòng quay lại trang web.',
      network: 'Có vẻ như bạn đang ngoại tuyến. Hãy kiểm tra kết nối rồi thử lại.',
      timeout: 'Kết nối hiện quá chậm. Hãy thử lại sau giây lát.',
      rate_limited: 'Bạn đã thử quá nhiều lần. Hãy đợi một lát rồi thử lại.',
    },
    generic: 'Không thể kết nối với dịch vụ xác minh. Hãy thử lại sau giây lát.',
  },
};

export default vi;
