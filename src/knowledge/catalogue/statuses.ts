// The status catalogue: one record per status a shopper can meet on AliExpress / Cainiao
// tracking, in journey order. Language-independent facts only; texts live in ../texts/*.ts,
// typical waits in ../facts/durations.ts, country facts in ../facts/regions.ts.
// Codes are Cainiao action codes without the `AE_` prefix (stage and code families: contract §1).
import type { StatusRecord } from '../types';

// Region notes shown wherever customs charges may come up.
const CUSTOMS_RULES = [
  'eu-vat-ioss',
  'eu-flat-duty-2026',
  'eu-handling-fee-proposal',
  'uk-vat-low-value',
  'us-de-minimis',
  'ca-postal-low-value',
  'au-gst-low-value',
  'br-remessa-conforme',
  'ru-eaeu-threshold',
  'ru-eaeu-2026-rule',
  'ch-vat-minimum',
  'no-voec',
] as const;

// Where the shopper may be asked to pay or to send documents (plus the fee-SMS scam).
const CHARGES_DUE = [
  ...CUSTOMS_RULES,
  'es-correos-customs',
  'nl-postnl-customs',
  'uk-royal-mail-fee',
  'br-non-certified-payment',
  'sms-fee-scam',
] as const;

// How long carriers keep a parcel for collection.
const PICKUP_HOLDS = [
  'uk-royal-mail-hold',
  'nl-postnl-hold',
  'es-correos-hold',
  'fr-pickup-deadline',
  'de-dhl-hold',
  'it-poste-hold',
  'pt-ctt-hold',
  'pl-inpost-hold',
  'us-usps-hold',
  'ca-post-hold',
  'au-post-hold',
  'br-correios-hold',
  'ru-post-hold',
] as const;

