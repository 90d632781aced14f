import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// Italian, addressing the person formally (Lei). Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** «name», the Italian quotation marks. */
const quoted = (fileName: string) => `«${fileName}»`;

/** “of your …” for this file's document names, by gender; any other name follows a colon. */
const OF_YOUR = new Map([
  ['passaporto', 'del suo passaporto'],
  ['carta d’identità', 'della sua carta d’identità'],
  ['patente di guida', 'della sua patente di guida'],
  ['documento', 'del suo documento'],
]);
const side = (side: string, document: string) => {
  const ofYour = OF_YOUR.get(document);
  return ofYour ? `${side} ${ofYour}` : `${side}: ${document}`;
};

/** Italian strings. */
const it = {
  documentTypeNames: {
    passport: 'passaporto',
    id_card: 'carta d’identità',
    driving_license: 'patente di guida',
  },
  progress: {
    label: (current: number, total: number) => `Passaggio ${current} di ${total}`,
    back: 'Indietro',
    keepPhoto: 'Tieni la foto già scattata',
  },
  leave: {
    heading: 'Uscire dalla verifica?',
    body: 'Le sue foto e i suoi dati verranno eliminati.',
    stay: 'Continua',
    leave: 'Esci',
  },
  consent: {
    heading: 'Prima di iniziare',
    intro: 'Per confermare che Lei è chi dichiara di essere, Le chiederemo:',
    documentPhoto: 'Una foto del suo documento d’identità',
    selfie: 'Un selfie, da confrontare con la foto del suo documento',
    idNumber: 'Nome, data di nascita e numero del documento',
    privacy: 'I suoi dati sono usati solo per questa verifica e inviati tramite una connessione cifrata.',
    whyLabel: 'Perché è necessario?',
    whyText:
      'Il controllo di un documento ufficiale protegge Lei e questo servizio da frodi e furti d’identità. Inoltre, alcuni servizi sono obbligati per legge a confermare l’identità dei propri clienti.',
    accept: 'Accetta e continua',
    decline: 'Rifiuta',
    requestedBy: (business: string) => `${business} le chiede di verificare la sua identità.`,
    privacyPolicy: 'Leggi l’informativa sulla privacy',
    duration: (time: string) => `Durata: circa ${time}.`,
  },
  documentType: {
    heading: 'Scelga il documento',
    legend: 'Quale documento userà?',
    continue: 'Continua',
    required: 'Scelga il documento che userà.',
  },
  capture: {
    headings: {
      front: (document: string) => side('Fronte', document),
      back: (document: string) => side('Retro', document),
      selfie: (_document: string) => 'Si scatti un selfie',
    },
    genericDocument: 'documento',
    cameraInstructions: {
      document: 'Posizioni il documento all’interno della cornice, con una buona luce e con tutti e quattro gli angoli visibili.',
      selfie: 'Guardi dritto verso la fotocamera e tenga il viso all’interno dell’ovale.',
    },
    uploadInstructions: 'Carichi una foto nitida.',
    capture: 'Scatta la foto',
    chooseFile: 'Scegli una foto',
    dropHint: 'oppure trascinala qui',
    useUpload: 'Carica invece una foto',
    useCamera: 'Usa la fotocamera',
    tipsLabel: 'Consigli per una buona foto',
    tips: [
      'Scelga un luogo ben illuminato ed eviti i riflessi sul documento.',
      'Tenga tutto il documento nella cornice, appoggiato in piano e a fuoco.',
      'Non copra nessuna parte del documento con le dita.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} non è una foto che possiamo usare. Scelga un’immagine JPEG, PNG o WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} pesa ${megabytes.replace('.', ',')}\u00a0MB e supera il limite di 10\u00a0MB. Scelga una foto più leggera.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} è vuoto. Scelga un’altra foto.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} è una foto HEIC, che non si può usare. Scelga un’immagine JPEG, PNG o WebP, oppure usi la fotocamera.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} è un’immagine animata. Scelga una foto statica.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} è danneggiato o incompleto. Scelga un’altra foto.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} supera i 50\u00a0megapixel. Scelga una foto più piccola.`,
    fileNotPrepared: (fileName: string) =>
      `Non è stato possibile preparare ${quoted(fileName)} per l’invio su questo dispositivo. Riprovi, oppure usi la fotocamera.`,
    passportHeading: 'Pagina con la foto del suo passaporto',
    check: {
      checking: 'Controllo della foto…',
      imageAlt: 'La foto scattata o scelta',
      good: 'Va bene. Controlli che tutto il testo sia nitido e leggibile.',
      refused: 'Questa foto non può ancora essere usata:',
      problems: {
        dark: 'Troppo scura: si sposti in un luogo più luminoso',
        bright: 'Troppo chiara: si allontani dalla luce diretta',
        too_far: 'Si avvicini: il documento occupa troppo poco dell’inquadratura',
        no_document: 'Nessun documento rilevato: inquadri tutto il documento nella cornice',
        cut_off: 'Parte del documento è tagliata: si allontani finché tutti e quattro gli angoli sono nella cornice',
        glare: 'Riflesso sulla carta: la inclini lontano dalla luce',
        blurry: 'Troppo sfocata: stia fermo e tocchi per mettere a fuoco',
        low_resolution: 'Risoluzione troppo bassa: usi la fotocamera o una foto più grande',
        no_face: 'Non vediamo un viso nell’ovale: guardi dritto verso la fotocamera, con il viso nell’ovale',
      },
      selfieGlare: 'Riflesso sul viso: si giri lontano dalla luce',
      fileSelfieGlare: 'Riflesso sul viso: scelga una foto senza riflessi',
      selfieTooFar: 'Si avvicini: il viso deve riempire l’ovale',
      fileSelfieTooFar: 'In questa foto il viso è troppo piccolo: ne scelga una in cui occupi più spazio',
      fileProblems: {
        dark: 'Troppo scura: scelga una foto più luminosa',
        bright: 'Sovraesposta: parti dell’immagine sono bruciate nel bianco; scelga un’altra foto',
        too_far: 'In questa foto il documento è troppo piccolo: ne scelga una in cui occupi più spazio',
        no_document: 'Nessun documento rilevato in questa foto: scelga una foto del documento',
        cut_off: 'In questa foto parte del documento è tagliata: ne scelga una in cui si vedono tutti e quattro gli angoli',
        glare: 'Un riflesso nasconde parte del documento: scelga una foto senza riflessi',
        blurry: 'Troppo sfocata: scelga una foto più nitida',
        low_resolution: 'Risoluzione troppo bassa: scelga una foto più grande',
        no_face: 'Non vediamo un viso in questa foto: ne scelga una del suo viso, con lo sguardo verso la fotocamera',
      },
      selfieGood: 'Sembra a posto. Controlli che tutto il viso sia nitido e ben visibile.',
      mayBeRefused: 'Questa foto potrebbe essere rifiutata:',
      chooseAnother: 'Scegli un altro file',
      warning: 'Questa foto ha ancora dei problemi e potrebbe essere rifiutata. La usi solo se non può scattarne una migliore.',
      unchecked: 'Non è stato possibile controllare questa foto su questo dispositivo. Si assicuri che sia nitida e leggibile.',
      use: 'Usa questa foto',
      useAnyway: 'Usa comunque questa foto',
      retake: 'Rifai',
      holdStill: 'Stia fermo',
      steady: 'Stia fermo: scatto della foto',
      torch: 'Luce',
      switchCamera: 'Cambia fotocamera',
    },
  },
  camera: {
    preview: 'Anteprima della fotocamera',
    starting: 'Avvio della fotocamera…',
    retry: 'Riprova con la fotocamera',
    denied:
      'L’accesso alla fotocamera è bloccato. Può caricare invece una foto, oppure consentire la fotocamera nelle impostazioni del browser e riprovare.',
    notFound: 'Su questo dispositivo non è stata trovata nessuna fotocamera. Può caricare invece una foto.',
    inUse: 'La fotocamera è usata da un’altra app. Chiuda quell’app e riprovi, oppure carichi invece una foto.',
    failed: 'Non è stato possibile avviare la fotocamera. Riprovi, oppure carichi invece una foto.',
    requiredDenied:
      'Questa verifica richiede una foto scattata dal vivo con la fotocamera. Consenta l’accesso alla fotocamera nelle impostazioni del browser, poi riprovi.',
    requiredNotFound:
      'Questa verifica richiede una foto scattata dal vivo con una fotocamera, ma non ne è stata trovata nessuna. Continui su un dispositivo con fotocamera, ad esempio il suo telefono.',
    requiredInUse: 'Questa verifica richiede la fotocamera, ma un’altra app la sta usando. Chiuda quell’app, poi riprovi.',
    requiredFailed:
      'Questa verifica richiede la fotocamera, ma non è stato possibile avviarla. Riprovi, oppure continui su un altro dispositivo.',
  },
  idNumber: {
    heading: 'I suoi dati',
    intro: 'Li inserisca esattamente come compaiono sui suoi documenti ufficiali.',
    firstName: 'Nome',
    lastName: 'Cognome',
    dob: 'Data di nascita',
    idNumber: 'Numero del documento',
    idNumberHint: 'Da 4 a 32 lettere, cifre, spazi o trattini.',
    continue: 'Continua',
    errors: {
      firstNameRequired: 'Inserisca il nome.',
      lastNameRequired: 'Inserisca il cognome.',
      dobRequired: 'Inserisca la data di nascita.',
      dobInvalid: 'Inserisca una data di nascita esistente.',
      dobFuture: 'La data di nascita deve essere nel passato.',
      idNumberRequired: 'Inserisca il numero del documento.',
      idNumberInvalid: 'Il numero del documento deve avere da 4 a 32 lettere, cifre, spazi o trattini.',
    },
  },
  review: {
    heading: 'Controlla e invia',
    intro: 'Si assicuri che ogni foto sia nitida e ben leggibile.',
    sides: { front: 'Fronte', back: 'Retro', selfie: 'Selfie' },
    imageAlt: { front: 'Fronte del suo documento', back: 'Retro del suo documento', selfie: 'Il suo selfie' },
    retake: 'Rifai',
    retakeLabel: { front: 'Rifai la foto del fronte', back: 'Rifai la foto del retro', selfie: 'Rifai il selfie' },
    detailsHeading: 'I suoi dati',
    name: 'Nome',
    dob: 'Data di nascita',
    idNumber: 'Numero del documento',
    idNumberMasked: (lastFour: string) => `che termina con ${lastFour}`,
    edit: 'Modifica',
    editDetailsLabel: 'Modifica i suoi dati',
    uploading: 'Caricamento…',
    uploadingPercent: (percent: number) => `Caricamento… ${percent}%`,
    submitting: 'Invio in corso…',
    submit: 'Invia',
  },
  dialog: {
    title: 'Verifichi la sua identità',
    close: 'Chiudi',
    testMode: 'Modalità di prova',
    testModeHint: 'Modalità di prova: non viene effettuata alcuna verifica reale.',
  },
  loading: {
    heading: 'Caricamento…',
  },
  processing: {
    heading: 'Stiamo controllando i suoi dati',
    body: 'Di solito bastano pochi secondi. Può chiudere questa finestra: la verifica prosegue.',
  },
  outcome: {
    verifiedHeading: 'La sua identità è verificata',
    verifiedBody: 'Grazie. La sua identità è stata confermata.',
    failedHeading: 'Il controllo non è andato a buon fine',
    declinedHeading: 'Verifica rifiutata',
    declinedBody: 'Ha scelto di non farsi verificare. Può ricominciare quando vuole.',
    canceledHeading: 'Verifica annullata',
    canceledBody: 'Questa verifica è stata annullata e non può più essere completata.',
    tryAgain: 'Riprova',
    done: 'Fine',
    verifiedNext: 'Può chiudere questa finestra e continuare.',
    canceledNext: 'Chiuda questa finestra. Se deve ancora verificare la sua identità, avvii una nuova verifica.',
    redo: {
      selfie: 'Riprovando, dovrà solo scattare un nuovo selfie.',
      document: 'Riprovando, serviranno solo nuove foto del suo documento.',
      'other-document': 'Riprovando, scelga un altro documento e lo fotografi.',
      'id-number': 'Riprovando, dovrà solo controllare i suoi dati.',
      everything: 'Riprovando, ripeterà ogni passaggio.',
    },
  },
  lastErrors: {
    abandoned: 'La verifica non è stata completata in tempo.',
    consent_declined: 'Ha scelto di non farsi verificare.',
    country_not_supported: 'Qui non si possono usare documenti di questo paese. Provi con un documento di un altro paese.',
    device_not_supported: 'Questo dispositivo non può scattare le foto richieste da questa verifica. Provi con un altro dispositivo.',
    document_expired: 'Il suo documento è scaduto. Riprovi con un documento ancora valido.',
    document_type_not_supported: 'Questo tipo di documento non è accettato qui. Riprovi con uno dei documenti accettati.',
    document_unverified_other:
      'Non siamo riusciti a verificare il suo documento. Si assicuri che il documento sia tutto nella foto, nitido e senza riflessi.',
    id_number_insufficient_document_data:
      'Il suo documento non riporta abbastanza informazioni per controllare il numero del documento.',
    id_number_mismatch: 'I dati inseriti non corrispondono ai registri ufficiali. Li controlli e riprovi.',
    id_number_unverified_other: 'Non siamo riusciti a verificare il numero del documento. Lo controlli e riprovi.',
    selfie_document_missing_photo:
      'Il suo documento non ha una foto del viso con cui fare il confronto. Provi con un documento con foto.',
    selfie_face_mismatch:
      'Il selfie non corrisponde alla foto del suo documento. Riprovi con una buona luce, guardando verso la fotocamera.',
    selfie_manipulated: 'Non è stato possibile accettare il selfie. Ne scatti uno nuovo direttamente con la fotocamera.',
    selfie_unverified_other: 'Non siamo riusciti a verificare il selfie. Riprovi con una buona luce, guardando verso la fotocamera.',
    under_supported_age: 'Non ha l’età richiesta per questa verifica.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Si è verificato un problema',
    retry: 'Riprova',
    close: 'Chiudi',
    codes: {
      client_secret_missing: 'Non è stato possibile avviare questa verifica. Chiuda questa finestra e riprovi.',
      client_secret_malformed: 'Non è stato possibile avviare questa verifica. Chiuda questa finestra e riprovi.',
      secret_invalid: 'Non è stato possibile avviare questa verifica. Chiuda questa finestra e riprovi.',
      secret_expired: 'Questa verifica è scaduta. Chiuda questa finestra e ricominci.',
      secret_spent: 'Questa verifica è già stata usata. Chiuda questa finestra per avviarne una nuova.',
      resource_missing: 'Questa verifica non è stata trovata. Chiuda questa finestra e riprovi.',
      session_unexpected_state: 'Questa verifica non può più essere modificata. Chiuda questa finestra.',
      session_redacted: 'Questa verifica è stata chiusa e i suoi dati eliminati. Chiuda questa finestra.',
      network: 'Sembra che la connessione a Internet non sia attiva. La controlli e riprovi.',
      timeout: 'La connessione è troppo lenta in questo momento. Riprovi tra poco.',
      rate_limited: 'Troppi tentativi. Attenda un momento, poi riprovi.',
      file_type_unsupported: 'Il servizio di verifica non ha potuto usare questa foto. La rifaccia, oppure scelga un’immagine JPEG, PNG o WebP.',
      file_too_large: 'Questa foto è troppo grande per il servizio di verifica. La rifaccia, oppure scelga una foto sotto i 10\u00a0MB.',
    },
    generic: 'Non è stato possibile raggiungere il servizio di verifica. Riprovi tra poco.',
  },
  handoff: {
    offer: 'Continua sul telefono',
    scan: 'Inquadri questo codice con la fotocamera del suo telefono, oppure apra il link sul telefono: la sua fotocamera scatta foto più nitide.',
    qrLabel: (url: string) => `Codice QR del link ${url}`,
    linkLabel: 'Link per il suo telefono',
    copy: 'Copia link',
    copied: 'Link copiato',
    expires: (time: string) => `Questo codice vale una sola volta, fino alle ${time}.`,
    creating: 'Creazione di un codice per il suo telefono…',
    waiting: 'In attesa del suo telefono…',
    opened: 'Aperto sul telefono. Continui lì.',
    submitted: 'Foto inviate — verifica in corso…',
    expired: 'Questo codice è scaduto.',
    failed: 'Non è stato possibile creare il codice per il telefono. Riprovi, oppure usi questo computer.',
    newCode: 'Crea un nuovo codice',
    useComputer: 'Usa invece questo computer',
    returnToComputer: 'Ora può tornare al suo computer.',
    retryOnComputer: 'Per riprovare, torni al computer: il prossimo tentativo inizia da lì.',
    codes: {
      handoff_code_expired: 'Questo link è scaduto. Crei un nuovo codice sul suo computer.',
      handoff_code_claimed: 'Questo link è già stato usato. Crei un nuovo codice sul suo computer.',
      handoff_code_revoked: 'Questo link non funziona più. Crei un nuovo codice sul suo computer.',
      handoff_code_invalid: 'Questo link non è valido. Crei un nuovo codice sul suo computer.',
    },
  },
  // handoff and outcomes
  handoffOutcomes: {
    errorHeadings: {
      offline: 'Nessuna connessione',
      busy: 'Troppi tentativi',
      service: 'Il servizio non risponde',
      notStarted: 'Non è stato possibile avviare questa verifica',
      expired: 'Questa verifica è scaduta',
      used: 'Questa verifica è già stata usata',
      ended: 'Questa verifica è terminata',
      linkExpired: 'Questo link è scaduto',
      linkUsed: 'Questo link è già stato usato',
      linkRevoked: 'Questo link non funziona più',
      linkInvalid: 'Questo link non è valido',
    },
    errorBodies: {
      notStarted: 'La pagina che l’ha avviata potrebbe non essere aggiornata.',
      expired: 'Una verifica resta aperta solo per un tempo limitato.',
      used: 'Ogni verifica può essere completata una sola volta.',
      ended: 'È stata completata, annullata o eliminata e non può più essere modificata.',
    },
    startAgain: {
      modal: 'Chiuda questa finestra, poi avvii una nuova verifica.',
      inline: 'Per continuare, avvii una nuova verifica dalla pagina da cui è arrivato qui.',
      phone: 'Per continuare, torni al suo computer.',
    },
    verifiedNextInline: 'Può continuare.',
    canceledNextInline: 'Se deve ancora verificare la sua identità, avvii una nuova verifica.',
    processingBodyInline: 'Di solito bastano pochi secondi. Il controllo prosegue anche se lascia questa pagina.',
    continuing: (business: string) => `Sta continuando la sua verifica per ${business}, iniziata sul computer.`,
    continuingUnnamed: 'Sta continuando la verifica iniziata sul computer.',
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG o WebP, fino a 10\u00a0MB.',
    day: 'Giorno',
    month: 'Mese',
    year: 'Anno',
    dateExample: (example: string) => `Ad esempio: ${example}`,
    showCode: 'Mostra di nuovo il codice',
    hideCode: 'Nascondi il codice',
  },
} satisfies Translation;

export default it;
