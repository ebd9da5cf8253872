// The classifier's rules: language-independent, written in concepts (./concepts.ts). The first
// rule whose concepts are all present (`all`), at least one of `any` (when given) present, and
// none of `none` present, decides the status. Specific rules come before general ones; the last
// rules of each stage are that stage's fallback, with a lower confidence.
//
// Traps the order encodes: a pickup point's signature is not delivery; "delivered to the
// pickup point" waits for the buyer; a failed or refused delivery is not a delivery; an
// arrival at a sorting centre in the destination country is the last mile, not the origin hub.

export interface Rule {
  status: string;
  all: string;
  any?: string;
  none?: string;
  /** 0–1; default 0.85. Stage fallbacks use less. */
  confidence?: number;
}

const FALLBACK = 0.6;

export const RULES: readonly Rule[] = [
  // ---- side stages: lost, damaged, destroyed, confiscated, cancelled, returned ----
  { status: 'confiscated-by-customs', all: 'confiscate' },
  { status: 'return-disposed', all: 'destroyed', any: 'returned' },
  { status: 'parcel-destroyed', all: 'destroyed' },
  { status: 'parcel-lost', all: 'lost', none: 'negation' },
  { status: 'parcel-damaged', all: 'damaged' },
  { status: 'cancellation-requested', all: 'cancel', any: 'wait process start', none: 'complete' },
  { status: 'shipment-cancelled', all: 'cancel', any: 'ship parcel carrier warehouse' , none: 'order' },
  { status: 'refund-in-progress', all: 'cancel pay', none: 'duty customs' },
  { status: 'order-cancelled', all: 'cancel' },
  // "not collected in time, returned": a negation here is the reason, not a denial
  { status: 'returned-unclaimed', all: 'returned', any: 'collect wait pickup' },
  { status: 'returned-refused', all: 'returned refuse' },
  { status: 'returned-address-problem', all: 'returned address' },
  { status: 'returned-to-sender', all: 'returned', any: 'arrive complete delivered signed', none: 'fail' },
  { status: 'returning-to-sender', all: 'returned' },
  { status: 'returned-refused', all: 'refuse', any: 'buyer parcel', none: 'pickup customs' },

  // ---- ordered (a parcel packed and ready is already shipped) ----
  { status: 'package-in-preparation', all: 'prepare order', none: 'out carrier customs complete' },
  { status: 'warehouse-packing', all: 'prepare complete', none: 'order' },
  { status: 'payment-being-verified', all: 'pay', any: 'inspection process', none: 'customs duty' },
  { status: 'awaiting-payment', all: 'pay wait', none: 'customs duty complete' },
  { status: 'order-paid', all: 'pay complete', none: 'customs duty delivery' },
  { status: 'order-paid', all: 'pay confirm', none: 'customs duty delivery' },
  { status: 'order-created', all: 'order confirm', none: 'customs duty delivery ship' },
  { status: 'order-paid', all: 'pay accept', none: 'customs duty delivery carrier' },
  { status: 'awaiting-shipment', all: 'order', any: 'wait process', none: 'ship carrier delivery customs warehouse pay' },
  { status: 'awaiting-shipment', all: 'seller accept order', none: 'carrier delivery customs' },
  { status: 'awaiting-shipment', all: 'ship negation', none: 'carrier delivery customs' },
  { status: 'payment-being-verified', all: 'wait confirm', none: 'carrier delivery customs ship' },
  { status: 'order-paid', all: 'order pay', none: 'customs duty wait' },
  { status: 'order-created', all: 'order created' },
  { status: 'package-in-preparation', all: 'prepare', any: 'seller order parcel', none: 'warehouse carrier customs clearance delivery destination out transit' },
  { status: 'awaiting-shipment', all: 'wait', any: 'ship', none: 'carrier delivery customs airline pickup collect office post locker' },
  { status: 'awaiting-shipment', all: 'seller process', any: 'order parcel', none: 'carrier delivery customs' },

  // ---- customs holds and charges (before the general customs rules) ----
  { status: 'processing-in-customs', all: 'duty pay complete' },
  { status: 'duties-to-pay', all: 'duty', any: 'pay wait customs import', none: 'complete' },
  { status: 'customs-documents-requested', all: 'customs document' },
  { status: 'held-by-customs', all: 'customs held', none: 'complete' },
  { status: 'held-by-customs', all: 'held destination', none: 'complete delivery' },
  { status: 'held-by-customs', all: 'customs fail', none: 'export transit' },
  { status: 'export-customs-failed', all: 'export fail', any: 'customs clearance' },
  { status: 'transit-customs-failed', all: 'transit customs fail' },
  { status: 'customs-documents-requested', all: 'document', any: 'clearance import' },

  // ---- delivery failures and pickups (before the general delivery rules) ----
  { status: 'pickup-point-refused', all: 'pickup refuse' },
  { status: 'delivery-attempt-failed', all: 'delivery', any: 'fail negation refuse', none: 'returned' },
  { status: 'delivery-attempt-failed', all: 'attempt', any: 'delivery delivered', none: 'complete' },
  { status: 'delivered', all: 'delivery complete', none: 'negation fail attempt customs information locker pickup office' },
  { status: 'pickup-reminder', all: 'notify wait', none: 'attempt negation' },
  { status: 'delivery-notice-left', all: 'notify attempt' },
  { status: 'delivery-notice-left', all: 'notify', any: 'office collect', none: 'complete' },
  { status: 'address-update-needed', all: 'address', any: 'fail negation update wait' },
  { status: 'pickup-point-signed', all: 'pickup signed', none: 'buyer' },
  { status: 'pickup-point-signed', all: 'pickup delivered', none: 'buyer collect' },
  { status: 'parcel-in-locker', all: 'locker', any: 'delivered arrive wait' },
  { status: 'collected-from-pickup-point', all: 'collect', any: 'buyer', none: 'wait negation fail' },
  { status: 'pickup-reminder', all: 'notify', any: 'collect pickup wait', none: 'negation' },
  { status: 'at-delivery-office', all: 'office delivery', none: 'collect pickup locker notify' },
  { status: 'waiting-for-pickup', all: 'wait', any: 'collect pickup locker office post' },
  { status: 'waiting-for-pickup', all: 'collect', any: 'office post pickup', none: 'carrier' },
  { status: 'arrived-at-pickup-point', all: 'pickup arrive' },
  { status: 'waiting-for-pickup', all: 'notify', none: 'negation fail lastmile carrier seller information', confidence: 0.7 },

  // ---- handed over to the next carrier, in words that also mean "delivered" (tr "teslim edildi") ----
  { status: 'hand-over-to-airline', all: 'airline handover', none: 'arrive' },
  { status: 'accepted-by-last-mile-carrier', all: 'lastmile handover', any: 'carrier', none: 'buyer customs clearance' },

  // ---- delivered (expected deliveries excluded: "will be delivered today") ----
  { status: 'out-for-delivery', all: 'wait delivered', none: 'pickup office locker collect negation fail' },
  { status: 'delivered-to-mailbox', all: 'delivered', any: 'post', none: 'office pickup negation fail' },
  { status: 'delivered', all: 'delivered buyer', none: 'negation fail attempt wait pickup office locker customs' },
  // "handed to the courier / the airline" uses the verb for "delivered" in some languages (he, vi, ar)
  { status: 'out-for-delivery', all: 'delivered carrier delivery', none: 'buyer airline locker pickup office' },
  { status: 'delivered', all: 'delivered', none: 'negation fail attempt pickup office customs sorting wait carrier airline out' },
  { status: 'delivered', all: 'signed', any: 'buyer', none: 'negation fail' },
  { status: 'order-completed', all: 'order complete', none: 'customs accept' },

  // ---- out for delivery ----
  { status: 'redelivery-attempt', all: 'delivery', any: 'attempt', none: 'fail negation' },
  { status: 'out-for-delivery', all: 'out' },

  // ---- import customs ----
  { status: 'export-customs-cleared', all: 'export customs complete' },
  { status: 'customs-cleared', all: 'customs complete', any: 'import clearance inspection', none: 'export origin' },
  { status: 'leaving-customs', all: 'customs depart', none: 'export origin' },
  { status: 'leaving-customs', all: 'customs handover', any: 'lastmile carrier', none: 'export origin' },
  { status: 'customs-cleared', all: 'customs complete', none: 'export origin transit' },
  { status: 'import-customs-started', all: 'import start', any: 'customs clearance' },
  { status: 'import-customs-started', all: 'customs clearance start', none: 'export origin transit' },
  { status: 'export-customs-started', all: 'export start', any: 'customs clearance' },
  { status: 'export-customs-cleared', all: 'export complete', any: 'customs clearance' },
  { status: 'export-customs-started', all: 'export', any: 'customs inspection process' },
  { status: 'transit-customs-started', all: 'transit customs start' },
  { status: 'transit-customs-cleared', all: 'transit customs complete' },
  { status: 'arrived-customs-area', all: 'arrive customs country', none: 'export origin complete' },
  { status: 'at-customs', all: 'customs', any: 'arrive handover accept', none: 'export origin complete' },
  { status: 'processing-in-customs', all: 'customs', any: 'process inspection clearance', none: 'export origin' },
  { status: 'processing-in-customs', all: 'import', any: 'clearance process', none: 'export' },

  // ---- last mile ----
  { status: 'new-local-tracking-number', all: 'relabel' },
  { status: 'last-mile-notified', all: 'information', any: 'lastmile carrier', none: 'seller warehouse' },
  { status: 'accepted-by-last-mile-carrier', all: 'lastmile', any: 'accept handover carrier', none: 'depart' },
  { status: 'accepted-by-last-mile-carrier', all: 'destination carrier', any: 'accept handover' },
  { status: 'at-delivery-office', all: 'office', any: 'arrive accept delivery', none: 'origin linehaul airline customs' },
  { status: 'local-sorting-centre', all: 'sorting', any: 'lastmile destination', none: 'origin export' },
  { status: 'local-sorting-centre', all: 'process destination', none: 'customs arrive origin' },

  // ---- arrived in the destination country ----
  { status: 'arrived-transit-country', all: 'transit arrive' },
  { status: 'departed-transit-country', all: 'transit depart' },
  { status: 'arrived-destination-country', all: 'arrive', any: 'destination airline linehaul', none: 'origin export' },
  { status: 'arrived-destination-country', all: 'arrive country', none: 'origin export' },
  { status: 'arrived-destination-country', all: 'international arrive', none: 'origin export' },
  { status: 'arrived-destination-country', all: 'destination country', none: 'origin export depart customs transit airline', confidence: 0.75 },
  { status: 'local-sorting-centre', all: 'post', any: 'sorting arrive depart process', none: 'origin export international' },

  // ---- international ----
  { status: 'awaiting-flight', all: 'wait airline', none: 'arrive' },
  { status: 'hand-over-to-airline', all: 'airline', any: 'handover accept', none: 'arrive' },
  { status: 'hand-over-to-airline', all: 'origin country depart', none: 'arrive', confidence: 0.75 },
  { status: 'departed-origin-country', all: 'airline depart', none: 'arrive' },
  { status: 'departed-origin-country', all: 'international', any: 'depart ship', none: 'arrive' },
  { status: 'departed-origin-country', all: 'origin depart', none: 'arrive sorting warehouse office post', confidence: 0.75 },
  { status: 'pickup-point-changed', all: 'reroute', any: 'locker pickup office' },
  { status: 'rerouted-in-transit', all: 'reroute', none: 'delivery address pickup' },
  { status: 'delivery-update', all: 'transit lastmile', none: 'arrive depart international' },
  { status: 'in-transit', all: 'transit', none: 'arrive depart export origin' },

  // ---- export ----
  { status: 'linehaul-received', all: 'linehaul', any: 'accept handover arrive', none: 'destination' },
  { status: 'linehaul-received', all: 'origin arrive', any: 'airline linehaul' },

  // ---- origin hub and shipped ----
  { status: 'origin-sorting-outbound', all: 'sorting depart', none: 'destination lastmile' },
  { status: 'origin-sorting-inbound', all: 'sorting', any: 'arrive accept process', none: 'destination lastmile' },
  { status: 'left-warehouse', all: 'warehouse depart' },
  { status: 'warehouse-packing', all: 'warehouse prepare' },
  { status: 'warehouse-packing', all: 'prepare', any: 'ship parcel', none: 'seller order' },
  { status: 'warehouse-order-received', all: 'warehouse', any: 'accept arrive information order' },
  { status: 'collected-by-carrier', all: 'carrier', any: 'accept collect handover', none: 'lastmile destination' },
  { status: 'collected-by-carrier', all: 'accept', any: 'parcel ship seller origin', none: 'lastmile destination customs' , confidence: 0.7 },
  { status: 'shipment-info-received', all: 'information', any: 'ship parcel accept order created' },
  { status: 'order-shipped', all: 'ship', any: 'order parcel seller', none: 'wait prepare' },

  // ---- stage fallbacks: the concepts name a stage but no rule above fits ----
  { status: 'delivery-exception', all: 'fail', confidence: FALLBACK },
  { status: 'processing-in-customs', all: 'customs', none: 'export', confidence: FALLBACK },
  { status: 'export-customs-started', all: 'export', confidence: FALLBACK },
  { status: 'in-transit', all: 'transit', confidence: FALLBACK },
  { status: 'out-for-delivery', all: 'delivery', none: 'information', confidence: FALLBACK },
  { status: 'delivery-update', all: 'lastmile', confidence: FALLBACK },
  { status: 'delivery-update', all: 'update', any: 'delivery information', none: 'customs order', confidence: FALLBACK },
  { status: 'hand-over-to-airline', all: 'airline', confidence: FALLBACK },
  { status: 'origin-sorting-inbound', all: 'sorting', confidence: FALLBACK },
  { status: 'arrived-destination-country', all: 'arrive destination', confidence: FALLBACK },
  { status: 'collected-by-carrier', all: 'accept', none: 'lastmile destination customs', confidence: FALLBACK },
  { status: 'order-shipped', all: 'ship', none: 'wait negation', confidence: FALLBACK },
  { status: 'waiting-for-pickup', all: 'locker', confidence: FALLBACK },
  { status: 'waiting-for-pickup', all: 'pickup', none: 'carrier seller', confidence: FALLBACK },
];
