import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// Spanish for every region, addressing the person as usted. Loaded on demand (see index.ts).
// Terms: GLOSSARY.md.

/** «name», the Spanish quotation marks. */
const quoted = (fileName: string) => `«${fileName}»`;

/** Spanish strings. Document names follow “su”, which does not inflect. */
const es = {
  documentTypeNames: {
    passport: 'pasaporte',
    id_card: 'documento de identidad',
    driving_license: 'permiso de conducir',
  },
  progress: {
    label: (current: number, total: number) => `Paso ${current} de ${total}`,
    back: 'Atrás',
    keepPhoto: 'Conservar la foto ya hecha',
  },
  leave: {
    heading: '¿Salir de la verificación?',
    body: 'Se eliminarán sus fotos y sus datos.',
    stay: 'Continuar',
    leave: 'Salir',
  },
  consent: {
    heading: 'Antes de empezar',
    intro: 'Para confirmar que usted es quien dice ser, le pediremos:',
    documentPhoto: 'Una foto de su documento de identificación',
    selfie: 'Un selfie, para compararlo con la foto de su documento',
    idNumber: 'Su nombre, su fecha de nacimiento y su número de identificación',
    privacy: 'Sus datos se usan solo para esta comprobación y se envían mediante una conexión cifrada.',
    whyLabel: '¿Por qué es necesario?',
    whyText:
      'Comprobar un documento oficial le protege a usted y a este servicio frente al fraude y la suplantación de identidad. Además, algunos servicios están obligados por ley a confirmar la identidad de sus clientes.',
    accept: 'Aceptar y continuar',
    decline: 'Rechazar',
    requestedBy: (business: string) => `${business} le pide que verifique su identidad.`,
    privacyPolicy: 'Leer la política de privacidad',
    duration: (time: string) => `Tarda aproximadamente ${time}.`,
  },
  documentType: {
    heading: 'Elija su documento',
    legend: '¿Qué documento va a usar?',
    continue: 'Continuar',
    required: 'Elija el documento que va a usar.',
  },
  capture: {
    headings: {
      front: (document: string) => `Parte delantera de su ${document}`,
      back: (document: string) => `Parte trasera de su ${document}`,
      selfie: (_document: string) => 'Hágase un selfie',
    },
    genericDocument: 'documento',
    cameraInstructions: {
      document: 'Coloque su documento dentro del marco, con buena luz y con las cuatro esquinas visibles.',
      selfie: 'Mire directamente a la cámara y mantenga la cara dentro del óvalo.',
    },
    uploadInstructions: 'Suba una foto nítida.',
    capture: 'Tomar foto',
    chooseFile: 'Elegir una foto',
    dropHint: 'o arrástrela y suéltela aquí',
    useUpload: 'Subir una foto en su lugar',
    useCamera: 'Usar la cámara',
    tipsLabel: 'Consejos para una buena foto',
    tips: [
      'Busque un lugar bien iluminado y evite los reflejos sobre el documento.',
      'Mantenga todo el documento dentro del marco, plano y enfocado.',
      'No tape ninguna parte con los dedos.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} no es una foto que podamos usar. Elija una imagen JPEG, PNG o WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} ocupa ${megabytes.replace('.', ',')}\u00a0MB y supera el límite de 10\u00a0MB. Elija una foto más pequeña.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} está vacío. Elija otra foto.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} es una foto HEIC, que no se puede usar. Elija una imagen JPEG, PNG o WebP, o use la cámara.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} es una imagen animada. Elija una foto fija.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} está dañado o incompleto. Elija otra foto.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} tiene más de 50\u00a0megapíxeles. Elija una foto más pequeña.`,
    fileNotPrepared: (fileName: string) =>
      `No se ha podido preparar ${quoted(fileName)} para enviarla desde este dispositivo. Vuelva a intentarlo o use la cámara.`,
    passportHeading: 'Página de la foto de su pasaporte',
    check: {
      checking: 'Comprobando la foto…',
      imageAlt: 'La foto que tomó o eligió',
      good: 'Se ve bien. Compruebe que todo el texto sea nítido y legible.',
      refused: 'Esta foto todavía no se puede usar:',
      problems: {
        dark: 'Demasiado oscura: busque un lugar con más luz',
        bright: 'Demasiado clara: apártese de la luz directa',
        too_far: 'Acérquese: el documento ocupa muy poco del encuadre',
        glare: 'Reflejo en la tarjeta: inclínela para alejarla de la luz',
        blurry: 'Demasiado borrosa: no se mueva y toque para enfocar',
        low_resolution: 'Resolución demasiado baja: use la cámara o una foto más grande',
      },
      selfieGlare: 'Reflejo en su cara: gírese para alejarse de la luz',
      fileSelfieGlare: 'Reflejo en su cara: elija una foto sin reflejos',
      fileProblems: {
        dark: 'Demasiado oscura: elija una foto más luminosa',
        bright: 'Sobreexpuesta: partes de la imagen se pierden en blanco; elija otra foto',
        too_far: 'El documento se ve demasiado pequeño en esta foto: elija una en la que ocupe más espacio',
        glare: 'Un reflejo oculta parte del documento: elija una foto sin reflejos',
        blurry: 'Demasiado borrosa: elija una foto más nítida',
        low_resolution: 'Resolución demasiado baja: elija una foto más grande',
      },
      selfieGood: 'Se ve bien. Compruebe que toda su cara se ve nítida y con claridad.',
      mayBeRefused: 'Es posible que esta foto sea rechazada:',
      chooseAnother: 'Elegir otro archivo',
      warning: 'Esta foto todavía tiene problemas y podría ser rechazada. Úsela solo si no puede tomar una mejor.',
      unchecked: 'No se pudo comprobar esta foto en este dispositivo. Asegúrese de que sea nítida y legible.',
      use: 'Usar esta foto',
      useAnyway: 'Usar esta foto de todos modos',
      retake: 'Repetir',
      holdStill: 'No se mueva',
      steady: 'No se mueva: tomando la foto',
      torch: 'Luz',
      switchCamera: 'Cambiar de cámara',
    },
  },
  camera: {
    preview: 'Vista previa de la cámara',
    starting: 'Iniciando la cámara…',
    retry: 'Volver a probar la cámara',
    denied:
      'El acceso a la cámara está bloqueado. Puede subir una foto en su lugar, o permitir la cámara en la configuración de su navegador y volver a intentarlo.',
    notFound: 'No se ha encontrado ninguna cámara en este dispositivo. Puede subir una foto en su lugar.',
    inUse: 'Otra aplicación está usando su cámara. Cierre esa aplicación y vuelva a intentarlo, o suba una foto en su lugar.',
    failed: 'No se ha podido iniciar la cámara. Vuelva a intentarlo o suba una foto en su lugar.',
    requiredDenied:
      'Esta verificación necesita una foto en directo tomada con su cámara. Permita el acceso a la cámara en la configuración de su navegador y vuelva a intentarlo.',
    requiredNotFound:
      'Esta verificación necesita una foto en directo tomada con una cámara, y no se ha encontrado ninguna. Continúe en un dispositivo con cámara, como su teléfono.',
    requiredInUse: 'Esta verificación necesita su cámara, pero otra aplicación la está usando. Cierre esa aplicación y vuelva a intentarlo.',
    requiredFailed:
      'Esta verificación necesita su cámara, pero no se ha podido iniciar. Vuelva a intentarlo o continúe en otro dispositivo.',
  },
  idNumber: {
    heading: 'Sus datos',
    intro: 'Escríbalos exactamente como aparecen en sus documentos oficiales.',
    firstName: 'Nombre',
    lastName: 'Apellidos',
    dob: 'Fecha de nacimiento',
    idNumber: 'Número de identificación',
    idNumberHint: 'De 4 a 32 letras, cifras, espacios o guiones.',
    continue: 'Continuar',
    errors: {
      firstNameRequired: 'Escriba su nombre.',
      lastNameRequired: 'Escriba sus apellidos.',
      dobRequired: 'Escriba su fecha de nacimiento.',
      dobInvalid: 'Escriba una fecha de nacimiento que exista.',
      dobFuture: 'Su fecha de nacimiento debe ser anterior a hoy.',
      idNumberRequired: 'Escriba su número de identificación.',
      idNumberInvalid: 'Su número de identificación debe tener de 4 a 32 letras, cifras, espacios o guiones.',
    },
  },
  review: {
    heading: 'Revisar y enviar',
    intro: 'Asegúrese de que cada foto esté nítida y se lea con facilidad.',
    sides: { front: 'Parte delantera', back: 'Parte trasera', selfie: 'Selfie' },
    imageAlt: { front: 'Parte delantera de su documento', back: 'Parte trasera de su documento', selfie: 'Su selfie' },
    retake: 'Repetir',
    retakeLabel: {
      front: 'Repetir la foto de la parte delantera',
      back: 'Repetir la foto de la parte trasera',
      selfie: 'Repetir el selfie',
    },
    detailsHeading: 'Sus datos',
    name: 'Nombre',
    dob: 'Fecha de nacimiento',
    idNumber: 'Número de identificación',
    idNumberMasked: (lastFour: string) => `terminado en ${lastFour}`,
    edit: 'Editar',
    editDetailsLabel: 'Editar sus datos',
    uploading: 'Subiendo…',
    uploadingPercent: (percent: number) => `Subiendo… ${percent}\u00a0%`,
    submitting: 'Enviando…',
    submit: 'Enviar',
  },
  dialog: {
    title: 'Verifique su identidad',
    close: 'Cerrar',
    testMode: 'Modo de prueba',
    testModeHint: 'Modo de prueba: no se hace ninguna comprobación real.',
  },
  loading: {
    heading: 'Cargando…',
  },
  processing: {
    heading: 'Comprobando sus datos',
    body: 'Suele tardar unos segundos. Puede cerrar esta ventana: la comprobación continúa.',
  },
  outcome: {
    verifiedHeading: 'Su identidad está verificada',
    verifiedBody: 'Gracias. Su identidad se ha confirmado.',
    failedHeading: 'No hemos podido verificar su identidad',
    declinedHeading: 'Verificación rechazada',
    declinedBody: 'Ha decidido no verificar su identidad. Puede volver a empezar cuando quiera.',
    canceledHeading: 'Verificación cancelada',
    canceledBody: 'Esta verificación se ha cancelado y ya no se puede completar.',
    tryAgain: 'Volver a intentarlo',
    done: 'Listo',
    verifiedNext: 'Puede cerrar esta ventana y continuar.',
    canceledNext: 'Cierre esta ventana. Si aún necesita verificar su identidad, inicie una nueva verificación.',
    redo: {
      selfie: 'Al volver a intentarlo, solo tendrá que hacerse un nuevo selfie.',
      document: 'Al volver a intentarlo, solo necesitará nuevas fotos de su documento.',
      'other-document': 'Al volver a intentarlo, elija otro documento y hágale fotos.',
      'id-number': 'Al volver a intentarlo, solo tendrá que revisar sus datos.',
      everything: 'Al volver a intentarlo, repetirá cada paso.',
    },
  },
  lastErrors: {
    abandoned: 'La verificación no se terminó a tiempo.',
    consent_declined: 'Ha decidido no verificar su identidad.',
    country_not_supported: 'Aquí no se aceptan documentos de este país. Pruebe con un documento de otro país.',
    device_not_supported: 'Este dispositivo no puede tomar las fotos que necesita esta verificación. Pruebe con otro dispositivo.',
    document_expired: 'Su documento ha caducado. Vuelva a intentarlo con un documento vigente.',
    document_type_not_supported: 'Aquí no se acepta este tipo de documento. Vuelva a intentarlo con uno de los documentos aceptados.',
    document_unverified_other:
      'No hemos podido verificar su documento. Asegúrese de que el documento completo aparece en la foto, nítido y sin reflejos.',
    id_number_insufficient_document_data:
      'Su documento no contiene información suficiente para comprobar su número de identificación.',
    id_number_mismatch: 'Los datos que ha escrito no coinciden con los registros oficiales. Revíselos y vuelva a intentarlo.',
    id_number_unverified_other: 'No hemos podido verificar su número de identificación. Revíselo y vuelva a intentarlo.',
    selfie_document_missing_photo:
      'Su documento no tiene una foto de su cara con la que comparar. Pruebe con un documento que tenga foto.',
    selfie_face_mismatch:
      'Su selfie no coincide con la foto de su documento. Vuelva a intentarlo con buena luz y mirando a la cámara.',
    selfie_manipulated: 'No se ha podido aceptar su selfie. Hágase uno nuevo directamente con la cámara.',
    selfie_unverified_other: 'No hemos podido verificar su selfie. Vuelva a intentarlo con buena luz y mirando a la cámara.',
    under_supported_age: 'No tiene la edad necesaria para verificarse aquí.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Algo ha salido mal',
    retry: 'Volver a intentarlo',
    close: 'Cerrar',
    codes: {
      client_secret_missing: 'No se pudo iniciar esta verificación. Cierre esta ventana y vuelva a intentarlo.',
      client_secret_malformed: 'No se pudo iniciar esta verificación. Cierre esta ventana y vuelva a intentarlo.',
      secret_invalid: 'No se pudo iniciar esta verificación. Cierre esta ventana y vuelva a intentarlo.',
      secret_expired: 'Esta verificación ha caducado. Cierre esta ventana y empiece de nuevo.',
      secret_spent: 'Esta verificación ya se ha utilizado. Cierre esta ventana para iniciar una nueva.',
      resource_missing: 'No se encontró esta verificación. Cierre esta ventana y vuelva a intentarlo.',
      session_unexpected_state: 'Esta verificación ya no se puede modificar. Cierre esta ventana.',
      session_redacted: 'Esta verificación se cerró y sus datos se eliminaron. Cierre esta ventana.',
      network: 'Parece que no tiene conexión. Compruebe su conexión y vuelva a intentarlo.',
      timeout: 'La conexión es demasiado lenta en este momento. Vuelva a intentarlo dentro de un momento.',
      rate_limited: 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
      file_type_unsupported: 'El servicio de verificación no ha podido usar esta foto. Repítala o elija una imagen JPEG, PNG o WebP.',
      file_too_large: 'Esta foto es demasiado grande para el servicio de verificación. Repítala o elija una foto de menos de 10\u00a0MB.',
    },
    generic: 'No hemos podido conectar con el servicio de verificación. Vuelva a intentarlo dentro de un momento.',
  },
  handoff: {
    offer: 'Continuar en su teléfono',
    scan: 'Escanee este código con la cámara de su teléfono o abra el enlace en su teléfono: su cámara toma fotos más nítidas.',
    qrLabel: (url: string) => `Código QR del enlace ${url}`,
    linkLabel: 'Enlace para su teléfono',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado',
    expires: (time: string) => `Este código sirve una sola vez, hasta las ${time}.`,
    creating: 'Creando un código para su teléfono…',
    waiting: 'Esperando a su teléfono…',
    opened: 'Abierto en su teléfono. Continúe allí.',
    submitted: 'Fotos enviadas: comprobando…',
    expired: 'Este código ha caducado.',
    failed: 'No se pudo crear el código para su teléfono. Vuelva a intentarlo o use este ordenador.',
    newCode: 'Crear un código nuevo',
    useComputer: 'Usar este ordenador',
    returnToComputer: 'Ya puede volver a su ordenador.',
    retryOnComputer: 'Para volver a intentarlo, vuelva a su ordenador: el siguiente intento empieza allí.',
    codes: {
      handoff_code_expired: 'Este enlace ha caducado. Cree un código nuevo en su ordenador.',
      handoff_code_claimed: 'Este enlace ya se ha usado. Cree un código nuevo en su ordenador.',
      handoff_code_revoked: 'Este enlace ya no funciona. Cree un código nuevo en su ordenador.',
      handoff_code_invalid: 'Este enlace no es válido. Cree un código nuevo en su ordenador.',
    },
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG o WebP, de hasta 10\u00a0MB.',
    day: 'Día',
    month: 'Mes',
    year: 'Año',
    dateExample: (example: string) => `Por ejemplo: ${example}`,
    showCode: 'Mostrar el código de nuevo',
    hideCode: 'Ocultar el código',
  },
} satisfies Translation;

export default es;
