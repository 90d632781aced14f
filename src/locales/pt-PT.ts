import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// European Portuguese (also for Angola, Mozambique and the other regions besides Brazil), addressing
// the person formally (third person, “o seu”). Loaded on demand (see index.ts). Terms: GLOSSARY.md.

/** «name», the quotation marks used in Portugal. */
const quoted = (fileName: string) => `«${fileName}»`;

/** “of your …” for this file's document names, by gender; any other name follows a colon. */
const OF_YOUR = new Map([
  ['passaporte', 'do seu passaporte'],
  ['cartão de identificação', 'do seu cartão de identificação'],
  ['carta de condução', 'da sua carta de condução'],
  ['documento', 'do seu documento'],
]);
const side = (side: string, document: string) => {
  const ofYour = OF_YOUR.get(document);
  return ofYour ? `${side} ${ofYour}` : `${side}: ${document}`;
};

/** European Portuguese strings. */
const ptPT = {
  documentTypeNames: {
    passport: 'passaporte',
    id_card: 'cartão de identificação',
    driving_license: 'carta de condução',
  },
  progress: {
    label: (current: number, total: number) => `Passo ${current} de ${total}`,
    back: 'Voltar',
    keepPhoto: 'Manter a fotografia já tirada',
  },
  leave: {
    heading: 'Sair da verificação?',
    body: 'As suas fotografias e os seus dados serão eliminados.',
    stay: 'Continuar',
    leave: 'Sair',
  },
  consent: {
    heading: 'Antes de começar',
    intro: 'Para confirmar que é quem diz ser, vamos pedir-lhe:',
    documentPhoto: 'Uma fotografia do seu documento de identificação',
    selfie: 'Uma selfie, para comparar com a fotografia do seu documento',
    idNumber: 'O seu nome, a data de nascimento e o número do documento',
    privacy: 'Os seus dados são usados apenas nesta verificação e enviados através de uma ligação encriptada.',
    whyLabel: 'Porque é que isto é necessário?',
    whyText:
      'A verificação de um documento oficial protege-o a si e a este serviço contra a fraude e a usurpação de identidade. Além disso, alguns serviços são obrigados por lei a confirmar a identidade dos seus clientes.',
    accept: 'Aceitar e continuar',
    decline: 'Recusar',
    requestedBy: (business: string) => `${business} pede que confirme a sua identidade.`,
    privacyPolicy: 'Ler a política de privacidade',
    duration: (time: string) => `Demora cerca de ${time}.`,
  },
  documentType: {
    heading: 'Escolha o seu documento',
    legend: 'Que documento vai utilizar?',
    continue: 'Continuar',
    required: 'Escolha o documento que vai utilizar.',
  },
  capture: {
    headings: {
      front: (document: string) => side('Frente', document),
      back: (document: string) => side('Verso', document),
      selfie: (_document: string) => 'Tire uma selfie',
    },
    genericDocument: 'documento',
    cameraInstructions: {
      document: 'Coloque o documento dentro da moldura, num local bem iluminado, com os quatro cantos visíveis.',
      selfie: 'Olhe diretamente para a câmara e mantenha o rosto dentro da oval.',
    },
    uploadInstructions: 'Carregue uma fotografia nítida.',
    capture: 'Tirar fotografia',
    chooseFile: 'Escolher uma fotografia',
    dropHint: 'ou arraste-a e largue-a aqui',
    useUpload: 'Carregar uma fotografia em alternativa',
    useCamera: 'Utilizar a câmara',
    tipsLabel: 'Dicas para uma boa fotografia',
    tips: [
      'Escolha um local bem iluminado e evite reflexos no documento.',
      'Mantenha o documento inteiro dentro da moldura, plano e focado.',
      'Não tape nenhuma parte do documento com os dedos.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} não é uma fotografia que possamos utilizar. Escolha uma imagem JPEG, PNG ou WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} tem ${megabytes.replace('.', ',')}\u00a0MB, acima do limite de 10\u00a0MB. Escolha uma fotografia mais pequena.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} está vazio. Escolha outra fotografia.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} é uma fotografia HEIC, que não é possível utilizar. Escolha uma imagem JPEG, PNG ou WebP, ou utilize a câmara.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} é uma imagem animada. Escolha uma fotografia estática.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} está danificado ou incompleto. Escolha outra fotografia.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} tem mais de 50\u00a0megapíxeis. Escolha uma fotografia mais pequena.`,
    fileNotPrepared: (fileName: string) =>
      `Não foi possível preparar ${quoted(fileName)} para envio neste dispositivo. Tente novamente ou utilize a câmara.`,
    passportHeading: 'Página da fotografia do passaporte',
    check: {
      checking: 'A verificar a fotografia…',
      imageAlt: 'A fotografia tirada ou escolhida',
      good: 'Parece boa. Confirme que todo o texto está nítido e legível.',
      refused: 'Esta fotografia ainda não pode ser usada:',
      problems: {
        dark: 'Demasiado escura: procure um local mais iluminado',
        bright: 'Demasiado clara: afaste-se da luz direta',
        too_far: 'Aproxime-se: o documento ocupa pouco do enquadramento',
        no_document: 'Nenhum documento encontrado — coloque o documento inteiro dentro da moldura',
        cut_off: 'Parte do documento ficou cortada — afaste-se até os quatro cantos ficarem dentro da moldura',
        glare: 'Reflexo no cartão: incline-o para longe da luz',
        blurry: 'Demasiado desfocada: mantenha-se imóvel e toque para focar',
        low_resolution: 'Resolução demasiado baixa: use a câmara ou uma fotografia maior',
        no_face: 'Não se vê um rosto na oval: olhe diretamente para a câmara, com o rosto dentro da oval',
      },
      selfieGlare: 'Reflexo no rosto: vire-se para longe da luz',
      fileSelfieGlare: 'Reflexo no rosto: escolha uma fotografia sem reflexos',
      selfieTooFar: 'Aproxime-se: o rosto deve preencher a oval',
      fileSelfieTooFar: 'O rosto está demasiado pequeno nesta fotografia: escolha uma em que ocupe mais espaço',
      fileProblems: {
        dark: 'Demasiado escura: escolha uma fotografia mais clara',
        bright: 'Sobreexposta: partes da imagem perderam-se no branco; escolha outra fotografia',
        too_far: 'O documento está demasiado pequeno nesta fotografia: escolha uma em que ocupe mais espaço',
        no_document: 'Nenhum documento encontrado nesta fotografia — escolha uma fotografia do documento',
        cut_off: 'Parte do documento ficou cortada nesta fotografia — escolha uma que mostre os quatro cantos',
        glare: 'Um reflexo esconde parte do documento: escolha uma fotografia sem reflexos',
        blurry: 'Demasiado desfocada: escolha uma fotografia mais nítida',
        low_resolution: 'Resolução demasiado baixa: escolha uma fotografia maior',
        no_face: 'Não se vê um rosto nesta fotografia: escolha uma fotografia do seu rosto, a olhar diretamente para a câmara',
      },
      selfieGood: 'Parece bem. Confirme que todo o rosto está nítido e bem visível.',
      mayBeRefused: 'Esta fotografia pode ser recusada:',
      chooseAnother: 'Escolher outro ficheiro',
      warning: 'Esta fotografia ainda tem problemas e pode ser recusada. Use-a apenas se não conseguir tirar uma melhor.',
      unchecked: 'Não foi possível verificar esta fotografia neste dispositivo. Confirme que está nítida e legível.',
      use: 'Usar esta fotografia',
      useAnyway: 'Usar esta fotografia mesmo assim',
      retake: 'Repetir',
      holdStill: 'Mantenha-se imóvel',
      steady: 'Mantenha-se imóvel: a tirar a fotografia',
      torch: 'Luz',
      switchCamera: 'Mudar de câmara',
    },
  },
  camera: {
    preview: 'Pré-visualização da câmara',
    starting: 'A iniciar a câmara…',
    retry: 'Tentar a câmara novamente',
    denied:
      'O acesso à câmara está bloqueado. Pode carregar uma fotografia em alternativa, ou permitir a câmara nas definições do browser e tentar novamente.',
    notFound: 'Não foi encontrada nenhuma câmara neste dispositivo. Pode carregar uma fotografia em alternativa.',
    inUse: 'A sua câmara está a ser utilizada por outra aplicação. Feche essa aplicação e tente novamente, ou carregue uma fotografia em alternativa.',
    failed: 'Não foi possível iniciar a câmara. Tente novamente ou carregue uma fotografia em alternativa.',
    requiredDenied:
      'Esta verificação precisa de uma fotografia tirada no momento com a sua câmara. Permita o acesso à câmara nas definições do browser e tente novamente.',
    requiredNotFound:
      'Esta verificação precisa de uma fotografia tirada no momento com uma câmara, e não foi encontrada nenhuma. Continue num dispositivo com câmara, como o seu telemóvel.',
    requiredInUse: 'Esta verificação precisa da sua câmara, mas outra aplicação está a utilizá-la. Feche essa aplicação e tente novamente.',
    requiredFailed:
      'Esta verificação precisa da sua câmara, mas não foi possível iniciá-la. Tente novamente ou continue noutro dispositivo.',
  },
  idNumber: {
    heading: 'Os seus dados',
    intro: 'Introduza-os exatamente como constam dos seus documentos oficiais.',
    firstName: 'Nome próprio',
    lastName: 'Apelido',
    dob: 'Data de nascimento',
    idNumber: 'Número do documento',
    idNumberHint: 'De 4 a 32 letras, algarismos, espaços ou hífenes.',
    continue: 'Continuar',
    errors: {
      firstNameRequired: 'Introduza o seu nome próprio.',
      lastNameRequired: 'Introduza o seu apelido.',
      dobRequired: 'Introduza a sua data de nascimento.',
      dobInvalid: 'Introduza uma data de nascimento válida.',
      dobFuture: 'A sua data de nascimento tem de ser uma data passada.',
      idNumberRequired: 'Introduza o número do seu documento.',
      idNumberInvalid: 'O número do documento tem de ter de 4 a 32 letras, algarismos, espaços ou hífenes.',
    },
  },
  review: {
    heading: 'Verificar e enviar',
    intro: 'Confirme que cada fotografia está nítida e fácil de ler.',
    sides: { front: 'Frente', back: 'Verso', selfie: 'Selfie' },
    imageAlt: { front: 'Frente do seu documento', back: 'Verso do seu documento', selfie: 'A sua selfie' },
    retake: 'Repetir',
    retakeLabel: {
      front: 'Repetir a fotografia da frente',
      back: 'Repetir a fotografia do verso',
      selfie: 'Repetir a selfie',
    },
    detailsHeading: 'Os seus dados',
    name: 'Nome',
    dob: 'Data de nascimento',
    idNumber: 'Número do documento',
    idNumberMasked: (lastFour: string) => `terminado em ${lastFour}`,
    edit: 'Editar',
    editDetailsLabel: 'Editar os seus dados',
    uploading: 'A carregar as fotografias…',
    uploadingPercent: (percent: number) => `A carregar as fotografias… ${percent}%`,
    submitting: 'A enviar…',
    submit: 'Enviar',
  },
  dialog: {
    title: 'Verifique a sua identidade',
    close: 'Fechar',
    testMode: 'Modo de teste',
    testModeHint: 'Modo de teste: não é feita nenhuma verificação real.',
  },
  loading: {
    heading: 'A carregar…',
  },
  processing: {
    heading: 'A verificar os seus dados',
    body: 'Normalmente demora alguns segundos. Pode fechar esta janela: a verificação continua.',
  },
  outcome: {
    verifiedHeading: 'A sua identidade foi verificada',
    verifiedBody: 'Obrigado. A sua identidade foi confirmada.',
    failedHeading: 'A verificação não foi concluída',
    declinedHeading: 'Verificação recusada',
    declinedBody: 'Optou por não fazer a verificação. Pode recomeçar quando quiser.',
    canceledHeading: 'Verificação cancelada',
    canceledBody: 'Esta verificação foi cancelada e já não pode ser concluída.',
    tryAgain: 'Tentar novamente',
    done: 'Concluir',
    verifiedNext: 'Pode fechar esta janela e continuar.',
    canceledNext: 'Feche esta janela. Se ainda precisar de confirmar a sua identidade, inicie uma nova verificação.',
    redo: {
      selfie: 'Ao tentar novamente, só precisará de tirar uma nova selfie.',
      document: 'Ao tentar novamente, só precisará de novas fotografias do seu documento.',
      'other-document': 'Ao tentar novamente, escolha outro documento e tire fotografias dele.',
      'id-number': 'Ao tentar novamente, só precisará de verificar os seus dados.',
      everything: 'Ao tentar novamente, passará outra vez por todos os passos.',
    },
  },
  lastErrors: {
    abandoned: 'A verificação não foi concluída a tempo.',
    consent_declined: 'Optou por não fazer a verificação.',
    country_not_supported: 'Não é possível utilizar aqui documentos deste país. Experimente um documento de outro país.',
    device_not_supported:
      'Este dispositivo não consegue tirar as fotografias de que esta verificação precisa. Experimente outro dispositivo.',
    document_expired: 'O seu documento caducou. Tente novamente com um documento dentro da validade.',
    document_type_not_supported: 'Este tipo de documento não é aceite aqui. Tente novamente com um dos documentos aceites.',
    document_unverified_other:
      'Não foi possível verificar o seu documento. Confirme que o documento inteiro aparece na fotografia, nítido e sem reflexos.',
    id_number_insufficient_document_data:
      'O seu documento não tem informações suficientes para verificar o número do documento.',
    id_number_mismatch: 'Os dados que introduziu não correspondem aos registos oficiais. Confirme-os e tente novamente.',
    id_number_unverified_other: 'Não foi possível verificar o número do documento. Confirme-o e tente novamente.',
    selfie_document_missing_photo:
      'O seu documento não tem uma fotografia do seu rosto para comparação. Experimente um documento com fotografia.',
    selfie_face_mismatch:
      'A sua selfie não corresponde à fotografia do seu documento. Tente novamente num local bem iluminado, de frente para a câmara.',
    selfie_manipulated: 'Não foi possível aceitar a sua selfie. Tire uma nova diretamente com a câmara.',
    selfie_unverified_other:
      'Não foi possível verificar a sua selfie. Tente novamente num local bem iluminado, de frente para a câmara.',
    under_supported_age: 'Não tem a idade mínima exigida para esta verificação.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Ocorreu um problema',
    retry: 'Tentar novamente',
    close: 'Fechar',
    codes: {
      client_secret_missing: 'Não foi possível iniciar esta verificação. Feche esta janela e tente novamente.',
      client_secret_malformed: 'Não foi possível iniciar esta verificação. Feche esta janela e tente novamente.',
      secret_invalid: 'Não foi possível iniciar esta verificação. Feche esta janela e tente novamente.',
      secret_expired: 'Esta verificação expirou. Feche esta janela e comece de novo.',
      secret_spent: 'Esta verificação já foi utilizada. Feche esta janela para iniciar uma nova.',
      resource_missing: 'Esta verificação não foi encontrada. Feche esta janela e tente novamente.',
      session_unexpected_state: 'Esta verificação já não pode ser alterada. Feche esta janela.',
      session_redacted: 'Esta verificação foi encerrada e os seus dados eliminados. Feche esta janela.',
      network: 'Parece estar sem ligação à Internet. Verifique a sua ligação e tente novamente.',
      timeout: 'A ligação está demasiado lenta neste momento. Tente novamente daqui a pouco.',
      rate_limited: 'Demasiadas tentativas. Aguarde um momento e tente novamente.',
      file_type_unsupported: 'O serviço de verificação não conseguiu utilizar esta fotografia. Repita-a ou escolha uma imagem JPEG, PNG ou WebP.',
      file_too_large: 'Esta fotografia é demasiado grande para o serviço de verificação. Repita-a ou escolha uma fotografia com menos de 10\u00a0MB.',
    },
    generic: 'Não foi possível contactar o serviço de verificação. Tente novamente daqui a pouco.',
  },
  handoff: {
    offer: 'Continuar no telemóvel',
    scan: 'Leia este código com a câmara do telemóvel ou abra a ligação no telemóvel: a câmara dele tira fotografias mais nítidas.',
    qrLabel: (url: string) => `Código QR da ligação ${url}`,
    linkLabel: 'Ligação para o telemóvel',
    copy: 'Copiar ligação',
    copied: 'Ligação copiada',
    expires: (time: string) => `Este código só pode ser usado uma vez, até às ${time}.`,
    creating: 'A criar um código para o telemóvel…',
    waiting: 'À espera do telemóvel…',
    opened: 'Aberto no telemóvel. Continue aí.',
    submitted: 'Fotografias enviadas — a verificar…',
    expired: 'Este código expirou.',
    failed: 'Não foi possível criar o código para o telemóvel. Tente novamente ou use este computador.',
    newCode: 'Criar um novo código',
    useComputer: 'Usar antes este computador',
    returnToComputer: 'Já pode voltar ao computador.',
    retryOnComputer: 'Para tentar novamente, volte ao seu computador: a próxima tentativa começa aí.',
    codes: {
      handoff_code_expired: 'Esta ligação expirou. Crie um novo código no computador.',
      handoff_code_claimed: 'Esta ligação já foi usada. Crie um novo código no computador.',
      handoff_code_revoked: 'Esta ligação já não funciona. Crie um novo código no computador.',
      handoff_code_invalid: 'Esta ligação não é válida. Crie um novo código no computador.',
    },
  },
  // handoff and outcomes
  handoffOutcomes: {
    errorHeadings: {
      offline: 'Sem ligação',
      busy: 'Demasiadas tentativas',
      service: 'O serviço não está a responder',
      notStarted: 'Não foi possível iniciar esta verificação',
      expired: 'Esta verificação expirou',
      used: 'Esta verificação já foi utilizada',
      ended: 'Esta verificação terminou',
      linkExpired: 'Esta ligação expirou',
      linkUsed: 'Esta ligação já foi utilizada',
      linkRevoked: 'Esta ligação já não funciona',
      linkInvalid: 'Esta ligação não é válida',
    },
    errorBodies: {
      notStarted: 'A página que a iniciou pode estar desatualizada.',
      expired: 'Uma verificação fica aberta apenas durante um tempo limitado.',
      used: 'Cada verificação só pode ser concluída uma vez.',
      ended: 'Foi concluída, cancelada ou eliminada e já não pode ser alterada.',
    },
    startAgain: {
      modal: 'Feche esta janela e, depois, inicie uma nova verificação.',
      inline: 'Para continuar, inicie uma nova verificação a partir da página que o trouxe até aqui.',
      phone: 'Para continuar, volte ao computador.',
    },
    verifiedNextInline: 'Pode continuar.',
    canceledNextInline: 'Se ainda precisar de verificar a sua identidade, inicie uma nova verificação.',
    processingBodyInline: 'Normalmente demora alguns segundos. A verificação continua mesmo que saia desta página.',
    continuing: (business: string) => `Está a continuar a sua verificação para ${business}, iniciada no computador.`,
    continuingUnnamed: 'Está a continuar a verificação iniciada no computador.',
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG ou WebP, até 10\u00a0MB.',
    day: 'Dia',
    month: 'Mês',
    year: 'Ano',
    dateExample: (example: string) => `Por exemplo: ${example}`,
    showCode: 'Mostrar novamente o código',
    hideCode: 'Ocultar o código',
  },
} satisfies Translation;

export default ptPT;
