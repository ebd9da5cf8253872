// Exact texts whose status is known for certain: the classifier's fast first pass. Only texts
// that a source shows (AliExpress milestone titles, Cainiao's standard descriptions, carriers'
// published status names) and that the rules would get wrong or too vaguely belong here; the
// rules do the general work. Keys are matched after normalisation (case, accents, spacing).
export const KNOWN_PHRASES: readonly (readonly [text: string, status: string])[] = [
  // AliExpress milestone titles (aliexpress-pages.md §2, trackingName)
  ['Order created', 'order-created'],
  ['Package in preparation', 'package-in-preparation'],
  ['Collected by carrier', 'collected-by-carrier'],
  ['In transit', 'in-transit'],
  ['Processing in customs', 'processing-in-customs'],
  ['Customs clearance started', 'import-customs-started'],
  ['Customs complete', 'customs-cleared'],
  ['Leaving customs, awaiting transfer', 'leaving-customs'],
  ['Collected by destination carrier', 'accepted-by-last-mile-carrier'],
  ['Delivery update', 'delivery-update'],
  ['Delivered', 'delivered'],
  ['Out for delivery', 'out-for-delivery'],
  ['At customs', 'processing-in-customs'],
  ['Awaiting flight', 'awaiting-flight'],
  // Cainiao group titles and order-level states (aliexpress-pages.md §5, domain.md §1.2)
  ['Store processing the order', 'awaiting-shipment'],
  ['Awaiting seller dispatch', 'awaiting-shipment'],
  ['Awaiting shipment', 'awaiting-shipment'],
  ['Awaiting delivery', 'awaiting-delivery'],
  ['Awaiting payment', 'awaiting-payment'],
  ['Payment being verified', 'payment-being-verified'],
  // the order detail page's progress bar (aliexpress-pages.md §2)
  ['Paid', 'order-paid'],
  // the progress bar of AliExpress's German notification e-mails (aliexpress-pages.md §7)
  ['Bestätigt', 'order-created'],
  ['Completed', 'order-completed'],
  ['Completado', 'order-completed'],
  ['Concluído', 'order-completed'],
  ['Terminée', 'order-completed'],
  ['Completato', 'order-completed'],
  ['Abgeschlossen', 'order-completed'],
  ['Завершен', 'order-completed'],
  ['Zakończone', 'order-completed'],
  // Correios' first scan in Brazil: arrival in the country, before customs (domain.md §3.1)
  ['Objeto recebido pelos Correios do Brasil', 'correios-received-in-brazil'],
  ['Closed', 'order-closed'],
  ['Order closed', 'order-closed'],
  ['No tracking updates yet', 'no-tracking-updates'],
];
