// English explanations. Figures never appear here: waits come from the duration data,
// thresholds and deadlines from the region notes' values ({slots}).
import type { LanguagePack } from '../types';

const pack: LanguagePack = {
  lang: 'en',

  stages: {
    ordered: { name: 'Ordered', description: 'The order exists, but nothing has been handed to a carrier yet.' },
    shipped: { name: 'Shipped', description: 'The seller has created the shipment or handed the parcel to the carrier in China.' },
    'origin-hub': { name: 'Sorting in China', description: 'The parcel is at a sorting centre in China, being grouped by destination.' },
    export: { name: 'Export', description: 'The parcel is with the line-haul company and goes through export customs.' },
    international: { name: 'On its way abroad', description: 'The parcel has left, or is about to leave, China by plane, truck or train.' },
    arrived: { name: 'Arrived', description: 'The parcel has landed in your country or at a hub on the way to it.' },
    'import-customs': { name: 'Import customs', description: 'Customs in your country is checking the parcel and may charge taxes.' },
    'last-mile': { name: 'Local carrier', description: 'Your local post or courier has the parcel and is sorting it towards you.' },
    'out-for-delivery': { name: 'Delivery or pickup', description: 'The parcel is on its way to your door or waiting for you at a pickup point.' },
    delivered: { name: 'Delivered', description: 'The parcel has been handed to you or left as you asked.' },
    returned: { name: 'Returned', description: 'The parcel is going back, or has gone back, to the sender.' },
    canceled: { name: 'Cancelled', description: 'The order or the shipment was cancelled.' },
    exception: { name: 'Problem', description: 'Something went wrong that does not belong to one step: lost, damaged or no news.' },
  },

  statuses: {
    // ---- ordered ----
    'order-created': {
      title: 'Order created',
      meaning: 'Your order is placed. Nothing has been paid or shipped yet.',
      next: 'Once the payment goes through, the seller starts preparing your order.',
      worry: 'Nothing to worry about.',
    },
    'awaiting-payment': {
      title: 'Awaiting payment',
      meaning: 'The order is placed but AliExpress has not received the payment yet.',
      next: 'Pay before the timer on the order page runs out, or the order closes by itself.',
      worry: 'No need to worry. If you did pay and it still says this, check your payment method on the order page.',
    },
    'payment-being-verified': {
      title: 'Payment being checked',
      meaning: 'AliExpress is checking your payment before passing the order to the seller.',
      next: 'When the check is done, the seller starts preparing your order.',
      worry: 'This is routine. If it still says this after {worryDays} days, look at the order page or AliExpress help.',
    },
    'order-paid': {
      title: 'Order paid',
      meaning: 'Your payment went through and the seller has been told to prepare the order.',
      next: 'The seller packs the order and hands it to a carrier.',
      worry: 'Nothing to worry about.',
    },
    'awaiting-shipment': {
      title: 'Seller preparing your order',
      meaning: 'The seller is getting your order ready. A countdown on the order page shows how long they have to ship it.',
      next: 'The seller ships the order and you get a tracking number.',
      worry: 'Normal. If the countdown runs out without shipping, AliExpress usually cancels the order and refunds you. Ask the seller if nothing happens after {worryDays} days.',
    },
    'package-in-preparation': {
      title: 'Package in preparation',
      meaning: 'The seller or the AliExpress warehouse is packing your order. It has not left yet.',
      next: 'The parcel is handed to the carrier and the first tracking scans appear.',
      worry: 'Normal. If nothing moves after {worryDays} days, send the seller a message.',
    },

    // ---- shipped ----
    'shipment-info-received': {
      title: 'Shipping label created',
      meaning: 'The seller has created the shipment and sent its details to the carrier. The parcel itself may not have moved yet.',
      next: 'The carrier picks up the parcel and scans it.',
      worry: 'A label can wait a while before the first scan. If there is still no scan after {worryDays} days, ask the seller.',
    },
    'pre-shipment-notice': {
      title: 'Shipment announced',
      meaning: 'This is only an advance notice with the parcel’s details. It does not mean the parcel is moving.',
      next: 'The carrier collects the parcel and the real scans start.',
      worry: 'If no real movement follows within {worryDays} days, ask the seller whether the parcel was really handed over.',
    },
    'order-shipped': {
      title: 'Order shipped',
      meaning: 'The seller has marked the order as shipped and given a tracking number.',
      next: 'The carrier scans the parcel and takes it to a sorting centre.',
      worry: 'The first scans can take a few days. If nothing appears after {worryDays} days, ask the seller.',
    },
    'awaiting-delivery': {
      title: 'Awaiting delivery',
      meaning: 'The order is shipped and on its way. The tracking page shows where it is.',
      next: 'The parcel goes through sorting, the flight, customs and your local carrier.',
      worry: 'Nothing to worry about. Never confirm receipt before you have the goods, even if the seller asks: it releases the payment and ends your protection.',
    },
    'warehouse-order-received': {
      title: 'Order received by the warehouse',
      meaning: 'An AliExpress fulfilment warehouse has your order and will pick and pack it.',
      next: 'The warehouse packs the parcel and hands it to the carrier.',
      worry: 'Normal. If it stays like this for {worryDays} days, ask the seller.',
    },
    'warehouse-packing': {
      title: 'Being packed',
      meaning: 'The warehouse is picking your items and packing the parcel.',
      next: 'The parcel leaves the warehouse with the carrier.',
      worry: 'Normal. If nothing moves after {worryDays} days, ask the seller.',
    },
    'left-warehouse': {
      title: 'Left the warehouse',
      meaning: 'The parcel has left the warehouse and is handed to the carrier.',
      next: 'The carrier scans it in and takes it to a sorting centre.',
      worry: 'Scans inside China can be sparse. If nothing new appears after {worryDays} days, ask the seller.',
    },
    'consolidation-warehouse': {
      title: 'At a consolidation warehouse',
      meaning: 'The parcel is at a warehouse where parcels are grouped before export.',
      next: 'It is sent on to a sorting centre or straight to export.',
      worry: 'Normal. If it stays here for {worryDays} days, ask the seller.',
    },
    'collected-by-carrier': {
      title: 'Collected by carrier',
      meaning: 'The carrier has scanned the parcel and is now responsible for it. It is still in China.',
      next: 'The parcel goes to a sorting centre and then to export.',
      worry: 'Tracking inside China is often quiet. Ask the seller only if nothing changes after {worryDays} days; big sales can slow this step.',
    },
    'carrier-pickup-failed': {
      title: 'Carrier could not collect',
      meaning: 'The carrier tried to collect the parcel from the seller but could not.',
      next: 'The seller arranges a new pickup.',
      worry: 'Often fixed quickly. If nothing changes after {worryDays} days, act.',
      action: 'Send the seller a message through AliExpress and ask when the parcel will be collected. If the delivery time runs out, open a dispute on the order page.',
    },
    'warehouse-problem': {
      title: 'Problem at the warehouse',
      meaning: 'The warehouse reported a problem with your order, such as stock or a rejected order.',
      next: 'The seller fixes it, ships again, or cancels the order.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages what is wrong. If they do not answer or cannot ship, open a dispute on the order page.',
    },

    // ---- origin-hub ----
    'origin-sorting-inbound': {
      title: 'At a sorting centre in China',
      meaning: 'The parcel has reached a sorting centre in China, where it is grouped with others going to your country.',
      next: 'It leaves the sorting centre for export.',
      worry: 'Normal. Scans in China can be sparse; worry only if nothing changes after {worryDays} days.',
    },
    'origin-sorting-outbound': {
      title: 'Left the sorting centre',
      meaning: 'The parcel has been bagged for your country and left the sorting centre.',
      next: 'It is handed to the line-haul company and goes through export customs.',
      worry: 'Normal. There may be no news for a while; worry only if nothing changes after {worryDays} days.',
    },
    'origin-sorting-problem': {
      title: 'Held at the sorting centre',
      meaning: 'The sorting centre could not process the parcel as planned. Usually it is a logistics delay; sometimes an address or content problem.',
      next: 'The carrier tries again, or the parcel goes back to the seller.',
      worry: 'Often it sorts itself out. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages what happened. If the parcel is sent back or stays stuck, open a dispute on the order page.',
    },

    // ---- export ----
    'linehaul-received': {
      title: 'Handed to the line-haul company',
      meaning: 'The parcel is with the company that carries bulk bags abroad. It is still in China.',
      next: 'Export customs clears the bags and they are handed to the airline.',
      worry: 'Bags wait here until there is space on a flight, truck or ship. Worry only if nothing changes after {worryDays} days.',
    },
    'linehaul-handover-problem': {
      title: 'Handover to line-haul failed',
      meaning: 'The hand-over to the line-haul company did not go through.',
      next: 'The carrier tries again or sends the parcel back to the seller.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages. If the parcel is stuck or sent back, open a dispute on the order page.',
    },
    'export-customs-started': {
      title: 'Export customs started',
      meaning: 'Chinese customs is checking the bag your parcel is in before it leaves the country.',
      next: 'Export customs is completed and the bag goes to the airline.',
      worry: 'Routine. Worry only if nothing changes after {worryDays} days.',
    },
    'export-customs-cleared': {
      title: 'Export customs cleared',
      meaning: 'The parcel is cleared to leave China.',
      next: 'It is handed to the airline or another carrier for the trip abroad.',
      worry: 'Normal. Worry only if nothing changes after {worryDays} days.',
    },
    'export-customs-failed': {
      title: 'Export customs problem',
      meaning: 'Chinese customs did not let the parcel leave as planned.',
      next: 'The problem is fixed, or the parcel goes back to the seller.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages what happened. If the parcel cannot be sent, open a dispute on the order page.',
    },
    'awaiting-flight': {
      title: 'Awaiting flight',
      meaning: 'The parcel is ready to leave China and waiting for space on a flight.',
      next: 'It is handed to the airline and flown to your country or a transit hub.',
      worry: 'Waiting for a flight is normal and tracking is often quiet now. Worry only if nothing changes after {worryDays} days.',
    },

    // ---- international ----
    'hand-over-to-airline': {
      title: 'Handed to the airline',
      meaning: 'The parcel’s bag is with the airline or its handler for the flight abroad.',
      next: 'The plane lands and the parcel is scanned in your country or at a transit hub.',
      worry: 'This is often the longest silent step: tracking can stop here for a good while, and that is normal. Worry only after {worryDays} days without news, and keep an eye on the protection countdown.',
    },
    'airline-handover-failed': {
      title: 'Not accepted by the airline',
      meaning: 'The airline or the air security check did not accept the bag with your parcel.',
      next: 'The parcel waits for another flight, goes another way, or returns to the seller.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages what happens now. If the parcel is sent back or stays stuck, open a dispute on the order page.',
    },
    'departed-origin-country': {
      title: 'Left China',
      meaning: 'The parcel has left China by plane, truck or train.',
      next: 'It is scanned on arrival in your country or at a transit hub.',
      worry: 'The trip itself is short, but the arrival scan can come much later. Worry only after {worryDays} days without news.',
    },
    'in-transit': {
      title: 'In transit',
      meaning: 'A general update: the parcel is moving between two steps of its journey.',
      next: 'The next detailed scan shows where it is.',
      worry: 'Normal. Worry only after {worryDays} days without any news.',
    },
    'arrived-transit-country': {
      title: 'At a transit hub',
      meaning: 'The parcel is passing through a hub in another country, for example Liège in Belgium for Europe. It is not in your country yet.',
      next: 'It leaves the hub towards your country.',
      worry: 'Parcels can sit at hubs for a while. Worry only after {worryDays} days without news.',
    },
    'departed-transit-country': {
      title: 'Left the transit hub',
      meaning: 'The parcel has left the transit hub towards your country.',
      next: 'It arrives in your country and goes to customs.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'transit-customs-started': {
      title: 'Customs in a transit country',
      meaning: 'The parcel is being checked by customs in a country it passes through.',
      next: 'It is cleared and continues to your country.',
      worry: 'Routine. Worry only after {worryDays} days without news.',
    },
    'transit-customs-cleared': {
      title: 'Cleared in a transit country',
      meaning: 'Customs in the transit country has released the parcel.',
      next: 'It continues to your country.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'transit-customs-failed': {
      title: 'Problem in a transit country',
      meaning: 'Customs in a country on the way did not release the parcel as planned.',
      next: 'The problem is fixed, or the parcel is sent back.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages what happens now. If the parcel stays stuck or goes back, open a dispute on the order page.',
    },
    'rerouted-in-transit': {
      title: 'Rerouted on the way',
      meaning: 'The parcel was sent on a different route at a transit point.',
      next: 'It continues to your country on the new route.',
      worry: 'Rerouting adds time but is not a problem in itself. Worry only after {worryDays} days without news.',
    },

    // ---- arrived ----
    'arrived-destination-country': {
      title: 'Arrived in the destination country',
      meaning: 'The parcel has landed and is with the line-haul agent. Careful: this scan can also come from a transit hub, such as Liège, rather than your own country.',
      next: 'It is presented to customs and then handed to your local carrier.',
      worry: 'A quiet spell after this is common: the local carrier may not have sent its scans yet, and economy lines often stop updating here. Ask your local post office, or look for a new local tracking number, if there is no news after {worryDays} days.',
    },
    'arrived-at-eu-hub': {
      title: 'At the European hub',
      meaning: 'The parcel is at a European hub, such as the Cainiao hub in Liège. This is usually not your country yet.',
      next: 'It is sent on to your country’s customs and local carrier.',
      worry: 'Parcels can wait at the hub before moving on. Worry only after {worryDays} days without news.',
    },
    'arrived-customs-area': {
      title: 'At the customs area',
      meaning: 'The parcel has reached the area where it waits to be presented to customs.',
      next: 'Customs checks it.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'linehaul-arrival-problem': {
      title: 'Problem on arrival',
      meaning: 'The arrival scan at the destination reported a problem.',
      next: 'The problem is fixed and the parcel goes to customs, or it is sent back.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages what happened. If the parcel stays stuck, open a dispute on the order page.',
    },
    'correios-received-in-brazil': {
      title: 'Received by Correios in Brazil',
      meaning: 'Correios has received the parcel in Brazil.',
      next: 'It goes through customs inspection and then to delivery.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'russian-post-exchange-arrived': {
      title: 'At the international exchange office',
      meaning: 'The parcel has reached the Russian Post office that handles mail arriving from abroad.',
      next: 'It is handed to customs.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },

    // ---- import-customs ----
    'at-customs': {
      title: 'At customs',
      meaning: 'The parcel has been presented to customs in your country.',
      next: 'Customs checks it and releases it to your local carrier.',
      worry: 'Most parcels pass without anything to do. Worry only after {worryDays} days without news.',
    },
    'import-customs-started': {
      title: 'Customs clearance started',
      meaning: 'The import declaration has been filed. It is often filed in advance, so this can appear before the parcel has even left China.',
      next: 'Customs finishes the check and releases the parcel.',
      worry: 'Do not take this as a sign the parcel is in your country. Worry only after {worryDays} days without news.',
    },
    'processing-in-customs': {
      title: 'Processing in customs',
      meaning: 'Customs is checking the parcel.',
      next: 'It is released and handed to your local carrier.',
      worry: 'Most parcels pass without anything to do. Worry only after {worryDays} days without news.',
    },
    'customs-cleared': {
      title: 'Customs complete',
      meaning: 'Customs has released the parcel.',
      next: 'Your local carrier takes it over.',
      worry: 'Good news. If you are later asked to pay a small fee by text message, it is almost certainly a scam. Worry only after {worryDays} days without news.',
    },
    'leaving-customs': {
      title: 'Leaving customs, awaiting transfer',
      meaning: 'The parcel has left customs and is waiting to be handed to the local carrier.',
      next: 'The local carrier accepts it, often with a new tracking number.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'held-by-customs': {
      title: 'Held by customs',
      meaning: 'Customs has stopped the parcel. Usually it needs taxes paid, an invoice or proof of value; sometimes the item is restricted.',
      next: 'You are contacted by the carrier or customs, by letter, card or e-mail, and the parcel is released once things are sorted.',
      worry: 'Take it seriously: an unclaimed parcel goes back and disputes are usually lost then. Act if nothing reaches you within {worryDays} days.',
      action: 'Look up the parcel on your local carrier’s website with its own tracking number and follow its instructions. Pay or send documents only through the carrier’s or customs’ official website, never through a link in a text message. Ask the seller for an invoice if customs wants one.',
    },
    'customs-documents-requested': {
      title: 'Customs needs information',
      meaning: 'Customs or the carrier needs more from you, such as the invoice, the value of the goods or your ID.',
      next: 'Once you send it, customs finishes the check and releases the parcel.',
      worry: 'Act now: there is a deadline, and after it the parcel goes back to the sender.',
      action: 'Send the documents through the carrier’s or customs’ official website (type the address yourself). Get the invoice from the order page or ask the seller through AliExpress messages.',
    },
    'duties-to-pay': {
      title: 'Duties to pay',
      meaning: 'Customs has charged taxes or duties on this parcel, and you must pay them before it is delivered.',
      next: 'After payment, the parcel is released and delivered.',
      worry: 'Act now: unpaid parcels go back after the deadline, and AliExpress usually does not refund them. A text message asking for a small fee through a link is a scam.',
      action: 'Pay only on your carrier’s or customs’ official website, or at the counter, using the parcel’s own tracking number. If you think you already paid these taxes at checkout, ask the seller and AliExpress with your order details.',
    },
    'confiscated-by-customs': {
      title: 'Seized by customs',
      meaning: 'Customs has seized the parcel, for example because the item is banned or counterfeit.',
      next: 'The parcel will not be delivered.',
      worry: 'The parcel is lost to you; what matters now is your money.',
      action: 'Get the official notice from customs or the carrier. Then open a dispute on the AliExpress order page and attach it, and tell the seller through AliExpress messages.',
    },
    'correos-customs-notice': {
      title: 'Correos: customs procedure',
      meaning: 'Correos needs you to complete a customs procedure, usually for a parcel that did not have VAT paid at checkout or is worth more than the EU limit.',
      next: 'Once you send the details and pay, Correos releases the parcel.',
      worry: 'Act now: there is a short deadline, after which the parcel goes back.',
      action: 'Follow the Correos notice on the official Correos website, typing the address yourself. Never pay through a link sent by text message. Ask the seller through AliExpress messages for the invoice if needed.',
    },
    'royal-mail-fee-to-pay': {
      title: 'Royal Mail: fee to pay',
      meaning: 'Royal Mail is holding your parcel until a customs charge and its handling fee are paid. You usually get a grey card.',
      next: 'Once the fee is paid, the parcel is delivered or can be collected.',
      worry: 'Act soon: Royal Mail returns the item after a set time. Royal Mail never asks for payment by phone or through a link in a text message.',
      action: 'Pay on the Royal Mail website (type the address yourself) with the reference on the card, or at the delivery office. If the taxes were already charged at checkout, ask the seller and AliExpress.',
    },
    'usps-international-service-center': {
      title: 'At a USPS International Service Center',
      meaning: 'The parcel is at a USPS centre for incoming international mail, where customs screening happens.',
      next: 'It is released into the USPS network towards you.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'canada-presented-for-review': {
      title: 'Presented to Canadian customs',
      meaning: 'The parcel has arrived in Canada and is being reviewed by the CBSA. This is a routine check.',
      next: 'The CBSA releases it and Canada Post delivers it, collecting any taxes owed.',
      worry: 'Canada Post cannot speed up customs. Worry only after {worryDays} days without news.',
    },
    'canada-released-by-cbsa': {
      title: 'Released by Canadian customs',
      meaning: 'The CBSA has finished with the parcel and handed it back to Canada Post.',
      next: 'Canada Post delivers it.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'australia-awaiting-clearance': {
      title: 'Arrived, awaiting clearance',
      meaning: 'The parcel is in Australia and waiting for customs clearance.',
      next: 'It is cleared and Australia Post delivers it.',
      worry: 'Usually quick, but it can take longer in busy periods, and the tracking may still say customs after clearance. Worry only after {worryDays} days without news.',
    },
    'correios-customs-inspection': {
      title: 'Customs inspection (Correios)',
      meaning: 'The Receita Federal is inspecting the parcel. When it says the inspection is finished, the parcel moves on.',
      next: 'It is released, or a payment request appears if taxes were not paid at checkout.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'correios-awaiting-payment': {
      title: 'Awaiting payment (Correios)',
      meaning: 'Correios is holding the parcel until import taxes are paid. This happens when they were not collected at checkout.',
      next: 'After payment, Correios delivers the parcel.',
      worry: 'Act now: there is a payment deadline, after which the parcel goes back. Correios never sends payment links or PIX keys by text message.',
      action: 'Pay only in “Minhas Importações” on the official Correios website or app, typing the address yourself. If AliExpress already charged the taxes at checkout, ask the seller and AliExpress with your order details.',
    },
    'russian-post-handed-to-customs': {
      title: 'Handed to customs',
      meaning: 'Russian Post has handed the parcel to customs for checking.',
      next: 'Customs releases it and it leaves the exchange office.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'russian-post-released-by-customs': {
      title: 'Released by customs',
      meaning: 'Customs has finished with the parcel.',
      next: 'It leaves the international exchange office towards you.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },

    // ---- last-mile ----
    'last-mile-notified': {
      title: 'Local carrier informed',
      meaning: 'Your local carrier has been sent the parcel’s details. It may not have the parcel yet.',
      next: 'The local carrier receives the parcel and scans it.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'accepted-by-last-mile-carrier': {
      title: 'Collected by destination carrier',
      meaning: 'Your local post or courier has the parcel. It often gets a new tracking number of its own.',
      next: 'The carrier sorts it and delivers it, or takes it to a pickup point.',
      worry: 'From now on the local carrier’s own tracking is usually more up to date. Worry only after {worryDays} days without news.',
    },
    'delivery-update': {
      title: 'Delivery update',
      meaning: 'Your local carrier has updated the delivery details.',
      next: 'The parcel continues to your delivery office.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'new-local-tracking-number': {
      title: 'New local tracking number',
      meaning: 'The parcel has been relabelled and now has a new number with your local carrier.',
      next: 'Follow the parcel with the new number on the local carrier’s website.',
      worry: 'A new number is normal. Worry only after {worryDays} days without news.',
    },
    'local-sorting-centre': {
      title: 'At a local sorting centre',
      meaning: 'The parcel is being sorted in your country’s delivery network.',
      next: 'It goes to the office that delivers to your address.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'at-delivery-office': {
      title: 'At the delivery office',
      meaning: 'The parcel is at the office or depot that delivers to your address.',
      next: 'It goes out for delivery, or to a pickup point.',
      worry: 'Delivery is close. Contact the local carrier if nothing happens after {worryDays} days.',
    },
    'correos-admitted-cam': {
      title: 'Correos: admitted at the bulk intake centre',
      meaning: 'Correos has taken the parcel in at a Centro de Admisión Masiva, where bulk mail from big senders enters its network.',
      next: 'It goes to an automated sorting centre (CTA).',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'correos-sorted-cta': {
      title: 'Correos: at an automated sorting centre',
      meaning: 'The parcel is at a Correos Centro de Tratamiento Automatizado, being sorted for your area.',
      next: 'It goes to your local delivery unit.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'la-poste-in-transit': {
      title: 'La Poste: on its way',
      meaning: 'La Poste or Colissimo has the parcel and is moving it through its network.',
      next: 'It reaches your distribution site and goes out for delivery.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'postnl-in-network': {
      title: 'PostNL: being processed',
      meaning: 'PostNL has the parcel and is sorting it.',
      next: 'It is delivered or taken to a PostNL point.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'dhl-parcel-centre': {
      title: 'DHL: at a parcel centre',
      meaning: 'DHL or Deutsche Post is processing the parcel at one of its centres.',
      next: 'It goes out for delivery, to a Packstation or to a branch.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'usps-regional-facility': {
      title: 'USPS: at a regional facility',
      meaning: 'The parcel is moving through the USPS network.',
      next: 'It reaches your post office and goes out for delivery.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'russian-post-left-exchange': {
      title: 'Left the international exchange office',
      meaning: 'The parcel has left the customs office and is on its way within Russia.',
      next: 'It passes sorting centres towards your post office.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'russian-post-sorting-centre': {
      title: 'At a sorting centre',
      meaning: 'The parcel is at a Russian Post sorting centre.',
      next: 'It goes to your post office.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'redirected-to-door': {
      title: 'Switched to home delivery',
      meaning: 'The delivery address was changed to a home address, by you, the system or the carrier.',
      next: 'The parcel is delivered to that address.',
      worry: 'Check that the address is right. Worry only after {worryDays} days without news.',
    },
    'pickup-point-changed': {
      title: 'Pickup point changed',
      meaning: 'The parcel will go to a different pickup point than first planned.',
      next: 'It arrives at the new pickup point and you are notified.',
      worry: 'Make sure you know which point to go to. If you are not told within {worryDays} days, ask the carrier.',
      action: 'Check the new pickup point on the local carrier’s website with the parcel’s own tracking number. Contact the carrier if the new place does not suit you.',
    },
    'address-update-needed': {
      title: 'Address problem',
      meaning: 'The carrier cannot deliver to the address as it stands and is waiting for you to correct it.',
      next: 'Once the address is fixed, delivery continues.',
      worry: 'Act now: if the address is not fixed, the parcel is sent back.',
      action: 'Correct the address with the local carrier, using its own tracking number, or through the link in the AliExpress order if there is one. Tell the seller through AliExpress messages.',
    },
    'last-mile-problem': {
      title: 'Problem with the local carrier',
      meaning: 'Your local carrier reported a problem while handling the parcel.',
      next: 'The carrier fixes it and delivery continues, or the parcel is returned.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Look up the parcel on the local carrier’s website with its own tracking number and contact the carrier. Tell the seller through AliExpress messages.',
    },

    // ---- out-for-delivery ----
    'out-for-delivery': {
      title: 'Out for delivery',
      meaning: 'The parcel is on the delivery van or with the postman.',
      next: 'It is delivered, or you get a notice if nobody is in.',
      worry: 'If it has not arrived after {worryDays} days, check the local carrier’s tracking for a notice or a pickup point.',
    },
    'redelivery-attempt': {
      title: 'New delivery attempt',
      meaning: 'The carrier is trying to deliver the parcel again.',
      next: 'It is delivered, or taken to a pickup point if nobody is in.',
      worry: 'If it has not arrived after {worryDays} days, look for a notice or a pickup point.',
    },
    'delivery-attempt-failed': {
      title: 'Delivery attempt failed',
      meaning: 'The carrier could not deliver: nobody home, an address or access problem, or no real attempt. The first attempt often leaves no card.',
      next: 'The carrier usually tries again or takes the parcel to a post office or pickup point.',
      worry: 'Act now: if you miss the collection deadline, the parcel goes back and you will likely lose the money.',
      action: 'Check the local carrier’s website with the parcel’s own tracking number: arrange a new delivery or find where to collect it, and check your address. If no attempt was really made, complain to the carrier and tell the seller through AliExpress messages.',
    },
    'delivery-notice-left': {
      title: 'Notice left',
      meaning: 'The carrier left a notice: the parcel is waiting at a post office or pickup point, or can be redelivered.',
      next: 'You collect it or arrange a new delivery.',
      worry: 'Act soon: the parcel is kept only for a limited time.',
      action: 'Follow the notice: book a redelivery or collect the parcel with ID before the deadline. Use the carrier’s official website with the parcel’s own tracking number.',
    },
    'pickup-hub-inbound': {
      title: 'At the pickup network’s hub',
      meaning: 'The parcel is at a hub that supplies pickup points and lockers. It is not at your pickup point yet.',
      next: 'It goes to your pickup point and you are notified.',
      worry: 'Normal. Worry only after {worryDays} days without news.',
    },
    'arrived-at-pickup-point': {
      title: 'At the pickup point',
      meaning: 'The parcel has arrived at a pickup point, locker or post office for you to collect.',
      next: 'You collect it; it then shows as delivered.',
      worry: 'Act now: pickup points keep parcels only for a limited time, then send them back.',
      action: 'Collect it before the deadline with ID or the pickup code. Find the address and opening hours on the local carrier’s website with the parcel’s own tracking number.',
    },
    'waiting-for-pickup': {
      title: 'Waiting for pickup',
      meaning: 'The parcel is waiting for you at a post office, pickup point or locker.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: uncollected parcels go back, and AliExpress usually rules against the buyer then.',
      action: 'Collect it before the deadline with ID or the pickup code. Check where and until when on the local carrier’s website with the parcel’s own tracking number.',
    },
    'pickup-point-signed': {
      title: 'Signed for by the pickup point',
      meaning: 'The pickup point or locker has signed for the parcel. That is their signature, not yours: the parcel is waiting for you, not delivered.',
      next: 'You collect it; only then is it really delivered.',
      worry: 'Act now: if nobody collects it in time, it goes back to the sender.',
      action: 'Collect it before the deadline with ID or the pickup code. Find the pickup point on the local carrier’s website with the parcel’s own tracking number.',
    },
    'parcel-in-locker': {
      title: 'In a parcel locker',
      meaning: 'The parcel has been placed in a parcel locker for you.',
      next: 'You open the locker with your code and take it.',
      worry: 'Act now: locker deadlines are short, and then the parcel is moved or sent back.',
      action: 'Collect it with the code from the carrier’s message or app before the deadline. If you cannot make it, ask the carrier about an extension.',
    },
    'pickup-reminder': {
      title: 'Pickup reminder',
      meaning: 'The carrier has reminded you that the parcel is still waiting to be collected.',
      next: 'You collect it; if not, it goes back soon.',
      worry: 'Act now: the deadline is close.',
      action: 'Collect it as soon as you can with ID or the pickup code. Check the deadline on the local carrier’s website with the parcel’s own tracking number.',
    },
    'pickup-point-refused': {
      title: 'Pickup point could not take it',
      meaning: 'The pickup point or locker could not accept the parcel, for example because it was full or closed.',
      next: 'The parcel goes to another point or back to the delivery office.',
      worry: 'Watch it. If you are not told where it is within {worryDays} days, act.',
      action: 'Look up the parcel on the local carrier’s website with its own tracking number to see where it went, and contact the carrier. Tell the seller through AliExpress messages.',
    },
    'correos-available-at-office': {
      title: 'Correos: available at the post office',
      meaning: 'The parcel is waiting for you at a Correos office (“Disponible en oficina”).',
      next: 'You collect it; if not, it goes back after the holding period.',
      worry: 'Act now: Correos keeps parcels only for a limited time, and it may not leave a note.',
      action: 'Go to the office shown in the Correos tracking with ID and the tracking number. Someone else can collect it with your authorisation.',
    },
    'la-poste-available-for-pickup': {
      title: 'La Poste: available for pickup',
      meaning: 'The parcel is waiting at a post office or relay point (“disponible en point de retrait”).',
      next: 'You collect it; if not, it goes back after the deadline.',
      worry: 'Act now: the notice or message states the deadline.',
      action: 'Collect it with ID and the notice or code before the deadline shown in the La Poste message or tracking.',
    },
    'postnl-ready-at-location': {
      title: 'PostNL: ready at a PostNL point',
      meaning: 'The parcel is waiting for you at a PostNL point.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: PostNL keeps parcels only for a limited time.',
      action: 'Collect it with ID and the not-at-home code or tracking number. Check the location and deadline in PostNL’s track and trace.',
    },
    'dhl-ready-at-packstation': {
      title: 'DHL: ready at a Packstation',
      meaning: 'The parcel is in a DHL Packstation for you.',
      next: 'You collect it with the DHL app or the notice; if not, it goes back.',
      worry: 'Act now: the Packstation deadline is short.',
      action: 'Collect it with the DHL app or the barcode on the notice before the deadline.',
    },
    'dhl-ready-at-branch': {
      title: 'DHL: ready at a branch',
      meaning: 'The parcel is waiting at a Deutsche Post branch or DHL parcel shop.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: branches keep parcels only for a limited time.',
      action: 'Collect it with ID and the notice or tracking number. The branch address is in DHL’s tracking.',
    },
    'poste-italiane-in-storage': {
      title: 'Poste Italiane: in storage (giacenza)',
      meaning: 'The parcel could not be delivered and is waiting at the post office shown on the notice.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: the storage period is limited.',
      action: 'Collect it with ID and the avviso di giacenza, or book a new delivery on the Poste Italiane website.',
    },
    'ctt-awaiting-collection': {
      title: 'CTT: awaiting collection',
      meaning: 'The parcel is waiting for you at a CTT shop or point.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: the notice states how long it is kept.',
      action: 'Collect it with ID and the notice or tracking number before the deadline on the notice.',
    },
    'inpost-ready-in-locker': {
      title: 'InPost: ready in the locker',
      meaning: 'The parcel is in an InPost Paczkomat for you.',
      next: 'You open the locker with the code; if not, it is moved to a branch and then sent back.',
      worry: 'Act now: the locker time is short.',
      action: 'Collect it with the code from the InPost app, text or e-mail. You can buy an extension in the InPost app if you need more time.',
    },
    'royal-mail-item-waiting': {
      title: 'Royal Mail: item waiting for you',
      meaning: 'Royal Mail could not deliver and is holding the parcel at the delivery office. You usually get a card.',
      next: 'You collect it or book a redelivery; if not, it goes back.',
      worry: 'Act soon: Royal Mail holds items only for a set time.',
      action: 'Collect it with ID and the card at the delivery office, or book a redelivery on the Royal Mail website.',
    },
    'usps-available-for-pickup': {
      title: 'USPS: available for pickup',
      meaning: 'The parcel is at your post office, usually after a notice was left.',
      next: 'You collect it or schedule a redelivery; if not, it goes back.',
      worry: 'Act soon: the post office keeps it only for a limited time.',
      action: 'Collect it with ID and the notice, or schedule a redelivery on the USPS website with the tracking number.',
    },
    'canada-post-ready-for-pickup': {
      title: 'Canada Post: ready for pickup',
      meaning: 'The parcel is waiting at a post office, usually with a delivery notice card.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act soon: the post office keeps it only for a limited time.',
      action: 'Collect it with ID and the card, and pay any taxes due at the counter.',
    },
    'australia-post-awaiting-collection': {
      title: 'Australia Post: awaiting collection',
      meaning: 'The parcel is waiting for you at a Post Office or Parcel Locker.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: lockers and post offices keep parcels only for a limited time.',
      action: 'Collect it with ID, the card or the locker code. The location is in Australia Post’s tracking.',
    },
    'correios-awaiting-pickup': {
      title: 'Correios: awaiting pickup',
      meaning: 'The parcel is waiting for you at a Correios unit (“Objeto aguardando retirada”).',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: Correios keeps it only for the period it sets.',
      action: 'Collect it with ID at the unit shown in the Correios tracking, before the deadline shown there.',
    },
    'russian-post-at-delivery-office': {
      title: 'Arrived at the delivery office',
      meaning: 'The parcel is at your post office (“Прибыло в место вручения”) and waiting for you.',
      next: 'You collect it; if not, it goes back to the sender.',
      worry: 'Act now: the office keeps parcels only for a limited time, shorter for some shop parcels.',
      action: 'Collect it with your passport and the tracking number, or the code from the Russian Post app. Check the deadline in the tracking.',
    },

    // ---- delivered ----
    delivered: {
      title: 'Delivered',
      meaning: 'The carrier says the parcel was handed over or left at your address.',
      next: 'Check the goods and confirm receipt on AliExpress when you are happy.',
      worry: 'If you have not got it, act quickly: check the carrier’s proof of delivery, your mailbox, household and neighbours, then contact the carrier. Open a dispute before the protection ends.',
    },
    'collected-from-pickup-point': {
      title: 'Collected',
      meaning: 'You, or someone with your details, collected the parcel from the pickup point.',
      next: 'Check the goods and confirm receipt on AliExpress when you are happy.',
      worry: 'If you did not collect it yourself, contact the pickup point and the carrier at once, then open a dispute on the order page.',
    },
    'delivered-to-mailbox': {
      title: 'Delivered to the mailbox',
      meaning: 'The carrier put the parcel in your mailbox.',
      next: 'Check the goods and confirm receipt on AliExpress when you are happy.',
      worry: 'Sometimes the scan comes before the parcel. If it is not there, check again soon, then contact the carrier and open a dispute before the protection ends.',
    },
    'delivered-to-neighbour-or-safe-place': {
      title: 'Left with a neighbour or in a safe place',
      meaning: 'The parcel was given to a neighbour or left at the place you chose.',
      next: 'Pick it up and check the goods.',
      worry: 'If you cannot find it, ask your neighbours and check the carrier’s note, then contact the carrier and open a dispute before the protection ends.',
    },
    'order-completed': {
      title: 'Completed',
      meaning: 'The order is closed as received, because you confirmed it or the confirmation time ran out.',
      next: 'Nothing more happens unless you start a return or a dispute.',
      worry: 'If you never got the goods, open a dispute on the order page right away: the time to do so is limited. Never confirm receipt before you have the goods.',
    },

    // ---- returned ----
    'returning-to-sender': {
      title: 'Returning to sender',
      meaning: 'The parcel is on its way back, usually because it was not collected, customs charges were not paid, the address was wrong or it was refused.',
      next: 'It goes back to the seller or to China.',
      worry: 'Act now: once it is back, getting a refund depends on why it was returned.',
      action: 'Ask the local carrier, with the parcel’s own tracking number, whether the return can still be stopped. Tell the seller through AliExpress messages, and open a dispute on the order page with screenshots if it was not your fault.',
    },
    'returned-to-sender': {
      title: 'Returned to sender',
      meaning: 'The parcel is back with the seller or their warehouse.',
      next: 'The seller may resend it or refund you.',
      worry: 'If the return was not your fault, you can usually get your money back; if it was unclaimed or refused, a refund is unlikely.',
      action: 'Ask the seller through AliExpress messages to resend or refund. If they do not, open a dispute on the order page with screenshots of the tracking.',
    },
    'returned-unclaimed': {
      title: 'Returned: not collected',
      meaning: 'Nobody collected the parcel or paid the charges in time, so it is going back.',
      next: 'It returns to the seller.',
      worry: 'AliExpress usually sides with the seller in this case, but it is worth asking.',
      action: 'Ask the local carrier whether the return can still be stopped. Then ask the seller through AliExpress messages about resending, and open a dispute on the order page if you were never notified.',
    },
    'returned-refused': {
      title: 'Returned: refused',
      meaning: 'Delivery was refused, so the parcel goes back.',
      next: 'It returns to the seller.',
      worry: 'If you did not refuse it, act quickly.',
      action: 'If you did not refuse it, complain to the local carrier with the parcel’s own tracking number and open a dispute on the order page. Otherwise, agree a refund with the seller through AliExpress messages.',
    },
    'returned-address-problem': {
      title: 'Returned: address problem',
      meaning: 'The carrier could not deliver to the address given, so the parcel goes back.',
      next: 'It returns to the seller.',
      worry: 'Act now: check the address on your order.',
      action: 'Ask the local carrier whether it can still deliver with a corrected address. Tell the seller through AliExpress messages, and open a dispute on the order page if the address was right.',
    },
    'return-handling-problem': {
      title: 'Problem with the return',
      meaning: 'The return warehouse reported a problem receiving the returned parcel.',
      next: 'The seller and the warehouse sort it out.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages. If there is no answer or no refund, open a dispute on the order page.',
    },
    'return-disposed': {
      title: 'Destroyed after return',
      meaning: 'The returned parcel was destroyed by the carrier or the return warehouse.',
      next: 'The parcel will not come back.',
      worry: 'What matters now is your money.',
      action: 'Open a dispute on the order page with screenshots of the tracking, and tell the seller through AliExpress messages.',
    },

    // ---- canceled ----
    'cancellation-requested': {
      title: 'Cancellation requested',
      meaning: 'You asked to cancel the order and the seller has to reply.',
      next: 'If the seller does not answer in time, AliExpress cancels the order and refunds you.',
      worry: 'Normal. If nothing happens after {worryDays} days, check the order page.',
    },
    'order-cancelled': {
      title: 'Order cancelled',
      meaning: 'The order was cancelled by you, the seller or AliExpress. If you paid, a refund is on its way.',
      next: 'The refund goes back to how you paid; banks take their own time.',
      worry: 'If the refund has not arrived after {worryDays} days, contact AliExpress from the order page, then your bank.',
    },
    'order-closed': {
      title: 'Order closed',
      meaning: 'The order is closed. This happens when it was not paid in time, or after a cancellation or refund.',
      next: 'If you paid, the refund goes back to how you paid.',
      worry: 'If you paid and the refund has not arrived after {worryDays} days, contact AliExpress from the order page.',
    },
    'refund-in-progress': {
      title: 'Refund in progress',
      meaning: 'AliExpress is sending your money back.',
      next: 'It reaches your card, bank or AliExpress balance; banks take their own time.',
      worry: 'If it has not arrived after {worryDays} days, contact AliExpress from the order page, then your bank.',
    },
    'shipment-cancelled': {
      title: 'Shipment cancelled',
      meaning: 'The warehouse or the seller cancelled the shipment.',
      next: 'The seller ships again or the order is refunded.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages whether they will ship again. If not, ask for a refund or open a dispute on the order page.',
    },

    // ---- exception ----
    'tracking-number-not-found': {
      title: 'Tracking number not found',
      meaning: 'The tracking system does not know this number yet. It can take a few days after shipping to appear.',
      next: 'The first scan appears once the carrier has the parcel.',
      worry: 'If the number is still unknown after {worryDays} days, act.',
      action: 'Ask the seller through AliExpress messages to check the number. If it stays invalid, open a dispute on the order page.',
    },
    'no-tracking-updates': {
      title: 'No tracking updates',
      meaning: 'There has been no new scan for a while. Quiet spells are normal at some steps, such as the flight.',
      next: 'The next scan usually comes when the parcel reaches the next step.',
      worry: 'Worry if there is no news after {worryDays} days, or if the protection countdown is getting short.',
      action: 'Ask the seller through AliExpress messages, and ask them to extend your protection if time is running out. If nothing helps before it ends, open a dispute on the order page.',
    },
    'tracking-stopped-after-export': {
      title: 'Tracking stopped after export',
      meaning: 'Economy shipping lines often stop updating once the parcel leaves China or lands. The parcel may still be on its way.',
      next: 'It may arrive without further updates, or with a new local tracking number.',
      worry: 'Look for a local number first. Worry if nothing arrives after {worryDays} days, or if the protection countdown is getting short.',
      action: 'Try the number on your local post’s website and ask the local post office. Ask the seller through AliExpress messages for a local number; if the protection is about to end, open a dispute on the order page.',
    },
    'delivery-exception': {
      title: 'Delivery problem',
      meaning: 'The carrier reported a problem without saying which step it affects.',
      next: 'The carrier fixes it, or asks you or the seller to act.',
      worry: 'Watch it. If nothing changes after {worryDays} days, act.',
      action: 'Look up the parcel on the local carrier’s website with its own tracking number and contact the carrier. Tell the seller through AliExpress messages.',
    },
    'parcel-lost': {
      title: 'Parcel lost',
      meaning: 'The carrier says the parcel is lost.',
      next: 'It will not be delivered; what matters now is a refund or a new shipment.',
      worry: 'Act now, before the protection ends.',
      action: 'Open a dispute on the AliExpress order page with screenshots of the tracking, and ask the seller through AliExpress messages to resend or refund.',
    },
    'parcel-damaged': {
      title: 'Parcel damaged',
      meaning: 'The carrier reported the parcel as damaged.',
      next: 'It may still be delivered, or it may be returned or destroyed.',
      worry: 'Act now: keep the packaging and take photos.',
      action: 'If it arrives damaged, take photos before opening and keep the packaging. Report it to the local carrier, then open a dispute on the order page with the photos and tell the seller through AliExpress messages.',
    },
    'parcel-destroyed': {
      title: 'Parcel destroyed',
      meaning: 'The parcel was destroyed, for example because it was damaged or could not be delivered or returned.',
      next: 'It will not be delivered.',
      worry: 'What matters now is your money.',
      action: 'Open a dispute on the AliExpress order page with screenshots of the tracking, and tell the seller through AliExpress messages.',
    },
  },

  regionNotes: {
    'eu-vat-ioss':
      'EU: since {vat_since}, VAT is due on every parcel from outside the EU, whatever its value; the old tax-free limit for cheap parcels no longer exists. For orders up to {ioss_limit}, AliExpress normally charges the VAT at checkout (IOSS), so nothing should be asked at the door. Above that, or without IOSS, the carrier charges VAT, a handling fee and possibly duty.',
    'eu-flat-duty-2026':
      'EU: from {from} until {until}, parcels worth up to {parcel_limit} pay a customs duty of {duty_per_item_category} for each different kind of item (items with the same tariff code count once). It is normally included in the price at checkout, not collected at the door.',
    'eu-handling-fee-proposal':
      'EU: a handling fee of {proposed_fee} per item has been proposed but, as far as we know, not adopted. If a carrier asks you for such a fee, check it on the carrier’s official website.',
    'es-correos-customs':
      'Spain: if Correos holds a parcel in customs (through ADT Postales), you send the declaration and invoice on its official website and pay there. The deadline reported is {documents_deadline_days} days; after that the parcel goes back.',
    'nl-postnl-customs':
      'Netherlands and Belgium: if PostNL needs information for customs, it asks through track and trace; you have {info_deadline_days} days, otherwise the parcel goes back. PostNL never sends a direct payment link.',
    'uk-vat-low-value':
      'UK: for orders up to {threshold}, VAT is charged at checkout and there is no customs duty; gifts between private people up to {gift_limit} are VAT-free. The duty relief is due to end by {relief_end_latest} at the latest.',
    'uk-royal-mail-fee':
      'UK: when customs charges are due, Royal Mail adds a handling fee of {handling_fee} and leaves a grey “Fee to pay” card. Royal Mail never asks for payment by phone.',
    'us-de-minimis':
      'USA: the duty-free limit of {old_threshold} no longer applies to any country since {suspended_since}, so every parcel owes duty, either in the AliExpress price or collected by the carrier. The rate then set for postal parcels ran until {surcharge_end}; we have no reliable source for what applies since, so check the carrier’s or U.S. Customs’ (CBP) official website. A law ends the exemption for good from {statutory_repeal}.',
    'ca-postal-low-value':
      'Canada: items arriving by mail worth up to {threshold} pay no duty or tax. Above that, duty and tax are charged on the full value, and Canada Post adds a handling fee when it collects them.',
    'ca-cbsa-screening':
      'Canada: every parcel is screened by the CBSA. Canada Post cannot speed up or check on a parcel while it is with customs.',
    'au-gst-low-value':
      'Australia: since {since}, GST of {gst_rate} is charged at checkout on orders up to {threshold}, so nothing is usually due on arrival. Above that, GST and duty are charged at the border.',
    'au-customs-status-lag':
      'Australia: the tracking can keep saying the parcel is held in customs until it physically leaves the Australia Post customs area, even after it was cleared. In busy periods clearance itself can take much longer than usual.',
    'br-remessa-conforme':
      'Brazil: AliExpress is in the Remessa Conforme programme, so taxes are charged at checkout: {low_rate} import tax up to {low_limit}, {high_rate} minus {high_deduction} above, plus the state ICMS ({icms} in most states). Nothing more should be charged on arrival.',
    'br-non-certified-payment':
      'Brazil: when taxes were not paid at checkout, you pay them in “Minhas Importações” on the Correios website within {payment_days} days; otherwise the parcel goes back. Check the deadline shown there.',
    'ru-eaeu-threshold':
      'Russia and the EAEU: purchases up to {threshold} are duty-free; above that a duty of {excess_rate} of the excess was charged under the old rule.',
    'ru-eaeu-2026-rule':
      'Russia and the EAEU: from {from}, purchases up to {threshold} stay duty-free; above that a duty of {rate} of the whole value (at least {minimum}) is charged on top of national VAT.',
    'ch-vat-minimum':
      'Switzerland: VAT and duty are not collected if they come to less than {minimum_tax}, which is roughly orders below {standard_rate_limit} (or {reduced_rate_limit} for books and other reduced-rate goods). Otherwise Swiss Post also charges a clearance fee of {post_fee_min} to {post_fee_max}.',
    'no-voec':
      'Norway: since {all_imports_taxed_since}, VAT is due on every purchase from abroad. Shops in the VOEC scheme charge it at checkout for items under {item_limit}, and then nothing is due on arrival; otherwise the carrier collects VAT and a fee.',
    'uk-royal-mail-hold':
      'Royal Mail keeps an item for {hold_days} days, or {hold_days_customs} days when there is a customs charge, then returns it to the sender.',
    'nl-postnl-hold':
      'PostNL: international parcels are kept {international_hold_days} days at a PostNL point after two attempts, but other PostNL pages say {pickup_point_hold_days} days. Go by the date in PostNL’s notice.',
    'es-correos-hold':
      'Correos: a parcel left at the post office is usually kept {office_hold_days} days, but sources disagree. Go by the date in the Correos tracking or notice.',
    'fr-pickup-deadline':
      'France: La Poste and relay points tell you the collection deadline in their message or notice; we found no single official period.',
    'de-dhl-hold':
      'DHL: branches and parcel shops keep parcels {branch_working_days} working days, Packstations {packstation_days} days ({packstation_redirect_days} if redirected there after a failed delivery). Items with an international number are often kept {international_branch_days} days.',
    'it-poste-hold':
      'Poste Italiane: parcels in giacenza are usually kept {hold_working_days} working days, though some sources give less. Go by the date on the avviso di giacenza.',
    'pt-ctt-hold':
      'CTT: how long a parcel waits depends on the service; the deadline is written on the delivery notice.',
    'pl-inpost-hold':
      'InPost: a parcel waits {locker_hours} hours in the locker; you can pay for more time in the app. After that it may wait at an InPost branch for about {branch_working_days} working days before going back.',
    'us-usps-hold':
      'USPS: after a notice, the post office usually keeps a parcel about {hold_days} days from the first attempt, then returns it.',
    'ca-post-hold':
      'Canada Post: parcels with a delivery notice card are usually kept about {hold_days} days at the post office, then returned.',
    'au-post-hold':
      'Australia Post: a Post Office keeps a missed delivery {post_office_business_days} business days; Parcel Lockers give you {locker_hours} hours.',
    'br-correios-hold':
      'Correios: the time a parcel waits for pickup is set by Correios and shown on its website and tracking.',
    'ru-post-hold':
      'Russian Post: parcels are usually kept {parcel_days} days after arriving at the office, but parcels from online shops can have as little as {marketplace_min_days} days. Check the date in the tracking.',
    'de-cainiao-number-prefixes':
      'Germany: Cainiao numbers starting with U cannot be tracked inside Germany, and numbers starting with AS or AQ may show invented delivery information.',
    'nl-postnl-early-delivered-scan':
      'PostNL sometimes scans letterbox parcels as delivered before they reach you. If nothing has arrived after {wait_days} days, tell the seller.',
    'sms-fee-scam':
      'Scam warning: a text message or e-mail saying your parcel is held until you pay a small customs or delivery fee through a link is a scam. Real charges are paid on the carrier’s or customs’ official website, which you type in yourself, or at the counter.',
  },

  contacts: {
    seller: 'The seller (AliExpress messages)',
    'aliexpress-dispute': 'AliExpress (dispute on the order page)',
    'local-carrier': 'Your local carrier (with its own tracking number)',
    customs: 'Customs (official website only)',
  },

  phrases: {
    usualWait: 'Usually {min}–{max} days.',
    usualWaitSameDay: 'Usually within a day.',
    noTypicalDuration: 'This step has no reliable typical duration.',
    stepOf: 'Step {n} of 10: {stage}',
    sideStage: 'Outside the normal journey: {stage}',
    severity: {
      info: 'All normal',
      wait: 'Normal, but slow',
      watch: 'Keep an eye on it',
      act: 'Action needed',
    },
  },

  ui: {
    meaning: 'What it means',
    next: 'What happens next',
    worry: 'Should I worry?',
    action: 'What to do',
    contacts: 'Who to contact',
    regionNotes: 'Where you live',
    badgeLabel: 'Tracklight: {title}. Show the explanation',
    unknownTitle: 'Status not recognised',
    unknownMeaning: 'Tracklight does not know this wording yet. Read it together with the steps before and after it: the newest step that Tracklight recognises tells you where the parcel is.',
    close: 'Close',
  },
};

export default pack;
