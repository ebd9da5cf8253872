// How long each step usually lasts until the next visible event. The figures are shoppers'
// experience ranges from advice sites and carriers, not promises, and are shown as ranges.
// Where no source gives a figure the entry says so (`known: false`) instead of guessing.
import type { TypicalDuration } from '../types';

export const DURATIONS: readonly TypicalDuration[] = [
  // ---- Order ----
  {
    id: 'payment-verification',
    known: true,
    minDays: 0,
    maxDays: 1,
    sources: [
      {
        ref: 'https://rin-tek.ru/en/vasha-posylka-byla-podhvachena-chto-znachit-statusy-posylok-iz-kitaya.html',
        says: '"Verification of payment usually takes 24 hours, after which it is time for the seller to send the order."',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'seller-processing',
    known: true,
    minDays: 3,
    maxDays: 10,
    sources: [
      {
        ref: 'https://chinaparcel.net/en/posts/87',
        says: '"After you place an order on Aliexpress, the seller has 3-10 days to process the order."',
        certainty: 'probable',
      },
      {
        ref: 'https://wiiodropshipping.com/aliexpress-shipping-time-how-long-does-an-order-take/',
        says: '"the seller has 3-10 days for sending it according to AliExpress\' rules".',
        certainty: 'probable',
      },
      {
        ref: 'https://guide-aliexpress.com/en/when-will-my-aliexpress-order-be-shipped/',
        says: '"Normally, this step takes up to 7 business days"; a countdown on the order page shows the time left.',
        certainty: 'probable',
      },
    ],
    note: 'The seller sets the handling time; the countdown on the order page is the authority for a given order.',
  },
  {
    id: 'cancellation-response',
    known: true,
    minDays: 0,
    maxDays: 2,
    sources: [
      {
        ref: 'https://guide-aliexpress.com/en/when-will-my-aliexpress-order-be-shipped/',
        says: '"if the seller does not respond within 48 hours, the order will automatically be canceled."',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'refund',
    known: true,
    minDays: 3,
    maxDays: 20,
    sources: [
      {
        ref: 'https://cnjdpart.com/ru/pages/faqs',
        says: 'Copy of the AliExpress FAQ: "Usually, it takes 3-20 business days, varying with different banks".',
        certainty: 'probable',
      },
      {
        ref: 'https://alixblog.com/en/aliexpress-refund-not-received/',
        says: 'Refunds "usually take between 3 and 20 working days to be reflected in your account"; sometimes around a month.',
        certainty: 'probable',
      },
    ],
    note: 'Business days, counted from when AliExpress completes the refund; the bank adds its own time.',
  },

  // ---- Seller to carrier ----
  {
    id: 'shipment-info-to-pickup',
    known: false,
    why: 'Depends on the seller handing the parcel over; the research notes found only an unsourced "1–3 days", so no figure is given.',
  },
  {
    id: 'warehouse-processing',
    known: false,
    why: 'No source gives how long picking, packing and leaving a fulfilment warehouse takes.',
  },
  {
    id: 'carrier-acceptance',
    known: true,
    minDays: 3,
    maxDays: 7,
    sources: [
      {
        ref: 'https://alibestfinds.com/aliexpress-accepted-by-carrier-meaning',
        says: '"In most cases, it updates within 3-7 days. Occasionally, packages sit at this status for 10-14 days, especially during sales events like 11.11 or Chinese New Year."',
        certainty: 'probable',
      },
      {
        ref: 'https://mailboxmaster.net/accepted-by-carrier-update-aliexpress/',
        says: 'Tracking inside China "can be sporadic at best"; missing scans do not mean the parcel is not moving.',
        certainty: 'probable',
      },
    ],
  },

  // ---- China to the border ----
  {
    id: 'origin-sorting',
    known: false,
    why: 'No source gives a figure for sorting-centre steps; scans inside China are sporadic (mailboxmaster.net).',
  },
  {
    id: 'linehaul-handover',
    known: false,
    why: 'Sources only say "days", and much longer when bags are consolidated for sea or rail; no reliable range.',
  },
  {
    id: 'export-customs',
    known: false,
    why: 'Sources say export clearance can take "anything from a day to several weeks" (mailboxmaster.net); no typical range.',
  },
  {
    id: 'airline-handover',
    known: true,
    minDays: 7,
    maxDays: 14,
    sources: [
      {
        ref: 'https://chinaparcel.net/en/posts/120',
        says: 'After "hand over to the airline" the waiting "takes from 7 to 14 days. After this order gets a new status."',
        certainty: 'probable',
      },
      {
        ref: 'https://alixblog.com/en/hand-over-to-airline-aliexpress/',
        says: '"it usually takes between a week and a week and a half to change to the next status".',
        certainty: 'probable',
      },
      {
        ref: 'https://oferal.com/en/accepted-by-airline-aliexpress/',
        says: 'The parcel shows "Accepted by airline" for "between a week and a week and a half".',
        certainty: 'probable',
      },
    ],
    note: 'The flight itself is short (at most about two days, mailboxmaster.net); the wait is for capacity and arrival processing.',
  },
  {
    id: 'flight-to-arrival',
    known: false,
    why: 'The flight takes at most about two days (mailboxmaster.net), but no source gives how long until the arrival scan appears.',
  },
  {
    id: 'transit-hub',
    known: false,
    why: 'Buyers report parcels sitting for weeks at transit hubs such as Liège (mailboxmaster.net), but no source gives a typical range.',
  },

  // ---- Destination ----
  {
    id: 'arrival-to-customs',
    known: false,
    why: 'AliExpress says silence after arrival usually means the destination has not updated yet, without a figure; no source gives one.',
  },
  {
    id: 'import-clearance',
    known: true,
    minDays: 1,
    maxDays: 3,
    sources: [
      {
        ref: 'https://365freight.com.au/australia-post-import-customs-clearance',
        says: '"Customs clearance generally takes approximately 24hrs to process, unless there are any holds" (Australia).',
        certainty: 'probable',
      },
      {
        ref: 'https://travelpander.com/?p=16792',
        says: '"International parcels usually clear in 1 to 3 business days if compliant" (Australia).',
        certainty: 'uncertain',
      },
      {
        ref: 'https://mailboxcorner.co/arrived-awaiting-clearance-inbound-auspost-meaning',
        says: 'It "might take a few hours ... or even up to a month" in peak backlogs.',
        certainty: 'probable',
      },
    ],
    note: 'Without holds; peaks (11.11, Black Friday, Christmas) can add weeks.',
  },
  {
    id: 'customs-hold',
    known: false,
    why: 'A held parcel moves only when the buyer, the seller or customs acts; the deadlines are in the region notes.',
  },
  {
    id: 'customs-payment',
    known: false,
    why: 'Depends on when the charges are paid; the payment deadlines are in the region notes.',
  },
  {
    id: 'customs-to-last-mile',
    known: false,
    why: 'Shopper guides (oferal.com, alixblog.com) promise a figure, but the stored copies checked do not show one.',
  },
  {
    id: 'last-mile-delivery',
    known: true,
    minDays: 1,
    maxDays: 3,
    sources: [
      {
        ref: 'https://www.freightcourse.com/received-by-local-delivery-company-aliexpress/',
        says: 'After "Received by Local Delivery Company" the package "should be delivered to you within the next 1 to 3 days".',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'local-sorting',
    known: true,
    minDays: 1,
    maxDays: 3,
    sources: [
      {
        ref: 'https://www.freightcourse.com/at-local-distribution-center-aliexpress/',
        says: 'At the local distribution centre "you can expect to receive it within the next 1 to 3 days".',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'delivery-round',
    known: false,
    why: 'No source gives how long the last delivery round takes; carriers usually deliver on the day of the out-for-delivery scan, but none of the sources says so.',
  },
  {
    id: 'redelivery',
    known: true,
    minDays: 1,
    maxDays: 1,
    sources: [
      {
        ref: 'https://alixblog.com/en/delivery-attempt-failed-aliexpress/',
        says: '"usually the courier companies make two delivery attempts, so if there is no one at the first delivery attempt, they will try again the next (working) day."',
        certainty: 'probable',
      },
      {
        ref: 'https://mailboxmaster.net/aliexpress-delivery-attempt-unsuccessful-failed/',
        says: '"If the recipient misses the first attempt, the carrier will usually try again on the next working day."',
        certainty: 'probable',
      },
    ],
    note: 'Working days; it depends on the country and the carrier.',
  },
  {
    id: 'pickup-collection',
    known: false,
    why: 'Depends on when the buyer collects; the deadline before the parcel goes back is in the region notes.',
  },

  // ---- Side stages ----
  {
    id: 'return-to-sender',
    known: false,
    why: 'No source gives how long a return to China or to the seller takes.',
  },
  {
    id: 'problem-resolution',
    known: false,
    why: 'Depends on the seller, the carrier or an AliExpress dispute; no typical figure.',
  },
  {
    id: 'no-updates',
    known: false,
    why: 'No event is expected; how long tracking stays silent depends on the line and the carrier.',
  },
  {
    id: 'whole-journey',
    known: false,
    why: 'Depends on the shipping line and the destination; the order page shows the delivery estimate for each order.',
  },
  {
    id: 'journey-end',
    known: false,
    why: 'The journey has ended; nothing further is expected.',
  },
];
