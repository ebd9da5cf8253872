// Explicações em português do Brasil (você), com palavras que um leitor de Portugal também entende.
// Sem números: as esperas vêm dos dados de duração e os limites e prazos dos valores das notas
// regionais ({slots}).
import type { LanguagePack } from '../types';

const pack: LanguagePack = {
  lang: 'pt',

  stages: {
    ordered: { name: 'Pedido feito', description: 'O pedido existe, mas nada foi entregue a uma transportadora ainda.' },
    shipped: { name: 'Enviado', description: 'O vendedor criou o envio ou entregou a encomenda à transportadora na China.' },
    'origin-hub': { name: 'Triagem na China', description: 'A encomenda está em um centro de triagem na China, sendo agrupada por destino.' },
    export: { name: 'Exportação', description: 'A encomenda está com a empresa de transporte internacional e passa pela alfândega de exportação.' },
    international: { name: 'Transporte internacional', description: 'A encomenda saiu da China, ou está prestes a sair, de avião, caminhão ou trem.' },
    arrived: { name: 'Chegada', description: 'A encomenda chegou ao seu país ou a um centro de trânsito no caminho até ele.' },
    'import-customs': { name: 'Alfândega', description: 'A alfândega do seu país está verificando a encomenda e pode cobrar impostos.' },
    'last-mile': { name: 'Transportadora local', description: 'Os correios ou a transportadora do seu país estão com a encomenda e fazendo a triagem até você.' },
    'out-for-delivery': { name: 'Entrega ou retirada', description: 'A encomenda está a caminho da sua porta ou esperando por você em um ponto de retirada.' },
    delivered: { name: 'Entregue', description: 'A encomenda foi entregue a você ou deixada como você pediu.' },
    returned: { name: 'Devolvida', description: 'A encomenda está voltando, ou já voltou, para o remetente.' },
    canceled: { name: 'Cancelado', description: 'O pedido ou o envio foi cancelado.' },
    exception: { name: 'Problema', description: 'Algo deu errado que não pertence a uma etapa específica: extravio, dano ou falta de notícias.' },
  },

  statuses: {
    // ---- pedido ----
    'order-created': {
      title: 'Pedido criado',
      meaning: 'Seu pedido foi feito. Nada foi pago nem enviado ainda.',
      next: 'Assim que o pagamento for aprovado, o vendedor começa a preparar o pedido.',
      worry: 'Não há motivo para preocupação.',
    },
    'awaiting-payment': {
      title: 'Aguardando pagamento',
      meaning: 'O pedido foi feito, mas o AliExpress ainda não recebeu o pagamento.',
      next: 'Pague antes que termine a contagem regressiva na página do pedido; senão, o pedido é fechado automaticamente.',
      worry: 'Não precisa se preocupar. Se você já pagou e continua assim, confira a forma de pagamento na página do pedido.',
    },
    'payment-being-verified': {
      title: 'Pagamento em verificação',
      meaning: 'O AliExpress está verificando seu pagamento antes de passar o pedido ao vendedor.',
      next: 'Quando a verificação terminar, o vendedor começa a preparar o pedido.',
      worry: 'É rotina. Se continuar assim depois de {worryDays} dias, veja a página do pedido ou a ajuda do AliExpress.',
    },
    'order-paid': {
      title: 'Pedido pago',
      meaning: 'Seu pagamento foi aprovado e o vendedor já foi avisado para preparar o pedido.',
      next: 'O vendedor embala o pedido e o entrega a uma transportadora.',
      worry: 'Não há motivo para preocupação.',
    },
    'awaiting-shipment': {
      title: 'Vendedor preparando o pedido',
      meaning: 'O vendedor está preparando seu pedido. Uma contagem regressiva na página do pedido mostra quanto tempo ele tem para enviar.',
      next: 'O vendedor envia o pedido e você recebe um código de rastreio.',
      worry: 'Normal. Se a contagem acabar sem envio, o AliExpress costuma cancelar o pedido e devolver seu dinheiro. Fale com o vendedor se nada acontecer em {worryDays} dias.',
    },
    'package-in-preparation': {
      title: 'Pacote em preparação',
      meaning: 'O vendedor ou o armazém do AliExpress está embalando seu pedido. Ele ainda não saiu.',
      next: 'A encomenda é entregue à transportadora e aparecem os primeiros registros no rastreio.',
      worry: 'Normal. Se nada se mexer em {worryDays} dias, mande uma mensagem ao vendedor.',
    },

    // ---- enviado ----
    'shipment-info-received': {
      title: 'Etiqueta de envio criada',
      meaning: 'O vendedor criou o envio e mandou os dados para a transportadora. A encomenda em si pode ainda não ter saído do lugar.',
      next: 'A transportadora coleta a encomenda e faz o primeiro registro no rastreio.',
      worry: 'Uma etiqueta pode esperar um tempo até o primeiro registro. Se ainda não houver nenhum depois de {worryDays} dias, pergunte ao vendedor.',
    },
    'pre-shipment-notice': {
      title: 'Envio anunciado',
      meaning: 'É só um aviso prévio com os dados da encomenda. Não quer dizer que ela esteja em movimento.',
      next: 'A transportadora coleta a encomenda e começam as movimentações de verdade.',
      worry: 'Se não houver movimentação real em {worryDays} dias, pergunte ao vendedor se a encomenda foi mesmo entregue à transportadora.',
    },
    'order-shipped': {
      title: 'Pedido enviado',
      meaning: 'O vendedor marcou o pedido como enviado e informou um código de rastreio.',
      next: 'A transportadora registra a encomenda e a leva a um centro de triagem.',
      worry: 'Os primeiros registros podem levar alguns dias. Se nada aparecer depois de {worryDays} dias, pergunte ao vendedor.',
    },
    'awaiting-delivery': {
      title: 'Aguardando entrega',
      meaning: 'O pedido foi enviado e está a caminho. A página de rastreio mostra onde ele está.',
      next: 'A encomenda passa pela triagem, pelo voo, pela alfândega e pela transportadora local.',
      worry: 'Não há motivo para preocupação. Nunca confirme o recebimento antes de ter os produtos em mãos, mesmo que o vendedor peça: isso libera o pagamento para ele e encerra a sua proteção.',
    },
    'warehouse-order-received': {
      title: 'Pedido recebido pelo armazém',
      meaning: 'Um armazém de logística do AliExpress recebeu seu pedido e vai separar e embalar os itens.',
      next: 'O armazém embala a encomenda e a entrega à transportadora.',
      worry: 'Normal. Se ficar assim por {worryDays} dias, pergunte ao vendedor.',
    },
    'warehouse-packing': {
      title: 'Em embalagem',
      meaning: 'O armazém está separando seus itens e embalando a encomenda.',
      next: 'A encomenda sai do armazém com a transportadora.',
      worry: 'Normal. Se nada se mexer em {worryDays} dias, pergunte ao vendedor.',
    },
    'left-warehouse': {
      title: 'Saiu do armazém',
      meaning: 'A encomenda saiu do armazém e foi entregue à transportadora.',
      next: 'A transportadora registra a entrada e a leva a um centro de triagem.',
      worry: 'Dentro da China, o rastreio pode ter poucas atualizações. Se nada de novo aparecer em {worryDays} dias, pergunte ao vendedor.',
    },
    'consolidation-warehouse': {
      title: 'Em armazém de consolidação',
      meaning: 'A encomenda está em um armazém onde as encomendas são agrupadas antes da exportação.',
      next: 'Ela segue para um centro de triagem ou direto para a exportação.',
      worry: 'Normal. Se ficar aqui por {worryDays} dias, pergunte ao vendedor.',
    },
    'collected-by-carrier': {
      title: 'Coletada pela transportadora',
      meaning: 'A transportadora registrou a encomenda e agora é responsável por ela. Ela ainda está na China.',
      next: 'A encomenda vai para um centro de triagem e depois para a exportação.',
      worry: 'Dentro da China, o rastreio costuma ficar parado. Só pergunte ao vendedor se nada mudar em {worryDays} dias; grandes promoções podem atrasar esta etapa.',
    },
    'carrier-pickup-failed': {
      title: 'A transportadora não conseguiu coletar',
      meaning: 'A transportadora tentou buscar a encomenda com o vendedor, mas não conseguiu.',
      next: 'O vendedor agenda uma nova coleta.',
      worry: 'Costuma se resolver rápido. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Mande uma mensagem ao vendedor pelo AliExpress e pergunte quando a encomenda será coletada. Se o prazo de entrega acabar, abra uma disputa na página do pedido.',
    },
    'warehouse-problem': {
      title: 'Problema no armazém',
      meaning: 'O armazém informou um problema com seu pedido, como falta de estoque ou pedido recusado.',
      next: 'O vendedor resolve, envia de novo ou cancela o pedido.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor, pelas mensagens do AliExpress, qual é o problema. Se ele não responder ou não puder enviar, abra uma disputa na página do pedido.',
    },

    // ---- triagem na China ----
    'origin-sorting-inbound': {
      title: 'No centro de triagem na China',
      meaning: 'A encomenda chegou a um centro de triagem na China, onde é agrupada com outras que vão para o seu país.',
      next: 'Ela sai do centro de triagem rumo à exportação.',
      worry: 'Normal. Na China, o rastreio tem poucas atualizações; só se preocupe se nada mudar em {worryDays} dias.',
    },
    'origin-sorting-outbound': {
      title: 'Saiu do centro de triagem',
      meaning: 'A encomenda foi ensacada junto com outras para o seu país e saiu do centro de triagem.',
      next: 'Ela é entregue à empresa de transporte internacional e passa pela alfândega de exportação.',
      worry: 'Normal. Pode ficar um tempo sem notícias; só se preocupe se nada mudar em {worryDays} dias.',
    },
    'origin-sorting-problem': {
      title: 'Retida no centro de triagem',
      meaning: 'O centro de triagem não conseguiu processar a encomenda como previsto. Em geral é um atraso de logística; às vezes, um problema no endereço ou no conteúdo.',
      next: 'A transportadora tenta de novo, ou a encomenda volta para o vendedor.',
      worry: 'Muitas vezes se resolve sozinho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor, pelas mensagens do AliExpress, o que aconteceu. Se a encomenda for devolvida ou continuar parada, abra uma disputa na página do pedido.',
    },

    // ---- exportação ----
    'linehaul-received': {
      title: 'Com a transportadora internacional',
      meaning: 'A encomenda está com a empresa que leva os sacos de encomendas para o exterior. Ela ainda está na China.',
      next: 'A alfândega de exportação libera os sacos e eles são entregues à companhia aérea.',
      worry: 'Os sacos esperam aqui até haver espaço em um voo, caminhão ou navio. Só se preocupe se nada mudar em {worryDays} dias.',
    },
    'linehaul-handover-problem': {
      title: 'Falha na entrega à transportadora internacional',
      meaning: 'A entrega da encomenda à empresa de transporte internacional não deu certo.',
      next: 'A transportadora tenta de novo ou devolve a encomenda ao vendedor.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor pelas mensagens do AliExpress. Se a encomenda ficar parada ou for devolvida, abra uma disputa na página do pedido.',
    },
    'export-customs-started': {
      title: 'Desembaraço de exportação iniciado',
      meaning: 'A alfândega chinesa está verificando o saco em que está sua encomenda antes de ele sair do país.',
      next: 'O desembaraço de exportação é concluído e o saco segue para a companhia aérea.',
      worry: 'É rotina. Só se preocupe se nada mudar em {worryDays} dias.',
    },
    'export-customs-cleared': {
      title: 'Liberada na exportação',
      meaning: 'A encomenda foi liberada para sair da China.',
      next: 'Ela é entregue à companhia aérea ou a outra transportadora para a viagem internacional.',
      worry: 'Normal. Só se preocupe se nada mudar em {worryDays} dias.',
    },
    'export-customs-failed': {
      title: 'Problema na alfândega de exportação',
      meaning: 'A alfândega chinesa não deixou a encomenda sair como previsto.',
      next: 'O problema é resolvido, ou a encomenda volta para o vendedor.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor, pelas mensagens do AliExpress, o que aconteceu. Se a encomenda não puder ser enviada, abra uma disputa na página do pedido.',
    },
    'awaiting-flight': {
      title: 'Aguardando voo',
      meaning: 'A encomenda está pronta para sair da China e espera espaço em um voo.',
      next: 'Ela é entregue à companhia aérea e segue de avião para o seu país ou para um centro de trânsito.',
      worry: 'Esperar voo é normal, e o rastreio costuma ficar parado nesta fase. Só se preocupe se nada mudar em {worryDays} dias.',
    },

    // ---- transporte internacional ----
    'hand-over-to-airline': {
      title: 'Entregue à companhia aérea',
      meaning: 'O saco com sua encomenda está com a companhia aérea ou com o agente de carga dela para o voo internacional.',
      next: 'O avião pousa e a encomenda é registrada no seu país ou em um centro de trânsito.',
      worry: 'Costuma ser a etapa mais longa sem notícias: o rastreio pode parar aqui por um bom tempo, e isso é normal. Só se preocupe depois de {worryDays} dias sem notícias, e fique de olho no prazo da proteção do comprador.',
    },
    'airline-handover-failed': {
      title: 'Não aceita pela companhia aérea',
      meaning: 'A companhia aérea ou a inspeção de segurança do aeroporto não aceitou o saco com sua encomenda.',
      next: 'A encomenda espera outro voo, segue por outro caminho ou volta para o vendedor.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor, pelas mensagens do AliExpress, o que acontece agora. Se a encomenda for devolvida ou continuar parada, abra uma disputa na página do pedido.',
    },
    'departed-origin-country': {
      title: 'Saiu da China',
      meaning: 'A encomenda saiu da China de avião, caminhão ou trem.',
      next: 'Ela é registrada na chegada ao seu país ou a um centro de trânsito.',
      worry: 'A viagem em si é curta, mas o registro de chegada pode demorar bastante. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'in-transit': {
      title: 'Em trânsito',
      meaning: 'Atualização genérica: a encomenda está se deslocando entre duas etapas da viagem.',
      next: 'O próximo registro detalhado mostra onde ela está.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem nenhuma notícia.',
    },
    'arrived-transit-country': {
      title: 'Em centro de trânsito',
      meaning: 'A encomenda está passando por um centro em outro país, por exemplo Liège, na Bélgica, no caso da Europa. Ela ainda não está no seu país.',
      next: 'Ela sai do centro rumo ao seu país.',
      worry: 'As encomendas podem ficar um tempo nesses centros. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'departed-transit-country': {
      title: 'Saiu do centro de trânsito',
      meaning: 'A encomenda saiu do centro de trânsito rumo ao seu país.',
      next: 'Ela chega ao seu país e vai para a alfândega.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'transit-customs-started': {
      title: 'Alfândega em país de trânsito',
      meaning: 'A encomenda está sendo verificada pela alfândega de um país por onde passa.',
      next: 'Ela é liberada e segue para o seu país.',
      worry: 'É rotina. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'transit-customs-cleared': {
      title: 'Liberada em país de trânsito',
      meaning: 'A alfândega do país de trânsito liberou a encomenda.',
      next: 'Ela segue para o seu país.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'transit-customs-failed': {
      title: 'Problema em país de trânsito',
      meaning: 'A alfândega de um país no caminho não liberou a encomenda como previsto.',
      next: 'O problema é resolvido, ou a encomenda é devolvida.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor, pelas mensagens do AliExpress, o que acontece agora. Se a encomenda continuar parada ou for devolvida, abra uma disputa na página do pedido.',
    },
    'rerouted-in-transit': {
      title: 'Rota alterada',
      meaning: 'Em um ponto de trânsito, a encomenda foi mandada por outra rota.',
      next: 'Ela segue para o seu país pela nova rota.',
      worry: 'A mudança de rota acrescenta tempo, mas não é um problema em si. Só se preocupe depois de {worryDays} dias sem notícias.',
    },

    // ---- chegada ----
    'arrived-destination-country': {
      title: 'Chegou ao país de destino',
      meaning: 'A encomenda pousou e está com o agente da transportadora internacional. Atenção: este registro também pode vir de um centro de trânsito, como Liège, e não do seu país.',
      next: 'Ela é apresentada à alfândega e depois entregue à transportadora local.',
      worry: 'É comum ficar sem notícias depois disso: a transportadora local pode ainda não ter enviado seus registros, e as linhas econômicas muitas vezes param de atualizar aqui. Se não houver notícias depois de {worryDays} dias, pergunte na agência dos correios ou procure um novo código de rastreio local.',
    },
    'arrived-at-eu-hub': {
      title: 'No centro europeu',
      meaning: 'A encomenda está em um centro de distribuição europeu, como o centro da Cainiao em Liège. Em geral, ainda não é o seu país.',
      next: 'Ela segue para a alfândega e para a transportadora local do seu país.',
      worry: 'As encomendas podem esperar no centro antes de seguir viagem. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'arrived-customs-area': {
      title: 'Na área alfandegária',
      meaning: 'A encomenda chegou à área onde espera para ser apresentada à alfândega.',
      next: 'A alfândega a verifica.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'linehaul-arrival-problem': {
      title: 'Problema na chegada',
      meaning: 'O registro de chegada no destino indicou um problema.',
      next: 'O problema é resolvido e a encomenda vai para a alfândega, ou ela é devolvida.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor, pelas mensagens do AliExpress, o que aconteceu. Se a encomenda continuar parada, abra uma disputa na página do pedido.',
    },
    'correios-received-in-brazil': {
      title: 'Recebida pelos Correios no Brasil',
      meaning: 'Os Correios receberam a encomenda no Brasil (“Objeto recebido pelos Correios do Brasil”).',
      next: 'Ela passa pela fiscalização aduaneira e depois segue para entrega.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'russian-post-exchange-arrived': {
      title: 'No centro de troca internacional',
      meaning: 'A encomenda chegou à unidade do correio russo que recebe a correspondência vinda do exterior.',
      next: 'Ela é entregue à alfândega.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },

    // ---- alfândega ----
    'at-customs': {
      title: 'Na alfândega',
      meaning: 'A encomenda foi apresentada à alfândega do seu país.',
      next: 'A alfândega a verifica e a libera para a transportadora local.',
      worry: 'A maioria das encomendas passa sem você precisar fazer nada. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'import-customs-started': {
      title: 'Desembaraço aduaneiro iniciado',
      meaning: 'A declaração de importação foi registrada. Ela costuma ser feita com antecedência, então isto pode aparecer antes mesmo de a encomenda sair da China.',
      next: 'A alfândega conclui a verificação e libera a encomenda.',
      worry: 'Não entenda isto como sinal de que a encomenda já está no seu país. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'processing-in-customs': {
      title: 'Em análise na alfândega',
      meaning: 'A alfândega está verificando a encomenda.',
      next: 'Ela é liberada e entregue à transportadora local.',
      worry: 'A maioria das encomendas passa sem você precisar fazer nada. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'customs-cleared': {
      title: 'Liberada pela alfândega',
      meaning: 'A alfândega liberou a encomenda.',
      next: 'A transportadora local assume a encomenda.',
      worry: 'Boa notícia. Se depois pedirem por SMS que você pague uma pequena taxa, quase certamente é golpe. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'leaving-customs': {
      title: 'Saindo da alfândega, aguardando transferência',
      meaning: 'A encomenda saiu da alfândega e espera ser entregue à transportadora local.',
      next: 'A transportadora local a recebe, muitas vezes com um novo código de rastreio.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'held-by-customs': {
      title: 'Retida na alfândega',
      meaning: 'A alfândega reteve a encomenda. Em geral é preciso pagar impostos ou mandar a fatura ou um comprovante do valor; às vezes o produto tem restrições.',
      next: 'A transportadora ou a alfândega entra em contato com você, por carta, aviso ou e-mail, e a encomenda é liberada quando tudo estiver resolvido.',
      worry: 'Leve a sério: encomenda não reclamada volta, e aí as disputas costumam ser perdidas. Tome providências se nenhum contato chegar em {worryDays} dias.',
      action: 'Consulte a encomenda no site da transportadora local com o código de rastreio dela e siga as instruções. Pague ou mande documentos só pelo site oficial da transportadora ou da alfândega, nunca por um link recebido por SMS. Peça a fatura ao vendedor se a alfândega exigir.',
    },
    'customs-documents-requested': {
      title: 'A alfândega precisa de informações',
      meaning: 'A alfândega ou a transportadora precisa de mais dados seus, como a fatura, o valor dos produtos ou seu documento de identidade.',
      next: 'Depois que você enviar, a alfândega conclui a verificação e libera a encomenda.',
      worry: 'Resolva agora: há um prazo, e depois dele a encomenda volta para o remetente.',
      action: 'Envie os documentos pelo site oficial da transportadora ou da alfândega (digite o endereço direto no navegador). Baixe a fatura na página do pedido ou peça ao vendedor pelas mensagens do AliExpress.',
    },
    'duties-to-pay': {
      title: 'Impostos a pagar',
      meaning: 'A alfândega cobrou impostos sobre esta encomenda, e você precisa pagá-los antes da entrega.',
      next: 'Depois do pagamento, a encomenda é liberada e entregue.',
      worry: 'Resolva agora: encomendas não pagas voltam depois do prazo, e o AliExpress normalmente não faz reembolso nesse caso. Um SMS pedindo uma pequena taxa por link é golpe.',
      action: 'Pague só no site oficial da transportadora ou da alfândega, ou no balcão, usando o código de rastreio da própria encomenda. Se você acha que já pagou esses impostos na compra, fale com o vendedor e com o AliExpress, informando os dados do pedido.',
    },
    'confiscated-by-customs': {
      title: 'Apreendida pela alfândega',
      meaning: 'A alfândega apreendeu a encomenda, por exemplo porque o produto é proibido ou falsificado.',
      next: 'A encomenda não será entregue.',
      worry: 'A encomenda está perdida para você; o que importa agora é o seu dinheiro.',
      action: 'Peça o aviso oficial à alfândega ou à transportadora. Depois, abra uma disputa na página do pedido no AliExpress anexando esse documento, e avise o vendedor pelas mensagens do AliExpress.',
    },
    'correos-customs-notice': {
      title: 'Correos: trâmite alfandegário',
      meaning: 'O Correos (o correio espanhol) precisa que você conclua um trâmite alfandegário, normalmente para uma encomenda sem IVA pago na compra ou com valor acima do limite da UE.',
      next: 'Depois que você envia os dados e paga, o Correos libera a encomenda.',
      worry: 'Resolva agora: o prazo é curto, e depois dele a encomenda volta.',
      action: 'Siga o aviso do Correos no site oficial do Correos, digitando o endereço direto no navegador. Nunca pague por um link recebido por SMS. Se precisar, peça a fatura ao vendedor pelas mensagens do AliExpress.',
    },
    'royal-mail-fee-to-pay': {
      title: 'Royal Mail: taxa a pagar',
      meaning: 'O Royal Mail está segurando sua encomenda até que a cobrança alfandegária e a taxa de manuseio sejam pagas. Normalmente você recebe um cartão cinza.',
      next: 'Depois do pagamento, a encomenda é entregue ou pode ser retirada.',
      worry: 'Resolva logo: o Royal Mail devolve o item depois de um prazo fixo. O Royal Mail nunca pede pagamento por telefone nem por link em SMS.',
      action: 'Pague no site do Royal Mail (digite o endereço direto no navegador) com a referência do cartão, ou no delivery office (a unidade de entrega). Se os impostos já foram cobrados na compra, fale com o vendedor e com o AliExpress.',
    },
    'usps-international-service-center': {
      title: 'Em um International Service Center do USPS',
      meaning: 'A encomenda está em um centro do USPS para a correspondência internacional que chega ao país, onde é feita a inspeção alfandegária.',
      next: 'Ela é liberada na rede do USPS e segue até você.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'canada-presented-for-review': {
      title: 'Apresentada à alfândega canadense',
      meaning: 'A encomenda chegou ao Canadá e está sendo analisada pela CBSA (a alfândega canadense). É uma verificação de rotina.',
      next: 'A CBSA a libera e o Canada Post faz a entrega, cobrando os impostos devidos.',
      worry: 'O Canada Post não consegue acelerar a alfândega. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'canada-released-by-cbsa': {
      title: 'Liberada pela alfândega canadense',
      meaning: 'A CBSA terminou a análise e devolveu a encomenda ao Canada Post.',
      next: 'O Canada Post faz a entrega.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'australia-awaiting-clearance': {
      title: 'Chegou, aguardando liberação',
      meaning: 'A encomenda está na Austrália, esperando a liberação alfandegária.',
      next: 'Ela é liberada e o Australia Post faz a entrega.',
      worry: 'Costuma ser rápido, mas pode demorar mais em épocas de muito movimento, e o rastreio pode continuar mostrando alfândega mesmo depois da liberação. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'correios-customs-inspection': {
      title: 'Fiscalização aduaneira (Correios)',
      meaning: 'A Receita Federal está fiscalizando a encomenda. Quando o rastreio disser que a fiscalização foi finalizada, ela segue viagem.',
      next: 'Ela é liberada, ou aparece um pedido de pagamento se os impostos não foram pagos na compra.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'correios-awaiting-payment': {
      title: 'Aguardando pagamento (Correios)',
      meaning: 'Os Correios estão segurando a encomenda até que os impostos de importação sejam pagos. Isso acontece quando eles não foram cobrados na compra.',
      next: 'Depois do pagamento, os Correios entregam a encomenda.',
      worry: 'Resolva agora: há um prazo para pagar, e depois dele a encomenda volta. Os Correios nunca mandam link de pagamento nem chave PIX por SMS.',
      action: 'Pague só em “Minhas Importações”, no site ou no app oficial dos Correios, digitando o endereço direto no navegador. Se o AliExpress já cobrou os impostos na compra, fale com o vendedor e com o AliExpress, informando os dados do pedido.',
    },
    'russian-post-handed-to-customs': {
      title: 'Entregue à alfândega',
      meaning: 'O correio russo entregou a encomenda à alfândega para verificação.',
      next: 'A alfândega a libera e ela sai do centro de troca internacional.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'russian-post-released-by-customs': {
      title: 'Liberada pela alfândega',
      meaning: 'A alfândega terminou a verificação da encomenda.',
      next: 'Ela sai do centro de troca internacional e segue até você.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },

    // ---- transportadora local ----
    'last-mile-notified': {
      title: 'Transportadora local avisada',
      meaning: 'A transportadora local recebeu os dados da encomenda. Talvez ainda não esteja com ela.',
      next: 'A transportadora local recebe a encomenda e a registra.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'accepted-by-last-mile-carrier': {
      title: 'Recebida pela transportadora do destino',
      meaning: 'Os correios ou a transportadora do seu país estão com a encomenda. Muitas vezes ela ganha um novo código de rastreio próprio.',
      next: 'A transportadora faz a triagem e entrega, ou leva a encomenda a um ponto de retirada.',
      worry: 'A partir daqui, o rastreio da própria transportadora local costuma estar mais atualizado. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'delivery-update': {
      title: 'Atualização da entrega',
      meaning: 'A transportadora local atualizou os dados da entrega.',
      next: 'A encomenda segue para a unidade de distribuição que atende você.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'new-local-tracking-number': {
      title: 'Novo código de rastreio local',
      meaning: 'A encomenda recebeu uma nova etiqueta e agora tem um novo código na transportadora local.',
      next: 'Acompanhe a encomenda com o novo código no site da transportadora local.',
      worry: 'Um código novo é normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'local-sorting-centre': {
      title: 'Em centro de triagem local',
      meaning: 'A encomenda está passando pela triagem na rede de entrega do seu país.',
      next: 'Ela vai para a unidade que entrega no seu endereço.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'at-delivery-office': {
      title: 'Na unidade de distribuição',
      meaning: 'A encomenda está na agência ou no centro de distribuição que atende o seu endereço.',
      next: 'Ela sai para entrega, ou vai para um ponto de retirada.',
      worry: 'A entrega está perto. Fale com a transportadora local se nada acontecer em {worryDays} dias.',
    },
    'correos-admitted-cam': {
      title: 'Correos: admitida no centro de admissão em massa',
      meaning: 'O Correos recebeu a encomenda em um Centro de Admisión Masiva, por onde entram na rede os grandes volumes de grandes remetentes.',
      next: 'Ela vai para um centro de triagem automatizado (CTA).',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'correos-sorted-cta': {
      title: 'Correos: em centro de triagem automatizado',
      meaning: 'A encomenda está em um Centro de Tratamiento Automatizado do Correos, passando pela triagem para a sua região.',
      next: 'Ela vai para a unidade de entrega da sua área.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'la-poste-in-transit': {
      title: 'La Poste: a caminho',
      meaning: 'A La Poste ou a Colissimo está com a encomenda e a leva pela sua rede.',
      next: 'Ela chega ao centro de distribuição da sua área e sai para entrega.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'postnl-in-network': {
      title: 'PostNL: em processamento',
      meaning: 'O PostNL está com a encomenda e fazendo a triagem.',
      next: 'Ela é entregue ou levada a um ponto PostNL.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'dhl-parcel-centre': {
      title: 'DHL: em centro de encomendas',
      meaning: 'A DHL ou o Deutsche Post está processando a encomenda em um de seus centros.',
      next: 'Ela sai para entrega ou vai para uma Packstation ou uma agência.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'usps-regional-facility': {
      title: 'USPS: em centro regional',
      meaning: 'A encomenda está passando pela rede do USPS.',
      next: 'Ela chega à sua agência dos correios e sai para entrega.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'russian-post-left-exchange': {
      title: 'Saiu do centro de troca internacional',
      meaning: 'A encomenda saiu da unidade alfandegária e está a caminho dentro da Rússia.',
      next: 'Ela passa por centros de triagem até a sua agência.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'russian-post-sorting-centre': {
      title: 'Em centro de triagem',
      meaning: 'A encomenda está em um centro de triagem do correio russo.',
      next: 'Ela vai para a sua agência.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'redirected-to-door': {
      title: 'Mudou para entrega em casa',
      meaning: 'O endereço de entrega foi trocado para um endereço residencial, por você, pelo sistema ou pela transportadora.',
      next: 'A encomenda é entregue nesse endereço.',
      worry: 'Confira se o endereço está certo. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'pickup-point-changed': {
      title: 'Ponto de retirada alterado',
      meaning: 'A encomenda vai para um ponto de retirada diferente do previsto.',
      next: 'Ela chega ao novo ponto e você recebe um aviso.',
      worry: 'Confirme em qual ponto você deve ir. Se não receber aviso em {worryDays} dias, pergunte à transportadora.',
      action: 'Veja o novo ponto de retirada no site da transportadora local com o código de rastreio da própria encomenda. Fale com a transportadora se o novo local não for bom para você.',
    },
    'address-update-needed': {
      title: 'Problema no endereço',
      meaning: 'A transportadora não consegue entregar no endereço como está e espera que você o corrija.',
      next: 'Com o endereço corrigido, a entrega continua.',
      worry: 'Resolva agora: se o endereço não for corrigido, a encomenda volta.',
      action: 'Corrija o endereço com a transportadora local, usando o código de rastreio dela, ou pelo link no pedido do AliExpress, se houver. Avise o vendedor pelas mensagens do AliExpress.',
    },
    'last-mile-problem': {
      title: 'Problema com a transportadora local',
      meaning: 'A transportadora local informou um problema ao lidar com a encomenda.',
      next: 'A transportadora resolve e a entrega continua, ou a encomenda é devolvida.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Consulte a encomenda no site da transportadora local com o código de rastreio dela e entre em contato com a transportadora. Avise o vendedor pelas mensagens do AliExpress.',
    },

    // ---- entrega ou retirada ----
    'out-for-delivery': {
      title: 'Saiu para entrega',
      meaning: 'A encomenda está no veículo de entrega ou com o carteiro.',
      next: 'Ela é entregue, ou você recebe um aviso se não houver ninguém em casa.',
      worry: 'Se não chegar em {worryDays} dias, veja no rastreio da transportadora local se há um aviso ou um ponto de retirada.',
    },
    'redelivery-attempt': {
      title: 'Nova tentativa de entrega',
      meaning: 'A transportadora está tentando entregar a encomenda de novo.',
      next: 'Ela é entregue, ou levada a um ponto de retirada se não houver ninguém em casa.',
      worry: 'Se não chegar em {worryDays} dias, procure um aviso ou um ponto de retirada.',
    },
    'delivery-attempt-failed': {
      title: 'Tentativa de entrega sem sucesso',
      meaning: 'A transportadora não conseguiu entregar: não havia ninguém em casa, houve problema de endereço ou de acesso, ou nem houve tentativa real. Na primeira tentativa, muitas vezes não deixam aviso.',
      next: 'A transportadora normalmente tenta de novo ou leva a encomenda a uma agência ou ponto de retirada.',
      worry: 'Resolva agora: se você perder o prazo de retirada, a encomenda volta e você provavelmente perde o dinheiro.',
      action: 'Veja o site da transportadora local com o código de rastreio da própria encomenda: agende uma nova entrega ou descubra onde retirar, e confira seu endereço. Se não houve tentativa real, reclame com a transportadora e avise o vendedor pelas mensagens do AliExpress.',
    },
    'delivery-notice-left': {
      title: 'Aviso deixado',
      meaning: 'A transportadora deixou um aviso: a encomenda espera por você em uma agência ou ponto de retirada, ou pode ser entregue de novo.',
      next: 'Você retira a encomenda ou agenda uma nova entrega.',
      worry: 'Resolva logo: a encomenda fica guardada só por um tempo limitado.',
      action: 'Siga o aviso: agende uma nova entrega ou retire a encomenda com documento de identidade antes do prazo. Use o site oficial da transportadora com o código de rastreio da própria encomenda.',
    },
    'pickup-hub-inbound': {
      title: 'No centro da rede de retirada',
      meaning: 'A encomenda está em um centro que abastece pontos de retirada e lockers. Ainda não está no seu ponto de retirada.',
      next: 'Ela vai para o seu ponto de retirada e você recebe um aviso.',
      worry: 'Normal. Só se preocupe depois de {worryDays} dias sem notícias.',
    },
    'arrived-at-pickup-point': {
      title: 'No ponto de retirada',
      meaning: 'A encomenda chegou a um ponto de retirada, locker ou agência para você retirar.',
      next: 'Você retira; depois disso, ela aparece como entregue.',
      worry: 'Resolva agora: os pontos de retirada guardam encomendas só por um tempo limitado e depois as devolvem.',
      action: 'Retire antes do prazo, com documento de identidade ou o código de retirada. Veja o endereço e o horário no site da transportadora local com o código de rastreio da própria encomenda.',
    },
    'waiting-for-pickup': {
      title: 'Aguardando retirada',
      meaning: 'A encomenda está esperando por você em uma agência, ponto de retirada ou locker.',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva agora: encomendas não retiradas voltam, e aí o AliExpress costuma decidir contra o comprador.',
      action: 'Retire antes do prazo, com documento de identidade ou o código de retirada. Veja onde e até quando no site da transportadora local com o código de rastreio da própria encomenda.',
    },
    'pickup-point-signed': {
      title: 'Assinado pelo ponto de retirada',
      meaning: 'O ponto de retirada ou o locker assinou o recebimento da encomenda. A assinatura é deles, não sua: a encomenda está esperando por você, não foi entregue.',
      next: 'Você retira; só então ela está realmente entregue.',
      worry: 'Resolva agora: se ninguém retirar a tempo, ela volta para o remetente.',
      action: 'Retire antes do prazo, com documento de identidade ou o código de retirada. Encontre o ponto de retirada no site da transportadora local com o código de rastreio da própria encomenda.',
    },
    'parcel-in-locker': {
      title: 'No armário de encomendas (locker)',
      meaning: 'A encomenda foi colocada em um locker para você.',
      next: 'Você abre o compartimento com o seu código e pega a encomenda.',
      worry: 'Resolva agora: o prazo dos lockers é curto, e depois a encomenda é levada para outro lugar ou devolvida.',
      action: 'Retire com o código da mensagem ou do app da transportadora antes do prazo. Se não conseguir ir a tempo, peça uma prorrogação à transportadora.',
    },
    'pickup-reminder': {
      title: 'Lembrete de retirada',
      meaning: 'A transportadora lembrou você de que a encomenda ainda está esperando para ser retirada.',
      next: 'Você retira; se não retirar, ela volta em breve.',
      worry: 'Resolva agora: o prazo está acabando.',
      action: 'Retire o quanto antes, com documento de identidade ou o código de retirada. Veja o prazo no site da transportadora local com o código de rastreio da própria encomenda.',
    },
    'pickup-point-refused': {
      title: 'O ponto de retirada não pôde receber',
      meaning: 'O ponto de retirada ou o locker não pôde aceitar a encomenda, por exemplo porque estava cheio ou fechado.',
      next: 'A encomenda vai para outro ponto ou volta para a unidade de distribuição.',
      worry: 'Fique de olho. Se em {worryDays} dias ninguém avisar onde ela está, tome providências.',
      action: 'Consulte a encomenda no site da transportadora local com o código de rastreio dela para ver para onde foi, e entre em contato com a transportadora. Avise o vendedor pelas mensagens do AliExpress.',
    },
    'correos-available-at-office': {
      title: 'Correos: disponível na agência',
      meaning: 'A encomenda está esperando por você em uma agência do Correos (“Disponible en oficina”).',
      next: 'Você retira; se não retirar, ela volta depois do prazo de guarda.',
      worry: 'Resolva agora: o Correos guarda as encomendas só por um tempo limitado, e pode não deixar aviso.',
      action: 'Vá à agência indicada no rastreio do Correos com documento de identidade e o código de rastreio. Outra pessoa pode retirar com a sua autorização.',
    },
    'la-poste-available-for-pickup': {
      title: 'La Poste: disponível para retirada',
      meaning: 'A encomenda está esperando em uma agência ou ponto de retirada (“disponible en point de retrait”).',
      next: 'Você retira; se não retirar, ela volta depois do prazo.',
      worry: 'Resolva agora: o aviso ou a mensagem informa o prazo.',
      action: 'Retire com documento de identidade e o aviso ou o código, antes do prazo indicado na mensagem ou no rastreio da La Poste.',
    },
    'postnl-ready-at-location': {
      title: 'PostNL: pronta em um ponto PostNL',
      meaning: 'A encomenda está esperando por você em um ponto PostNL.',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva agora: o PostNL guarda as encomendas só por um tempo limitado.',
      action: 'Retire com documento de identidade e o código do aviso de ausência ou o código de rastreio. Veja o local e o prazo no track and trace do PostNL.',
    },
    'dhl-ready-at-packstation': {
      title: 'DHL: pronta na Packstation',
      meaning: 'A encomenda está em uma Packstation da DHL para você.',
      next: 'Você retira com o app da DHL ou com o aviso; se não retirar, ela volta.',
      worry: 'Resolva agora: o prazo da Packstation é curto.',
      action: 'Retire com o app da DHL ou com o código de barras do aviso antes do prazo.',
    },
    'dhl-ready-at-branch': {
      title: 'DHL: pronta na agência',
      meaning: 'A encomenda está esperando em uma agência do Deutsche Post ou em uma loja parceira da DHL (Paketshop).',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva agora: as agências guardam encomendas só por um tempo limitado.',
      action: 'Retire com documento de identidade e o aviso ou o código de rastreio. O endereço da agência aparece no rastreio da DHL.',
    },
    'poste-italiane-in-storage': {
      title: 'Poste Italiane: em depósito (giacenza)',
      meaning: 'Não foi possível entregar a encomenda, e ela espera na agência indicada no aviso.',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva agora: o período de guarda é limitado.',
      action: 'Retire com documento de identidade e o avviso di giacenza, ou agende uma nova entrega no site da Poste Italiane.',
    },
    'ctt-awaiting-collection': {
      title: 'CTT: aguardando levantamento',
      meaning: 'A encomenda está esperando por você em uma loja ou ponto CTT.',
      next: 'Você vai buscá-la; se não for, ela volta para o remetente.',
      worry: 'Resolva agora: o aviso informa quanto tempo ela fica guardada.',
      action: 'Vá buscá-la com documento de identidade e o aviso ou o código de rastreio, antes do prazo indicado no aviso.',
    },
    'inpost-ready-in-locker': {
      title: 'InPost: pronta no Paczkomat',
      meaning: 'A encomenda está em um Paczkomat (locker) da InPost para você.',
      next: 'Você abre o compartimento com o código; se não abrir, ela é levada para uma agência e depois devolvida.',
      worry: 'Resolva agora: o tempo no locker é curto.',
      action: 'Retire com o código do app da InPost, do SMS ou do e-mail. Se precisar de mais tempo, dá para comprar uma prorrogação no app da InPost.',
    },
    'royal-mail-item-waiting': {
      title: 'Royal Mail: item esperando por você',
      meaning: 'O Royal Mail não conseguiu entregar e está guardando a encomenda no delivery office (a unidade de entrega). Normalmente você recebe um cartão.',
      next: 'Você retira ou agenda uma nova entrega; se não, ela volta.',
      worry: 'Resolva logo: o Royal Mail guarda os itens só por um prazo fixo.',
      action: 'Retire no delivery office com documento de identidade e o cartão, ou agende uma nova entrega no site do Royal Mail.',
    },
    'usps-available-for-pickup': {
      title: 'USPS: disponível para retirada',
      meaning: 'A encomenda está na sua agência dos correios, normalmente depois de deixarem um aviso.',
      next: 'Você retira ou agenda uma nova entrega; se não, ela volta.',
      worry: 'Resolva logo: a agência guarda a encomenda só por um tempo limitado.',
      action: 'Retire com documento de identidade e o aviso, ou agende uma nova entrega no site do USPS com o código de rastreio.',
    },
    'canada-post-ready-for-pickup': {
      title: 'Canada Post: pronta para retirada',
      meaning: 'A encomenda está esperando em uma agência dos correios, normalmente com um cartão de aviso de entrega.',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva logo: a agência guarda a encomenda só por um tempo limitado.',
      action: 'Retire com documento de identidade e o cartão, e pague no balcão os impostos devidos, se houver.',
    },
    'australia-post-awaiting-collection': {
      title: 'Australia Post: aguardando retirada',
      meaning: 'A encomenda está esperando por você em um Post Office ou em um Parcel Locker.',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva agora: lockers e agências guardam encomendas só por um tempo limitado.',
      action: 'Retire com documento de identidade, o cartão ou o código do locker. O local aparece no rastreio do Australia Post.',
    },
    'correios-awaiting-pickup': {
      title: 'Correios: aguardando retirada',
      meaning: 'A encomenda está esperando por você em uma unidade dos Correios (“Objeto aguardando retirada”).',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva agora: os Correios guardam a encomenda só pelo prazo que eles definem.',
      action: 'Retire com documento de identidade na unidade indicada no rastreio dos Correios, antes do prazo informado lá.',
    },
    'russian-post-at-delivery-office': {
      title: 'Chegou à agência de entrega',
      meaning: 'A encomenda está na sua agência dos correios (“Прибыло в место вручения”) esperando por você.',
      next: 'Você retira; se não retirar, ela volta para o remetente.',
      worry: 'Resolva agora: a agência guarda as encomendas só por um tempo limitado, menor ainda para algumas encomendas de lojas online.',
      action: 'Retire com seu passaporte e o código de rastreio, ou com o código do app do correio russo. Veja o prazo no rastreio.',
    },

    // ---- entregue ----
    delivered: {
      title: 'Entregue',
      meaning: 'A transportadora diz que a encomenda foi entregue ou deixada no seu endereço.',
      next: 'Confira os produtos e confirme o recebimento no AliExpress quando estiver tudo certo.',
      worry: 'Se você não recebeu, aja rápido: veja o comprovante de entrega da transportadora, sua caixa de correio, as pessoas da casa e os vizinhos, e depois fale com a transportadora. Abra uma disputa antes de a proteção acabar.',
    },
    'collected-from-pickup-point': {
      title: 'Retirada',
      meaning: 'Você, ou alguém com os seus dados, retirou a encomenda no ponto de retirada.',
      next: 'Confira os produtos e confirme o recebimento no AliExpress quando estiver tudo certo.',
      worry: 'Se não foi você quem retirou, fale imediatamente com o ponto de retirada e com a transportadora, e depois abra uma disputa na página do pedido.',
    },
    'delivered-to-mailbox': {
      title: 'Entregue na caixa de correio',
      meaning: 'A transportadora colocou a encomenda na sua caixa de correio.',
      next: 'Confira os produtos e confirme o recebimento no AliExpress quando estiver tudo certo.',
      worry: 'Às vezes o registro aparece antes da encomenda. Se ela não estiver lá, confira de novo em breve; depois, fale com a transportadora e abra uma disputa antes de a proteção acabar.',
    },
    'delivered-to-neighbour-or-safe-place': {
      title: 'Com um vizinho ou em local seguro',
      meaning: 'A encomenda foi entregue a um vizinho ou deixada no lugar que você escolheu.',
      next: 'Pegue a encomenda e confira os produtos.',
      worry: 'Se não encontrar, pergunte aos vizinhos e veja o aviso da transportadora; depois, fale com a transportadora e abra uma disputa antes de a proteção acabar.',
    },
    'order-completed': {
      title: 'Concluído',
      meaning: 'O pedido foi fechado como recebido, porque você confirmou ou porque o prazo de confirmação acabou.',
      next: 'Nada mais acontece, a não ser que você peça uma devolução ou abra uma disputa.',
      worry: 'Se você nunca recebeu os produtos, abra uma disputa na página do pedido imediatamente: o prazo para isso é limitado. Nunca confirme o recebimento antes de ter os produtos em mãos.',
    },

    // ---- devolvida ----
    'returning-to-sender': {
      title: 'Voltando ao remetente',
      meaning: 'A encomenda está voltando, normalmente porque não foi retirada, as taxas alfandegárias não foram pagas, o endereço estava errado ou ela foi recusada.',
      next: 'Ela volta para o vendedor ou para a China.',
      worry: 'Resolva agora: depois que ela chegar de volta, o reembolso depende do motivo da devolução.',
      action: 'Pergunte à transportadora local, com o código de rastreio da própria encomenda, se ainda dá para impedir a devolução. Avise o vendedor pelas mensagens do AliExpress e, se não foi culpa sua, abra uma disputa na página do pedido com capturas de tela.',
    },
    'returned-to-sender': {
      title: 'Devolvida ao remetente',
      meaning: 'A encomenda voltou para o vendedor ou para o armazém dele.',
      next: 'O vendedor pode reenviar ou reembolsar você.',
      worry: 'Se a devolução não foi culpa sua, normalmente dá para recuperar o dinheiro; se a encomenda não foi retirada ou foi recusada, é pouco provável que haja reembolso.',
      action: 'Peça ao vendedor, pelas mensagens do AliExpress, que reenvie ou reembolse. Se ele não fizer isso, abra uma disputa na página do pedido com capturas de tela do rastreio.',
    },
    'returned-unclaimed': {
      title: 'Devolvida: não retirada',
      meaning: 'Ninguém retirou a encomenda nem pagou as taxas a tempo, então ela está voltando.',
      next: 'Ela volta para o vendedor.',
      worry: 'Nesse caso, o AliExpress costuma dar razão ao vendedor, mas vale a pena perguntar.',
      action: 'Pergunte à transportadora local se ainda dá para impedir a devolução. Depois, pergunte ao vendedor, pelas mensagens do AliExpress, sobre um reenvio, e abra uma disputa na página do pedido se você nunca recebeu aviso.',
    },
    'returned-refused': {
      title: 'Devolvida: recusada',
      meaning: 'A entrega foi recusada, então a encomenda volta.',
      next: 'Ela volta para o vendedor.',
      worry: 'Se não foi você quem recusou, aja rápido.',
      action: 'Se não foi você quem recusou, reclame com a transportadora local informando o código de rastreio da própria encomenda, e abra uma disputa na página do pedido. Caso contrário, combine um reembolso com o vendedor pelas mensagens do AliExpress.',
    },
    'returned-address-problem': {
      title: 'Devolvida: problema no endereço',
      meaning: 'A transportadora não conseguiu entregar no endereço informado, então a encomenda volta.',
      next: 'Ela volta para o vendedor.',
      worry: 'Resolva agora: confira o endereço no seu pedido.',
      action: 'Pergunte à transportadora local se ainda dá para entregar com o endereço corrigido. Avise o vendedor pelas mensagens do AliExpress, e abra uma disputa na página do pedido se o endereço estava certo.',
    },
    'return-handling-problem': {
      title: 'Problema na devolução',
      meaning: 'O armazém de devoluções informou um problema ao receber a encomenda devolvida.',
      next: 'O vendedor e o armazém resolvem a situação.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor pelas mensagens do AliExpress. Se não houver resposta nem reembolso, abra uma disputa na página do pedido.',
    },
    'return-disposed': {
      title: 'Destruída após a devolução',
      meaning: 'A encomenda devolvida foi destruída pela transportadora ou pelo armazém de devoluções.',
      next: 'A encomenda não vai voltar.',
      worry: 'O que importa agora é o seu dinheiro.',
      action: 'Abra uma disputa na página do pedido com capturas de tela do rastreio, e avise o vendedor pelas mensagens do AliExpress.',
    },

    // ---- cancelado ----
    'cancellation-requested': {
      title: 'Cancelamento solicitado',
      meaning: 'Você pediu o cancelamento do pedido, e o vendedor precisa responder.',
      next: 'Se o vendedor não responder a tempo, o AliExpress cancela o pedido e devolve seu dinheiro.',
      worry: 'Normal. Se nada acontecer em {worryDays} dias, veja a página do pedido.',
    },
    'order-cancelled': {
      title: 'Pedido cancelado',
      meaning: 'O pedido foi cancelado por você, pelo vendedor ou pelo AliExpress. Se você pagou, o reembolso está a caminho.',
      next: 'O reembolso volta para a forma de pagamento usada; os bancos têm seus próprios prazos.',
      worry: 'Se o reembolso não chegar em {worryDays} dias, fale com o AliExpress pela página do pedido e depois com o seu banco.',
    },
    'order-closed': {
      title: 'Pedido encerrado',
      meaning: 'O pedido foi encerrado. Isso acontece quando ele não foi pago a tempo, ou depois de um cancelamento ou reembolso.',
      next: 'Se você pagou, o reembolso volta para a forma de pagamento usada.',
      worry: 'Se você pagou e o reembolso não chegar em {worryDays} dias, fale com o AliExpress pela página do pedido.',
    },
    'refund-in-progress': {
      title: 'Reembolso em andamento',
      meaning: 'O AliExpress está devolvendo seu dinheiro.',
      next: 'Ele chega ao seu cartão, à sua conta ou ao saldo do AliExpress; os bancos têm seus próprios prazos.',
      worry: 'Se não chegar em {worryDays} dias, fale com o AliExpress pela página do pedido e depois com o seu banco.',
    },
    'shipment-cancelled': {
      title: 'Envio cancelado',
      meaning: 'O armazém ou o vendedor cancelou o envio.',
      next: 'O vendedor envia de novo, ou o pedido é reembolsado.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Pergunte ao vendedor, pelas mensagens do AliExpress, se ele vai enviar de novo. Se não, peça reembolso ou abra uma disputa na página do pedido.',
    },

    // ---- problema ----
    'tracking-number-not-found': {
      title: 'Código de rastreio não encontrado',
      meaning: 'O sistema de rastreio ainda não conhece este código. Pode levar alguns dias depois do envio para ele aparecer.',
      next: 'O primeiro registro aparece quando a transportadora estiver com a encomenda.',
      worry: 'Se o código continuar desconhecido depois de {worryDays} dias, tome providências.',
      action: 'Peça ao vendedor, pelas mensagens do AliExpress, que confira o código. Se ele continuar inválido, abra uma disputa na página do pedido.',
    },
    'no-tracking-updates': {
      title: 'Sem atualizações no rastreio',
      meaning: 'Faz um tempo que não há registro novo. Períodos sem notícias são normais em algumas etapas, como o voo.',
      next: 'O próximo registro costuma aparecer quando a encomenda chega à etapa seguinte.',
      worry: 'Preocupe-se se não houver notícias depois de {worryDays} dias, ou se o prazo da proteção estiver acabando.',
      action: 'Fale com o vendedor pelas mensagens do AliExpress e peça que ele estenda sua proteção se o tempo estiver acabando. Se nada resolver antes do fim, abra uma disputa na página do pedido.',
    },
    'tracking-stopped-after-export': {
      title: 'O rastreio parou depois da exportação',
      meaning: 'As linhas de envio econômicas muitas vezes param de atualizar quando a encomenda sai da China ou pousa. Ela ainda pode estar a caminho.',
      next: 'Ela pode chegar sem novas atualizações, ou com um novo código de rastreio local.',
      worry: 'Procure primeiro um código local. Preocupe-se se nada chegar em {worryDays} dias, ou se o prazo da proteção estiver acabando.',
      action: 'Teste o código no site dos correios do seu país e pergunte na agência. Peça ao vendedor um código local pelas mensagens do AliExpress; se a proteção estiver para acabar, abra uma disputa na página do pedido.',
    },
    'delivery-exception': {
      title: 'Problema na entrega',
      meaning: 'A transportadora informou um problema sem dizer em qual etapa.',
      next: 'A transportadora resolve, ou pede que você ou o vendedor tomem alguma providência.',
      worry: 'Fique de olho. Se nada mudar em {worryDays} dias, tome providências.',
      action: 'Consulte a encomenda no site da transportadora local com o código de rastreio dela e entre em contato com a transportadora. Avise o vendedor pelas mensagens do AliExpress.',
    },
    'parcel-lost': {
      title: 'Encomenda extraviada',
      meaning: 'A transportadora diz que a encomenda foi extraviada.',
      next: 'Ela não será entregue; o que importa agora é um reembolso ou um novo envio.',
      worry: 'Resolva agora, antes de a proteção acabar.',
      action: 'Abra uma disputa na página do pedido no AliExpress com capturas de tela do rastreio, e peça ao vendedor, pelas mensagens do AliExpress, que reenvie ou reembolse.',
    },
    'parcel-damaged': {
      title: 'Encomenda danificada',
      meaning: 'A transportadora informou que a encomenda está danificada.',
      next: 'Ela ainda pode ser entregue, ou pode ser devolvida ou destruída.',
      worry: 'Resolva agora: guarde a embalagem e tire fotos.',
      action: 'Se chegar danificada, tire fotos antes de abrir e guarde a embalagem. Comunique à transportadora local; depois, abra uma disputa na página do pedido com as fotos e avise o vendedor pelas mensagens do AliExpress.',
    },
    'parcel-destroyed': {
      title: 'Encomenda destruída',
      meaning: 'A encomenda foi destruída, por exemplo porque estava danificada ou não pôde ser entregue nem devolvida.',
      next: 'Ela não será entregue.',
      worry: 'O que importa agora é o seu dinheiro.',
      action: 'Abra uma disputa na página do pedido no AliExpress com capturas de tela do rastreio, e avise o vendedor pelas mensagens do AliExpress.',
    },
  },

  regionNotes: {
    'eu-vat-ioss':
      'UE: desde {vat_since}, toda encomenda vinda de fora da UE paga IVA, seja qual for o valor; o antigo limite de isenção para encomendas baratas não existe mais. Em pedidos de até {ioss_limit}, o AliExpress normalmente cobra o IVA na compra (IOSS), então nada deve ser cobrado na entrega. Acima disso, ou sem IOSS, a transportadora cobra o IVA, uma taxa de processamento e, possivelmente, direitos aduaneiros.',
    'eu-flat-duty-2026':
      'UE: de {from} até {until}, encomendas de até {parcel_limit} pagam um direito aduaneiro de {duty_per_item_category} por tipo diferente de produto (itens com o mesmo código tarifário contam uma vez só). Normalmente ele já vem incluído no preço na compra, e não é cobrado na entrega.',
    'eu-handling-fee-proposal':
      'UE: foi proposta uma taxa de processamento de {proposed_fee} por item, mas, pelo que sabemos, ela não foi adotada. Se uma transportadora pedir essa taxa a você, confirme no site oficial da transportadora.',
    'es-correos-customs':
      'Espanha: se o Correos retiver uma encomenda na alfândega (pelo ADT Postales), você envia a declaração e a fatura no site oficial dele e paga lá mesmo. O prazo informado é de {documents_deadline_days} dias; depois disso, a encomenda volta.',
    'nl-postnl-customs':
      'Países Baixos e Bélgica: se o PostNL precisar de informações para a alfândega, ele pede pelo track and trace; você tem {info_deadline_days} dias, senão a encomenda volta. O PostNL nunca manda link direto de pagamento.',
    'uk-vat-low-value':
      'Reino Unido: em pedidos de até {threshold}, o IVA (VAT) é cobrado na compra e não há direito aduaneiro; presentes entre particulares de até {gift_limit} são isentos de IVA. A isenção do direito aduaneiro deve acabar até {relief_end_latest}, no máximo.',
    'uk-royal-mail-fee':
      'Reino Unido: quando há cobranças alfandegárias, o Royal Mail acrescenta uma taxa de manuseio de {handling_fee} e deixa um cartão cinza “Fee to pay”. O Royal Mail nunca pede pagamento por telefone.',
    'us-de-minimis':
      'EUA: o limite de isenção de {old_threshold} não vale mais para nenhum país desde {suspended_since}, então toda encomenda paga imposto de importação, seja embutido no preço do AliExpress, seja cobrado pela transportadora. A alíquota definida para encomendas postais valeu até {surcharge_end}; não temos uma fonte confiável sobre o que vale desde então: consulte o site oficial da transportadora ou da alfândega dos EUA (CBP). Uma lei acaba de vez com a isenção a partir de {statutory_repeal}.',
    'ca-postal-low-value':
      'Canadá: itens que chegam pelo correio com valor de até {threshold} não pagam imposto de importação nem outros tributos. Acima disso, imposto de importação e tributos são cobrados sobre o valor total, e o Canada Post acrescenta uma taxa de manuseio ao cobrá-los.',
    'ca-cbsa-screening':
      'Canadá: toda encomenda passa pela triagem da CBSA (a alfândega canadense). O Canada Post não consegue acelerar nem consultar uma encomenda enquanto ela está na alfândega.',
    'au-gst-low-value':
      'Austrália: desde {since}, o GST de {gst_rate} é cobrado na compra em pedidos de até {threshold}, então normalmente nada é devido na chegada. Acima disso, GST e imposto de importação são cobrados na fronteira.',
    'au-customs-status-lag':
      'Austrália: o rastreio pode continuar dizendo que a encomenda está retida na alfândega até ela sair fisicamente da área alfandegária do Australia Post, mesmo depois de liberada. Em épocas de muito movimento, a própria liberação pode demorar bem mais que o normal.',
    'br-remessa-conforme':
      'Brasil: o AliExpress participa do programa Remessa Conforme, então os impostos são cobrados na compra: imposto de importação de {low_rate} até {low_limit}, e de {high_rate} com desconto de {high_deduction} acima disso, mais o ICMS estadual ({icms} na maioria dos estados). Nada mais deve ser cobrado na chegada.',
    'br-non-certified-payment':
      'Brasil: quando os impostos não foram pagos na compra, você paga em “Minhas Importações”, no site dos Correios, em até {payment_days} dias; senão, a encomenda volta. Confira o prazo que aparece lá.',
    'ru-eaeu-threshold':
      'Rússia e União Econômica Eurasiática: compras de até {threshold} são isentas de imposto de importação; acima disso, pela regra antiga, era cobrado um imposto de {excess_rate} sobre o valor excedente.',
    'ru-eaeu-2026-rule':
      'Rússia e União Econômica Eurasiática: a partir de {from}, compras de até {threshold} continuam isentas; acima disso, cobra-se um imposto de {rate} sobre o valor total (no mínimo {minimum}), além do IVA nacional.',
    'ch-vat-minimum':
      'Suíça: IVA e imposto de importação não são cobrados se, somados, ficarem abaixo de {minimum_tax}, o que equivale mais ou menos a pedidos abaixo de {standard_rate_limit} (ou {reduced_rate_limit} para livros e outros produtos com alíquota reduzida). Caso contrário, o Swiss Post também cobra uma taxa de desembaraço de {post_fee_min} a {post_fee_max}.',
    'no-voec':
      'Noruega: desde {all_imports_taxed_since}, toda compra do exterior paga IVA. Lojas no sistema VOEC cobram o imposto na compra para itens abaixo de {item_limit}, e então nada é devido na chegada; caso contrário, a transportadora cobra o IVA e uma taxa.',
    'uk-royal-mail-hold':
      'O Royal Mail guarda um item por {hold_days} dias, ou {hold_days_customs} dias quando há cobrança alfandegária, e depois o devolve ao remetente.',
    'nl-postnl-hold':
      'PostNL: encomendas internacionais ficam {international_hold_days} dias em um ponto PostNL depois de duas tentativas, mas outras páginas do PostNL falam em {pickup_point_hold_days} dias. Vale a data do aviso do PostNL.',
    'es-correos-hold':
      'Correos: uma encomenda deixada na agência costuma ficar guardada {office_hold_days} dias, mas as fontes divergem. Vale a data do rastreio ou do aviso do Correos.',
    'fr-pickup-deadline':
      'França: a La Poste e os pontos de retirada (points relais) informam o prazo de retirada na mensagem ou no aviso; não encontramos um prazo oficial único.',
    'de-dhl-hold':
      'DHL: agências e Paketshops guardam encomendas por {branch_working_days} dias úteis; as Packstations, por {packstation_days} dias ({packstation_redirect_days} se a encomenda foi redirecionada para lá depois de uma entrega sem sucesso). Itens com código internacional muitas vezes ficam {international_branch_days} dias.',
    'it-poste-hold':
      'Poste Italiane: encomendas em giacenza costumam ficar guardadas {hold_working_days} dias úteis, embora algumas fontes indiquem menos. Vale a data do avviso di giacenza.',
    'pt-ctt-hold':
      'CTT: o tempo que uma encomenda fica à espera depende do serviço; o prazo vem escrito no aviso.',
    'pl-inpost-hold':
      'InPost: a encomenda fica {locker_hours} horas no Paczkomat; dá para pagar por mais tempo no app. Depois disso, ela pode esperar em uma agência da InPost por cerca de {branch_working_days} dias úteis antes de voltar.',
    'us-usps-hold':
      'USPS: depois de um aviso, a agência costuma guardar a encomenda por cerca de {hold_days} dias a partir da primeira tentativa, e depois a devolve.',
    'ca-post-hold':
      'Canada Post: encomendas com cartão de aviso costumam ficar guardadas cerca de {hold_days} dias na agência e depois são devolvidas.',
    'au-post-hold':
      'Australia Post: um Post Office guarda uma entrega não realizada por {post_office_business_days} dias úteis; nos Parcel Lockers, você tem {locker_hours} horas.',
    'br-correios-hold':
      'Correios: o tempo que a encomenda aguarda retirada é definido pelos Correios e aparece no site e no rastreio.',
    'ru-post-hold':
      'Correio russo: as encomendas costumam ficar guardadas {parcel_days} dias depois de chegar à agência, mas as de lojas online podem ter só {marketplace_min_days} dias. Confira a data no rastreio.',
    'de-cainiao-number-prefixes':
      'Alemanha: códigos da Cainiao que começam com U não podem ser rastreados dentro da Alemanha, e os que começam com AS ou AQ podem mostrar informações de entrega inventadas.',
    'nl-postnl-early-delivered-scan':
      'O PostNL às vezes registra como entregues encomendas de caixa de correio antes de elas chegarem a você. Se nada chegar em {wait_days} dias, avise o vendedor.',
    'sms-fee-scam':
      'Alerta de golpe: SMS ou e-mail dizendo que sua encomenda está retida até você pagar, por um link, uma pequena taxa alfandegária ou de entrega é golpe. Cobranças de verdade são pagas no site oficial da transportadora ou da alfândega, digitando o endereço direto no navegador, ou no balcão.',
  },

  contacts: {
    seller: 'O vendedor (mensagens do AliExpress)',
    'aliexpress-dispute': 'AliExpress (disputa na página do pedido)',
    'local-carrier': 'A transportadora local (com o código de rastreio dela)',
    customs: 'Alfândega (só pelo site oficial)',
  },

  phrases: {
    usualWait: 'Normalmente de {min} a {max} dias.',
    usualWaitSameDay: 'Normalmente em até um dia.',
    noTypicalDuration: 'Esta etapa não tem um prazo típico confiável.',
    stepOf: 'Etapa {n} de 10: {stage}',
    sideStage: 'Fora do percurso normal: {stage}',
    severity: {
      info: 'Tudo normal',
      wait: 'Normal, mas demorado',
      watch: 'Fique de olho',
      act: 'Você precisa agir',
    },
  },

  ui: {
    meaning: 'O que significa',
    next: 'O que acontece depois',
    worry: 'Devo me preocupar?',
    action: 'O que fazer',
    contacts: 'Quem contatar',
    regionNotes: 'Onde você mora',
    badgeLabel: 'Tracklight: {title}. Ver a explicação',
    unknownTitle: 'Status não reconhecido',
    unknownMeaning: 'O Tracklight ainda não conhece este texto. Leia junto com as etapas antes e depois: a etapa mais recente que o Tracklight reconhece mostra onde a encomenda está.',
    close: 'Fechar',
  },
};

export default pack;
