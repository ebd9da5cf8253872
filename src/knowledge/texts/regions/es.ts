// Region notes in es: shown in tooltips and the popup for the shopper's country. Their
// figures and dates come from the notes' values in ../../facts/regions.ts ({slots}).
import type { RegionNoteTexts } from '../../types';

const notes: RegionNoteTexts = {
  'eu-vat-ioss':
    'UE: desde el {vat_since} se paga IVA por todo paquete que llega de fuera de la UE, sea cual sea su valor; el antiguo límite libre de impuestos para envíos baratos ya no existe. En pedidos de hasta {ioss_limit}, AliExpress suele cobrar el IVA al comprar (IOSS), así que no deberían pedirte nada en la entrega. Por encima de eso, o sin IOSS, el transportista cobra el IVA, una tasa de gestión y quizá aranceles.',
  'eu-flat-duty-2026':
    'UE: desde el {from} hasta el {until}, los paquetes de hasta {parcel_limit} pagan un arancel de {duty_per_item_category} por cada tipo distinto de producto (los que comparten código arancelario cuentan una vez). Normalmente va incluido en el precio al comprar, no se cobra en la entrega.',
  'eu-handling-fee-proposal':
    'UE: se propuso una tasa de gestión de {proposed_fee} por producto, pero, que sepamos, no está aprobada. Si un transportista te la pide, compruébalo en su web oficial.',
  'es-correos-customs':
    'España: si Correos retiene un paquete en aduana (a través de ADT Postales), envías la declaración y la factura en su web oficial y pagas allí. El plazo indicado es de {documents_deadline_days} días; después, el paquete se devuelve.',
  'nl-postnl-customs':
    'Países Bajos y Bélgica: si PostNL necesita datos para la aduana, te los pide en su seguimiento; tienes {info_deadline_days} días o el paquete se devuelve. PostNL nunca manda un enlace de pago directo.',
  'uk-vat-low-value':
    'Reino Unido: en pedidos de hasta {threshold}, el IVA se cobra al comprar y no hay arancel; los regalos entre particulares de hasta {gift_limit} no pagan IVA. La exención de aranceles terminará, como tarde, en {relief_end_latest}.',
  'uk-royal-mail-fee':
    'Reino Unido: cuando hay cargos de aduana, Royal Mail suma una tasa de gestión de {handling_fee} y deja una tarjeta gris «Fee to pay». Royal Mail nunca pide pagos por teléfono.',
  'us-de-minimis':
    'EE. UU.: desde el {suspended_since} ya no rige para ningún país la exención de aranceles de {old_threshold}, así que todo paquete paga arancel, incluido en el precio de AliExpress o cobrado por el transportista. La tarifa fijada para envíos postales rigió hasta el {surcharge_end}; no tenemos una fuente fiable de lo que se aplica desde entonces: consulta la web oficial del transportista o de la aduana de EE. UU. (CBP). Una ley elimina la exención de forma definitiva desde el {statutory_repeal}.',
  'ca-postal-low-value':
    'Canadá: los envíos por correo de hasta {threshold} no pagan aranceles ni impuestos. Por encima, se cobran sobre el valor total y Canada Post suma una tasa de gestión al cobrarlos.',
  'ca-cbsa-screening':
    'Canadá: la CBSA revisa todos los paquetes. Canada Post no puede acelerar ni consultar un paquete mientras está en aduana.',
  'au-gst-low-value':
    'Australia: desde el {since}, el GST de {gst_rate} se cobra al comprar en pedidos de hasta {threshold}, así que normalmente no hay nada que pagar al llegar. Por encima, el GST y los aranceles se cobran en frontera.',
  'au-customs-status-lag':
    'Australia: el seguimiento puede seguir diciendo que el paquete está retenido en aduana hasta que sale físicamente del depósito aduanero de Australia Post, aunque ya esté despachado. En temporada alta el despacho puede tardar mucho más de lo habitual.',
  'br-remessa-conforme':
    'Brasil: AliExpress está en el programa Remessa Conforme, así que los impuestos se cobran al comprar: {low_rate} de impuesto de importación hasta {low_limit}, y {high_rate} menos {high_deduction} por encima, más el ICMS del estado ({icms} en la mayoría). No deberían cobrarte nada más al llegar.',
  'br-non-certified-payment':
    'Brasil: si los impuestos no se pagaron al comprar, los pagas en «Minhas Importações» en la web de Correios dentro de {payment_days} días; si no, el paquete se devuelve. Comprueba allí el plazo.',
  'ru-eaeu-threshold':
    'Rusia y la UEEA: las compras de hasta {threshold} no pagan aranceles; con la regla anterior, por encima se cobraba un {excess_rate} sobre el excedente.',
  'ru-eaeu-2026-rule':
    'Rusia y la UEEA: desde el {from}, las compras de hasta {threshold} siguen sin aranceles; por encima se cobra un arancel del {rate} sobre el valor total (mínimo {minimum}), además del IVA nacional.',
  'ch-vat-minimum':
    'Suiza: el IVA y los aranceles no se cobran si suman menos de {minimum_tax}, lo que equivale más o menos a pedidos por debajo de {standard_rate_limit} (o {reduced_rate_limit} para libros y otros productos con tipo reducido). Si no, Swiss Post cobra además una tasa de despacho de {post_fee_min} a {post_fee_max}.',
  'no-voec':
    'Noruega: desde el {all_imports_taxed_since} toda compra en el extranjero paga IVA. Las tiendas del sistema VOEC lo cobran al comprar para productos de menos de {item_limit}, y entonces no hay nada que pagar al llegar; si no, el transportista cobra el IVA y una tasa.',
  'uk-royal-mail-hold':
    'Royal Mail guarda el paquete {hold_days} días, o {hold_days_customs} días si hay un cargo de aduana, y después lo devuelve al remitente.',
  'nl-postnl-hold':
    'PostNL: los paquetes internacionales se guardan {international_hold_days} días en un punto PostNL tras dos intentos, pero otras páginas de PostNL hablan de {pickup_point_hold_days} días. Guíate por la fecha del aviso de PostNL.',
  'es-correos-hold':
    'Correos: un paquete que queda en la oficina suele guardarse {office_hold_days} días, aunque las fuentes no coinciden. Guíate por la fecha del seguimiento o del aviso de Correos.',
  'fr-pickup-deadline':
    'Francia: La Poste y los puntos de recogida indican el plazo de retiro en su mensaje o aviso; no encontramos un plazo oficial único.',
  'de-dhl-hold':
    'DHL: las sucursales y tiendas guardan los paquetes {branch_working_days} días hábiles y las Packstation {packstation_days} días ({packstation_redirect_days} si el paquete se desvió allí tras una entrega fallida). Los envíos con número internacional suelen guardarse {international_branch_days} días.',
  'it-poste-hold':
    'Poste Italiane: los paquetes en «giacenza» suelen guardarse {hold_working_days} días hábiles, aunque algunas fuentes dan menos. Guíate por la fecha del «avviso di giacenza».',
  'pt-ctt-hold':
    'CTT: el tiempo que te espera un paquete depende del servicio; el plazo figura en el aviso de entrega.',
  'pl-inpost-hold':
    'InPost: el paquete espera {locker_hours} horas en la taquilla; puedes pagar más tiempo en la app. Después puede esperar unos {branch_working_days} días hábiles en una sucursal de InPost antes de volver.',
  'us-usps-hold':
    'USPS: tras dejar un aviso, la oficina suele guardar el paquete unos {hold_days} días desde el primer intento y después lo devuelve.',
  'ca-post-hold':
    'Canada Post: los paquetes con tarjeta de aviso suelen guardarse unos {hold_days} días en la oficina y después se devuelven.',
  'au-post-hold':
    'Australia Post: una oficina de correos guarda un envío no entregado {post_office_business_days} días hábiles; en las Parcel Locker tienes {locker_hours} horas.',
  'br-correios-hold':
    'Correios: el tiempo que un paquete espera el retiro lo fija Correios y se publica en su web y en el seguimiento.',
  'ru-post-hold':
    'Correos de Rusia: los paquetes suelen guardarse {parcel_days} días desde que llegan a la oficina, pero los de tiendas en línea pueden tener apenas {marketplace_min_days} días. Comprueba la fecha en el seguimiento.',
  'de-cainiao-number-prefixes':
    'Alemania: los números de Cainiao que empiezan por U no se pueden seguir dentro de Alemania, y los que empiezan por AS o AQ pueden mostrar datos de entrega inventados.',
  'nl-postnl-early-delivered-scan':
    'PostNL a veces marca como entregados los paquetes de buzón antes de que lleguen. Si a los {wait_days} días no llegó nada, avisa al vendedor.',
  'sms-fee-scam':
    'Alerta de estafa: un SMS o un correo que dice que tu paquete está retenido hasta que pagues una pequeña tasa de aduana o de envío mediante un enlace es una estafa. Los cargos reales se pagan en la web oficial del transportista o de la aduana, escribiendo tú la dirección, o en ventanilla.',
};

export default notes;
