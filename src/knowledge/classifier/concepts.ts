// The language-independent concepts the classifier's rules are written in. Each language's
// lexicon maps its words to these; the rules never see a word. At most 62 concepts (two 31-bit
// masks, for speed).

export const CONCEPTS = [
  // places and parties
  'customs', // customs, aduana, douane, Zoll, таможня, 海关
  'import', // import, importación, ввоз
  'export', // export, exportación, экспорт
  'origin', // origin / departure country, país de origen, "departure region"
  'destination', // destination, destino, Bestimmungs-, назначения
  'country', // country, region, país, Land, страна
  'transit', // transit (country), tránsito, Transit
  'sorting', // sorting / distribution / processing centre, hub, facility, centro de clasificación
  'warehouse', // warehouse, almacén, Lager, склад
  'airline', // airline, flight, airport, plane, aerolínea, vuelo, Flug
  'linehaul', // line-haul, linehaul (and "linehual")
  'carrier', // carrier, courier, logistics company, operator, transportista, Zusteller
  'lastmile', // last mile, local (carrier / delivery company), destination carrier
  'post', // post office, postal, Correos, Post, почта (as a place)
  'pickup', // pickup point / location, collection point, parcel shop, punto de recogida
  'locker', // locker, parcel machine, Packstation, paczkomat, постамат
  'office', // delivery office, branch, oficina, Filiale, отделение
  'seller', // seller, store, shop, vendedor, Verkäufer, продавец
  'buyer', // recipient, buyer, customer, addressee, destinatario, Empfänger, получатель
  'address', // address, dirección, Adresse, адрес
  // actions and states
  'arrive', // arrived, arrival, inbound, received at, llegada, angekommen, прибыло
  'depart', // departed, left, leaving, outbound, dispatched from, salida, verlassen, покинуло
  'accept', // accepted, received by, collected, picked up (by carrier), admitido, angenommen, принято
  'handover', // hand over, handed to, transferred, entregado a (the next party)
  'start', // started, began, in progress, iniciado, begonnen, начато
  'complete', // completed, complete, finished, success(ful), cleared, released, completado
  'clearance', // clearance, clearing, declaration, despacho, Abfertigung, оформление
  'process', // processing, handling, procesando, bearbeitet, обработка
  'held', // held, detained, retained, on hold, retenido, zurückgehalten, задержано
  'fail', // failed, unsuccessful, exception, problem, error, fallido, fehlgeschlagen, неудачн
  'negation', // not, no, unable, could not, nicht, no, не
  'attempt', // attempt, intento, Versuch, попытка
  'delivery', // delivery, delivering, reparto, entrega, Zustellung, доставка
  'delivered', // delivered, entregado, zugestellt, livré, вручено, доставлено
  'signed', // signed (for), firmado, unterschrieben, подписано
  'out', // out for delivery, on the way, en reparto, in Zustellung, на доставке (with delivery)
  'wait', // waiting, awaiting, pending, ready, available, esperando, wartet, ожидает
  'collect', // collect / pick up (by the buyer), withdrawal, retirar, abholen, забрать, вручение
  'notify', // notified, notice, informed, reminder, aviso, Benachrichtigung, извещение
  'returned', // return(ed), returning, back to sender, devuelto, Rücksendung, возврат
  'cancel', // cancelled, canceled, cancelado, storniert, отменен
  'lost', // lost, perdido, verloren, утерян
  'damaged', // damaged, broken, dañado, beschädigt, поврежден
  'destroyed', // destroyed, destruido, vernichtet, уничтожен
  'duty', // duty, duties, tax, taxes, VAT, fee, charges, impuestos, Zoll-gebühr, пошлина
  'pay', // pay, payment, paid, pago, Zahlung, оплата
  'order', // order, pedido, Bestellung, заказ
  'ship', // shipped, shipment, dispatch(ed), enviado, versandt, отправлен
  'parcel', // package, parcel, item, paquete, Paket, посылка
  'information', // information, info, electronic, data, notification of shipment, datos
  'prepare', // preparing, packing, packed, preparación, verpackt, сборка
  'created', // created, placed, generated, registered, creado, erstellt, создан
  'relabel', // relabel(led), new tracking number, reassigned
  'refuse', // refused, rejected, declined, rechazado, abgelehnt, отказ
  'document', // document(s), invoice, ID, documentación, Unterlagen, документы
  'inspection', // inspection, check, review, examination, inspección, Prüfung, досмотр
  'reroute', // redirected, rerouted, forwarded, changed, desviado, umgeleitet, переадрес
  'update', // update(d), actualización, Aktualisierung, обновление
  'confiscate', // seized, confiscated, incautado, beschlagnahmt, конфискован
  'international', // international, internacional, international exchange office
  'confirm', // confirmed, confirmado, bestätigt, подтвержден (an order or payment accepted)
] as const;

export type Concept = (typeof CONCEPTS)[number];

if (CONCEPTS.length > 62) throw new Error('at most 62 concepts fit the two masks');

export const CONCEPT_BIT: Readonly<Record<Concept, number>> = Object.fromEntries(
  CONCEPTS.map((concept, index) => [concept, index]),
) as Record<Concept, number>;

/** A concept set as two 31-bit masks. */
export interface ConceptMask {
  lo: number;
  hi: number;
}

export function maskOf(concepts: readonly Concept[]): ConceptMask {
  let lo = 0;
  let hi = 0;
  for (const concept of concepts) {
    const bit = CONCEPT_BIT[concept];
    if (bit < 31) lo |= 1 << bit;
    else hi |= 1 << (bit - 31);
  }
  return { lo, hi };
}
