import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// Dutch, addressing the person formally (u). Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** ‘name’, the quotation marks Dutch uses most. */
const quoted = (fileName: string) => `‘${fileName}’`;

/** Dutch strings. Document names follow “uw”, which does not inflect. */
const nl: Strings = {
  documentTypeNames: {
    passport: 'paspoort',
    id_card: 'identiteitskaart',
    driving_license: 'rijbewijs',
  },
  progress: {
    label: (current: number, total: number) => `Stap ${current} van ${total}`,
    back: 'Terug',
    keepPhoto: 'De al gemaakte foto houden',
  },
  leave: {
    heading: 'Verificatie verlaten?',
    body: 'Uw foto’s en gegevens worden verwijderd.',
    stay: 'Doorgaan',
    leave: 'Verlaten',
  },
  consent: {
    heading: 'Voordat u begint',
    intro: 'Om te bevestigen dat u bent wie u zegt dat u bent, vragen we u om:',
    documentPhoto: 'Een foto van uw identiteitsbewijs',
    selfie: 'Een selfie, om te vergelijken met de foto op uw document',
    idNumber: 'Uw naam, geboortedatum en documentnummer',
    privacy: 'Uw gegevens worden alleen voor deze controle gebruikt en via een versleutelde verbinding verstuurd.',
    whyLabel: 'Waarom is dit nodig?',
    whyText:
      'Het controleren van een officieel document beschermt u en deze dienst tegen fraude en identiteitsmisbruik. Sommige diensten zijn bovendien wettelijk verplicht om de identiteit van hun klanten te bevestigen.',
    accept: 'Accepteren en doorgaan',
    decline: 'Weigeren',
    requestedBy: (business: string) => `${business} vraagt u uw identiteit te bevestigen.`,
    privacyPolicy: 'Privacybeleid lezen',
    duration: (time: string) => `Dit duurt ongeveer ${time}.`,
  },
  documentType: {
    heading: 'Kies uw document',
    legend: 'Welk document gebruikt u?',
    continue: 'Doorgaan',
    required: 'Kies het document dat u gebruikt.',
  },
  capture: {
    headings: {
      front: (document: string) => `Voorkant van uw ${document}`,
      back: (document: string) => `Achterkant van uw ${document}`,
      selfie: (_document: string) => 'Maak een selfie',
    },
    genericDocument: 'document',
    cameraInstructions: {
      document: 'Houd uw document binnen het kader, bij goed licht, met alle vier de hoeken zichtbaar.',
      selfie: 'Kijk recht in de camera en houd uw gezicht binnen het ovaal.',
    },
    uploadInstructions: 'Upload een scherpe foto. JPEG, PNG of WebP, maximaal 10\u00a0MB.',
    capture: 'Foto maken',
    chooseFile: 'Foto kiezen',
    dropHint: 'of sleep hem hierheen',
    useUpload: 'In plaats daarvan een foto uploaden',
    useCamera: 'Camera gebruiken',
    tipsLabel: 'Tips voor een goede foto',
    tips: [
      'Kies een goed verlichte plek en vermijd schittering op het document.',
      'Houd het hele document plat en scherp binnen het kader.',
      'Bedek geen enkel deel ervan met uw vingers.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} is geen foto die we kunnen gebruiken. Kies een JPEG-, PNG- of WebP-afbeelding.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} is ${megabytes.replace('.', ',')}\u00a0MB, meer dan de limiet van 10\u00a0MB. Kies een kleinere foto.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} is leeg. Kies een andere foto.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} is een HEIC-foto, die we niet kunnen gebruiken. Kies een JPEG-, PNG- of WebP-afbeelding, of gebruik de camera.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} is geanimeerd. Kies een stilstaande foto.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} is beschadigd of onvolledig. Kies een andere foto.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} heeft meer dan 50\u00a0megapixels. Kies een kleinere foto.`,
    fileNotPrepared: (fileName: string) =>
      `${quoted(fileName)} kon op dit apparaat niet klaargemaakt worden om te versturen. Probeer het opnieuw, of gebruik de camera.`,
    passportHeading: 'Fotopagina van uw paspoort',
    check: {
      checking: 'Foto wordt gecontroleerd…',
      imageAlt: 'De foto die u hebt gemaakt of gekozen',
      good: 'Ziet er goed uit. Controleer of alle tekst scherp en leesbaar is.',
      refused: 'Deze foto kan nog niet worden gebruikt:',
      problems: {
        dark: 'Te donker — ga naar een lichtere plek',
        bright: 'Te licht — ga uit het directe licht',
        too_far: 'Kom dichterbij: het document vult te weinig van het beeld',
        glare: 'Schittering op de kaart — kantel hem weg van het licht',
        blurry: 'Te wazig — houd stil en tik om scherp te stellen',
        low_resolution: 'Resolutie te laag — gebruik de camera of een grotere foto',
      },
      selfieGlare: 'Schittering op uw gezicht — draai weg van het licht',
      warning: 'Deze foto heeft nog problemen en kan worden geweigerd. Gebruik hem alleen als u geen betere kunt maken.',
      unchecked: 'Deze foto kon op dit apparaat niet worden gecontroleerd. Zorg dat hij scherp en leesbaar is.',
      use: 'Deze foto gebruiken',
      useAnyway: 'Deze foto toch gebruiken',
      retake: 'Opnieuw maken',
      holdStill: 'Houd stil',
      steady: 'Houd stil — foto wordt gemaakt',
      torch: 'Licht',
      switchCamera: 'Andere camera',
    },
  },
  camera: {
    preview: 'Cameravoorbeeld',
    starting: 'Camera wordt gestart…',
    retry: 'Camera opnieuw proberen',
    denied:
      'De toegang tot de camera is geblokkeerd. U kunt in plaats daarvan een foto uploaden, of de camera toestaan in de instellingen van uw browser en het opnieuw proberen.',
    notFound: 'Er is geen camera gevonden op dit apparaat. U kunt in plaats daarvan een foto uploaden.',
    inUse: 'Uw camera wordt door een andere app gebruikt. Sluit die app en probeer het opnieuw, of upload in plaats daarvan een foto.',
    failed: 'De camera kon niet worden gestart. Probeer het opnieuw, of upload in plaats daarvan een foto.',
    requiredDenied:
      'Voor deze verificatie is een live foto met uw camera nodig. Sta cameratoegang toe in de instellingen van uw browser en probeer het dan opnieuw.',
    requiredNotFound:
      'Voor deze verificatie is een live foto met een camera nodig, maar er is geen camera gevonden. Ga verder op een apparaat met een camera, zoals uw telefoon.',
    requiredInUse: 'Voor deze verificatie is uw camera nodig, maar een andere app gebruikt hem. Sluit die app en probeer het dan opnieuw.',
    requiredFailed:
      'Voor deze verificatie is uw camera nodig, maar die kon niet worden gestart. Probeer het opnieuw, of ga verder op een ander apparaat.',
  },
  idNumber: {
    heading: 'Uw gegevens',
    intro: 'Vul ze precies zo in als ze op uw officiële documenten staan.',
    firstName: 'Voornaam',
    lastName: 'Achternaam',
    dob: 'Geboortedatum',
    idNumber: 'Documentnummer',
    idNumberHint: '4 tot 32 letters, cijfers, spaties of streepjes.',
    continue: 'Doorgaan',
    errors: {
      firstNameRequired: 'Vul uw voornaam in.',
      lastNameRequired: 'Vul uw achternaam in.',
      dobRequired: 'Vul uw geboortedatum in.',
      dobInvalid: 'Vul een bestaande geboortedatum in.',
      dobFuture: 'Uw geboortedatum moet in het verleden liggen.',
      idNumberRequired: 'Vul uw documentnummer in.',
      idNumberInvalid: 'Uw documentnummer moet uit 4 tot 32 letters, cijfers, spaties of streepjes bestaan.',
    },
  },
  review: {
    heading: 'Controleren en versturen',
    intro: 'Zorg dat elke foto scherp en goed leesbaar is.',
    sides: { front: 'Voorkant', back: 'Achterkant', selfie: 'Selfie' },
    imageAlt: { front: 'Voorkant van uw document', back: 'Achterkant van uw document', selfie: 'Uw selfie' },
    retake: 'Opnieuw maken',
    retakeLabel: {
      front: 'Foto van de voorkant opnieuw maken',
      back: 'Foto van de achterkant opnieuw maken',
      selfie: 'Selfie opnieuw maken',
    },
    detailsHeading: 'Uw gegevens',
    name: 'Naam',
    dob: 'Geboortedatum',
    idNumber: 'Documentnummer',
    idNumberMasked: (lastFour: string) => `eindigend op ${lastFour}`,
    edit: 'Wijzigen',
    editDetailsLabel: 'Uw gegevens wijzigen',
    uploading: 'Uploaden…',
    uploadingPercent: (percent: number) => `Uploaden… ${percent}%`,
    submitting: 'Versturen…',
    submit: 'Versturen',
  },
  dialog: {
    title: 'Uw identiteit verifiëren',
    close: 'Sluiten',
    testMode: 'Testmodus',
    testModeHint: 'Testmodus: er vindt geen echte controle plaats.',
  },
  loading: {
    heading: 'Laden…',
  },
  processing: {
    heading: 'Uw gegevens worden gecontroleerd',
    body: 'Dit duurt meestal een paar seconden. U kunt dit venster sluiten: de controle gaat door.',
  },
  outcome: {
    verifiedHeading: 'U bent geverifieerd',
    verifiedBody: 'Dank u. Uw identiteit is bevestigd.',
    failedHeading: 'We konden u niet verifiëren',
    declinedHeading: 'Verificatie geweigerd',
    declinedBody: 'U hebt ervoor gekozen zich niet te laten verifiëren. U kunt opnieuw beginnen wanneer u er klaar voor bent.',
    canceledHeading: 'Verificatie geannuleerd',
    canceledBody: 'Deze verificatie is geannuleerd en kan niet meer worden afgerond.',
    tryAgain: 'Opnieuw proberen',
    done: 'Klaar',
    verifiedNext: 'U kunt dit venster sluiten en verdergaan.',
    canceledNext: 'Sluit dit venster. Moet u uw identiteit nog bevestigen, start dan een nieuwe verificatie.',
    redo: {
      selfie: 'Als u het opnieuw probeert, hoeft u alleen een nieuwe selfie te maken.',
      document: 'Als u het opnieuw probeert, zijn alleen nieuwe foto’s van uw identiteitsbewijs nodig.',
      'other-document': 'Kies als u het opnieuw probeert een ander identiteitsbewijs en maak er foto’s van.',
      'id-number': 'Als u het opnieuw probeert, hoeft u alleen uw gegevens te controleren.',
      everything: 'Als u het opnieuw probeert, doorloopt u alle stappen opnieuw.',
    },
  },
  lastErrors: {
    abandoned: 'De verificatie is niet op tijd afgerond.',
    consent_declined: 'U hebt ervoor gekozen zich niet te laten verifiëren.',
    country_not_supported: 'Documenten uit dit land kunnen hier niet worden gebruikt. Probeer een document uit een ander land.',
    device_not_supported: 'Met dit apparaat kunnen de foto’s voor deze verificatie niet worden gemaakt. Probeer een ander apparaat.',
    document_expired: 'Uw document is verlopen. Probeer het opnieuw met een document dat nog geldig is.',
    document_type_not_supported: 'Dit soort document wordt hier niet geaccepteerd. Probeer het opnieuw met een van de geaccepteerde documenten.',
    document_unverified_other:
      'We konden uw document niet verifiëren. Zorg dat het hele document op de foto staat, scherp en zonder schittering.',
    id_number_insufficient_document_data: 'Uw document bevat niet genoeg gegevens om uw documentnummer te controleren.',
    id_number_mismatch: 'De gegevens die u hebt ingevuld, komen niet overeen met de officiële registers. Controleer ze en probeer het opnieuw.',
    id_number_unverified_other: 'We konden uw documentnummer niet verifiëren. Controleer het en probeer het opnieuw.',
    selfie_document_missing_photo:
      'Uw document heeft geen foto van uw gezicht om mee te vergelijken. Probeer een document met een foto.',
    selfie_face_mismatch:
      'Uw selfie komt niet overeen met de foto op uw document. Probeer het opnieuw bij goed licht en kijk in de camera.',
    selfie_manipulated: 'Uw selfie kon niet worden geaccepteerd. Maak direct met uw camera een nieuwe.',
    selfie_unverified_other: 'We konden uw selfie niet verifiëren. Probeer het opnieuw bij goed licht en kijk in de camera.',
    under_supported_age: 'U moet ouder zijn om hier geverifieerd te worden.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Er is iets misgegaan',
    retry: 'Opnieuw proberen',
    close: 'Sluiten',
    codes: {
      client_secret_missing: 'Deze verificatie kon niet worden gestart. Sluit dit venster en probeer het opnieuw.',
      client_secret_malformed: 'Deze verificatie kon niet worden gestart. Sluit dit venster en probeer het opnieuw.',
      secret_invalid: 'Deze verificatie kon niet worden gestart. Sluit dit venster en probeer het opnieuw.',
      secret_expired: 'Deze verificatie is verlopen. Sluit dit venster en begin opnieuw.',
      secret_spent: 'Deze verificatie is al gebruikt. Sluit dit venster om een nieuwe te starten.',
      resource_missing: 'Deze verificatie is niet gevonden. Sluit dit venster en probeer het opnieuw.',
      session_unexpected_state: 'Deze verificatie kan niet meer worden gewijzigd. Sluit dit venster.',
      session_redacted: 'Deze verificatie is afgesloten en de gegevens zijn verwijderd. Sluit dit venster.',
      network: 'U lijkt offline te zijn. Controleer uw verbinding en probeer het opnieuw.',
      timeout: 'De verbinding is op dit moment te traag. Probeer het zo opnieuw.',
      rate_limited: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
      file_type_unsupported: 'De verificatiedienst kon deze foto niet gebruiken. Maak hem opnieuw, of kies een JPEG-, PNG- of WebP-afbeelding.',
      file_too_large: 'Deze foto is te groot voor de verificatiedienst. Maak hem opnieuw, of kies een foto kleiner dan 10\u00a0MB.',
    },
    generic: 'We kunnen de verificatiedienst niet bereiken. Probeer het zo opnieuw.',
  },
  handoff: {
    offer: 'Verder op uw telefoon',
    scan: 'Scan deze code met de camera van uw telefoon, of open de link op uw telefoon: de camera daarvan maakt scherpere foto’s.',
    qrLabel: (url: string) => `QR-code van de link ${url}`,
    linkLabel: 'Link voor uw telefoon',
    copy: 'Link kopiëren',
    copied: 'Link gekopieerd',
    expires: (time: string) => `Deze code werkt één keer, tot ${time}.`,
    creating: 'Code voor uw telefoon wordt gemaakt…',
    waiting: 'Wachten op uw telefoon…',
    opened: 'Geopend op uw telefoon. Ga daar verder.',
    submitted: 'Foto’s verstuurd — bezig met controleren…',
    expired: 'Deze code is verlopen.',
    failed: 'De code voor uw telefoon kon niet worden gemaakt. Probeer het opnieuw, of gebruik deze computer.',
    newCode: 'Nieuwe code maken',
    useComputer: 'Toch deze computer gebruiken',
    returnToComputer: 'U kunt nu teruggaan naar uw computer.',
    retryOnComputer: 'Ga terug naar je computer om het opnieuw te proberen: de volgende poging begint daar.',
    codes: {
      handoff_code_expired: 'Deze link is verlopen. Maak een nieuwe code op uw computer.',
      handoff_code_claimed: 'Deze link is al gebruikt. Maak een nieuwe code op uw computer.',
      handoff_code_revoked: 'Deze link werkt niet meer. Maak een nieuwe code op uw computer.',
      handoff_code_invalid: 'Deze link is ongeldig. Maak een nieuwe code op uw computer.',
    },
  },
};

export default nl;
