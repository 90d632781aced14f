import type { LastErrorCode } from '../core/types.js';
import type { Translation } from './en.js';

// Brazilian Portuguese, addressing the person as você. Loaded on demand (see index.ts), also for a
// bare `pt`. Terms: GLOSSARY.md.

/** “name”, the quotation marks used in Brazil. */
const quoted = (fileName: string) => `“${fileName}”`;

/** “of your …” for this file's document names, by gender; any other name follows a colon. */
const OF_YOUR = new Map([
  ['passaporte', 'do seu passaporte'],
  ['carteira de identidade', 'da sua carteira de identidade'],
  ['carteira de motorista', 'da sua carteira de motorista'],
  ['documento', 'do seu documento'],
]);
const side = (side: string, document: string) => {
  const ofYour = OF_YOUR.get(document);
  return ofYour ? `${side} ${ofYour}` : `${side}: ${document}`;
};

/** Brazilian Portuguese strings. */
const ptBR = {
  documentTypeNames: {
    passport: 'passaporte',
    id_card: 'carteira de identidade',
    driving_license: 'carteira de motorista',
  },
  progress: {
    label: (current: number, total: number) => `Etapa ${current} de ${total}`,
    back: 'Voltar',
    keepPhoto: 'Manter a foto já tirada',
  },
  leave: {
    heading: 'Sair da verificação?',
    body: 'Suas fotos e seus dados serão excluídos.',
    stay: 'Continuar',
    leave: 'Sair',
  },
  consent: {
    heading: 'Antes de começar',
    intro: 'Para confirmar que você é quem diz ser, vamos pedir:',
    documentPhoto: 'Uma foto do seu documento de identificação',
    selfie: 'Uma selfie, para comparar com a foto do seu documento',
    idNumber: 'Seu nome, data de nascimento e número do documento',
    privacy: 'Seus dados são usados somente nesta verificação e enviados por uma conexão criptografada.',
    whyLabel: 'Por que isso é necessário?',
    whyText:
      'A conferência de um documento oficial protege você e este serviço contra fraudes e falsidade ideológica. Além disso, alguns serviços são obrigados por lei a confirmar a identidade dos seus clientes.',
    accept: 'Aceitar e continuar',
    decline: 'Recusar',
    requestedBy: (business: string) => `${business} pede que você confirme sua identidade.`,
    privacyPolicy: 'Ler a política de privacidade',
    duration: (time: string) => `Leva cerca de ${time}.`,
  },
  documentType: {
    heading: 'Escolha seu documento',
    legend: 'Qual documento você vai usar?',
    continue: 'Continuar',
    required: 'Escolha o documento que você vai usar.',
  },
  capture: {
    headings: {
      front: (document: string) => side('Frente', document),
      back: (document: string) => side('Verso', document),
      selfie: (_document: string) => 'Tire uma selfie',
    },
    genericDocument: 'documento',
    cameraInstructions: {
      document: 'Posicione o documento dentro da moldura, em um lugar bem iluminado, com os quatro cantos visíveis.',
      selfie: 'Olhe diretamente para a câmera e mantenha o rosto dentro do oval.',
    },
    uploadInstructions: 'Envie uma foto nítida.',
    capture: 'Tirar foto',
    chooseFile: 'Escolher uma foto',
    dropHint: 'ou arraste e solte aqui',
    useUpload: 'Enviar uma foto',
    useCamera: 'Usar a câmera',
    tipsLabel: 'Dicas para uma boa foto',
    tips: [
      'Escolha um lugar bem iluminado e evite reflexos no documento.',
      'Mantenha o documento inteiro dentro da moldura, reto e em foco.',
      'Não cubra nenhuma parte dele com os dedos.',
    ],
    fileTypeInvalid: (fileName: string) =>
      `${quoted(fileName)} não é uma foto que possamos usar. Escolha uma imagem JPEG, PNG ou WebP.`,
    fileTooLarge: (fileName: string, megabytes: string) =>
      `${quoted(fileName)} tem ${megabytes.replace('.', ',')}\u00a0MB, acima do limite de 10\u00a0MB. Escolha uma foto menor.`,
    fileEmpty: (fileName: string) => `${quoted(fileName)} está vazio. Escolha outra foto.`,
    fileHeic: (fileName: string) =>
      `${quoted(fileName)} é uma foto HEIC, que não pode ser usada. Escolha uma imagem JPEG, PNG ou WebP, ou use a câmera.`,
    fileAnimated: (fileName: string) =>
      `${quoted(fileName)} é uma imagem animada. Escolha uma foto estática.`,
    fileCorrupt: (fileName: string) =>
      `${quoted(fileName)} está danificado ou incompleto. Escolha outra foto.`,
    fileTooManyPixels: (fileName: string) =>
      `${quoted(fileName)} tem mais de 50\u00a0megapixels. Escolha uma foto menor.`,
    fileNotPrepared: (fileName: string) =>
      `Não foi possível preparar ${quoted(fileName)} para envio neste dispositivo. Tente de novo ou use a câmera.`,
    passportHeading: 'Página da foto do seu passaporte',
    check: {
      checking: 'Verificando a foto…',
      imageAlt: 'A foto que você tirou ou escolheu',
      good: 'Parece boa. Confira se todo o texto está nítido e legível.',
      refused: 'Esta foto ainda não pode ser usada:',
      problems: {
        dark: 'Escura demais: vá para um lugar mais iluminado',
        bright: 'Clara demais: saia da luz direta',
        too_far: 'Aproxime-se: o documento ocupa pouco do enquadramento',
        no_document: 'Nenhum documento encontrado — coloque o documento inteiro dentro da moldura',
        cut_off: 'Parte do documento ficou cortada — afaste-se até os quatro cantos ficarem dentro da moldura',
        glare: 'Reflexo no cartão: incline-o para longe da luz',
        blurry: 'Desfocada demais: fique parado e toque para focar',
        low_resolution: 'Resolução baixa demais: use a câmera ou uma foto maior',
        no_face: 'Não vemos um rosto no oval: olhe diretamente para a câmera, com o rosto dentro do oval',
      },
      selfieGlare: 'Reflexo no seu rosto: vire-se para longe da luz',
      fileSelfieGlare: 'Reflexo no seu rosto: escolha uma foto sem reflexos',
      selfieTooFar: 'Aproxime-se: seu rosto deve preencher o oval',
      fileSelfieTooFar: 'Seu rosto está pequeno demais nesta foto: escolha uma em que ele ocupe mais espaço',
      fileProblems: {
        dark: 'Escura demais: escolha uma foto mais clara',
        bright: 'Superexposta: partes da imagem sumiram no branco; escolha outra foto',
        too_far: 'O documento está pequeno demais nesta foto: escolha uma em que ele ocupe mais espaço',
        no_document: 'Nenhum documento encontrado nesta foto — escolha uma foto do documento',
        cut_off: 'Parte do documento ficou cortada nesta foto — escolha uma que mostre os quatro cantos',
        glare: 'Um reflexo esconde parte do documento: escolha uma foto sem reflexos',
        blurry: 'Desfocada demais: escolha uma foto mais nítida',
        low_resolution: 'Resolução baixa demais: escolha uma foto maior',
        no_face: 'Não vemos um rosto nesta foto: escolha uma foto do seu rosto, olhando diretamente para a câmera',
      },
      selfieGood: 'Parece bom. Confira se todo o seu rosto está nítido e bem visível.',
      mayBeRefused: 'Esta foto pode ser recusada:',
      chooseAnother: 'Escolher outro arquivo',
      warning: 'Esta foto ainda tem problemas e pode ser recusada. Use-a só se não conseguir tirar uma melhor.',
      unchecked: 'Não foi possível verificar esta foto neste dispositivo. Confira se ela está nítida e legível.',
      use: 'Usar esta foto',
      useAnyway: 'Usar esta foto mesmo assim',
      retake: 'Tirar de novo',
      holdStill: 'Fique parado',
      steady: 'Fique parado: tirando a foto',
      torch: 'Luz',
      switchCamera: 'Trocar de câmera',
    },
  },
  camera: {
    preview: 'Visualização da câmera',
    starting: 'Iniciando a câmera…',
    retry: 'Tentar a câmera de novo',
    denied:
      'O acesso à câmera está bloqueado. Você pode enviar uma foto, ou permitir a câmera nas configurações do navegador e tentar de novo.',
    notFound: 'Nenhuma câmera foi encontrada neste dispositivo. Você pode enviar uma foto.',
    inUse: 'Sua câmera está sendo usada por outro app. Feche esse app e tente de novo, ou envie uma foto.',
    failed: 'Não foi possível iniciar a câmera. Tente de novo ou envie uma foto.',
    requiredDenied:
      'Esta verificação precisa de uma foto tirada na hora com a sua câmera. Permita o acesso à câmera nas configurações do navegador e tente de novo.',
    requiredNotFound:
      'Esta verificação precisa de uma foto tirada na hora com uma câmera, e nenhuma foi encontrada. Continue em um dispositivo com câmera, como o seu celular.',
    requiredInUse: 'Esta verificação precisa da sua câmera, mas outro app está usando. Feche esse app e tente de novo.',
    requiredFailed: 'Esta verificação precisa da sua câmera, mas não foi possível iniciá-la. Tente de novo ou continue em outro dispositivo.',
  },
  idNumber: {
    heading: 'Seus dados',
    intro: 'Digite os dados exatamente como aparecem nos seus documentos oficiais.',
    firstName: 'Nome',
    lastName: 'Sobrenome',
    dob: 'Data de nascimento',
    idNumber: 'Número do documento',
    idNumberHint: 'De 4 a 32 letras, números, espaços ou hifens.',
    continue: 'Continuar',
    errors: {
      firstNameRequired: 'Digite seu nome.',
      lastNameRequired: 'Digite seu sobrenome.',
      dobRequired: 'Digite sua data de nascimento.',
      dobInvalid: 'Digite uma data de nascimento válida.',
      dobFuture: 'Sua data de nascimento precisa estar no passado.',
      idNumberRequired: 'Digite o número do seu documento.',
      idNumberInvalid: 'O número do documento precisa ter de 4 a 32 letras, números, espaços ou hifens.',
    },
  },
  review: {
    heading: 'Confira e envie',
    intro: 'Verifique se cada foto está nítida e fácil de ler.',
    sides: { front: 'Frente', back: 'Verso', selfie: 'Selfie' },
    imageAlt: { front: 'Frente do seu documento', back: 'Verso do seu documento', selfie: 'Sua selfie' },
    retake: 'Tirar de novo',
    retakeLabel: { front: 'Tirar de novo a foto da frente', back: 'Tirar de novo a foto do verso', selfie: 'Tirar a selfie de novo' },
    detailsHeading: 'Seus dados',
    name: 'Nome',
    dob: 'Data de nascimento',
    idNumber: 'Número do documento',
    idNumberMasked: (lastFour: string) => `terminado em ${lastFour}`,
    edit: 'Editar',
    editDetailsLabel: 'Editar seus dados',
    uploading: 'Enviando as fotos…',
    uploadingPercent: (percent: number) => `Enviando as fotos… ${percent}%`,
    submitting: 'Enviando…',
    submit: 'Enviar',
  },
  dialog: {
    title: 'Verifique sua identidade',
    close: 'Fechar',
    testMode: 'Modo de teste',
    testModeHint: 'Modo de teste: nenhuma verificação real é feita.',
  },
  loading: {
    heading: 'Carregando…',
  },
  processing: {
    heading: 'Verificando seus dados',
    body: 'Isso costuma levar alguns segundos. Você pode fechar esta janela: a verificação continua.',
  },
  outcome: {
    verifiedHeading: 'Sua identidade foi verificada',
    verifiedBody: 'Obrigado. Sua identidade foi confirmada.',
    failedHeading: 'A verificação não foi concluída',
    declinedHeading: 'Verificação recusada',
    declinedBody: 'Você optou por não fazer a verificação. Pode começar de novo quando quiser.',
    canceledHeading: 'Verificação cancelada',
    canceledBody: 'Esta verificação foi cancelada e não pode mais ser concluída.',
    tryAgain: 'Tentar de novo',
    done: 'Concluir',
    verifiedNext: 'Você pode fechar esta janela e continuar.',
    canceledNext: 'Feche esta janela. Se ainda precisar confirmar sua identidade, inicie uma nova verificação.',
    redo: {
      selfie: 'Ao tentar de novo, você só precisará tirar uma nova selfie.',
      document: 'Ao tentar de novo, você só precisará de novas fotos do seu documento.',
      'other-document': 'Ao tentar de novo, escolha outro documento e tire fotos dele.',
      'id-number': 'Ao tentar de novo, você só precisará conferir seus dados.',
      everything: 'Ao tentar de novo, você passará por todas as etapas outra vez.',
    },
  },
  lastErrors: {
    abandoned: 'A verificação não foi concluída a tempo.',
    consent_declined: 'Você optou por não fazer a verificação.',
    country_not_supported: 'Documentos deste país não podem ser usados aqui. Tente com um documento de outro país.',
    device_not_supported: 'Este dispositivo não consegue tirar as fotos de que esta verificação precisa. Tente em outro dispositivo.',
    document_expired: 'Seu documento está vencido. Tente de novo com um documento dentro da validade.',
    document_type_not_supported: 'Este tipo de documento não é aceito aqui. Tente de novo com um dos documentos aceitos.',
    document_unverified_other:
      'Não conseguimos verificar seu documento. Confira se o documento inteiro aparece na foto, nítido e sem reflexos.',
    id_number_insufficient_document_data: 'Seu documento não tem informações suficientes para conferir o número do documento.',
    id_number_mismatch: 'Os dados que você digitou não correspondem aos registros oficiais. Confira e tente de novo.',
    id_number_unverified_other: 'Não conseguimos verificar o número do documento. Confira e tente de novo.',
    selfie_document_missing_photo:
      'Seu documento não tem uma foto do seu rosto para comparação. Tente com um documento que tenha foto.',
    selfie_face_mismatch:
      'Sua selfie não corresponde à foto do seu documento. Tente de novo em um lugar bem iluminado, olhando para a câmera.',
    selfie_manipulated: 'Não foi possível aceitar sua selfie. Tire uma nova diretamente com a câmera.',
    selfie_unverified_other: 'Não conseguimos verificar sua selfie. Tente de novo em um lugar bem iluminado, olhando para a câmera.',
    under_supported_age: 'Você não tem a idade mínima para fazer a verificação aqui.',
  } satisfies Record<LastErrorCode, string>,
  errors: {
    heading: 'Algo deu errado',
    retry: 'Tentar de novo',
    close: 'Fechar',
    codes: {
      client_secret_missing: 'Não foi possível iniciar esta verificação. Feche esta janela e tente de novo.',
      client_secret_malformed: 'Não foi possível iniciar esta verificação. Feche esta janela e tente de novo.',
      secret_invalid: 'Não foi possível iniciar esta verificação. Feche esta janela e tente de novo.',
      secret_expired: 'Esta verificação expirou. Feche esta janela e comece de novo.',
      secret_spent: 'Esta verificação já foi usada. Feche esta janela para iniciar uma nova.',
      resource_missing: 'Esta verificação não foi encontrada. Feche esta janela e tente de novo.',
      session_unexpected_state: 'Esta verificação não pode mais ser alterada. Feche esta janela.',
      session_redacted: 'Esta verificação foi encerrada e seus dados foram excluídos. Feche esta janela.',
      network: 'Parece que você está sem internet. Confira sua conexão e tente de novo.',
      timeout: 'A conexão está lenta demais agora. Tente de novo daqui a pouco.',
      rate_limited: 'Muitas tentativas. Aguarde um pouco e tente de novo.',
      file_type_unsupported: 'O serviço de verificação não conseguiu usar esta foto. Tire de novo ou escolha uma imagem JPEG, PNG ou WebP.',
      file_too_large: 'Esta foto é grande demais para o serviço de verificação. Tire de novo ou escolha uma foto com menos de 10\u00a0MB.',
    },
    generic: 'Não foi possível acessar o serviço de verificação. Tente de novo daqui a pouco.',
  },
  handoff: {
    offer: 'Continuar no celular',
    scan: 'Escaneie este código com a câmera do seu celular ou abra o link no celular: a câmera dele tira fotos mais nítidas.',
    qrLabel: (url: string) => `Código QR do link ${url}`,
    linkLabel: 'Link para o seu celular',
    copy: 'Copiar link',
    copied: 'Link copiado',
    expires: (time: string) => `Este código vale uma única vez, até ${time}.`,
    creating: 'Criando um código para o seu celular…',
    waiting: 'Aguardando o seu celular…',
    opened: 'Aberto no celular. Continue por lá.',
    submitted: 'Fotos enviadas — verificando…',
    expired: 'Este código expirou.',
    failed: 'Não foi possível criar o código para o celular. Tente de novo ou use este computador.',
    newCode: 'Criar um novo código',
    useComputer: 'Usar este computador',
    returnToComputer: 'Agora você pode voltar ao seu computador.',
    retryOnComputer: 'Para tentar de novo, volte ao seu computador: a próxima tentativa começa lá.',
    codes: {
      handoff_code_expired: 'Este link expirou. Crie um novo código no seu computador.',
      handoff_code_claimed: 'Este link já foi usado. Crie um novo código no seu computador.',
      handoff_code_revoked: 'Este link não funciona mais. Crie um novo código no seu computador.',
      handoff_code_invalid: 'Este link não é válido. Crie um novo código no seu computador.',
    },
  },
  // handoff and outcomes
  handoffOutcomes: {
    errorHeadings: {
      offline: 'Sem conexão',
      busy: 'Tentativas demais',
      service: 'O serviço não está respondendo',
      notStarted: 'Não foi possível iniciar esta verificação',
      expired: 'Esta verificação expirou',
      used: 'Esta verificação já foi usada',
      ended: 'Esta verificação foi encerrada',
      linkExpired: 'Este link expirou',
      linkUsed: 'Este link já foi usado',
      linkRevoked: 'Este link não funciona mais',
      linkInvalid: 'Este link não é válido',
    },
    errorBodies: {
      notStarted: 'A página que a iniciou pode estar desatualizada.',
      expired: 'Uma verificação fica aberta só por um tempo limitado.',
      used: 'Cada verificação só pode ser concluída uma vez.',
      ended: 'Ela foi concluída, cancelada ou excluída e não pode mais ser alterada.',
    },
    startAgain: {
      modal: 'Feche esta janela e depois inicie uma nova verificação.',
      inline: 'Para continuar, inicie uma nova verificação na página que trouxe você até aqui.',
      phone: 'Para continuar, volte ao seu computador.',
    },
    verifiedNextInline: 'Você pode continuar.',
    canceledNextInline: 'Se ainda precisar verificar sua identidade, inicie uma nova verificação.',
    processingBodyInline: 'Isso costuma levar alguns segundos. A verificação continua mesmo se você sair desta página.',
    continuing: (business: string) => `Você está continuando sua verificação para ${business}, iniciada no computador.`,
    continuingUnnamed: 'Você está continuando a verificação iniciada no computador.',
  },
  // consent and capture feedback (issue 25)
  feedback: {
    fileFormats: 'JPEG, PNG ou WebP, de até 10\u00a0MB.',
    day: 'Dia',
    month: 'Mês',
    year: 'Ano',
    dateExample: (example: string) => `Por exemplo: ${example}`,
    showCode: 'Mostrar o código de novo',
    hideCode: 'Ocultar o código',
  },
} satisfies Translation;

export default ptBR;
