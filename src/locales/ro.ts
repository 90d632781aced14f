import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// Romanian, addressing the person formally (dumneavoastră, verbs in the plural). Loaded on demand
// (see index.ts). Terms: GLOSSARY.md.

/** „name”, the Romanian quotation marks. */
const quoted = (fileName: string) => `„${fileName}”`;

/** This file's document names in the genitive (“front of the …”); any other name follows a colon. */
const GENITIVE = new Map([
  ['pașaport', 'pașaportului'],
  ['carte de identitate', 'cărții de identitate'],
  ['permis de conducere', 'permisului de conducere'],
  ['document', 'documentului'],
]);
const side = (side: string, document: string) => {
  const genitive = GENITIVE.get(document);
  return genitive ? `${side} ${genitive}` : `${side}: ${document}`;
};

/** Romanian strings. */
const ro = {
  documentTypeNames: {
    passport: 'pașaport',
    id_card: 'carte de identitate',
    driving_license: 'permis de conducere',
  },
  progress: {
    label: (current: number, total: number) => `Pasul ${current} din ${total}`,
    back: 'Înapoi',
    keepPhoto: 'Păstrați fotografia deja făcută',
  },
  leave: {
    heading: 'Părăsiți verificarea?',
    body: 'Fotografiile și datele dumneavoastră vor fi șterse.',
    stay: 'Continuați',
    leave: 'Părăsiți',
  },
  consent: {
    heading: 'Înainte de a începe',
    intro: 'Pentru a confirma că sunteți cine spuneți că sunteți, vă vom cere:',
    documentPhoto: 'O fotografie a actului dumneavoastră de identitate',
    selfie: 'Un selfie, pentru comparare cu fotografia de pe document',
    idNumber: 'Numele, data nașterii și numărul documentului',
    privacy: 'Datele dumneavoastră sunt folosite doar pentru această verificare și sunt trimise printr-o conexiune criptată.',
    whyLabel: 'De ce este necesar?',
    whyText:
      'Verificarea unui document oficial vă protejează pe dumneavoastră și acest serviciu împotriva fraudei și a furtului de identitate. În plus, unele servicii sunt obligate prin lege să confirme identitatea clienților.',
    accept: 'Accept și continui',
    decline: 'Refuz',
    requestedBy: (business: string) => `${business} vă solicită să vă confirmați identitatea.`,
    privacyPolicy: 'Citiți politica de confidențialitate',
    duration: (time: string) => `Durează aproximativ ${time}.`,
  },
  documentType: {
    heading: 'Alegeți documentul',
    legend: 'Ce document veți folosi?',
    continue: 'Continuați',
    required: 'Alegeți documentul pe care îl veți folosi.',
  },
  capture: {
    headings: {
      front: (document: string) => side('Fața', document),
      back: (document: string) => side('Versoul', document),
      selfie: (_document: string) => 'Faceți un selfie',
    },
    genericDocument: 'document',
    cameraInstructions: {
      document: 'Așezați documentul în cadru, într-un loc bine luminat, cu toate cele patru colțuri vizibile.',
      selfie: 'Priviți drept spre cameră și țineți fața în interiorul ovalului.',
    },
    uploadInstructions: 'Încărcați o fotografie clară.',
    capture: 'Faceți fotografia',
    chooseFile: 'Alegeți o fotografie',
    dropHint: 'sau trageți-o aici',
    useUpload: 'Încărcați o fotografie în schimb',
    useCamera: 'Folosiți camera',
    tipsLabel: 'Sfaturi pentru o fotografie bună',
    tips: [
      'Alegeți un loc bine luminat și evitați reflexiile pe document.',
      'Țineți tot documentul în cadru, drept și clar.',
      'Nu acoperiți nicio parte a lui cu degetele.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} nu este o fotografie pe care o putem folosi. Alegeți o imagine JPEG, PNG sau WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} are ${megabytes.replace('.', ',')}\u00a0MB, peste limita de 10\u00a0MB. Alegeți o fotografie mai mică.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} este gol. Alegeți altă fotografie.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} este o fotografie HEIC, care nu poate fi folosită. Alegeți o imagine JPEG, PNG sau WebP ori folosiți camera.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} este o imagine animată. Alegeți o fotografie statică.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} este deteriorat sau incomplet. Alegeți altă fotografie.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} are peste 50\u00a0de megapixeli. Alegeți o fotografie mai mică.`,
    fileNotPrepared: (fileName: string) =>
      `Fișierul ${quoted(fileName)} nu a putut fi pregătit pentru trimitere pe acest dispozitiv. Încercați din nou sau folosiți camera.`,
    passportHeading: 'Pagina cu fotografia din pașaportul dumneavoastră',
    check: {
      checking: 'Se verifică fotografia…',
      imageAlt: 'Fotografia făcută sau aleasă',
      good: 'Arată bine. Verificați că tot textul este clar și lizibil.',
      refused: 'Această fotografie nu poate fi folosită încă:',
      problems: {
        dark: 'Prea întunecată — mutați-vă într-un loc mai luminos',
        bright: 'Prea luminoasă — feriți-vă de lumina directă',
        too_far: 'Apropiați-vă: documentul ocupă prea puțin din cadru',
        no_document: 'Nu a fost găsit niciun document — așezați întregul document în cadru',
        cut_off: 'O parte a documentului este tăiată — îndepărtați-vă până când toate cele patru colțuri sunt în cadru',
        glare: 'Reflexie pe card — înclinați-l departe de lumină',
        blurry: 'Prea neclară — țineți nemișcat și atingeți pentru focalizare',
        low_resolution: 'Rezoluție prea mică — folosiți camera sau o fotografie mai mare',
        no_face: 'Nu vedem o față în oval — priviți drept spre cameră, cu fața în interiorul ovalului',
      },
      selfieGlare: 'Reflexie pe față — întoarceți-vă dinspre lumină',
      fileSelfieGlare: 'Reflexie pe față — alegeți o fotografie fără reflexii',
      selfieTooFar: 'Apropiați-vă: fața ar trebui să umple ovalul',
      fileSelfieTooFar: 'Fața este prea mică în această fotografie — alegeți una în care ocupă mai mult din imagine',
      fileProblems: {
        dark: 'Prea întunecată — alegeți o fotografie mai luminoasă',
        bright: 'Supraexpusă: părți din imagine s-au pierdut în alb — alegeți altă fotografie',
        too_far: 'Documentul este prea mic în această fotografie — alegeți una în care ocupă mai mult din imagine',
        no_document: 'Nu a fost găsit niciun document în această fotografie — alegeți o fotografie a documentului',
        cut_off: 'În această fotografie o parte a documentului este tăiată — alegeți una în care se văd toate cele patru colțuri',
        glare: 'O reflexie ascunde o parte din document — alegeți o fotografie fără reflexii',
        blurry: 'Prea neclară — alegeți o fotografie mai clară',
        low_resolution: 'Rezoluție prea mică — alegeți o fotografie mai mare',
        no_face: 'Nu vedem o față în această fotografie — alegeți o fotografie a feței dumneavoastră, privind drept spre cameră',
      },
      selfieGood: 'Arată bine. Verificați ca întreaga față să fie clară și bine vizibilă.',
      mayBeRefused: 'Această fotografie ar putea fi respinsă:',
      chooseAnother: 'Alegeți alt fișier',
      warning: 'Această fotografie are încă probleme și poate fi respinsă. Folosiți-o doar dacă nu puteți face una mai bună.',
      unchecked: 'Această fotografie nu a putut fi verificată pe acest dispozitiv. Asigurați-vă că este clară și lizibilă.',
      use: 'Folosiți această fotografie',
      useAnyway: 'Folosiți totuși această fotografie',
      retake: 'Refaceți',
      holdStill: 'Țineți nemișcat',
      steady: 'Țineți nemișcat — se face fotografia',
      torch: 'Lumină',
      switchCamera: 'Schimbați camera',
    },
  },
  camera: {
    preview: 'Previzualizarea camerei',
    starting: 'Se pornește camera…',
    retry: 'Încercați din nou camera',
    denied:
      'Accesul la cameră este blocat. Puteți încărca o fotografie în schimb sau puteți permite camera din setările browserului și încerca din nou.',
    notFound: 'Nu s-a găsit nicio cameră pe acest dispozitiv. Puteți încărca o fotografie în schimb.',
    inUse: 'Camera este folosită de o altă aplicație. Închideți aplicația respectivă și încercați din nou sau încărcați o fotografie.',
    failed: 'Camera nu a putut porni. Încercați din nou sau încărcați o fotografie.',
    requiredDenied:
      'Această verificare necesită o fotografie făcută pe loc cu camera. Permiteți accesul la cameră din setările browserului, apoi încercați din nou.',
    requiredNotFound:
      'Această verificare necesită o fotografie făcută pe loc cu o cameră și nu s-a găsit niciuna. Continuați pe un dispozitiv cu cameră, de exemplu telefonul.',
    requiredInUse: 'Această verificare necesită camera, dar o altă aplicație o folosește. Închideți aplicația respectivă, apoi încercați din nou.',
    requiredFailed: 'Această verificare necesită camera, dar aceasta nu a putut porni. Încercați din nou sau continuați pe alt dispozitiv.',
  },
  idNumber: {
    heading: 'Datele dumneavoastră',
    intro: 'Introduceți-le exact cum apar în documentele oficiale.',
    firstName: 'Prenume',
    lastName: 'Nume',
    dob: 'Data nașterii',
    idNumber: 'Numărul documentului',
    idNumberHint: 'Între 4 și 32 de litere, cifre, spații sau cratime.',
    continue: 'Continuați',
    errors: {
      firstNameRequired: 'Introduceți prenumele.',
      lastNameRequired: 'Introduceți numele.',
      dobRequired: 'Introduceți data nașterii.',
      dobInvalid: 'Introduceți o dată a nașterii reală.',
      dobFuture: 'Data nașterii trebuie să fie în trecut.',
      idNumberRequired: 'Introduceți numărul documentului.',
      idNumberInvalid: 'Numărul documentului trebuie să aibă între 4 și 32 de litere, cifre, spații sau cratime.',
    },
  },
  review: {
    heading: 'Verificați și trimiteți',
    intro: 'Asigurați-vă că fiecare fotografie este clară și ușor de citit.',
    sides: { front: 'Față', back: 'Verso', selfie: 'Selfie' },
    imageAlt: { front: 'Fața documentului', back: 'Versoul documentului', selfie: 'Selfie-ul dumneavoastră' },
    retake: 'Refaceți',
    retakeLabel: {
      front: 'Refaceți fotografia feței',
      back: 'Refaceți fotografia versoului',
      selfie: 'Refaceți selfie-ul',
    },
    detailsHeading: 'Datele dumneavoastră',
    name: 'Nume',
    dob: 'Data nașterii',
    idNumber: 'Numărul documentului',
    idNumberMasked: (lastFour: string) => `care se termină cu ${lastFour}`,
    edit: 'Modificați',
    editDetailsLabel: 'Modificați datele dumneavoastră',
    uploading: 'Se încarcă fotografiile…',
    uploadingPercent: (percent: number) => `Se încarcă fotografiile… ${percent}%`,
    submitting: 'Se trimite…',
    submit: 'Trimiteți',
  },
  dialog: {
    title: 'Verificați-vă identitatea',
    close: 'Închideți',
    testMode: 'Mod de testare',
    testModeHint: 'Mod de testare: nu se face nicio verificare reală.',
  },
  loading: {
    heading: 'Se încarcă…',
  },
  processing: {
    heading: 'Se verifică datele dumneavoastră',
    body: 'De obicei durează câteva secunde. Puteți închide această fereastră: verificarea continuă.',
  },
  outcome: {
    verifiedHeading: 'Identitatea dumneavoastră a fost verificată',
    verifiedBody: 'Vă mulțumim. Identitatea dumneavoastră a fost confirmată.',
    failedHeading: 'Verificarea nu a reușit',
    declinedHeading: 'Verificare refuzată',
    declinedBody: 'Ați ales să nu faceți verificarea. Puteți începe din nou oricând doriți.',
    canceledHeading: 'Verificare anulată',
    canceledBody: 'Această verificare a fost anulată și nu mai poate fi finalizată.',
    tryAgain: 'Încercați din nou',
    done: 'Gata',
    verifiedNext: 'Puteți închide această fereastră și continua.',
    canceledNext: 'Închideți această fereastră. Dacă mai trebuie să vă confirmați identitatea, începeți o nouă verificare.',
    redo: {
      selfie: 'Când încercați din nou, va trebui doar să faceți un selfie nou.',
      document: 'Când încercați din nou, veți avea nevoie doar de fotografii noi ale actului de identitate.',
      'other-document': 'Când încercați din nou, alegeți alt act de identitate și fotografiați-l.',
      'id-number': 'Când încercați din nou, va trebui doar să vă verificați datele.',
      everything: 'Când încercați din nou, veți parcurge din nou fiecare pas.',
    },
  },
  lastErrors: {
    abandoned: 'Verificarea nu a fost finalizată la timp.',
    consent_declined: 'Ați ales să nu continuați verificarea.',
    country_not_supported: 'Documentele din această țară nu pot fi folosite aici. Încercați un document din altă țară.',
    device_not_supported: 'Acest dispozitiv nu poate face fotografiile necesare pentru această verificare. Încercați alt dispozitiv.',
    document_expired: 'Documentul dumneavoastră a expirat. Încercați din nou cu un document valabil.',
    document_type_not_supported: 'Acest tip de document nu este acceptat aici. Încercați din nou cu unul dintre documentele acceptate.',
    document_unverified_other:
      'Nu v-am putut verifica documentul. Asigurați-vă că tot documentul apare în fotografie, clar și fără reflexii.',
    id_number_insufficient_document_data: 'Documentul dumneavoastră nu conține suficiente informații pentru a verifica numărul documentului.',
    id_number_mismatch: 'Datele introduse nu corespund cu evidențele oficiale. Verificați-le și încercați din nou.',
    id_number_unverified_other: 'Nu am putut verifica numărul documentului. Verificați-l și încercați din nou.',
    selfie_document_missing_photo:
      'Documentul dumneavoastră nu are o fotografie a feței cu care să comparăm. Încercați un document cu fotografie.',
    selfie_face_mismatch:
      'Selfie-ul nu corespunde cu fotografia de pe document. Încercați din nou într-un loc bine luminat, privind spre cameră.',
    selfie_manipulated: 'Selfie-ul nu a putut fi acceptat. Faceți unul nou direct cu camera.',
    selfie_unverified_other: 'Nu am putut verifica selfie-ul. Încercați din nou într-un loc bine luminat, privind spre cameră.',
    under_supported_age: 'Nu aveți vârsta necesară pentru această verificare.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'A apărut o problemă',
    retry: 'Încercați din nou',
    close: 'Închideți',
    codes: {
      client_secret_missing: 'Această verificare nu a putut fi pornită. Închideți această fereastră și încercați din nou.',
      client_secret_malformed: 'Această verificare nu a putut fi pornită. Închideți această fereastră și încercați din nou.',
      secret_invalid: 'Această verificare nu a putut fi pornită. Închideți această fereastră și încercați din nou.',
      secret_expired: 'Această verificare a expirat. Închideți această fereastră și începeți din nou.',
      secret_spent: 'Această verificare a fost deja folosită. Închideți această fereastră pentru a începe una nouă.',
      resource_missing: 'Această verificare nu a fost găsită. Închideți această fereastră și încercați din nou.',
      session_unexpected_state: 'Această verificare nu mai poate fi modificată. Închideți această fereastră.',
      session_redacted: 'Această verificare a fost închisă, iar datele ei au fost șterse. Închideți această fereastră.',
      network: 'Se pare că nu aveți conexiune la internet. Verificați conexiunea și încercați din nou.',
      timeout: 'Conexiunea este prea lentă acum. Încercați din nou peste puțin timp.',
      rate_limited: 'Prea multe încercări. Așteptați puțin, apoi încercați din nou.',
      file_type_unsupported: 'Serviciul de verificare nu a putut folosi această fotografie. Refaceți-o sau alegeți o imagine JPEG, PNG sau WebP.',
      file_too_large: 'Această fotografie este prea mare pentru serviciul de verificare. Refaceți-o sau alegeți o fotografie sub 10\u00a0MB.',
    },
    generic: 'Nu am putut contacta serviciul de verificare. Încercați din nou peste puțin timp.',
  },
  handoff: {
    offer: 'Continuați pe telefon',
    scan: 'Scanați acest cod cu camera telefonului sau deschideți linkul pe telefon: camera lui face fotografii mai clare.',
    qrLabel: (url: string) => `Cod QR al linkului ${url}`,
    linkLabel: 'Link pentru telefon',
    copy: 'Copiați linkul',
    copied: 'Link copiat',
    expires: (time: string) => `Acest cod funcționează o singură dată, până la ${time}.`,
    creating: 'Se creează un cod pentru telefon…',
    waiting: 'Se așteaptă telefonul…',
    opened: 'Deschis pe telefon. Continuați acolo.',
    submitted: 'Fotografii trimise — se verifică…',
    expired: 'Acest cod a expirat.',
    failed: 'Codul pentru telefon nu a putut fi creat. Încercați din nou sau folosiți acest computer.',
    newCode: 'Creați un cod nou',
    useComputer: 'Folosiți acest computer',
    returnToComputer: 'Acum vă puteți întoarce la computer.',
    retryOnComputer: 'Pentru a încerca din nou, reveniți la computer: următoarea încercare începe acolo.',
    codes: {
      handoff_code_expired: 'Acest link a expirat. Creați un cod nou pe computer.',
      handoff_code_claimed: 'Acest link a fost deja folosit. Creați un cod nou pe computer.',
      handoff_code_revoked: 'Acest link nu mai funcționează. Creați un cod nou pe computer.',
      handoff_code_invalid: 'Acest link nu este valid. Creați un cod nou pe computer.',
    },
  },
  // handoff and outcomes
  handoffOutcomes: {
    errorHeadings: {
      offline: 'Fără conexiune',
      busy: 'Prea multe încercări',
      service: 'Serviciul nu răspunde',
      notStarted: 'Această verificare nu a putut porni',
      expired: 'Această verificare a expirat',
      used: 'Această verificare a fost deja folosită',
      ended: 'Această verificare s-a încheiat',
      linkExpired: 'Acest link a expirat',
      linkUsed: 'Acest link a fost deja folosit',
      linkRevoked: 'Acest link nu mai funcționează',
      linkInvalid: 'Acest link nu este valid',
    },
    errorBodies: {
      notStarted: 'Pagina care a pornit-o poate fi învechită.',
      expired: 'O verificare rămâne deschisă doar un timp limitat.',
      used: 'Fiecare verificare poate fi finalizată o singură dată.',
      ended: 'A fost finalizată, anulată sau ștearsă și nu mai poate fi modificată.',
    },
    startAgain: {
      modal: 'Închideți această fereastră, apoi începeți o verificare nouă.',
      inline: 'Pentru a continua, începeți o verificare nouă din pagina care v-a trimis aici.',
      phone: 'Pentru a continua, întoarceți-vă la computer.',
    },
    verifiedNextInline: 'Puteți continua.',
    canceledNextInline: 'Dacă trebuie totuși să vă verificați identitatea, începeți o verificare nouă.',
    processingBodyInline: 'De obicei durează câteva secunde. Verificarea continuă chiar dacă părăsiți această pagină.',
    continuing: (business: string) => `Continuați verificarea pentru ${business}, începută pe computer.`,
    continuingUnnamed: 'Continuați verificarea începută pe computer.',
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG sau WebP, de cel mult 10\u00a0MB.',
    day: 'Zi',
    month: 'Lună',
    year: 'An',
    dateExample: (example: string) => `De exemplu: ${example}`,
    showCode: 'Afișați din nou codul',
    hideCode: 'Ascundeți codul',
  },
} satisfies Translation;

export default ro;