export const STATUSES: readonly StatusRecord[] = [
  // ---- 1. ordered: the order exists, nothing has been handed to a carrier ----
  { id: 'order-created', stage: 'ordered', severity: 'info', codes: ['ORDER_PLACED'], duration: 'payment-verification', worryAfterDays: null, contacts: [], regionNotes: [] },
  { id: 'awaiting-payment', stage: 'ordered', severity: 'info', codes: [], duration: 'payment-verification', worryAfterDays: null, contacts: [], regionNotes: [] },
  { id: 'payment-being-verified', stage: 'ordered', severity: 'wait', codes: [], duration: 'payment-verification', worryAfterDays: 2, contacts: [], regionNotes: [] },
  { id: 'order-paid', stage: 'ordered', severity: 'info', codes: ['ORDER_PAID'], duration: 'seller-processing', worryAfterDays: null, contacts: [], regionNotes: [] },
  { id: 'awaiting-shipment', stage: 'ordered', severity: 'wait', codes: [], duration: 'seller-processing', worryAfterDays: 10, contacts: ['seller'], regionNotes: [] },
  { id: 'package-in-preparation', stage: 'ordered', severity: 'wait', codes: [], duration: 'seller-processing', worryAfterDays: 10, contacts: ['seller'], regionNotes: [] },

  // ---- 2. shipped: shipment created, packed, or picked up by the carrier in China ----
  { id: 'shipment-info-received', stage: 'shipped', severity: 'wait', codes: ['CONSIGN', 'OM_CONSIGN', 'PRE_READY_TO_SHIP', 'GTMS_ASN'], duration: 'shipment-info-to-pickup', worryAfterDays: 10, contacts: ['seller'], regionNotes: [] },
  { id: 'pre-shipment-notice', stage: 'shipped', severity: 'wait', codes: ['COMMON_INTRANSIT'], duration: 'shipment-info-to-pickup', worryAfterDays: 10, contacts: ['seller'], regionNotes: [] },
  { id: 'order-shipped', stage: 'shipped', severity: 'info', codes: ['ORDER_SHIPPED'], duration: 'shipment-info-to-pickup', worryAfterDays: 10, contacts: ['seller'], regionNotes: [] },
  { id: 'awaiting-delivery', stage: 'shipped', severity: 'info', codes: [], duration: 'whole-journey', worryAfterDays: null, contacts: [], regionNotes: [] },
  { id: 'warehouse-order-received', stage: 'shipped', severity: 'info', codes: ['GWMS_ACCEPT', 'WMS_CONFIRMED'], duration: 'warehouse-processing', worryAfterDays: 7, contacts: ['seller'], regionNotes: [] },
  { id: 'warehouse-packing', stage: 'shipped', severity: 'info', codes: ['GWMS_PICK', 'GWMS_PACKAGE'], duration: 'warehouse-processing', worryAfterDays: 7, contacts: ['seller'], regionNotes: [] },
  { id: 'left-warehouse', stage: 'shipped', severity: 'info', codes: ['GWMS_OUTBOUND', 'GWMS_HANDOVER'], duration: 'carrier-acceptance', worryAfterDays: 10, contacts: ['seller'], regionNotes: [] },
  { id: 'consolidation-warehouse', stage: 'shipped', severity: 'info', codes: ['CW_INBOUND', 'CW_OUTBOUND', 'CW_COMMON_PROCESSING1'], duration: 'warehouse-processing', worryAfterDays: 10, contacts: ['seller'], regionNotes: [] },
  { id: 'collected-by-carrier', stage: 'shipped', severity: 'wait', codes: ['PU_PICKUP_SUCCESS', 'PICK_UP_SUCCESS', 'PU_SIGN_IN_SUCCESS', 'GOT'], duration: 'carrier-acceptance', worryAfterDays: 14, contacts: ['seller'], regionNotes: [] },
  { id: 'carrier-pickup-failed', stage: 'shipped', severity: 'watch', codes: ['PU_PICKUP_FAILURE', 'PU_SIGN_IN_FAILURE'], duration: 'problem-resolution', worryAfterDays: 5, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'warehouse-problem', stage: 'shipped', severity: 'watch', codes: ['GWMS_EXCEPTION', 'GWMS_REJECT'], duration: 'problem-resolution', worryAfterDays: 5, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },

  // ---- 3. origin-hub: sorting centres in China ----
  { id: 'origin-sorting-inbound', stage: 'origin-hub', severity: 'info', codes: ['SC_SIGN_IN_SUCCESS', 'SC_INBOUND_SUCCESS', 'SC_ARRIVE', 'SC_TRANS_INBOUND_SUCCESS'], duration: 'origin-sorting', worryAfterDays: 10, contacts: [], regionNotes: [] },
  { id: 'origin-sorting-outbound', stage: 'origin-hub', severity: 'info', codes: ['SC_OUTBOUND_SUCCESS', 'SC_HO_OUT_SUCCESS', 'SC_DEPART', 'SC_TRANS_OUTBOUND_SUCCESS'], duration: 'origin-sorting', worryAfterDays: 10, contacts: [], regionNotes: [] },
  { id: 'origin-sorting-problem', stage: 'origin-hub', severity: 'watch', codes: ['SC_SIGN_IN_FAILURE', 'SC_INBOUND_FAILURE', 'SC_OUTBOUND_FAILURE', 'SC_HO_OUT_FAILURE'], duration: 'problem-resolution', worryAfterDays: 7, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },

  // ---- 4. export: line-haul operator and export customs ----
  { id: 'linehaul-received', stage: 'export', severity: 'wait', codes: ['LH_HO_IN_SUCCESS'], duration: 'linehaul-handover', worryAfterDays: 14, contacts: [], regionNotes: [] },
  { id: 'linehaul-handover-problem', stage: 'export', severity: 'watch', codes: ['LH_HO_IN_FAILURE'], duration: 'problem-resolution', worryAfterDays: 7, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'export-customs-started', stage: 'export', severity: 'info', codes: ['CC_EX_START'], duration: 'export-customs', worryAfterDays: 10, contacts: [], regionNotes: [] },
  { id: 'export-customs-cleared', stage: 'export', severity: 'info', codes: ['CC_EX_SUCCESS'], duration: 'linehaul-handover', worryAfterDays: 14, contacts: [], regionNotes: [] },
  { id: 'export-customs-failed', stage: 'export', severity: 'watch', codes: ['CC_EX_FAILURE'], duration: 'problem-resolution', worryAfterDays: 7, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'awaiting-flight', stage: 'export', severity: 'wait', codes: [], duration: 'linehaul-handover', worryAfterDays: 14, contacts: [], regionNotes: [] },

  // ---- 5. international: flight, transit countries ----
  { id: 'hand-over-to-airline', stage: 'international', severity: 'wait', codes: ['LH_HO_AIRLINE'], duration: 'airline-handover', worryAfterDays: 21, contacts: ['seller'], regionNotes: [] },
  { id: 'airline-handover-failed', stage: 'international', severity: 'watch', codes: ['LH_HO_AIRLINE_FAILURE', 'LH_HO_OUT_FAILURE'], duration: 'problem-resolution', worryAfterDays: 7, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'departed-origin-country', stage: 'international', severity: 'wait', codes: ['LH_DEPART', 'LH_HO_OUT_SUCCESS'], duration: 'flight-to-arrival', worryAfterDays: 21, contacts: ['seller'], regionNotes: [] },
  { id: 'in-transit', stage: 'international', severity: 'info', codes: [], duration: 'whole-journey', worryAfterDays: 21, contacts: ['seller'], regionNotes: [] },
  { id: 'arrived-transit-country', stage: 'international', severity: 'wait', codes: ['TD_TRANS_ARRIVE', 'TD_TRANS_ARRIVE_C', 'TD_TRANS_ARRIVE_DCP'], duration: 'transit-hub', worryAfterDays: 21, contacts: ['seller'], regionNotes: [] },
  { id: 'departed-transit-country', stage: 'international', severity: 'info', codes: ['TD_TRANS_DEPART', 'TD_TRANS_DEPART_C'], duration: 'flight-to-arrival', worryAfterDays: 14, contacts: [], regionNotes: [] },
  { id: 'transit-customs-started', stage: 'international', severity: 'info', codes: ['CC_TRANS_START'], duration: 'transit-hub', worryAfterDays: 14, contacts: [], regionNotes: [] },
  { id: 'transit-customs-cleared', stage: 'international', severity: 'info', codes: ['CC_TRANS_SUCCESS'], duration: 'transit-hub', worryAfterDays: 14, contacts: [], regionNotes: [] },
  { id: 'transit-customs-failed', stage: 'international', severity: 'watch', codes: ['CC_TRANS_FAILURE'], duration: 'problem-resolution', worryAfterDays: 7, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'rerouted-in-transit', stage: 'international', severity: 'wait', codes: ['TRANSIT_PORT_REROUTE_CALLBACK'], duration: 'transit-hub', worryAfterDays: 21, contacts: ['seller'], regionNotes: [] },

  // ---- 6. arrived: landed in the destination country (or a hub that looks like it) ----
  { id: 'arrived-destination-country', stage: 'arrived', severity: 'wait', codes: ['LH_ARRIVE', 'LH_LINEHAUL_ARRIVE'], duration: 'arrival-to-customs', worryAfterDays: 14, contacts: ['local-carrier', 'seller'], regionNotes: ['de-cainiao-number-prefixes'] },
  { id: 'arrived-at-eu-hub', stage: 'arrived', severity: 'wait', codes: [], duration: 'transit-hub', worryAfterDays: 21, contacts: ['seller'], regionNotes: [] },
  { id: 'arrived-customs-area', stage: 'arrived', severity: 'info', codes: ['CUSTOMS_ARRIVED_IN_AREA_CALLBACK'], duration: 'arrival-to-customs', worryAfterDays: 14, contacts: [], regionNotes: [] },
  { id: 'linehaul-arrival-problem', stage: 'arrived', severity: 'watch', codes: ['LH_ARRIVE_FAILURE'], duration: 'problem-resolution', worryAfterDays: 7, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'correios-received-in-brazil', stage: 'arrived', severity: 'wait', codes: [], duration: 'arrival-to-customs', worryAfterDays: 14, contacts: ['local-carrier'], regionNotes: ['br-remessa-conforme'] },
  { id: 'russian-post-exchange-arrived', stage: 'arrived', severity: 'wait', codes: [], duration: 'arrival-to-customs', worryAfterDays: 14, contacts: ['local-carrier'], regionNotes: ['ru-eaeu-threshold', 'ru-eaeu-2026-rule'] },

  // ---- 7. import-customs: presented, clearing, held, charged, released ----
  { id: 'at-customs', stage: 'import-customs', severity: 'wait', codes: ['CC_HO_IN_SUCCESS'], duration: 'import-clearance', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [...CUSTOMS_RULES] },
  { id: 'import-customs-started', stage: 'import-customs', severity: 'wait', codes: ['CC_IM_START', 'CUS_DECLARE'], duration: 'import-clearance', worryAfterDays: 14, contacts: ['local-carrier'], regionNotes: [...CUSTOMS_RULES] },
  { id: 'processing-in-customs', stage: 'import-customs', severity: 'wait', codes: ['CC_IM_PROCESS'], duration: 'import-clearance', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [...CUSTOMS_RULES] },
  { id: 'customs-cleared', stage: 'import-customs', severity: 'info', codes: ['CC_IM_SUCCESS', 'CUS_SUCCESS', 'CIQ_SUCCESS'], duration: 'customs-to-last-mile', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: ['au-customs-status-lag', 'sms-fee-scam'] },
  { id: 'leaving-customs', stage: 'import-customs', severity: 'info', codes: ['CC_HO_OUT_SUCCESS'], duration: 'customs-to-last-mile', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'held-by-customs', stage: 'import-customs', severity: 'watch', codes: ['CC_IM_FAILURE', 'CC_IM_EXCEPTION', 'CUS_FAILURE', 'CIQ_FAILURE', 'CC_HO_IN_FAILURE', 'CC_HO_OUT_FAILURE'], duration: 'customs-hold', worryAfterDays: 7, contacts: ['local-carrier', 'customs', 'seller'], regionNotes: [...CHARGES_DUE, 'ca-cbsa-screening', 'au-customs-status-lag'] },
  { id: 'customs-documents-requested', stage: 'import-customs', severity: 'act', codes: [], duration: 'customs-hold', worryAfterDays: null, contacts: ['local-carrier', 'seller', 'customs'], regionNotes: ['es-correos-customs', 'nl-postnl-customs', 'sms-fee-scam'] },
  { id: 'duties-to-pay', stage: 'import-customs', severity: 'act', codes: ['CUS_TAX'], duration: 'customs-payment', worryAfterDays: null, contacts: ['local-carrier', 'customs'], regionNotes: [...CHARGES_DUE] },
  { id: 'confiscated-by-customs', stage: 'import-customs', severity: 'act', codes: [], duration: 'problem-resolution', worryAfterDays: null, contacts: ['aliexpress-dispute', 'customs', 'seller'], regionNotes: [] },
  { id: 'correos-customs-notice', stage: 'import-customs', severity: 'act', codes: [], duration: 'customs-hold', worryAfterDays: null, contacts: ['local-carrier', 'customs', 'seller'], regionNotes: ['es-correos-customs', 'eu-vat-ioss', 'eu-flat-duty-2026', 'sms-fee-scam'] },
  { id: 'royal-mail-fee-to-pay', stage: 'import-customs', severity: 'act', codes: [], duration: 'customs-payment', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['uk-royal-mail-fee', 'uk-royal-mail-hold', 'uk-vat-low-value', 'sms-fee-scam'] },
  { id: 'usps-international-service-center', stage: 'import-customs', severity: 'wait', codes: [], duration: 'import-clearance', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: ['us-de-minimis'] },
  { id: 'canada-presented-for-review', stage: 'import-customs', severity: 'wait', codes: [], duration: 'import-clearance', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: ['ca-cbsa-screening', 'ca-postal-low-value'] },
  { id: 'canada-released-by-cbsa', stage: 'import-customs', severity: 'info', codes: [], duration: 'customs-to-last-mile', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: ['ca-postal-low-value'] },
  { id: 'australia-awaiting-clearance', stage: 'import-customs', severity: 'wait', codes: [], duration: 'import-clearance', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: ['au-customs-status-lag', 'au-gst-low-value'] },
  { id: 'correios-customs-inspection', stage: 'import-customs', severity: 'wait', codes: [], duration: 'import-clearance', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: ['br-remessa-conforme', 'br-non-certified-payment'] },
  { id: 'correios-awaiting-payment', stage: 'import-customs', severity: 'act', codes: [], duration: 'customs-payment', worryAfterDays: null, contacts: ['local-carrier', 'customs'], regionNotes: ['br-remessa-conforme', 'br-non-certified-payment', 'sms-fee-scam'] },
  { id: 'russian-post-handed-to-customs', stage: 'import-customs', severity: 'wait', codes: [], duration: 'import-clearance', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: ['ru-eaeu-threshold', 'ru-eaeu-2026-rule'] },
  { id: 'russian-post-released-by-customs', stage: 'import-customs', severity: 'info', codes: [], duration: 'customs-to-last-mile', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [] },

  // ---- 8. last-mile: the local post or courier sorts it towards the delivery office ----
  { id: 'last-mile-notified', stage: 'last-mile', severity: 'info', codes: ['LAST_MILE_ASN_NOTIFY'], duration: 'customs-to-last-mile', worryAfterDays: 14, contacts: [], regionNotes: [] },
  { id: 'accepted-by-last-mile-carrier', stage: 'last-mile', severity: 'info', codes: ['GTMS_ACCEPT', 'LAST_MILE_HO_SUCCESS'], duration: 'last-mile-delivery', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'delivery-update', stage: 'last-mile', severity: 'info', codes: ['GTMS_ORDER_INFO_UPDATE'], duration: 'last-mile-delivery', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'new-local-tracking-number', stage: 'last-mile', severity: 'info', codes: ['GTMS_RELABEL'], duration: 'last-mile-delivery', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'local-sorting-centre', stage: 'last-mile', severity: 'info', codes: ['GTMS_SC_ARRIVE', 'GTMS_SC_DEPART', 'GTMS_OE_DEPART'], duration: 'local-sorting', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'at-delivery-office', stage: 'last-mile', severity: 'info', codes: ['GTMS_DO_ARRIVE', 'GTMS_STATION_IN', 'GTMS_STATION_OUT'], duration: 'delivery-round', worryAfterDays: 5, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'correos-admitted-cam', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'correos-sorted-cta', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'la-poste-in-transit', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'postnl-in-network', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'dhl-parcel-centre', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: ['de-cainiao-number-prefixes'] },
  { id: 'usps-regional-facility', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'russian-post-left-exchange', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'russian-post-sorting-centre', stage: 'last-mile', severity: 'info', codes: [], duration: 'local-sorting', worryAfterDays: 10, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'redirected-to-door', stage: 'last-mile', severity: 'info', codes: ['GTMS_STA_CUST_TO_DOOR', 'GTMS_STA_CN_TO_DOOR', 'GTMS_STA_CNCP_TO_DOOR'], duration: 'last-mile-delivery', worryAfterDays: 7, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'pickup-point-changed', stage: 'last-mile', severity: 'watch', codes: ['GTMS_STA_CHANGE', 'GTMS_STA_CN_CHANGE', 'GTMS_STA_CNCP_CHANGE'], duration: 'last-mile-delivery', worryAfterDays: 5, contacts: ['local-carrier'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'address-update-needed', stage: 'last-mile', severity: 'act', codes: ['GTMS_STA_WAIT_CUST_CHANGE_ADDRESS'], duration: 'problem-resolution', worryAfterDays: null, contacts: ['local-carrier', 'seller'], regionNotes: [] },
  { id: 'last-mile-problem', stage: 'last-mile', severity: 'watch', codes: ['GTMS_FAILURE', 'GTMS_SC_ARRIVE_FAILURE'], duration: 'problem-resolution', worryAfterDays: 3, contacts: ['local-carrier', 'seller'], regionNotes: [] },

  // ---- 9. out-for-delivery: on the van, attempted, or waiting to be collected ----
  { id: 'out-for-delivery', stage: 'out-for-delivery', severity: 'info', codes: ['GTMS_DO_DEPART', 'GTMS_DELIVERING'], duration: 'delivery-round', worryAfterDays: 2, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'redelivery-attempt', stage: 'out-for-delivery', severity: 'info', codes: ['GTMS_RE_DELIVERING'], duration: 'delivery-round', worryAfterDays: 2, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'delivery-attempt-failed', stage: 'out-for-delivery', severity: 'act', codes: ['GTMS_DEL_FAILURE', 'GTMS_SIGN_FAILURE', 'DELIVERY_FAILED'], duration: 'redelivery', worryAfterDays: null, contacts: ['local-carrier', 'seller'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'delivery-notice-left', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'pickup-hub-inbound', stage: 'out-for-delivery', severity: 'info', codes: ['GSTAHUB_INBOUND'], duration: 'local-sorting', worryAfterDays: 5, contacts: ['local-carrier'], regionNotes: [] },
  { id: 'arrived-at-pickup-point', stage: 'out-for-delivery', severity: 'act', codes: ['GSTA_INBOUND'], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'waiting-for-pickup', stage: 'out-for-delivery', severity: 'act', codes: ['GTMS_WAIT_SELF_PICK', 'GSTA_INFORM_BUYER'], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'pickup-point-signed', stage: 'out-for-delivery', severity: 'act', codes: ['GTMS_STA_SIGNED'], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'parcel-in-locker', stage: 'out-for-delivery', severity: 'act', codes: ['POSTMAN_POST'], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['pl-inpost-hold', 'de-dhl-hold', 'au-post-hold'] },
  { id: 'pickup-reminder', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'pickup-point-refused', stage: 'out-for-delivery', severity: 'watch', codes: ['GTMS_STA_SIGN_FAILURE', 'GSTA_INBOUND_FAIL', 'GSTAHUB_INBOUND_FAIL', 'GSTA_SIGN_FAIL', 'GSTA_BUYER_SIGN_FAIL'], duration: 'problem-resolution', worryAfterDays: 3, contacts: ['local-carrier', 'seller'], regionNotes: [] },
  { id: 'correos-available-at-office', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['es-correos-hold'] },
  { id: 'la-poste-available-for-pickup', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['fr-pickup-deadline'] },
  { id: 'postnl-ready-at-location', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['nl-postnl-hold'] },
  { id: 'dhl-ready-at-packstation', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['de-dhl-hold'] },
  { id: 'dhl-ready-at-branch', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['de-dhl-hold'] },
  { id: 'poste-italiane-in-storage', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['it-poste-hold'] },
  { id: 'ctt-awaiting-collection', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['pt-ctt-hold'] },
  { id: 'inpost-ready-in-locker', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['pl-inpost-hold'] },
  { id: 'royal-mail-item-waiting', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['uk-royal-mail-hold'] },
  { id: 'usps-available-for-pickup', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['us-usps-hold'] },
  { id: 'canada-post-ready-for-pickup', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['ca-post-hold'] },
  { id: 'australia-post-awaiting-collection', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['au-post-hold'] },
  { id: 'correios-awaiting-pickup', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['br-correios-hold'] },
  { id: 'russian-post-at-delivery-office', stage: 'out-for-delivery', severity: 'act', codes: [], duration: 'pickup-collection', worryAfterDays: null, contacts: ['local-carrier'], regionNotes: ['ru-post-hold'] },

  // ---- 10. delivered: in the buyer's hands or left as the buyer asked ----
  { id: 'delivered', stage: 'delivered', severity: 'info', codes: ['GTMS_SIGNED'], duration: 'journey-end', worryAfterDays: null, contacts: ['local-carrier', 'aliexpress-dispute'], regionNotes: ['nl-postnl-early-delivered-scan', 'de-cainiao-number-prefixes'] },
  { id: 'collected-from-pickup-point', stage: 'delivered', severity: 'info', codes: ['GSTA_BUYER_SIGN', 'GSTA_SIGN'], duration: 'journey-end', worryAfterDays: null, contacts: ['local-carrier', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'delivered-to-mailbox', stage: 'delivered', severity: 'info', codes: [], duration: 'journey-end', worryAfterDays: null, contacts: ['local-carrier', 'aliexpress-dispute'], regionNotes: ['nl-postnl-early-delivered-scan'] },
  { id: 'delivered-to-neighbour-or-safe-place', stage: 'delivered', severity: 'info', codes: [], duration: 'journey-end', worryAfterDays: null, contacts: ['local-carrier', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'order-completed', stage: 'delivered', severity: 'info', codes: [], duration: 'journey-end', worryAfterDays: null, contacts: [], regionNotes: [] },

  // ---- returned: on its way back to, or back with, the sender ----
  { id: 'returning-to-sender', stage: 'returned', severity: 'watch', codes: ['GTMS_RETURN_INBOUND', 'RT_TMS_ACCEPT', 'RT_HO_OUT', 'RT_OUTBOUND', 'RT_TRANSWH_HO_IN', 'RT_TRANSWH_INBOUND', 'RT_TRANSWH_OUTBOUND'], duration: 'return-to-sender', worryAfterDays: null, contacts: ['local-carrier', 'seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'returned-to-sender', stage: 'returned', severity: 'act', codes: ['RETURNED', 'GTMS_RETURN_SIGNED', 'RT_INBOUND', 'RT_WH_HO_IN', 'RT_WH_INBOUND', 'RT_WH_OUTBOUND', 'RT_WH_HO_OUT'], duration: 'problem-resolution', worryAfterDays: null, contacts: ['aliexpress-dispute', 'seller'], regionNotes: [] },
  { id: 'returned-unclaimed', stage: 'returned', severity: 'act', codes: [], duration: 'return-to-sender', worryAfterDays: null, contacts: ['aliexpress-dispute', 'seller', 'local-carrier'], regionNotes: [...PICKUP_HOLDS] },
  { id: 'returned-refused', stage: 'returned', severity: 'act', codes: [], duration: 'return-to-sender', worryAfterDays: null, contacts: ['aliexpress-dispute', 'seller', 'local-carrier'], regionNotes: [] },
  { id: 'returned-address-problem', stage: 'returned', severity: 'act', codes: [], duration: 'return-to-sender', worryAfterDays: null, contacts: ['local-carrier', 'seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'return-handling-problem', stage: 'returned', severity: 'watch', codes: ['RT_WH_HO_IN_FAIL', 'RT_WH_INBOUND_FAILURE'], duration: 'problem-resolution', worryAfterDays: 7, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'return-disposed', stage: 'returned', severity: 'act', codes: ['RT_DESTROY', 'RT_WH_DESTROY'], duration: 'problem-resolution', worryAfterDays: null, contacts: ['aliexpress-dispute', 'seller'], regionNotes: [] },

  // ---- canceled: the order or the shipment was cancelled ----
  { id: 'cancellation-requested', stage: 'canceled', severity: 'wait', codes: [], duration: 'cancellation-response', worryAfterDays: 3, contacts: ['seller'], regionNotes: [] },
  { id: 'order-cancelled', stage: 'canceled', severity: 'info', codes: [], duration: 'refund', worryAfterDays: 30, contacts: ['aliexpress-dispute'], regionNotes: [] },
  { id: 'order-closed', stage: 'canceled', severity: 'info', codes: [], duration: 'refund', worryAfterDays: 30, contacts: ['aliexpress-dispute'], regionNotes: [] },
  { id: 'refund-in-progress', stage: 'canceled', severity: 'info', codes: [], duration: 'refund', worryAfterDays: 30, contacts: ['aliexpress-dispute'], regionNotes: [] },
  { id: 'shipment-cancelled', stage: 'canceled', severity: 'watch', codes: ['GWMS_CANCEL'], duration: 'problem-resolution', worryAfterDays: 5, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },

  // ---- exception: lost, damaged, destroyed, or a problem that names no stage ----
  // The generic Cainiao `EXCEPTION` code is deliberately absent: it says nothing about the
  // stage, so such events are classified by their text (contract §1).
  { id: 'tracking-number-not-found', stage: 'exception', severity: 'watch', codes: [], duration: 'no-updates', worryAfterDays: 7, contacts: ['seller'], regionNotes: [] },
  { id: 'no-tracking-updates', stage: 'exception', severity: 'watch', codes: [], duration: 'no-updates', worryAfterDays: 14, contacts: ['seller', 'aliexpress-dispute'], regionNotes: [] },
  { id: 'tracking-stopped-after-export', stage: 'exception', severity: 'watch', codes: [], duration: 'no-updates', worryAfterDays: 21, contacts: ['local-carrier', 'seller', 'aliexpress-dispute'], regionNotes: ['de-cainiao-number-prefixes'] },
  { id: 'delivery-exception', stage: 'exception', severity: 'watch', codes: [], duration: 'problem-resolution', worryAfterDays: 3, contacts: ['local-carrier', 'seller'], regionNotes: [] },
  { id: 'parcel-lost', stage: 'exception', severity: 'act', codes: [], duration: 'problem-resolution', worryAfterDays: null, contacts: ['aliexpress-dispute', 'seller'], regionNotes: [] },
  { id: 'parcel-damaged', stage: 'exception', severity: 'act', codes: [], duration: 'problem-resolution', worryAfterDays: null, contacts: ['aliexpress-dispute', 'local-carrier', 'seller'], regionNotes: [] },
  { id: 'parcel-destroyed', stage: 'exception', severity: 'act', codes: [], duration: 'problem-resolution', worryAfterDays: null, contacts: ['aliexpress-dispute', 'seller'], regionNotes: [] },
];
