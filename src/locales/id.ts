import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Indonesian, addressing the person formally (Anda). Loaded on demand (see index.ts), also for the
// old code `in`. Terms: GLOSSARY.md.

/** “name”, the Indonesian quotation marks. */
const quoted = (fileName: string) => `“${fileName}”`;

/** Indonesian strings. A document name is followed by “Anda”, which does not inflect. */
const id: Strings = {
  documentTypeNames: {
    passport: 'paspor',
    id_card: 'kartu identitas',
    driving_license: 'SIM',
  },
  progress: {
    label: (current: number, total: number) => `Langkah ${current} dari ${total}`,
    back: 'Kembali',
    keepPhoto: 'Simpan foto yang sudah diambil',
  },
  leave: {
    heading: 'Keluar dari verifikasi?',
    body: 'Foto dan data Anda akan dihapus.',
    stay: 'Lanjutkan',
    leave: 'Keluar',
  },
  consent: {
    heading: 'Sebelum memulai',
    intro: 'Untuk memastikan bahwa Anda adalah orang yang Anda sebutkan, kami akan meminta:',
    documentPhoto: 'Foto dokumen identitas Anda',
    selfie: 'Swafoto, untuk dibandingkan dengan foto di dokumen Anda',
    idNumber: 'Nama, tanggal lahir, dan nomor identitas Anda',
    privacy: 'Data Anda hanya digunakan untuk pemeriksaan ini dan dikirim melalui koneksi terenkripsi.',
    whyLabel: 'Mengapa ini diperlukan?',
    whyText:
      'Pemeriksaan dokumen resmi melindungi Anda dan layanan ini dari penipuan dan pemalsuan identitas. Selain itu, beberapa layanan diwajibkan oleh hukum untuk memastikan identitas pelanggannya.',
    accept: 'Setuju dan lanjutkan',
    decline: 'Tolak',
    requestedBy: (business: string) => `${business} meminta Anda memverifikasi identitas.`,
    privacyPolicy: 'Baca kebijakan privasi',
    duration: (time: string) => `Prosesnya sekitar ${time}.`,
  },
  documentType: {
    heading: 'Pilih dokumen Anda',
    legend: 'Dokumen apa yang akan Anda gunakan?',
    continue: 'Lanjutkan',
    required: 'Pilih dokumen yang akan Anda gunakan.',
  },
  capture: {
    headings: {
      front: (document: string) => `Bagian depan ${document} Anda`,
      back: (document: string) => `Bagian belakang ${document} Anda`,
      selfie: (_document: string) => 'Ambil swafoto',
    },
    genericDocument: 'dokumen',
    cameraInstructions: {
      document: 'Letakkan dokumen Anda di dalam bingkai, di tempat yang terang, dengan keempat sudutnya terlihat.',
      selfie: 'Lihat lurus ke kamera dan jaga wajah Anda tetap di dalam oval.',
    },
    uploadInstructions: 'Unggah foto yang jelas. JPEG, PNG, atau WebP, maksimal 10\u00a0MB.',
    capture: 'Ambil foto',
    chooseFile: 'Pilih foto',
    dropHint: 'atau seret dan lepas di sini',
    useUpload: 'Unggah foto sebagai gantinya',
    useCamera: 'Gunakan kamera',
    tipsLabel: 'Tips untuk foto yang bagus',
    tips: [
      'Gunakan tempat yang terang dan hindari pantulan cahaya pada dokumen.',
      'Pastikan seluruh dokumen ada di dalam bingkai, rata, dan tidak buram.',
      'Jangan menutupi bagian mana pun dengan jari Anda.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} bukan foto yang dapat kami gunakan. Pilih gambar JPEG, PNG, atau WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `Ukuran ${quoted(fileName)} ${megabytes.replace('.', ',')}\u00a0MB, melebihi batas 10\u00a0MB. Pilih foto yang lebih kecil.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} kosong. Pilih foto lain.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} adalah foto HEIC yang tidak dapat digunakan. Pilih gambar JPEG, PNG, atau WebP, atau gunakan kamera.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} adalah gambar animasi. Pilih foto diam.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} rusak atau tidak lengkap. Pilih foto lain.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} lebih dari 50\u00a0megapiksel. Pilih foto yang lebih kecil.`,
    fileNotPrepared: (fileName: string) =>
      `${quoted(fileName)} tidak dapat disiapkan untuk dikirim di perangkat ini. Coba lagi, atau gunakan kamera.`,
    passportHeading: 'Halaman foto paspor Anda',
    check: {
      checking: 'Memeriksa foto…',
      imageAlt: 'Foto yang Anda ambil atau pilih',
      good: 'Terlihat baik. Pastikan semua teks tajam dan mudah dibaca.',
      refused: 'Foto ini belum dapat digunakan:',
      problems: {
        dark: 'Terlalu gelap — pindah ke tempat yang lebih terang',
        bright: 'Terlalu terang — hindari cahaya langsung',
        too_far: 'Mendekatlah: dokumen mengisi terlalu sedikit bingkai',
        glare: 'Ada pantulan cahaya di kartu — miringkan kartu menjauhi cahaya',
        blurry: 'Terlalu buram — tahan diam dan ketuk untuk fokus',
        low_resolution: 'Resolusi terlalu rendah — gunakan kamera atau foto yang lebih besar',
      },
      selfieGlare: 'Ada pantulan cahaya di wajah Anda — berbaliklah menjauhi cahaya',
      warning: 'Foto ini masih bermasalah dan mungkin ditolak. Gunakan hanya jika Anda tidak dapat mengambil foto yang lebih baik.',
      unchecked: 'Foto ini tidak dapat diperiksa di perangkat ini. Pastikan foto tajam dan mudah dibaca.',
      use: 'Gunakan foto ini',
      useAnyway: 'Tetap gunakan foto ini',
      retake: 'Ambil ulang',
      holdStill: 'Tahan diam',
      steady: 'Tahan diam — mengambil foto',
      torch: 'Lampu',
      switchCamera: 'Ganti kamera',
    },
  },
  camera: {
    preview: 'Pratinjau kamera',
    starting: 'Memulai kamera…',
    retry: 'Coba kamera lagi',
    denied:
      'Akses kamera diblokir. Anda dapat mengunggah foto sebagai gantinya, atau mengizinkan kamera di pengaturan browser lalu mencoba lagi.',
    notFound: 'Tidak ada kamera di perangkat ini. Anda dapat mengunggah foto sebagai gantinya.',
    inUse: 'Kamera Anda sedang digunakan oleh aplikasi lain. Tutup aplikasi itu dan coba lagi, atau unggah foto sebagai gantinya.',
    failed: 'Kamera tidak dapat dimulai. Coba lagi, atau unggah foto sebagai gantinya.',
    requiredDenied:
      'Verifikasi ini memerlukan foto langsung yang diambil dengan kamera Anda. Izinkan akses kamera di pengaturan browser, lalu coba lagi.',
    requiredNotFound:
      'Verifikasi ini memerlukan foto langsung yang diambil dengan kamera, dan tidak ada kamera yang ditemukan. Lanjutkan di perangkat yang memiliki kamera, seperti ponsel Anda.',
    requiredInUse: 'Verifikasi ini memerlukan kamera Anda, tetapi aplikasi lain sedang menggunakannya. Tutup aplikasi itu, lalu coba lagi.',
    requiredFailed: 'Verifikasi ini memerlukan kamera Anda, tetapi kamera tidak dapat dimulai. Coba lagi, atau lanjutkan di perangkat lain.',
  },
  idNumber: {
    heading: 'Data Anda',
    intro: 'Masukkan persis seperti yang tertulis di dokumen resmi Anda.',
    firstName: 'Nama depan',
    lastName: 'Nama belakang',
    dob: 'Tanggal lahir',
    idNumber: 'Nomor identitas',
    idNumberHint: '4 hingga 32 huruf, angka, spasi, atau tanda hubung.',
    continue: 'Lanjutkan',
    errors: {
      firstNameRequired: 'Masukkan nama depan Anda.',
      lastNameRequired: 'Masukkan nama belakang Anda.',
      dobRequired: 'Masukkan tanggal lahir Anda.',
      dobInvalid: 'Masukkan tanggal lahir yang benar.',
      dobFuture: 'Tanggal lahir Anda harus di masa lalu.',
      idNumberRequired: 'Masukkan nomor identitas Anda.',
      idNumberInvalid: 'Nomor identitas Anda harus terdiri dari 4 hingga 32 huruf, angka, spasi, atau tanda hubung.',
    },
  },
  review: {
    heading: 'Periksa dan kirim',
    intro: 'Pastikan setiap foto tajam dan mudah dibaca.',
    sides: { front: 'Depan', back: 'Belakang', selfie: 'Swafoto' },
    imageAlt: { front: 'Bagian depan dokumen Anda', back: 'Bagian belakang dokumen Anda', selfie: 'Swafoto Anda' },
    retake: 'Ambil ulang',
    retakeLabel: {
      front: 'Ambil ulang foto bagian depan',
      back: 'Ambil ulang foto bagian belakang',
      selfie: 'Ambil ulang swafoto',
    },
    detailsHeading: 'Data Anda',
    name: 'Nama',
    dob: 'Tanggal lahir',
    idNumber: 'Nomor identitas',
    idNumberMasked: (lastFour: string) => `berakhiran ${lastFour}`,
    edit: 'Ubah',
    editDetailsLabel: 'Ubah data Anda',
    uploading: 'Mengunggah…',
    uploadingPercent: (percent: number) => `Mengunggah… ${percent}%`,
    submitting: 'Mengirim…',
    submit: 'Kirim',
  },
  dialog: {
    title: 'Verifikasi identitas Anda',
    close: 'Tutup',
    testMode: 'Mode uji',
    testModeHint: 'Mode uji: tidak ada pemeriksaan sungguhan.',
  },
  loading: {
    heading: 'Memuat…',
  },
  processing: {
    heading: 'Memeriksa data Anda',
    body: 'Biasanya ini hanya perlu beberapa detik. Anda dapat menutup jendela ini: pemeriksaan tetap berjalan.',
  },
  outcome: {
    verifiedHeading: 'Anda telah terverifikasi',
    verifiedBody: 'Terima kasih. Identitas Anda telah dikonfirmasi.',
    failedHeading: 'Kami tidak dapat memverifikasi Anda',
    declinedHeading: 'Verifikasi ditolak',
    declinedBody: 'Anda memilih untuk tidak diverifikasi. Anda dapat memulai lagi kapan pun Anda siap.',
    canceledHeading: 'Verifikasi dibatalkan',
    canceledBody: 'Verifikasi ini telah dibatalkan dan tidak dapat diselesaikan lagi.',
    tryAgain: 'Coba lagi',
    done: 'Selesai',
    verifiedNext: 'Anda dapat menutup jendela ini dan melanjutkan.',
    canceledNext: 'Tutup jendela ini. Jika Anda masih perlu memverifikasi identitas, mulai verifikasi baru.',
    redo: {
      selfie: 'Saat mencoba lagi, Anda hanya perlu mengambil swafoto baru.',
      document: 'Saat mencoba lagi, Anda hanya perlu foto baru dokumen identitas Anda.',
      'other-document': 'Saat mencoba lagi, pilih dokumen identitas lain lalu fotolah.',
      'id-number': 'Saat mencoba lagi, Anda hanya perlu memeriksa data Anda.',
      everything: 'Saat mencoba lagi, Anda akan mengulangi setiap langkah.',
    },
  },
  lastErrors: {
    abandoned: 'Verifikasi tidak diselesaikan tepat waktu.',
    consent_declined: 'Anda memilih untuk tidak diverifikasi.',
    country_not_supported: 'Dokumen dari negara ini tidak dapat digunakan di sini. Coba dokumen dari negara lain.',
    device_not_supported: 'Perangkat ini tidak dapat mengambil foto yang diperlukan untuk verifikasi ini. Coba perangkat lain.',
    document_expired: 'Dokumen Anda sudah kedaluwarsa. Coba lagi dengan dokumen yang masih berlaku.',
    document_type_not_supported: 'Jenis dokumen ini tidak diterima di sini. Coba lagi dengan salah satu dokumen yang diterima.',
    document_unverified_other:
      'Kami tidak dapat memverifikasi dokumen Anda. Pastikan seluruh dokumen ada di foto, tajam, dan tanpa pantulan cahaya.',
    id_number_insufficient_document_data: 'Dokumen Anda tidak memuat cukup informasi untuk memeriksa nomor identitas Anda.',
    id_number_mismatch: 'Data yang Anda masukkan tidak cocok dengan catatan resmi. Periksa kembali dan coba lagi.',
    id_number_unverified_other: 'Kami tidak dapat memverifikasi nomor identitas Anda. Periksa kembali dan coba lagi.',
    selfie_document_missing_photo:
      'Dokumen Anda tidak memiliki foto wajah untuk dibandingkan. Coba dokumen yang memiliki foto.',
    selfie_face_mismatch:
      'Swafoto Anda tidak cocok dengan foto di dokumen Anda. Coba lagi di tempat yang terang, menghadap kamera.',
    selfie_manipulated: 'Swafoto Anda tidak dapat diterima. Ambil swafoto baru langsung dengan kamera Anda.',
    selfie_unverified_other: 'Kami tidak dapat memverifikasi swafoto Anda. Coba lagi di tempat yang terang, menghadap kamera.',
    under_supported_age: 'Anda belum memenuhi usia yang diperlukan untuk diverifikasi di sini.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Terjadi masalah',
    retry: 'Coba lagi',
    close: 'Tutup',
    codes: {
      client_secret_missing: 'Verifikasi ini tidak dapat dimulai. Tutup jendela ini lalu coba lagi.',
      client_secret_malformed: 'Verifikasi ini tidak dapat dimulai. Tutup jendela ini lalu coba lagi.',
      secret_invalid: 'Verifikasi ini tidak dapat dimulai. Tutup jendela ini lalu coba lagi.',
      secret_expired: 'Verifikasi ini sudah kedaluwarsa. Tutup jendela ini lalu mulai lagi.',
      secret_spent: 'Verifikasi ini sudah digunakan. Tutup jendela ini untuk memulai yang baru.',
      resource_missing: 'Verifikasi ini tidak ditemukan. Tutup jendela ini lalu coba lagi.',
      session_unexpected_state: 'Verifikasi ini tidak dapat diubah lagi. Tutup jendela ini.',
      session_redacted: 'Verifikasi ini sudah ditutup dan datanya dihapus. Tutup jendela ini.',
      network: 'Sepertinya Anda sedang offline. Periksa koneksi Anda dan coba lagi.',
      timeout: 'Koneksi sedang terlalu lambat. Coba lagi sebentar lagi.',
      rate_limited: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
      file_type_unsupported: 'Layanan verifikasi tidak dapat menggunakan foto ini. Ambil ulang, atau pilih gambar JPEG, PNG, atau WebP.',
      file_too_large: 'Foto ini terlalu besar untuk layanan verifikasi. Ambil ulang, atau pilih foto di bawah 10\u00a0MB.',
    },
    generic: 'Kami tidak dapat menghubungi layanan verifikasi. Coba lagi sebentar lagi.',
  },
  handoff: {
    offer: 'Lanjutkan di ponsel Anda',
    scan: 'Pindai kode ini dengan kamera ponsel Anda, atau buka tautannya di ponsel Anda: kameranya mengambil foto yang lebih tajam.',
    qrLabel: (url: string) => `Kode QR untuk tautan ${url}`,
    linkLabel: 'Tautan untuk ponsel Anda',
    copy: 'Salin tautan',
    copied: 'Tautan disalin',
    expires: (time: string) => `Kode ini berlaku satu kali, sampai pukul ${time}.`,
    creating: 'Membuat kode untuk ponsel Anda…',
    waiting: 'Menunggu ponsel Anda…',
    opened: 'Terbuka di ponsel Anda. Lanjutkan di sana.',
    submitted: 'Foto terkirim — sedang diperiksa…',
    expired: 'Kode ini sudah kedaluwarsa.',
    failed: 'Kode untuk ponsel Anda tidak dapat dibuat. Coba lagi, atau gunakan komputer ini.',
    newCode: 'Buat kode baru',
    useComputer: 'Gunakan komputer ini saja',
    returnToComputer: 'Sekarang Anda dapat kembali ke komputer.',
    retryOnComputer: 'Untuk mencoba lagi, kembali ke komputer Anda: percobaan berikutnya dimulai di sana.',
    codes: {
      handoff_code_expired: 'Tautan ini sudah kedaluwarsa. Buat kode baru di komputer Anda.',
      handoff_code_claimed: 'Tautan ini sudah digunakan. Buat kode baru di komputer Anda.',
      handoff_code_revoked: 'Tautan ini tidak berfungsi lagi. Buat kode baru di komputer Anda.',
      handoff_code_invalid: 'Tautan ini tidak valid. Buat kode baru di komputer Anda.',
    },
  },
};

export default id;
