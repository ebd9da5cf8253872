// Region notes in en: shown in tooltips and the popup for the shopper's country. Their
// figures and dates come from the notes' values in ../../facts/regions.ts ({slots}).
import type { RegionNoteTexts } from '../../types';

const notes: RegionNoteTexts = {
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
};

export default notes;
