import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// Polish, addressing the person in the second person singular, as Polish software usually does.
// Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** „name”, the Polish quotation marks. */
const quoted = (fileName: string) => `„${fileName}”`;

/** This file's document names in the genitive (“front of the …”); any other name follows a colon. */
const GENITIVE = new Map([
  ['paszport', 'paszportu'],
  ['dowód osobisty', 'dowodu osobistego'],
  ['prawo jazdy', 'prawa jazdy'],
  ['dokument', 'dokumentu'],
]);
const side = (side: string, document: string) => {
  const genitive = GENITIVE.get(document);
  return genitive ? `${side} ${genitive}` : `${side}: ${document}`;
};

/** Polish strings. */
const pl = {
  documentTypeNames: {
    passport: 'paszport',
    id_card: 'dowód osobisty',
    driving_license: 'prawo jazdy',
  },
  progress: {
    label: (current: number, total: number) => `Krok ${current} z ${total}`,
    back: 'Wstecz',
    keepPhoto: 'Zachowaj już zrobione zdjęcie',
  },
  leave: {
    heading: 'Przerwać weryfikację?',
    body: 'Twoje zdjęcia i dane zostaną usunięte.',
    stay: 'Kontynuuj',
    leave: 'Przerwij',
  },
  consent: {
    heading: 'Zanim zaczniesz',
    intro: 'Aby potwierdzić, że jesteś osobą, za którą się podajesz, poprosimy o:',
    documentPhoto: 'Zdjęcie dokumentu tożsamości',
    selfie: 'Selfie do porównania ze zdjęciem w dokumencie',
    idNumber: 'Imię i nazwisko, datę urodzenia i numer dokumentu',
    privacy: 'Twoje dane służą wyłącznie do tej weryfikacji i są przesyłane szyfrowanym połączeniem.',
    whyLabel: 'Dlaczego to jest potrzebne?',
    whyText:
      'Sprawdzenie oficjalnego dokumentu chroni Ciebie i ten serwis przed oszustwami i podszywaniem się pod inne osoby. Niektóre serwisy są też prawnie zobowiązane do potwierdzania tożsamości swoich klientów.',
    accept: 'Akceptuję i przechodzę dalej',
    decline: 'Odmawiam',
    requestedBy: (business: string) => `${business} prosi o potwierdzenie Twojej tożsamości.`,
    privacyPolicy: 'Przeczytaj politykę prywatności',
    duration: (time: string) => `Szacowany czas: ${time}.`,
  },
  documentType: {
    heading: 'Wybierz dokument',
    legend: 'Którego dokumentu użyjesz?',
    continue: 'Dalej',
    required: 'Wybierz dokument, którego użyjesz.',
  },
  capture: {
    headings: {
      front: (document: string) => side('Przód', document),
      back: (document: string) => side('Tył', document),
      selfie: (_document: string) => 'Zrób selfie',
    },
    genericDocument: 'dokument',
    cameraInstructions: {
      document: 'Umieść dokument w ramce, w dobrym świetle, tak aby były widoczne wszystkie cztery rogi.',
      selfie: 'Patrz prosto w aparat i trzymaj twarz w owalu.',
    },
    uploadInstructions: 'Prześlij wyraźne zdjęcie.',
    capture: 'Zrób zdjęcie',
    chooseFile: 'Wybierz zdjęcie',
    dropHint: 'lub przeciągnij je tutaj',
    useUpload: 'Prześlij zdjęcie z urządzenia',
    useCamera: 'Użyj aparatu',
    tipsLabel: 'Wskazówki, jak zrobić dobre zdjęcie',
    tips: [
      'Wybierz dobrze oświetlone miejsce i unikaj odblasków na dokumencie.',
      'Cały dokument powinien być w ramce, płasko i ostro.',
      'Nie zasłaniaj żadnej jego części palcami.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `Nie możemy użyć pliku ${quoted(fileName)} jako zdjęcia. Wybierz obraz JPEG, PNG lub WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `Plik ${quoted(fileName)} ma ${megabytes.replace('.', ',')}\u00a0MB, czyli przekracza limit 10\u00a0MB. Wybierz mniejsze zdjęcie.`,
    fileEmpty: (fileName: string) => `Plik ${quoted(fileName)} jest pusty. Wybierz inne zdjęcie.`,
    fileHeic: (fileName: string) =>
      `Plik ${quoted(fileName)} to zdjęcie HEIC, którego nie można użyć. Wybierz obraz JPEG, PNG lub WebP albo użyj aparatu.`,
    fileAnimated: (fileName: string) =>
      `Plik ${quoted(fileName)} jest animowany. Wybierz nieruchome zdjęcie.`,
    fileCorrupt: (fileName: string) =>
      `Plik ${quoted(fileName)} jest uszkodzony lub niekompletny. Wybierz inne zdjęcie.`,
    fileTooManyPixels: (fileName: string) =>
      `Plik ${quoted(fileName)} ma ponad 50\u00a0megapikseli. Wybierz mniejsze zdjęcie.`,
    fileNotPrepared: (fileName: string) =>
      `Nie udało się przygotować pliku ${quoted(fileName)} do wysłania na tym urządzeniu. Spróbuj ponownie albo użyj aparatu.`,
    passportHeading: 'Strona paszportu ze zdjęciem',
    check: {
      checking: 'Sprawdzanie zdjęcia…',
      imageAlt: 'Zrobione lub wybrane zdjęcie',
      good: 'Wygląda dobrze. Sprawdź, czy cały tekst jest ostry i czytelny.',
      refused: 'Tego zdjęcia nie można jeszcze użyć:',
      problems: {
        dark: 'Za ciemno — przejdź w jaśniejsze miejsce',
        bright: 'Za jasno — odsuń się od bezpośredniego światła',
        too_far: 'Podejdź bliżej: dokument zajmuje za mało kadru',
        no_document: 'Nie wykryto dokumentu — umieść cały dokument w ramce',
        cut_off: 'Część dokumentu jest ucięta — odsuń aparat, aż wszystkie cztery rogi znajdą się w ramce',
        glare: 'Odblask na karcie — odchyl ją od światła',
        blurry: 'Za nieostre — nie ruszaj się i stuknij, aby ustawić ostrość',
        low_resolution: 'Za niska rozdzielczość — użyj aparatu lub większego zdjęcia',
        no_face: 'Nie widać twarzy w owalu — patrz prosto w aparat, z twarzą w owalu',
      },
      selfieGlare: 'Odblask na twarzy — odwróć się od światła',
      fileSelfieGlare: 'Odblask na twarzy — wybierz zdjęcie bez odblasków',
      selfieTooFar: 'Podejdź bliżej: twarz powinna wypełniać owal',
      fileSelfieTooFar: 'Twarz jest na tym zdjęciu za mała — wybierz takie, na którym zajmuje więcej miejsca',
      fileProblems: {
        dark: 'Za ciemne — wybierz jaśniejsze zdjęcie',
        bright: 'Prześwietlone: części obrazu zniknęły w bieli — wybierz inne zdjęcie',
        too_far: 'Dokument jest na tym zdjęciu za mały — wybierz takie, na którym zajmuje więcej miejsca',
        no_document: 'Na tym zdjęciu nie wykryto dokumentu — wybierz zdjęcie dokumentu',
        cut_off: 'Na tym zdjęciu część dokumentu jest ucięta — wybierz takie, na którym widać wszystkie cztery rogi',
        glare: 'Odblask zasłania część dokumentu — wybierz zdjęcie bez odblasków',
        blurry: 'Za bardzo rozmyte — wybierz ostrzejsze zdjęcie',
        low_resolution: 'Za niska rozdzielczość — wybierz większe zdjęcie',
        no_face: 'Na tym zdjęciu nie widać twarzy — wybierz zdjęcie swojej twarzy, patrzącej prosto w aparat',
      },
      selfieGood: 'Wygląda dobrze. Sprawdź, czy cała twarz jest ostra i dobrze widoczna.',
      mayBeRefused: 'To zdjęcie może zostać odrzucone:',
      chooseAnother: 'Wybierz inny plik',
      warning: 'To zdjęcie nadal ma wady i może zostać odrzucone. Użyj go tylko wtedy, gdy nie da się zrobić lepszego.',
      unchecked: 'Nie udało się sprawdzić tego zdjęcia na tym urządzeniu. Upewnij się, że jest ostre i czytelne.',
      use: 'Użyj tego zdjęcia',
      useAnyway: 'Użyj mimo to',
      retake: 'Zrób ponownie',
      holdStill: 'Nie ruszaj się',
      steady: 'Nie ruszaj się — robienie zdjęcia',
      torch: 'Światło',
      switchCamera: 'Zmień aparat',
    },
  },
  camera: {
    preview: 'Podgląd z aparatu',
    starting: 'Uruchamianie aparatu…',
    retry: 'Spróbuj ponownie uruchomić aparat',
    denied:
      'Dostęp do aparatu jest zablokowany. Możesz zamiast tego przesłać zdjęcie albo zezwolić na dostęp do aparatu w ustawieniach przeglądarki i spróbować ponownie.',
    notFound: 'Na tym urządzeniu nie znaleziono aparatu. Możesz zamiast tego przesłać zdjęcie.',
    inUse: 'Aparat jest używany przez inną aplikację. Zamknij ją i spróbuj ponownie albo prześlij zdjęcie.',
    failed: 'Nie udało się uruchomić aparatu. Spróbuj ponownie albo prześlij zdjęcie.',
    requiredDenied:
      'Ta weryfikacja wymaga zdjęcia zrobionego na żywo aparatem. Zezwól na dostęp do aparatu w ustawieniach przeglądarki, a potem spróbuj ponownie.',
    requiredNotFound:
      'Ta weryfikacja wymaga zdjęcia zrobionego na żywo aparatem, a nie znaleziono żadnego aparatu. Kontynuuj na urządzeniu z aparatem, na przykład na telefonie.',
    requiredInUse: 'Ta weryfikacja wymaga aparatu, ale używa go inna aplikacja. Zamknij ją, a potem spróbuj ponownie.',
    requiredFailed: 'Ta weryfikacja wymaga aparatu, ale nie udało się go uruchomić. Spróbuj ponownie albo kontynuuj na innym urządzeniu.',
  },
  idNumber: {
    heading: 'Twoje dane',
    intro: 'Wpisz je dokładnie tak, jak w oficjalnych dokumentach.',
    firstName: 'Imię',
    lastName: 'Nazwisko',
    dob: 'Data urodzenia',
    idNumber: 'Numer dokumentu',
    idNumberHint: 'Od 4 do 32 liter, cyfr, spacji lub łączników.',
    continue: 'Dalej',
    errors: {
      firstNameRequired: 'Wpisz imię.',
      lastNameRequired: 'Wpisz nazwisko.',
      dobRequired: 'Wpisz datę urodzenia.',
      dobInvalid: 'Wpisz prawdziwą datę urodzenia.',
      dobFuture: 'Data urodzenia musi być datą z przeszłości.',
      idNumberRequired: 'Wpisz numer dokumentu.',
      idNumberInvalid: 'Numer dokumentu musi mieć od 4 do 32 liter, cyfr, spacji lub łączników.',
    },
  },
  review: {
    heading: 'Sprawdź i wyślij',
    intro: 'Upewnij się, że każde zdjęcie jest ostre i czytelne.',
    sides: { front: 'Przód', back: 'Tył', selfie: 'Selfie' },
    imageAlt: { front: 'Przód dokumentu', back: 'Tył dokumentu', selfie: 'Twoje selfie' },
    retake: 'Zrób ponownie',
    retakeLabel: {
      front: 'Zrób ponownie zdjęcie przodu',
      back: 'Zrób ponownie zdjęcie tyłu',
      selfie: 'Zrób ponownie selfie',
    },
    detailsHeading: 'Twoje dane',
    name: 'Imię i nazwisko',
    dob: 'Data urodzenia',
    idNumber: 'Numer dokumentu',
    idNumberMasked: (lastFour: string) => `kończący się na ${lastFour}`,
    edit: 'Edytuj',
    editDetailsLabel: 'Edytuj swoje dane',
    uploading: 'Przesyłanie…',
    uploadingPercent: (percent: number) => `Przesyłanie… ${percent}%`,
    submitting: 'Wysyłanie…',
    submit: 'Wyślij',
  },
  dialog: {
    title: 'Potwierdź swoją tożsamość',
    close: 'Zamknij',
    testMode: 'Tryb testowy',
    testModeHint: 'Tryb testowy: nie jest wykonywana żadna prawdziwa weryfikacja.',
  },
  loading: {
    heading: 'Wczytywanie…',
  },
  processing: {
    heading: 'Sprawdzamy Twoje dane',
    body: 'Zwykle trwa to kilka sekund. Możesz zamknąć to okno: weryfikacja będzie trwała dalej.',
  },
  outcome: {
    verifiedHeading: 'Weryfikacja zakończona powodzeniem',
    verifiedBody: 'Dziękujemy. Twoja tożsamość została potwierdzona.',
    failedHeading: 'Sprawdzenie nie powiodło się',
    declinedHeading: 'Odmowa weryfikacji',
    declinedBody: 'Zdecydowano, że weryfikacja nie zostanie przeprowadzona. Możesz zacząć od nowa, kiedy zechcesz.',
    canceledHeading: 'Weryfikacja anulowana',
    canceledBody: 'Ta weryfikacja została anulowana i nie można jej już dokończyć.',
    tryAgain: 'Spróbuj ponownie',
    done: 'Gotowe',
    verifiedNext: 'Możesz zamknąć to okno i kontynuować.',
    canceledNext: 'Zamknij to okno. Jeśli nadal musisz potwierdzić tożsamość, rozpocznij nową weryfikację.',
    redo: {
      selfie: 'Przy kolejnej próbie wystarczy zrobić nowe selfie.',
      document: 'Przy kolejnej próbie wystarczą nowe zdjęcia dokumentu tożsamości.',
      'other-document': 'Przy kolejnej próbie wybierz inny dokument tożsamości i zrób jego zdjęcia.',
      'id-number': 'Przy kolejnej próbie wystarczy sprawdzić swoje dane.',
      everything: 'Przy kolejnej próbie przejdziesz ponownie przez wszystkie kroki.',
    },
  },
  lastErrors: {
    abandoned: 'Weryfikacja nie została zakończona na czas.',
    consent_declined: 'Nie wyrażono zgody na weryfikację.',
    country_not_supported: 'Nie można tu użyć dokumentów z tego kraju. Spróbuj z dokumentem z innego kraju.',
    device_not_supported: 'To urządzenie nie może zrobić zdjęć wymaganych w tej weryfikacji. Spróbuj na innym urządzeniu.',
    document_expired: 'Twój dokument stracił ważność. Spróbuj ponownie z ważnym dokumentem.',
    document_type_not_supported: 'Ten rodzaj dokumentu nie jest tu akceptowany. Spróbuj ponownie z jednym z akceptowanych dokumentów.',
    document_unverified_other:
      'Nie udało się zweryfikować dokumentu. Upewnij się, że cały dokument jest na zdjęciu, ostry i bez odblasków.',
    id_number_insufficient_document_data: 'Twój dokument nie zawiera wystarczających danych, aby sprawdzić numer dokumentu.',
    id_number_mismatch: 'Wpisane dane nie zgadzają się z rejestrami urzędowymi. Sprawdź je i spróbuj ponownie.',
    id_number_unverified_other: 'Nie udało się zweryfikować numeru dokumentu. Sprawdź go i spróbuj ponownie.',
    selfie_document_missing_photo:
      'W Twoim dokumencie nie ma zdjęcia twarzy, z którym można by porównać selfie. Spróbuj z dokumentem ze zdjęciem.',
    selfie_face_mismatch:
      'Twoje selfie nie pasuje do zdjęcia w dokumencie. Spróbuj ponownie w dobrym świetle, patrząc w aparat.',
    selfie_manipulated: 'Nie można zaakceptować Twojego selfie. Zrób nowe bezpośrednio aparatem.',
    selfie_unverified_other: 'Nie udało się zweryfikować selfie. Spróbuj ponownie w dobrym świetle, patrząc w aparat.',
    under_supported_age: 'Nie spełniasz wymogu wieku dla tej weryfikacji.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Coś poszło nie tak',
    retry: 'Spróbuj ponownie',
    close: 'Zamknij',
    codes: {
      client_secret_missing: 'Nie można rozpocząć tej weryfikacji. Zamknij to okno i spróbuj ponownie.',
      client_secret_malformed: 'Nie można rozpocząć tej weryfikacji. Zamknij to okno i spróbuj ponownie.',
      secret_invalid: 'Nie można rozpocząć tej weryfikacji. Zamknij to okno i spróbuj ponownie.',
      secret_expired: 'Ta weryfikacja wygasła. Zamknij to okno i zacznij od nowa.',
      secret_spent: 'Ta weryfikacja została już użyta. Zamknij to okno, aby rozpocząć nową.',
      resource_missing: 'Nie znaleziono tej weryfikacji. Zamknij to okno i spróbuj ponownie.',
      session_unexpected_state: 'Tej weryfikacji nie można już zmienić. Zamknij to okno.',
      session_redacted: 'Ta weryfikacja została zamknięta, a jej dane usunięte. Zamknij to okno.',
      network: 'Wygląda na to, że nie masz połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.',
      timeout: 'Połączenie jest teraz zbyt wolne. Spróbuj ponownie za chwilę.',
      rate_limited: 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.',
      file_type_unsupported: 'Usługa weryfikacji nie mogła użyć tego zdjęcia. Zrób je ponownie albo wybierz obraz JPEG, PNG lub WebP.',
      file_too_large: 'To zdjęcie jest za duże dla usługi weryfikacji. Zrób je ponownie albo wybierz zdjęcie mniejsze niż 10\u00a0MB.',
    },
    generic: 'Nie udało się połączyć z usługą weryfikacji. Spróbuj ponownie za chwilę.',
  },
  handoff: {
    offer: 'Kontynuuj na telefonie',
    scan: 'Zeskanuj ten kod aparatem telefonu albo otwórz link na telefonie: jego aparat robi ostrzejsze zdjęcia.',
    qrLabel: (url: string) => `Kod QR z linkiem ${url}`,
    linkLabel: 'Link dla telefonu',
    copy: 'Kopiuj link',
    copied: 'Link skopiowany',
    expires: (time: string) => `Ten kod działa raz, do ${time}.`,
    creating: 'Tworzenie kodu dla telefonu…',
    waiting: 'Czekanie na telefon…',
    opened: 'Otwarto na telefonie. Kontynuuj tam.',
    submitted: 'Zdjęcia wysłane — trwa sprawdzanie…',
    expired: 'Ten kod wygasł.',
    failed: 'Nie udało się utworzyć kodu dla telefonu. Spróbuj ponownie albo użyj tego komputera.',
    newCode: 'Utwórz nowy kod',
    useComputer: 'Użyj tego komputera',
    returnToComputer: 'Możesz teraz wrócić do komputera.',
    retryOnComputer: 'Aby spróbować ponownie, wróć do komputera: następna próba zaczyna się tam.',
    codes: {
      handoff_code_expired: 'Ten link wygasł. Utwórz nowy kod na komputerze.',
      handoff_code_claimed: 'Ten link został już użyty. Utwórz nowy kod na komputerze.',
      handoff_code_revoked: 'Ten link już nie działa. Utwórz nowy kod na komputerze.',
      handoff_code_invalid: 'Ten link jest nieprawidłowy. Utwórz nowy kod na komputerze.',
    },
  },
  // handoff and outcomes
  handoffOutcomes: {
    errorHeadings: {
      offline: 'Brak połączenia',
      busy: 'Za dużo prób',
      service: 'Usługa nie odpowiada',
      notStarted: 'Nie udało się rozpocząć tej weryfikacji',
      expired: 'Ta weryfikacja wygasła',
      used: 'Ta weryfikacja została już wykorzystana',
      ended: 'Ta weryfikacja została zakończona',
      linkExpired: 'Ten link wygasł',
      linkUsed: 'Ten link został już użyty',
      linkRevoked: 'Ten link już nie działa',
      linkInvalid: 'Ten link jest nieprawidłowy',
    },
    errorBodies: {
      notStarted: 'Strona, która ją rozpoczęła, może być nieaktualna.',
      expired: 'Weryfikacja pozostaje otwarta tylko przez ograniczony czas.',
      used: 'Każdą weryfikację można ukończyć tylko raz.',
      ended: 'Została ukończona, anulowana lub usunięta i nie można jej już zmienić.',
    },
    startAgain: {
      modal: 'Zamknij to okno, a potem rozpocznij nową weryfikację.',
      inline: 'Aby kontynuować, rozpocznij nową weryfikację na stronie, z której tu trafiasz.',
      phone: 'Aby kontynuować, wróć do komputera.',
    },
    verifiedNextInline: 'Możesz kontynuować.',
    canceledNextInline: 'Jeśli nadal musisz potwierdzić tożsamość, rozpocznij nową weryfikację.',
    processingBodyInline: 'Zwykle trwa to kilka sekund. Sprawdzanie trwa dalej, nawet jeśli opuścisz tę stronę.',
    continuing: (business: string) => `Kontynuujesz weryfikację dla ${business}, rozpoczętą na komputerze.`,
    continuingUnnamed: 'Kontynuujesz weryfikację rozpoczętą na komputerze.',
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG lub WebP, do 10\u00a0MB.',
    day: 'Dzień',
    month: 'Miesiąc',
    year: 'Rok',
    dateExample: (example: string) => `Na przykład: ${example}`,
    showCode: 'Pokaż kod ponownie',
    hideCode: 'Ukryj kod',
  },
} satisfies Translation;

export default pl;
