import type { LastErrorCode } from '../core/types.js';
import type { Strings } from './en.js';

// French typography: a no-break space (\u00a0) before ':' and inside « », a narrow one (\u202f)
// before '?', so the punctuation never wraps onto a line of its own. Loaded on demand (see index.ts).

/** « name », the file name kept whole. */
const quoted = (fileName: string) => `«\u00a0${fileName}\u00a0»`;

/** French strings. Document names take “votre” in every sentence, which does not inflect. */
const fr: Strings = {
  documentTypeNames: {
    passport: 'passeport',
    id_card: 'carte d’identité',
    driving_license: 'permis de conduire',
  },
  progress: {
    label: (current: number, total: number) => `Étape ${current} sur ${total}`,
    back: 'Retour',
    keepPhoto: 'Garder la photo déjà prise',
  },
  leave: {
    heading: 'Quitter la vérification\u202f?',
    body: 'Vos photos et vos informations seront supprimées.',
    stay: 'Continuer',
    leave: 'Quitter',
  },
  consent: {
    heading: 'Avant de commencer',
    intro: 'Pour confirmer votre identité, nous allons vous demander\u00a0:',
    documentPhoto: 'Une photo de votre pièce d’identité',
    selfie: 'Un selfie, à comparer avec la photo de votre pièce d’identité',
    idNumber: 'Votre nom, votre date de naissance et votre numéro d’identification',
    privacy: 'Vos informations servent uniquement à cette vérification et sont envoyées par une connexion chiffrée.',
    whyLabel: 'Pourquoi est-ce nécessaire\u202f?',
    whyText:
      'La vérification d’un document officiel vous protège, ainsi que ce service, contre la fraude et l’usurpation d’identité. Certains services sont aussi tenus par la loi de vérifier l’identité de leurs clients.',
    accept: 'Accepter et continuer',
    decline: 'Refuser',
    requestedBy: (business: string) => `${business} vous demande de vérifier votre identité.`,
    privacyPolicy: 'Lire la politique de confidentialité',
    duration: (time: string) => `Cela prend environ ${time}.`,
  },
  documentType: {
    heading: 'Choisissez votre document',
    legend: 'Quel document allez-vous utiliser\u202f?',
    continue: 'Continuer',
    required: 'Choisissez le document que vous allez utiliser.',
  },
  capture: {
    headings: {
      front: (document: string) => `Recto de votre ${document}`,
      back: (document: string) => `Verso de votre ${document}`,
      selfie: (_document: string) => 'Prenez un selfie',
    },
    genericDocument: 'document',
    cameraInstructions: {
      document: 'Placez votre document dans le cadre, dans un endroit bien éclairé, avec les quatre coins visibles.',
      selfie: 'Regardez la caméra bien en face et gardez votre visage dans l’ovale.',
    },
    uploadInstructions: 'Importez une photo nette. JPEG, PNG ou WebP, 10\u00a0Mo maximum.',
    capture: 'Prendre la photo',
    chooseFile: 'Choisir une photo',
    dropHint: 'ou faites-la glisser ici',
    useUpload: 'Importer une photo à la place',
    useCamera: 'Utiliser la caméra',
    tipsLabel: 'Conseils pour une bonne photo',
    tips: [
      'Choisissez un endroit bien éclairé et évitez les reflets sur le document.',
      'Gardez tout le document dans le cadre, bien à plat et net.',
      'Ne cachez aucune partie du document avec vos doigts.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} n’est pas une photo que nous pouvons utiliser. Choisissez une image JPEG, PNG ou WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} fait ${megabytes.replace('.', ',')}\u00a0Mo, au-delà de la limite de 10\u00a0Mo. Choisissez une photo plus légère.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} est vide. Choisissez une autre photo.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} est une photo HEIC, que nous ne pouvons pas utiliser. Choisissez une image JPEG, PNG ou WebP, ou utilisez la caméra.`,
    fileAnimated: (fileName: string) => `${quoted(fileName)} est animée. Choisissez une photo fixe.`,
    fileCorrupt: (fileName: string) => `${quoted(fileName)} est endommagée ou incomplète. Choisissez une autre photo.`,
    fileTooManyPixels: (fileName: string) => `${quoted(fileName)} dépasse 50\u00a0mégapixels. Choisissez une photo plus petite.`,
    fileNotPrepared: (fileName: string) =>
      `${quoted(fileName)} n’a pas pu être préparée pour l’envoi sur cet appareil. Réessayez, ou utilisez la caméra.`,
    passportHeading: 'Page photo de votre passeport',
    check: {
      checking: 'Vérification de la photo…',
      imageAlt: 'La photo que vous avez prise ou choisie',
      good: 'C’est bon. Vérifiez que tout le texte est net et lisible.',
      refused: 'Cette photo ne peut pas encore être utilisée\u00a0:',
      problems: {
        dark: 'Trop sombre — placez-vous dans un endroit plus éclairé',
        bright: 'Trop clair — éloignez-vous de la lumière directe',
        too_far: 'Rapprochez-vous\u00a0: le document occupe trop peu du cadre',
        glare: 'Reflet sur la carte — inclinez-la pour l’éloigner de la lumière',
        blurry: 'Trop flou — ne bougez plus et touchez l’écran pour faire la mise au point',
        low_resolution: 'Résolution trop faible — utilisez la caméra ou une photo plus grande',
      },
      selfieGlare: 'Reflet sur votre visage — détournez-vous de la lumière',
      warning: 'Cette photo présente encore des problèmes et risque d’être refusée. Ne l’utilisez que si vous ne pouvez pas en prendre une meilleure.',
      unchecked: 'Cette photo n’a pas pu être vérifiée sur cet appareil. Assurez-vous qu’elle est nette et lisible.',
      use: 'Utiliser cette photo',
      useAnyway: 'Utiliser quand même cette photo',
      retake: 'Reprendre',
      holdStill: 'Ne bougez plus',
      steady: 'Ne bougez plus — prise de la photo',
      torch: 'Lumière',
      switchCamera: 'Changer de caméra',
    },
  },
  camera: {
    preview: 'Aperçu de la caméra',
    starting: 'Démarrage de la caméra…',
    retry: 'Réessayer la caméra',
    denied:
      'L’accès à la caméra est bloqué. Vous pouvez importer une photo à la place, ou autoriser la caméra dans les réglages de votre navigateur et réessayer.',
    notFound: 'Aucune caméra n’a été trouvée sur cet appareil. Vous pouvez importer une photo à la place.',
    inUse: 'Votre caméra est utilisée par une autre application. Fermez cette application et réessayez, ou importez une photo à la place.',
    failed: 'La caméra n’a pas pu démarrer. Réessayez, ou importez une photo à la place.',
    requiredDenied:
      'Cette vérification demande une photo prise en direct avec votre caméra. Autorisez l’accès à la caméra dans les réglages de votre navigateur, puis réessayez.',
    requiredNotFound:
      'Cette vérification demande une photo prise en direct avec une caméra, et aucune n’a été trouvée. Continuez sur un appareil équipé d’une caméra, comme votre téléphone.',
    requiredInUse:
      'Cette vérification a besoin de votre caméra, mais une autre application l’utilise. Fermez cette application, puis réessayez.',
    requiredFailed:
      'Cette vérification a besoin de votre caméra, mais elle n’a pas pu démarrer. Réessayez, ou continuez sur un autre appareil.',
  },
  idNumber: {
    heading: 'Vos informations',
    intro: 'Saisissez-les exactement comme sur vos documents officiels.',
    firstName: 'Prénom',
    lastName: 'Nom',
    dob: 'Date de naissance',
    idNumber: 'Numéro d’identification',
    idNumberHint: 'De 4 à 32 lettres, chiffres, espaces ou tirets.',
    continue: 'Continuer',
    errors: {
      firstNameRequired: 'Saisissez votre prénom.',
      lastNameRequired: 'Saisissez votre nom.',
      dobRequired: 'Saisissez votre date de naissance.',
      dobInvalid: 'Saisissez une date de naissance qui existe.',
      dobFuture: 'Votre date de naissance doit être dans le passé.',
      idNumberRequired: 'Saisissez votre numéro d’identification.',
      idNumberInvalid: 'Votre numéro d’identification doit comporter de 4 à 32 lettres, chiffres, espaces ou tirets.',
    },
  },
  review: {
    heading: 'Vérifiez et envoyez',
    intro: 'Assurez-vous que chaque photo est nette et facile à lire.',
    sides: { front: 'Recto', back: 'Verso', selfie: 'Selfie' },
    imageAlt: { front: 'Recto de votre document', back: 'Verso de votre document', selfie: 'Votre selfie' },
    retake: 'Reprendre',
    retakeLabel: { front: 'Reprendre la photo du recto', back: 'Reprendre la photo du verso', selfie: 'Reprendre le selfie' },
    detailsHeading: 'Vos informations',
    name: 'Nom',
    dob: 'Date de naissance',
    idNumber: 'Numéro d’identification',
    idNumberMasked: (lastFour: string) => `se terminant par ${lastFour}`,
    edit: 'Modifier',
    editDetailsLabel: 'Modifier vos informations',
    uploading: 'Envoi en cours…',
    uploadingPercent: (percent: number) => `Envoi en cours… ${percent}\u00a0%`,
    submitting: 'Envoi de votre demande…',
    submit: 'Envoyer',
  },
  dialog: {
    title: 'Vérifier votre identité',
    close: 'Fermer',
    testMode: 'Mode test',
    testModeHint: 'Mode test\u00a0: aucune vérification réelle n’est faite.',
  },
  loading: {
    heading: 'Chargement…',
  },
  processing: {
    heading: 'Vérification de vos informations',
    body: 'Cela prend généralement quelques secondes. Vous pouvez fermer cette fenêtre\u00a0: la vérification continue.',
  },
  outcome: {
    verifiedHeading: 'Votre identité est vérifiée',
    verifiedBody: 'Merci. Votre identité a bien été confirmée.',
    failedHeading: 'Nous n’avons pas pu vérifier votre identité',
    declinedHeading: 'Vérification refusée',
    declinedBody: 'Vous avez choisi de ne pas faire vérifier votre identité. Vous pouvez recommencer quand vous le souhaitez.',
    canceledHeading: 'Vérification annulée',
    canceledBody: 'Cette vérification a été annulée et ne peut plus être terminée.',
    tryAgain: 'Réessayer',
    done: 'Terminé',
    verifiedNext: 'Vous pouvez fermer cette fenêtre et continuer.',
    canceledNext: 'Fermez cette fenêtre. Si vous devez encore vérifier votre identité, lancez une nouvelle vérification.',
    redo: {
      selfie: 'En réessayant, il vous suffira de prendre un nouveau selfie.',
      document: 'En réessayant, il vous faudra seulement de nouvelles photos de votre pièce d’identité.',
      'other-document': 'En réessayant, choisissez une autre pièce d’identité et prenez-la en photo.',
      'id-number': 'En réessayant, il vous suffira de vérifier vos informations.',
      everything: 'En réessayant, vous reprendrez chaque étape.',
    },
  },
  lastErrors: {
    abandoned: 'La vérification n’a pas été terminée à temps.',
    consent_declined: 'Vous avez choisi de ne pas faire vérifier votre identité.',
    country_not_supported: 'Les documents de ce pays ne sont pas acceptés ici. Essayez avec un document d’un autre pays.',
    device_not_supported: 'Cet appareil ne peut pas prendre les photos dont cette vérification a besoin. Essayez avec un autre appareil.',
    document_expired: 'Votre document a expiré. Réessayez avec un document encore valide.',
    document_type_not_supported: 'Ce type de document n’est pas accepté ici. Réessayez avec l’un des documents acceptés.',
    document_unverified_other:
      'Nous n’avons pas pu vérifier votre document. Assurez-vous que le document entier est sur la photo, net et sans reflets.',
    id_number_insufficient_document_data:
      'Votre document ne contient pas assez d’informations pour vérifier votre numéro d’identification.',
    id_number_mismatch: 'Les informations saisies ne correspondent pas aux registres officiels. Vérifiez-les et réessayez.',
    id_number_unverified_other: 'Nous n’avons pas pu vérifier votre numéro d’identification. Vérifiez-le et réessayez.',
    selfie_document_missing_photo:
      'Votre document ne comporte pas de photo de votre visage à comparer. Essayez avec un document qui a une photo.',
    selfie_face_mismatch:
      'Votre selfie ne correspond pas à la photo de votre document. Réessayez dans un endroit bien éclairé, face à la caméra.',
    selfie_manipulated: 'Votre selfie n’a pas pu être accepté. Prenez-en un nouveau directement avec votre caméra.',
    selfie_unverified_other: 'Nous n’avons pas pu vérifier votre selfie. Réessayez dans un endroit bien éclairé, face à la caméra.',
    under_supported_age: 'Vous n’avez pas l’âge requis pour cette vérification.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Un problème est survenu',
    retry: 'Réessayer',
    close: 'Fermer',
    codes: {
      client_secret_missing: 'Cette vérification n’a pas pu démarrer. Fermez cette fenêtre et réessayez.',
      client_secret_malformed: 'Cette vérification n’a pas pu démarrer. Fermez cette fenêtre et réessayez.',
      secret_invalid: 'Cette vérification n’a pas pu démarrer. Fermez cette fenêtre et réessayez.',
      secret_expired: 'Cette vérification a expiré. Fermez cette fenêtre et recommencez.',
      secret_spent: 'Cette vérification a déjà été utilisée. Fermez cette fenêtre pour en commencer une nouvelle.',
      resource_missing: 'Cette vérification est introuvable. Fermez cette fenêtre et réessayez.',
      session_unexpected_state: 'Cette vérification ne peut plus être modifiée. Fermez cette fenêtre.',
      session_redacted: 'Cette vérification a été close et ses données supprimées. Fermez cette fenêtre.',
      network: 'Vous semblez être hors ligne. Vérifiez votre connexion et réessayez.',
      timeout: 'La connexion est trop lente pour le moment. Réessayez dans un instant.',
      rate_limited: 'Trop de tentatives. Patientez un instant, puis réessayez.',
      file_type_unsupported: 'Le service de vérification n’a pas pu utiliser cette photo. Reprenez-la, ou choisissez une image JPEG, PNG ou WebP.',
      file_too_large: 'Cette photo est trop lourde pour le service de vérification. Reprenez-la, ou choisissez une photo de moins de 10\u00a0Mo.',
    },
    generic: 'Impossible de joindre le service de vérification. Réessayez dans un instant.',
  },
  handoff: {
    offer: 'Continuer sur votre téléphone',
    scan: 'Scannez ce code avec la caméra de votre téléphone, ou ouvrez le lien sur votre téléphone\u00a0: sa caméra prend des photos plus nettes.',
    qrLabel: (url: string) => `Code QR du lien ${url}`,
    linkLabel: 'Lien pour votre téléphone',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    expires: (time: string) => `Ce code ne sert qu’une fois, jusqu’à ${time}.`,
    creating: 'Création d’un code pour votre téléphone…',
    waiting: 'En attente de votre téléphone…',
    opened: 'Ouvert sur votre téléphone. Continuez-y.',
    submitted: 'Photos envoyées — vérification en cours…',
    expired: 'Ce code a expiré.',
    failed: 'Impossible de créer le code pour votre téléphone. Réessayez, ou utilisez cet ordinateur.',
    newCode: 'Créer un nouveau code',
    useComputer: 'Utiliser cet ordinateur',
    returnToComputer: 'Vous pouvez maintenant revenir à votre ordinateur.',
    retryOnComputer: 'Pour réessayer, revenez à votre ordinateur\u00a0: la prochaine tentative commence là-bas.',
    codes: {
      handoff_code_expired: 'Ce lien a expiré. Créez un nouveau code sur votre ordinateur.',
      handoff_code_claimed: 'Ce lien a déjà été utilisé. Créez un nouveau code sur votre ordinateur.',
      handoff_code_revoked: 'Ce lien ne fonctionne plus. Créez un nouveau code sur votre ordinateur.',
      handoff_code_invalid: 'Ce lien n’est pas valide. Créez un nouveau code sur votre ordinateur.',
    },
  },
};

export default fr;
