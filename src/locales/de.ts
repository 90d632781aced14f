import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// German, addressing the person formally (Sie). Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** „name“, the German quotation marks. */
const quoted = (fileName: string) => `„${fileName}“`;

/** “of your …” in the genitive for this file's document names; any other name follows a colon. */
const GENITIVE = new Map([
  ['Reisepass', 'Ihres Reisepasses'],
  ['Personalausweis', 'Ihres Personalausweises'],
  ['Führerschein', 'Ihres Führerscheins'],
  ['Dokument', 'Ihres Dokuments'],
]);
const side = (side: string, document: string) => {
  const genitive = GENITIVE.get(document);
  return genitive ? `${side} ${genitive}` : `${side}: ${document}`;
};

/** German strings. Document names are nouns, capitalised as German requires. */
const de = {
  documentTypeNames: {
    passport: 'Reisepass',
    id_card: 'Personalausweis',
    driving_license: 'Führerschein',
  },
  progress: {
    label: (current: number, total: number) => `Schritt ${current} von ${total}`,
    back: 'Zurück',
    keepPhoto: 'Bereits aufgenommenes Foto behalten',
  },
  leave: {
    heading: 'Verifizierung verlassen?',
    body: 'Ihre Fotos und Angaben werden gelöscht.',
    stay: 'Weitermachen',
    leave: 'Verlassen',
  },
  consent: {
    heading: 'Bevor Sie beginnen',
    intro: 'Um Ihre Identität zu bestätigen, bitten wir Sie um:',
    documentPhoto: 'Ein Foto Ihres Ausweisdokuments',
    selfie: 'Ein Selfie, das mit dem Foto auf Ihrem Dokument verglichen wird',
    idNumber: 'Ihren Namen, Ihr Geburtsdatum und Ihre Ausweisnummer',
    privacy: 'Ihre Angaben werden nur für diese Prüfung verwendet und über eine verschlüsselte Verbindung übertragen.',
    whyLabel: 'Warum ist das nötig?',
    whyText:
      'Die Prüfung eines amtlichen Dokuments schützt Sie und diesen Dienst vor Betrug und Identitätsmissbrauch. Manche Dienste sind außerdem gesetzlich verpflichtet, die Identität ihrer Kundinnen und Kunden zu bestätigen.',
    accept: 'Zustimmen und fortfahren',
    decline: 'Ablehnen',
    requestedBy: (business: string) => `${business} bittet Sie, Ihre Identität zu bestätigen.`,
    privacyPolicy: 'Datenschutzerklärung lesen',
    duration: (time: string) => `Das dauert etwa ${time}.`,
  },
  documentType: {
    heading: 'Wählen Sie Ihr Dokument',
    legend: 'Welches Dokument möchten Sie verwenden?',
    continue: 'Weiter',
    required: 'Wählen Sie das Dokument aus, das Sie verwenden möchten.',
  },
  capture: {
    headings: {
      front: (document: string) => side('Vorderseite', document),
      back: (document: string) => side('Rückseite', document),
      selfie: (_document: string) => 'Machen Sie ein Selfie',
    },
    genericDocument: 'Dokument',
    cameraInstructions: {
      document: 'Legen Sie Ihr Dokument bei gutem Licht in den Rahmen, sodass alle vier Ecken zu sehen sind.',
      selfie: 'Schauen Sie direkt in die Kamera und halten Sie Ihr Gesicht im Oval.',
    },
    uploadInstructions: 'Laden Sie ein scharfes Foto hoch.',
    capture: 'Foto aufnehmen',
    chooseFile: 'Foto auswählen',
    dropHint: 'oder ziehen Sie es hierher',
    useUpload: 'Stattdessen ein Foto hochladen',
    useCamera: 'Kamera verwenden',
    tipsLabel: 'Tipps für ein gutes Foto',
    tips: [
      'Wählen Sie einen hellen Ort und vermeiden Sie Spiegelungen auf dem Dokument.',
      'Halten Sie das ganze Dokument flach und scharf im Rahmen.',
      'Verdecken Sie keinen Teil davon mit Ihren Fingern.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} ist kein Foto, das wir verwenden können. Wählen Sie ein JPEG-, PNG- oder WebP-Bild.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} ist ${megabytes.replace('.', ',')}\u00a0MB groß, mehr als die Grenze von 10\u00a0MB. Wählen Sie ein kleineres Foto.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} ist leer. Wählen Sie ein anderes Foto.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} ist ein HEIC-Foto und kann nicht verwendet werden. Wählen Sie ein JPEG-, PNG- oder WebP-Bild, oder verwenden Sie die Kamera.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} ist animiert. Wählen Sie ein unbewegtes Foto.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} ist beschädigt oder unvollständig. Wählen Sie ein anderes Foto.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} hat mehr als 50\u00a0Megapixel. Wählen Sie ein kleineres Foto.`,
    fileNotPrepared: (fileName: string) =>
      `${quoted(fileName)} konnte auf diesem Gerät nicht zum Senden vorbereitet werden. Versuchen Sie es erneut, oder verwenden Sie die Kamera.`,
    passportHeading: 'Fotoseite Ihres Reisepasses',
    check: {
      checking: 'Foto wird geprüft …',
      imageAlt: 'Das aufgenommene oder gewählte Foto',
      good: 'Sieht gut aus. Prüfen Sie, ob der ganze Text scharf und lesbar ist.',
      refused: 'Dieses Foto kann noch nicht verwendet werden:',
      problems: {
        dark: 'Zu dunkel – suchen Sie einen helleren Ort',
        bright: 'Zu hell – gehen Sie aus dem direkten Licht',
        too_far: 'Gehen Sie näher heran: Das Dokument füllt zu wenig vom Bild',
        no_document: 'Kein Dokument erkannt – legen Sie das ganze Dokument in den Rahmen',
        cut_off: 'Ein Teil des Dokuments ist abgeschnitten – gehen Sie zurück, bis alle vier Ecken im Rahmen sind',
        glare: 'Spiegelung auf der Karte – neigen Sie sie vom Licht weg',
        blurry: 'Zu unscharf – halten Sie still und tippen Sie zum Scharfstellen',
        low_resolution: 'Auflösung zu niedrig – verwenden Sie die Kamera oder ein größeres Foto',
        no_face: 'Im Oval ist kein Gesicht zu sehen – schauen Sie direkt in die Kamera, Ihr Gesicht im Oval',
      },
      selfieGlare: 'Spiegelung auf Ihrem Gesicht – drehen Sie sich vom Licht weg',
      fileSelfieGlare: 'Spiegelung auf Ihrem Gesicht – wählen Sie ein Foto ohne Spiegelungen',
      selfieTooFar: 'Gehen Sie näher heran: Ihr Gesicht sollte das Oval ausfüllen',
      fileSelfieTooFar: 'Ihr Gesicht ist auf diesem Foto zu klein – wählen Sie eines, auf dem es mehr vom Bild ausfüllt',
      fileProblems: {
        dark: 'Zu dunkel – wählen Sie ein helleres Foto',
        bright: 'Überbelichtet: Teile des Bildes sind weiß ausgefressen – wählen Sie ein anderes Foto',
        too_far: 'Das Dokument ist auf diesem Foto zu klein – wählen Sie eines, auf dem es mehr vom Bild ausfüllt',
        no_document: 'Auf diesem Foto ist kein Dokument zu erkennen – wählen Sie ein Foto des Dokuments',
        cut_off: 'Auf diesem Foto ist ein Teil des Dokuments abgeschnitten – wählen Sie eines, auf dem alle vier Ecken zu sehen sind',
        glare: 'Eine Spiegelung verdeckt einen Teil des Dokuments – wählen Sie ein Foto ohne Spiegelungen',
        blurry: 'Zu unscharf – wählen Sie ein schärferes Foto',
        low_resolution: 'Auflösung zu gering – wählen Sie ein größeres Foto',
        no_face: 'Auf diesem Foto ist kein Gesicht zu sehen – wählen Sie ein Foto Ihres Gesichts, direkt in die Kamera blickend',
      },
      selfieGood: 'Sieht gut aus. Prüfen Sie, ob Ihr ganzes Gesicht scharf und gut zu sehen ist.',
      mayBeRefused: 'Dieses Foto wird möglicherweise abgelehnt:',
      chooseAnother: 'Andere Datei wählen',
      warning: 'Dieses Foto hat noch Mängel und wird womöglich abgelehnt. Verwenden Sie es nur, wenn Sie kein besseres aufnehmen können.',
      unchecked: 'Dieses Foto konnte auf diesem Gerät nicht geprüft werden. Achten Sie darauf, dass es scharf und lesbar ist.',
      use: 'Dieses Foto verwenden',
      useAnyway: 'Dieses Foto trotzdem verwenden',
      retake: 'Neu aufnehmen',
      holdStill: 'Halten Sie still',
      steady: 'Halten Sie still – Foto wird aufgenommen',
      torch: 'Licht',
      switchCamera: 'Kamera wechseln',
    },
  },
  camera: {
    preview: 'Kameravorschau',
    starting: 'Kamera wird gestartet…',
    retry: 'Kamera erneut versuchen',
    denied:
      'Der Zugriff auf die Kamera ist blockiert. Sie können stattdessen ein Foto hochladen oder die Kamera in den Einstellungen Ihres Browsers erlauben und es erneut versuchen.',
    notFound: 'Auf diesem Gerät wurde keine Kamera gefunden. Sie können stattdessen ein Foto hochladen.',
    inUse: 'Ihre Kamera wird von einer anderen App verwendet. Schließen Sie diese App und versuchen Sie es erneut, oder laden Sie stattdessen ein Foto hoch.',
    failed: 'Die Kamera konnte nicht gestartet werden. Versuchen Sie es erneut, oder laden Sie stattdessen ein Foto hoch.',
    requiredDenied:
      'Für diese Verifizierung ist ein Live-Foto mit Ihrer Kamera nötig. Erlauben Sie den Kamerazugriff in den Einstellungen Ihres Browsers und versuchen Sie es dann erneut.',
    requiredNotFound:
      'Für diese Verifizierung ist ein Live-Foto mit einer Kamera nötig, es wurde aber keine gefunden. Fahren Sie auf einem Gerät mit Kamera fort, zum Beispiel auf Ihrem Smartphone.',
    requiredInUse:
      'Für diese Verifizierung wird Ihre Kamera benötigt, sie wird aber von einer anderen App verwendet. Schließen Sie diese App und versuchen Sie es dann erneut.',
    requiredFailed:
      'Für diese Verifizierung wird Ihre Kamera benötigt, sie konnte aber nicht gestartet werden. Versuchen Sie es erneut, oder fahren Sie auf einem anderen Gerät fort.',
  },
  idNumber: {
    heading: 'Ihre Angaben',
    intro: 'Geben Sie sie genau so ein, wie sie in Ihren amtlichen Dokumenten stehen.',
    firstName: 'Vorname',
    lastName: 'Nachname',
    dob: 'Geburtsdatum',
    idNumber: 'Ausweisnummer',
    idNumberHint: '4 bis 32 Buchstaben, Ziffern, Leerzeichen oder Bindestriche.',
    continue: 'Weiter',
    errors: {
      firstNameRequired: 'Geben Sie Ihren Vornamen ein.',
      lastNameRequired: 'Geben Sie Ihren Nachnamen ein.',
      dobRequired: 'Geben Sie Ihr Geburtsdatum ein.',
      dobInvalid: 'Geben Sie ein gültiges Geburtsdatum ein.',
      dobFuture: 'Ihr Geburtsdatum muss in der Vergangenheit liegen.',
      idNumberRequired: 'Geben Sie Ihre Ausweisnummer ein.',
      idNumberInvalid: 'Ihre Ausweisnummer muss aus 4 bis 32 Buchstaben, Ziffern, Leerzeichen oder Bindestrichen bestehen.',
    },
  },
  review: {
    heading: 'Prüfen und absenden',
    intro: 'Achten Sie darauf, dass jedes Foto scharf und gut lesbar ist.',
    sides: { front: 'Vorderseite', back: 'Rückseite', selfie: 'Selfie' },
    imageAlt: { front: 'Vorderseite Ihres Dokuments', back: 'Rückseite Ihres Dokuments', selfie: 'Ihr Selfie' },
    retake: 'Neu aufnehmen',
    retakeLabel: {
      front: 'Foto der Vorderseite neu aufnehmen',
      back: 'Foto der Rückseite neu aufnehmen',
      selfie: 'Selfie neu aufnehmen',
    },
    detailsHeading: 'Ihre Angaben',
    name: 'Name',
    dob: 'Geburtsdatum',
    idNumber: 'Ausweisnummer',
    idNumberMasked: (lastFour: string) => `endet auf ${lastFour}`,
    edit: 'Bearbeiten',
    editDetailsLabel: 'Ihre Angaben bearbeiten',
    uploading: 'Wird hochgeladen…',
    uploadingPercent: (percent: number) => `Wird hochgeladen… ${percent}\u00a0%`,
    submitting: 'Wird gesendet…',
    submit: 'Absenden',
  },
  dialog: {
    title: 'Ihre Identität verifizieren',
    close: 'Schließen',
    testMode: 'Testmodus',
    testModeHint: 'Testmodus: Es findet keine echte Prüfung statt.',
  },
  loading: {
    heading: 'Wird geladen…',
  },
  processing: {
    heading: 'Ihre Angaben werden geprüft',
    body: 'Das dauert meist nur wenige Sekunden. Sie können dieses Fenster schließen: Die Prüfung läuft weiter.',
  },
  outcome: {
    verifiedHeading: 'Sie sind verifiziert',
    verifiedBody: 'Vielen Dank. Ihre Identität wurde bestätigt.',
    failedHeading: 'Die Prüfung ist nicht durchgegangen',
    declinedHeading: 'Verifizierung abgelehnt',
    declinedBody: 'Sie haben sich gegen die Verifizierung entschieden. Sie können jederzeit neu beginnen, wenn Sie bereit sind.',
    canceledHeading: 'Verifizierung abgebrochen',
    canceledBody: 'Diese Verifizierung wurde abgebrochen und kann nicht mehr abgeschlossen werden.',
    tryAgain: 'Erneut versuchen',
    done: 'Fertig',
    verifiedNext: 'Sie können dieses Fenster schließen und fortfahren.',
    canceledNext: 'Schließen Sie dieses Fenster. Wenn Sie Ihre Identität noch bestätigen müssen, starten Sie eine neue Verifizierung.',
    redo: {
      selfie: 'Beim erneuten Versuch müssen Sie nur ein neues Selfie aufnehmen.',
      document: 'Beim erneuten Versuch brauchen Sie nur neue Fotos Ihres Ausweisdokuments.',
      'other-document': 'Wählen Sie beim erneuten Versuch ein anderes Ausweisdokument und fotografieren Sie es.',
      'id-number': 'Beim erneuten Versuch müssen Sie nur Ihre Angaben prüfen.',
      everything: 'Beim erneuten Versuch gehen Sie alle Schritte noch einmal durch.',
    },
  },
  lastErrors: {
    abandoned: 'Die Verifizierung wurde nicht rechtzeitig abgeschlossen.',
    consent_declined: 'Sie haben sich gegen die Verifizierung entschieden.',
    country_not_supported:
      'Dokumente aus diesem Land können hier nicht verwendet werden. Versuchen Sie es mit einem Dokument aus einem anderen Land.',
    device_not_supported:
      'Mit diesem Gerät können die für diese Verifizierung nötigen Fotos nicht aufgenommen werden. Versuchen Sie es mit einem anderen Gerät.',
    document_expired: 'Ihr Dokument ist abgelaufen. Versuchen Sie es erneut mit einem gültigen Dokument.',
    document_type_not_supported:
      'Diese Art von Dokument wird hier nicht akzeptiert. Versuchen Sie es erneut mit einem der akzeptierten Dokumente.',
    document_unverified_other:
      'Wir konnten Ihr Dokument nicht verifizieren. Achten Sie darauf, dass das ganze Dokument scharf und ohne Spiegelungen auf dem Foto ist.',
    id_number_insufficient_document_data: 'Ihr Dokument enthält nicht genug Angaben, um Ihre Ausweisnummer zu prüfen.',
    id_number_mismatch: 'Ihre Angaben stimmen nicht mit den amtlichen Registern überein. Prüfen Sie sie und versuchen Sie es erneut.',
    id_number_unverified_other: 'Wir konnten Ihre Ausweisnummer nicht verifizieren. Prüfen Sie sie und versuchen Sie es erneut.',
    selfie_document_missing_photo:
      'Ihr Dokument enthält kein Foto Ihres Gesichts zum Vergleich. Versuchen Sie es mit einem Dokument mit Foto.',
    selfie_face_mismatch:
      'Ihr Selfie stimmt nicht mit dem Foto auf Ihrem Dokument überein. Versuchen Sie es erneut bei gutem Licht und mit Blick in die Kamera.',
    selfie_manipulated: 'Ihr Selfie konnte nicht akzeptiert werden. Nehmen Sie direkt mit Ihrer Kamera ein neues auf.',
    selfie_unverified_other:
      'Wir konnten Ihr Selfie nicht verifizieren. Versuchen Sie es erneut bei gutem Licht und mit Blick in die Kamera.',
    under_supported_age: 'Für eine Verifizierung hier müssen Sie älter sein.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Etwas ist schiefgelaufen',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    codes: {
      client_secret_missing: 'Diese Verifizierung konnte nicht gestartet werden. Schließen Sie dieses Fenster und versuchen Sie es erneut.',
      client_secret_malformed: 'Diese Verifizierung konnte nicht gestartet werden. Schließen Sie dieses Fenster und versuchen Sie es erneut.',
      secret_invalid: 'Diese Verifizierung konnte nicht gestartet werden. Schließen Sie dieses Fenster und versuchen Sie es erneut.',
      secret_expired: 'Diese Verifizierung ist abgelaufen. Schließen Sie dieses Fenster und beginnen Sie neu.',
      secret_spent: 'Diese Verifizierung wurde bereits verwendet. Schließen Sie dieses Fenster, um eine neue zu beginnen.',
      resource_missing: 'Diese Verifizierung wurde nicht gefunden. Schließen Sie dieses Fenster und versuchen Sie es erneut.',
      session_unexpected_state: 'Diese Verifizierung kann nicht mehr geändert werden. Schließen Sie dieses Fenster.',
      session_redacted: 'Diese Verifizierung wurde geschlossen und ihre Daten wurden gelöscht. Schließen Sie dieses Fenster.',
      network: 'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      timeout: 'Die Verbindung ist gerade zu langsam. Versuchen Sie es gleich noch einmal.',
      rate_limited: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
      file_type_unsupported: 'Der Verifizierungsdienst kann dieses Foto nicht verwenden. Nehmen Sie es neu auf, oder wählen Sie ein JPEG-, PNG- oder WebP-Bild.',
      file_too_large: 'Dieses Foto ist für den Verifizierungsdienst zu groß. Nehmen Sie es neu auf, oder wählen Sie ein Foto unter 10\u00a0MB.',
    },
    generic: 'Der Verifizierungsdienst ist nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  },
  handoff: {
    offer: 'Auf dem Smartphone fortfahren',
    scan: 'Scannen Sie diesen Code mit der Kamera Ihres Smartphones oder öffnen Sie den Link dort: Die Kamera macht schärfere Fotos.',
    qrLabel: (url: string) => `QR-Code des Links ${url}`,
    linkLabel: 'Link für Ihr Smartphone',
    copy: 'Link kopieren',
    copied: 'Link kopiert',
    expires: (time: string) => `Dieser Code gilt einmal, bis ${time} Uhr.`,
    creating: 'Code für Ihr Smartphone wird erstellt…',
    waiting: 'Warten auf Ihr Smartphone…',
    opened: 'Auf dem Smartphone geöffnet. Fahren Sie dort fort.',
    submitted: 'Fotos gesendet – wird geprüft…',
    expired: 'Dieser Code ist abgelaufen.',
    failed: 'Der Code für Ihr Smartphone konnte nicht erstellt werden. Versuchen Sie es erneut oder nutzen Sie diesen Computer.',
    newCode: 'Neuen Code erstellen',
    useComputer: 'Stattdessen diesen Computer nutzen',
    returnToComputer: 'Sie können jetzt zu Ihrem Computer zurückkehren.',
    retryOnComputer: 'Um es erneut zu versuchen, kehren Sie zu Ihrem Computer zurück: Der nächste Versuch beginnt dort.',
    codes: {
      handoff_code_expired: 'Dieser Link ist abgelaufen. Erstellen Sie auf Ihrem Computer einen neuen Code.',
      handoff_code_claimed: 'Dieser Link wurde bereits verwendet. Erstellen Sie auf Ihrem Computer einen neuen Code.',
      handoff_code_revoked: 'Dieser Link funktioniert nicht mehr. Erstellen Sie auf Ihrem Computer einen neuen Code.',
      handoff_code_invalid: 'Dieser Link ist ungültig. Erstellen Sie auf Ihrem Computer einen neuen Code.',
    },
  },
  // handoff and outcomes
  handoffOutcomes: {
    errorHeadings: {
      offline: 'Keine Verbindung',
      busy: 'Zu viele Versuche',
      service: 'Der Dienst antwortet nicht',
      notStarted: 'Diese Verifizierung konnte nicht gestartet werden',
      expired: 'Diese Verifizierung ist abgelaufen',
      used: 'Diese Verifizierung wurde bereits verwendet',
      ended: 'Diese Verifizierung ist beendet',
      linkExpired: 'Dieser Link ist abgelaufen',
      linkUsed: 'Dieser Link wurde bereits verwendet',
      linkRevoked: 'Dieser Link funktioniert nicht mehr',
      linkInvalid: 'Dieser Link ist ungültig',
    },
    errorBodies: {
      notStarted: 'Die Seite, die sie gestartet hat, ist möglicherweise veraltet.',
      expired: 'Eine Verifizierung bleibt nur begrenzte Zeit offen.',
      used: 'Jede Verifizierung kann nur einmal abgeschlossen werden.',
      ended: 'Sie wurde abgeschlossen, abgebrochen oder gelöscht und kann nicht mehr geändert werden.',
    },
    startAgain: {
      modal: 'Schließen Sie dieses Fenster und starten Sie dann eine neue Verifizierung.',
      inline: 'Um fortzufahren, starten Sie eine neue Verifizierung auf der Seite, von der Sie gekommen sind.',
      phone: 'Um fortzufahren, kehren Sie zu Ihrem Computer zurück.',
    },
    verifiedNextInline: 'Sie können fortfahren.',
    canceledNextInline: 'Wenn Sie Ihre Identität noch verifizieren müssen, starten Sie eine neue Verifizierung.',
    processingBodyInline: 'Das dauert meist nur wenige Sekunden. Die Prüfung läuft weiter, auch wenn Sie diese Seite verlassen.',
    continuing: (business: string) => `Sie setzen Ihre Verifizierung für ${business} fort, die Sie auf Ihrem Computer begonnen haben.`,
    continuingUnnamed: 'Sie setzen die Verifizierung fort, die Sie auf Ihrem Computer begonnen haben.',
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG oder WebP, bis 10\u00a0MB.',
    day: 'Tag',
    month: 'Monat',
    year: 'Jahr',
    dateExample: (example: string) => `Zum Beispiel: ${example}`,
    showCode: 'Code wieder anzeigen',
    hideCode: 'Code ausblenden',
  },
} satisfies Translation;

export default de;
