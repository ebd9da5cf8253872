// Region notes in pt: shown in tooltips and the popup for the shopper's country. Their
// figures and dates come from the notes' values in ../../facts/regions.ts ({slots}).
import type { RegionNoteTexts } from '../../types';

const notes: RegionNoteTexts = {
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
};

export default notes;
