import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Japanese, polite (です・ます). Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** 「name」, the Japanese quotation marks. */
const quoted = (fileName: string) => `「${fileName}」`;

/** Japanese strings. A document name takes の, which does not inflect. */
const ja: Strings = {
  documentTypeNames: {
    passport: 'パスポート',
    id_card: '身分証明書',
    driving_license: '運転免許証',
  },
  consent: {
    heading: '始める前に',
    intro: 'ご本人であることを確認するため、次のものをご用意いただきます：',
    documentPhoto: '本人確認書類の写真',
    selfie: '書類の写真と照合するためのセルフィー',
    idNumber: '氏名、生年月日、書類番号',
    privacy: 'お客様の情報はこの確認にのみ使用され、暗号化された接続で送信されます。',
    whyLabel: 'なぜ必要なのですか？',
    whyText:
      '公的な書類を確認することで、お客様とこのサービスを詐欺やなりすましから守ります。また、法律により顧客の本人確認が義務付けられているサービスもあります。',
    accept: '同意して続ける',
    decline: '同意しない',
  },
  documentType: {
    heading: '書類を選択',
    legend: 'どの書類を使用しますか？',
    continue: '続ける',
    required: '使用する書類を選択してください。',
  },
  capture: {
    headings: {
      front: (document: string) => `${document}の表面`,
      back: (document: string) => `${document}の裏面`,
      selfie: (_document: string) => 'セルフィーを撮影',
    },
    genericDocument: '書類',
    cameraInstructions: {
      document: '明るい場所で、書類の四隅がすべて枠内に収まるように置いてください。',
      selfie: 'カメラをまっすぐ見て、顔を楕円の中に収めてください。',
    },
    uploadInstructions: '鮮明な写真をアップロードしてください。JPEG、PNG、WebP 形式、10\u00a0MB まで。',
    capture: '撮影する',
    chooseFile: '写真を選択',
    dropHint: 'または、ここにドラッグ&ドロップ',
    useUpload: '代わりに写真をアップロード',
    useCamera: 'カメラを使用',
    tipsLabel: 'きれいに撮影するコツ',
    tips: [
      '明るい場所を選び、書類に光が反射しないようにしてください。',
      '書類全体を平らに置き、ピントを合わせて枠内に収めてください。',
      '書類のどの部分も指で隠さないでください。',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} は使用できる写真ではありません。JPEG、PNG、WebP 形式の画像を選択してください。`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} は ${megabytes}\u00a0MB で、上限の 10\u00a0MB を超えています。より小さい写真を選択してください。`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} は空のファイルです。別の写真を選択してください。`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} は HEIC 形式の写真のため使用できません。JPEG、PNG、WebP 形式の画像を選択するか、カメラを使用してください。`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} はアニメーション画像です。静止画の写真を選択してください。`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} は破損しているか、不完全です。別の写真を選択してください。`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} は 50 メガピクセルを超えています。より小さい写真を選択してください。`,
    passportHeading: 'パスポートの顔写真のページ',
    check: {
      checking: '写真を確認しています…',
      imageAlt: '撮影または選択した写真',
      good: '問題ありません。すべての文字がはっきり読めるか確認してください。',
      refused: 'この写真はまだ使えません：',
      problems: {
        dark: '暗すぎます — もっと明るい場所に移動してください',
        bright: '明るすぎます — 直射光を避けてください',
        too_far: '近づいてください：書類が枠に対して小さすぎます',
        glare: 'カードに反射があります — 光から離れるように傾けてください',
        blurry: 'ぼやけています — 動かずに画面をタップしてピントを合わせてください',
        low_resolution: '解像度が低すぎます — カメラを使うか、より大きな写真を選んでください',
      },
      selfieGlare: '顔に反射があります — 光の当たらない向きに変えてください',
      warning: 'この写真にはまだ問題があり、受け付けられない可能性があります。これ以上良い写真を撮れない場合にのみ使用してください。',
      unchecked: 'このデバイスでは写真を確認できませんでした。はっきり読めることを確認してください。',
      use: 'この写真を使う',
      useAnyway: 'それでもこの写真を使う',
      retake: '撮り直す',
      holdStill: '動かないでください',
      steady: '動かないでください — 撮影します',
      torch: 'ライト',
      switchCamera: 'カメラを切り替える',
    },
  },
  camera: {
    preview: 'カメラのプレビュー',
    starting: 'カメラを起動しています…',
    retry: 'もう一度カメラを試す',
    denied:
      'カメラへのアクセスがブロックされています。代わりに写真をアップロードするか、ブラウザの設定でカメラを許可してからもう一度お試しください。',
    notFound: 'このデバイスにカメラが見つかりません。代わりに写真をアップロードできます。',
    inUse: 'カメラが別のアプリで使用中です。そのアプリを閉じてからもう一度お試しいただくか、代わりに写真をアップロードしてください。',
    failed: 'カメラを起動できませんでした。もう一度お試しいただくか、代わりに写真をアップロードしてください。',
    requiredDenied:
      'この本人確認では、カメラでその場で撮影した写真が必要です。ブラウザの設定でカメラへのアクセスを許可してから、もう一度お試しください。',
    requiredNotFound:
      'この本人確認では、カメラでその場で撮影した写真が必要ですが、カメラが見つかりません。スマートフォンなど、カメラのあるデバイスで続けてください。',
    requiredInUse: 'この本人確認にはカメラが必要ですが、別のアプリが使用中です。そのアプリを閉じてから、もう一度お試しください。',
    requiredFailed: 'この本人確認にはカメラが必要ですが、起動できませんでした。もう一度お試しいただくか、別のデバイスで続けてください。',
  },
  idNumber: {
    heading: 'お客様の情報',
    intro: '公的な書類に記載されているとおりに入力してください。',
    firstName: '名',
    lastName: '姓',
    dob: '生年月日',
    idNumber: '書類番号',
    idNumberHint: '4~32 文字の英数字、スペース、ハイフン。',
    continue: '続ける',
    errors: {
      firstNameRequired: '名を入力してください。',
      lastNameRequired: '姓を入力してください。',
      dobRequired: '生年月日を入力してください。',
      dobInvalid: '正しい生年月日を入力してください。',
      dobFuture: '生年月日には過去の日付を入力してください。',
      idNumberRequired: '書類番号を入力してください。',
      idNumberInvalid: '書類番号は 4~32 文字の英数字、スペース、ハイフンで入力してください。',
    },
  },
  review: {
    heading: '確認して送信',
    intro: 'どの写真も鮮明で読みやすいことを確認してください。',
    sides: { front: '表面', back: '裏面', selfie: 'セルフィー' },
    imageAlt: { front: '書類の表面', back: '書類の裏面', selfie: 'あなたのセルフィー' },
    retake: '撮り直す',
    retakeLabel: { front: '表面の写真を撮り直す', back: '裏面の写真を撮り直す', selfie: 'セルフィーを撮り直す' },
    detailsHeading: 'お客様の情報',
    name: '氏名',
    dob: '生年月日',
    idNumber: '書類番号',
    idNumberMasked: (lastFour: string) => `末尾 ${lastFour}`,
    uploading: 'アップロードしています…',
    uploadingPercent: (percent: number) => `アップロードしています… ${percent}%`,
    submitting: '送信しています…',
    submit: '送信',
  },
  dialog: {
    title: '本人確認',
    close: '閉じる',
    testMode: 'テストモード',
    testModeHint: 'テストモード：実際の確認は行われません。',
  },
  loading: {
    heading: '読み込んでいます…',
  },
  processing: {
    heading: '情報を確認しています',
    body: '通常は数秒で終わります。このウィンドウを閉じても、確認は続行されます。',
  },
  outcome: {
    verifiedHeading: '本人確認が完了しました',
    verifiedBody: 'ありがとうございます。ご本人であることが確認されました。',
    failedHeading: '本人確認ができませんでした',
    declinedHeading: '本人確認が拒否されました',
    declinedBody: '本人確認を行わないことを選択されました。準備ができたら、いつでもやり直せます。',
    canceledHeading: '本人確認がキャンセルされました',
    canceledBody: 'この本人確認はキャンセルされたため、完了できません。',
    tryAgain: 'もう一度試す',
    done: '完了',
  },
  lastErrors: {
    abandoned: '本人確認が時間内に完了しませんでした。',
    consent_declined: '本人確認を行わないことを選択されました。',
    country_not_supported: 'この国の書類はここでは使用できません。別の国の書類をお試しください。',
    device_not_supported: 'このデバイスでは、この本人確認に必要な写真を撮影できません。別のデバイスをお試しください。',
    document_expired: '書類の有効期限が切れています。有効な書類でもう一度お試しください。',
    document_type_not_supported: 'この種類の書類はここでは受け付けていません。受け付けている書類のいずれかでもう一度お試しください。',
    document_unverified_other:
      '書類を確認できませんでした。書類全体が写真に収まり、鮮明で光の反射がないことを確認してください。',
    id_number_insufficient_document_data: '書類に、書類番号を確認するための十分な情報がありません。',
    id_number_mismatch: '入力された情報が公的な記録と一致しませんでした。内容を確認して、もう一度お試しください。',
    id_number_unverified_other: '書類番号を確認できませんでした。番号を確認して、もう一度お試しください。',
    selfie_document_missing_photo: '書類に照合用の顔写真がありません。顔写真付きの書類をお試しください。',
    selfie_face_mismatch: 'セルフィーが書類の写真と一致しませんでした。明るい場所で、カメラの方を向いてもう一度お試しください。',
    selfie_manipulated: 'セルフィーを受け付けられませんでした。カメラで直接撮り直してください。',
    selfie_unverified_other: 'セルフィーを確認できませんでした。明るい場所で、カメラの方を向いてもう一度お試しください。',
    under_supported_age: 'ここで本人確認を行うための年齢に達していません。',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: '問題が発生しました',
    retry: 'もう一度試す',
    close: '閉じる',
    codes: {
      client_secret_missing: 'この本人確認リンクは不完全です。サイトに戻って、最初からやり直してください。',
      client_secret_malformed: 'この本人確認リンクは無効です。サイトに戻って、最初からやり直してください。',
      secret_invalid: 'この本人確認リンクは無効です。サイトに戻って、最初からやり直してください。',
      secret_expired: 'この本人確認リンクは有効期限が切れています。サイトに戻って、最初からやり直してください。',
      secret_spent: 'この本人確認リンクはすでに使用されています。サイトに戻って、新たにお試しください。',
      resource_missing: 'この本人確認が見つかりませんでした。サイトに戻って、最初からやり直してください。',
      session_unexpected_state: 'この本人確認は変更できなくなりました。サイトに戻ってください。',
      session_redacted: 'この本人確認は終了し、データは削除されました。サイトに戻ってください。',
      network: 'オフラインのようです。接続を確認して、もう一度お試しください。',
      timeout: '現在、接続が遅すぎます。しばらくしてからもう一度お試しください。',
      rate_limited: '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
    },
    generic: '本人確認サービスに接続できませんでした。しばらくしてからもう一度お試しください。',
  },
};

export default ja;
