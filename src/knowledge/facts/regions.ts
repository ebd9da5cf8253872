// Country- and carrier-specific facts that change over time: customs rules, pickup hold periods,
// delivery quirks and the fee-SMS scam. Figures live in `values` (the texts insert them through
// `{key}` slots), so a rule change is one edit here. Every note says what it depends on and when
// to look again. Sources were read in stored copies (newest around September 2026).
import type { RegionNote } from '../types';

export const REGION_NOTES: readonly RegionNote[] = [
  // ---- Customs: European Union ----
  {
    id: 'eu-vat-ioss',
    regions: ['EU'],
    topic: 'customs',
    values: { vat_since: '2021-07-01', ioss_limit: 'EUR 150' },
    dependsOn:
      'EU VAT e-commerce package (Directive 2017/2455, in force 1 July 2021). Stable; re-check when the EU customs reform or a handling fee is adopted.',
    validFrom: '2021-07-01',
    sources: [
      {
        ref: 'https://www.dpd.com/ch/en/faq/ioss-modifications/',
        says: 'From 1 July 2021 "the VAT exemption for goods worth up to EUR 22 being imported into the EU will be abolished"; IOSS eases VAT on distance sales worth up to EUR 150.',
        certainty: 'certain',
      },
      {
        ref: 'https://www.whistl.co.uk/parcels/import-one-stop-shop',
        says: 'All goods imported to the EU are subject to VAT; up to EUR 150 VAT is charged at checkout (IOSS); without IOSS the buyer pays VAT and usually a clearance fee to the carrier.',
        certainty: 'certain',
      },
      {
        ref: 'https://car-solutions.com/en/information/new-vat-rules-for-imported-goods-eu/',
        says: 'From 1 July 2021 all commercial goods imported into the EU are subject to VAT irrespective of their value; an import declaration is required for all goods.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'eu-flat-duty-2026',
    regions: ['EU'],
    topic: 'customs',
    values: { duty_per_item_category: 'EUR 3', parcel_limit: 'EUR 150', from: '2026-07-01', until: '2028-07-01' },
    dependsOn:
      'Council Regulation (EU) 2026/382 and Commission Delegated Regulation (EU) 2026/1022 (interim duty). May be extended; replaced by normal tariffs when the EU customs data hub runs (expected 2028). Re-check in 2028 or on any extension.',
    validFrom: '2026-07-01',
    validUntil: '2028-07-01',
    sources: [
      {
        ref: 'https://globalimportblog.bakermckenzie.com/2026/07/02/eu-low-value-consignment-relief-abolished-and-eur-3-customs-duty-introduced-from-1-july-2026/',
        says: 'Delegated Regulation (EU) 2026/1022 applies from 1 July 2026: a temporary EUR 3 customs duty per item (tariff classification) on consignments up to EUR 150, until 1 July 2028.',
        certainty: 'certain',
      },
      {
        ref: 'https://regfollower.com/?p=78434',
        says: 'Approved 11 February 2026; EUR 3 per item category from 1 July 2026 to 1 July 2028, may be extended; example: one silk and two wool blouses = EUR 6.',
        certainty: 'certain',
      },
      {
        ref: 'https://www.spielwarenmesse.de/en/mag/toy-market-news/council-agrees-to-levy-customs-duty-on-small-parcels',
        says: 'Applies to goods for which non-EU sellers are registered in IOSS (93% of e-commerce flows); distinct from the proposed handling fee.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'eu-handling-fee-proposal',
    regions: ['EU'],
    topic: 'customs',
    values: { proposed_fee: 'EUR 2' },
    dependsOn:
      'EU customs reform negotiations and national measures (Belgium, France). Not confirmed as adopted in the sources found: re-check before stating any fee as current.',
    sources: [
      {
        ref: 'https://en.politis.com.cy/economy/economy-business-finance/986140/council-gives-final-green-light-to-new-customs-duty-rules-for-small-parcels',
        says: 'The EUR 3 duty "is distinct from the proposed so-called handling fee currently under discussion".',
        certainty: 'certain',
      },
      {
        ref: 'https://agenceurope.eu/en/bulletin/article/13653/13/european-commission-wants-to-propose-two-different-handling-fees-on-parcels-from-online-platforms',
        says: 'Commission non-paper (3 June 2025): a handling fee of EUR 2 per item (EUR 0.50 for Trust and Check traders with a customs warehouse); a proposal, not adopted law.',
        certainty: 'certain',
      },
      {
        ref: 'https://o-rex.com/eurocommerce-parcel-tax-should-be-eu-wide',
        says: 'The fee still needs approval by Parliament and member states; Belgium wants its own EUR 2 fee from 2026.',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'es-correos-customs',
    regions: ['ES'],
    topic: 'customs',
    values: { documents_deadline_days: 15 },
    dependsOn:
      'Correos / ADT Postales procedure for parcels not sold under IOSS or above the EU limit. Deadline from a secondary source; re-check on correos.es yearly.',
    sources: [
      {
        ref: 'https://red.rankia.com/blog/impuestos/4250725-paquete-retenido-aduanas-que-debes-hacer-para-recuperarlo',
        says: 'A parcel held in customs is released by sending the declaration and invoice through the ADT Postales website "en un plazo máximo de 15 días: si no, se devolverá la mercancía al vendedor".',
        certainty: 'probable',
      },
      {
        ref: 'https://www.adslzone.net/reportajes/e-commerce/evitar-pagar-aduanas-adtpostales/',
        says: 'ADT Postales is the customs agent of Correos that handles parcels held in customs.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'nl-postnl-customs',
    regions: ['NL', 'BE'],
    topic: 'customs',
    values: { info_deadline_days: 14 },
    dependsOn: 'PostNL customs procedure for parcels from outside the EU. Re-check on postnl.nl yearly.',
    sources: [
      {
        ref: 'https://www.postnl.nl/en/receiving/parcels/receiving-from-abroad/',
        says: 'If information is missing PostNL asks for it via track & trace; "Unable to do this within 2 weeks? Then the parcel will be returned to the sender." PostNL never sends a direct payment link.',
        certainty: 'certain',
      },
      {
        ref: 'https://www.belastingdienst.nl/wps/wcm/connect/en/customs/content/my-parcel-has-reached-customs',
        says: 'Even if track & trace says customs is processing the parcel, it is in the courier\'s warehouse; only the courier\'s customer service can say where it is.',
        certainty: 'certain',
      },
    ],
  },

  // ---- Customs: other countries ----
  {
    id: 'uk-vat-low-value',
    regions: ['GB'],
    topic: 'customs',
    values: { threshold: 'GBP 135', gift_limit: 'GBP 39', relief_end_latest: '2029-03' },
    dependsOn:
      'UK low-value import rules (VAT at point of sale up to GBP 135, no duty). Autumn Budget 2025 abolishes the duty relief by March 2029 at the latest, after consultation: re-check when the consultation ends.',
    sources: [
      {
        ref: 'https://www.gjassociates.co.uk/knowledge-base/uncategorised/goods-sent-from-abroad/',
        says: 'Online marketplaces usually collect the VAT; generally no customs duty on goods worth GBP 135 or less; gifts up to GBP 39 are VAT-free.',
        certainty: 'certain',
      },
      {
        ref: 'https://taxscape.deloitte.com/measures-autumn-budget-2025/customs-duty-relief-for-low-value-imports.aspx',
        says: 'The government announced the abolition of the GBP 135 customs-duty relief; implementation "March 2029 at the latest".',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'uk-royal-mail-fee',
    regions: ['GB'],
    topic: 'customs',
    values: { handling_fee: 'GBP 8' },
    dependsOn: 'Royal Mail fee-to-pay policy; the handling fee amount may change. Re-check Royal Mail help a_id/143 yearly.',
    sources: [
      {
        ref: 'https://personal.help.royalmail.com/app/answers/detail/a_id/143',
        says: 'A grey "Fee to pay" card means Royal Mail holds the item until the fee is paid; parcels liable for customs charges incur a GBP 8 handling fee; "we will never call you and ask for payment over the phone".',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'us-de-minimis',
    regions: ['US'],
    topic: 'customs',
    values: {
      old_threshold: 'USD 800',
      suspended_since: '2025-08-29',
      surcharge_end: '2026-07-24',
      statutory_repeal: '2027-07-01',
    },
    dependsOn:
      'Executive Order 14324 as amended on 20 Feb 2026, the Section 122 surcharge (150 days to 24 Jul 2026) and the One Big Beautiful Bill Act (repeal from 1 Jul 2027). What applies to postal parcels after July 2026 is not known: re-check CBP guidance now and at each change.',
    validFrom: '2025-08-29',
    sources: [
      {
        ref: 'https://myblacktree.com/blogs/latest-blog/us-suspends-duty-free-de-minimis-treatment-for-all-countries-summary-effective-august-29-2025',
        says: 'From 29 August 2025 imports under USD 800 are no longer duty-free, whatever their origin; postal shipments pay duties too.',
        certainty: 'certain',
      },
      {
        ref: 'https://borderbuddy.com/trade-tariff-news/president-trump-keeps-de-minimis-suspension-for-all-countries-readies-imposition-of-section-122-tariffs',
        says: 'After the February 2026 ruling, CBP (CSMS 67845486): all goods remain ineligible for de minimis treatment; mail keeps the existing duty-payment process.',
        certainty: 'certain',
      },
      {
        ref: 'https://www.internationaltradeinsights.com/2026/02/cbp-issues-csms-guidance-on-section-122-duties-and-continued-suspension-of-de-minimis-eligibility',
        says: 'Section 122 duties replace IEEPA tariffs from 24 February 2026 for 150 days, until 24 July 2026.',
        certainty: 'certain',
      },
      {
        ref: 'https://webiis10.mondaq.com/unitedstates/international-trade-investment/1649458/de-minimis-to-be-eliminated-july-2027-under-recently-enacted-megabill',
        says: 'The law signed 4 July 2025 eliminates de minimis for commercial shipments from all countries from 1 July 2027.',
        certainty: 'certain',
      },
      {
        ref: 'https://dutyclaims.com/blog/after-ieepa-section-122-and-section-301',
        says: 'Cited by the project research notes: Section 301 investigations opened in March 2026; what applies to postal parcels after the Section 122 expiry was not found (not re-read here).',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'ca-postal-low-value',
    regions: ['CA'],
    topic: 'customs',
    values: { threshold: 'CAD 20' },
    dependsOn: 'Postal Imports Remission Order (CBSA). Courier thresholds differ. Re-check cbsa-asfc.gc.ca yearly.',
    sources: [
      {
        ref: 'https://epe.lac-bac.gc.ca/100/201/301/ar_canadas_crimes_against_humanity/2006-2007/import/postal-postale/duty-droits-eng.html',
        says: 'Archived CBSA page: "if someone mails you an item worth CAN$20 or less, you don\'t have to pay duty or taxes"; above that, duty and GST/HST/PST on the full value; Canada Post charges a handling fee.',
        certainty: 'probable',
      },
      {
        ref: 'https://www.cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html',
        says: 'Cited by the project research notes (not re-read here): mail is free only up to CAD 20 from any country; CUSMA courier thresholds do not apply to mail.',
        certainty: 'probable',
      },
      {
        ref: 'https://www.stampcommunity.org/topic.asp?topic_id=32100',
        says: 'Quotes the CBSA Postal Imports Remission Order: items worth CAN$20 or less by mail pay no duty or taxes; above that duty and GST/HST on the full value.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'ca-cbsa-screening',
    regions: ['CA'],
    topic: 'customs',
    values: {},
    dependsOn: 'CBSA and Canada Post customs process. Stable; re-check when Canada Post changes its customs FAQ.',
    sources: [
      {
        ref: 'https://prd11.wsl.canadapost.ca/cpc/en/support/kb/receiving/delivery-faq/the-parcel-i-am-expecting-is-in-customs-what-can-i-do.page',
        says: 'All packages are screened by the CBSA; times vary; "Once a package is with customs, we can\'t intervene or ask about the status".',
        certainty: 'certain',
      },
      {
        ref: 'http://mailboxmaster.net/item-has-arrived-in-canada-and-will-be-presented-for-review/',
        says: '"Item has arrived in Canada and will be presented for review" is a routine customs check, not a sign of a problem.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'au-gst-low-value',
    regions: ['AU'],
    topic: 'customs',
    values: { threshold: 'AUD 1,000', gst_rate: '10%', since: '2018-07-01' },
    dependsOn: 'GST on low value imported goods (Treasury Laws Amendment 2017). Stable; re-check ato.gov.au yearly.',
    validFrom: '2018-07-01',
    sources: [
      {
        ref: 'https://www.ato.gov.au/Business/International-tax-for-business/In-detail/GST-on-low-value-imported-goods/Information-for-operators-of-electronic-distribution-platforms/',
        says: 'From 1 July 2018 platform operators may be the supplier for GST; low value goods are those of A$1,000 or less; GST is 10%; above A$1,000 GST and duty apply at the border.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'au-customs-status-lag',
    regions: ['AU'],
    topic: 'customs',
    values: {},
    dependsOn: 'Australia Post bond and tracking practice (broker FAQ). Re-check if Australia Post changes its tracking.',
    sources: [
      {
        ref: 'https://ecustomsbroker.com.au/faqs_home_category/delivery',
        says: 'Until the consignment physically leaves the Australia Post bond, tracking stays "Held in Customs" even though it has been cleared.',
        certainty: 'probable',
      },
      {
        ref: 'https://mailboxcorner.co/arrived-awaiting-clearance-inbound-auspost-meaning',
        says: '"Arrived awaiting clearance (inbound)" can last a few hours or, in peak backlogs, up to a month.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'br-remessa-conforme',
    regions: ['BR'],
    topic: 'customs',
    values: { low_rate: '20%', low_limit: 'USD 50', high_rate: '60%', high_deduction: 'USD 20', icms: '17%' },
    dependsOn:
      'Law 14.902/2024 ("taxa das blusinhas", from 1 Aug 2024) and the Receita Federal Remessa Conforme programme; ICMS is set by each state (some raised it to 20% in 2025). Re-check yearly.',
    validFrom: '2024-08-01',
    sources: [
      {
        ref: 'https://economia.uol.com.br/noticias/redacao/2025/07/29/e-mail-cobrando-taxa-das-blusinhas-pode-ser-golpe-quando-devo-pagar.htm',
        says: 'For Remessa Conforme platforms (AliExpress included) taxes are paid at checkout, nothing more later; up to USD 50: 20% import tax plus ICMS (17%); from USD 50.01: 60% with a USD 20 deduction.',
        certainty: 'certain',
      },
      {
        ref: 'https://guiatributario.net/tag/compras',
        says: 'Table from August 2024: 20% up to USD 50 for certified sites; 60% minus USD 20 from USD 50.01 to 3,000; ICMS always charged.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'br-non-certified-payment',
    regions: ['BR'],
    topic: 'customs',
    values: { payment_days: 20 },
    dependsOn:
      'Receita Federal instruction of 30 June 2023 on non-certified purchases. Correios\' own FAQ (older) still says 30 days: re-check the deadline shown in "Minhas Importações".',
    sources: [
      {
        ref: 'https://valor.globo.com/brasil/noticia/2023/08/02/governo-reduz-prazo-para-pagamento-de-imposto-de-compras-internacionais-feitas-fora-do-remessa-conforme.ghtml',
        says: 'For platforms outside Remessa Conforme the buyer pays ICMS and the 60% import tax after arrival, "em até 20 dias - antes o prazo era de 30 dias".',
        certainty: 'probable',
      },
      {
        ref: 'http://www.correios.com.br/encomendas-logistica/minhas-importacoes/perguntas-frequentes',
        says: 'Older FAQ: payment within 30 calendar days after release by the Receita Federal, in "Minhas Importações".',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'ru-eaeu-threshold',
    regions: ['RU', 'BY', 'KZ', 'KG', 'AM'],
    topic: 'customs',
    values: { threshold: 'EUR 200', excess_rate: '15%' },
    dependsOn: 'EAEU rules for goods for personal use; replaced on 1 July 2026 by the e-commerce rule (ru-eaeu-2026-rule).',
    validUntil: '2026-07-01',
    sources: [
      {
        ref: 'https://www.interfax.ru/world/1067139',
        says: 'The EEC kept the duty-free threshold at EUR 200; "currently a 15% duty is charged when the threshold is exceeded".',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'ru-eaeu-2026-rule',
    regions: ['RU', 'BY', 'KZ', 'KG', 'AM'],
    topic: 'customs',
    values: { threshold: 'EUR 200', rate: '5%', minimum: 'EUR 1 per kg', from: '2026-07-01' },
    dependsOn: 'EEC Council decisions of January 2026 on e-commerce goods; the threshold "may be revised". Re-check yearly.',
    validFrom: '2026-07-01',
    sources: [
      {
        ref: 'https://www.interfax.ru/world/1067139',
        says: 'Above EUR 200 a 5% duty on the whole purchase value on top of national VAT, at least EUR 1 per kg.',
        certainty: 'probable',
      },
      {
        ref: 'https://24.kg/ekonomika/357540_novyie_pravila_onlayn-pokupok_vstranah_eaes_vstupyat_vsilu_s1iyulya_2026_goda/',
        says: 'The new EAEU rules for online purchases take effect on 1 July 2026.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'ch-vat-minimum',
    regions: ['CH'],
    topic: 'customs',
    values: {
      minimum_tax: 'CHF 5',
      standard_rate_limit: 'CHF 62',
      reduced_rate_limit: 'CHF 193',
      post_fee_min: 'CHF 11.50',
      post_fee_max: 'CHF 70',
    },
    dependsOn: 'Swiss VAT and customs practice (ch.ch); the value limits follow the VAT rates. Re-check when rates change.',
    sources: [
      {
        ref: 'https://ch.ch/en/ordering-goods-abroad',
        says: 'Customs duties and VAT below CHF 5 are not invoiced; orders below CHF 62 (8.1% goods) or CHF 193 (2.6% goods) pass free; Swiss Post charges CHF 11.50 to CHF 70 for clearance.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'no-voec',
    regions: ['NO'],
    topic: 'customs',
    values: { item_limit: 'NOK 3,000', voec_since: '2020-04-01', all_imports_taxed_since: '2024-01-01' },
    dependsOn: 'Norwegian VOEC scheme (Skatteetaten / Tolletaten). Re-check toll.no yearly.',
    validFrom: '2020-04-01',
    sources: [
      {
        ref: 'https://toll.no/en/online-shopping/the-voec-scheme',
        says: 'From 1 January 2024 VAT is due on all purchases from abroad; a VOEC shop collects it at purchase, no further charges; VOEC covers goods under NOK 3000 per item; goods are exempt from customs duty.',
        certainty: 'certain',
      },
      {
        ref: 'https://toll.no/en/online-shopping/e-commerce---what-changed-on-1-april/',
        says: 'The VOEC scheme took effect on 1 April 2020.',
        certainty: 'certain',
      },
    ],
  },

  // ---- Pickup hold periods ----
  {
    id: 'uk-royal-mail-hold',
    regions: ['GB'],
    topic: 'pickup-hold',
    values: { hold_days: 18, hold_days_customs: 21 },
    dependsOn: 'Royal Mail policy. Re-check Royal Mail help a_id/143 yearly.',
    sources: [
      {
        ref: 'https://personal.help.royalmail.com/app/answers/detail/a_id/143',
        says: '"We will hold your item for 18 calendar days ... If your item has a Customs charge to pay, we will hold it for 21 calendar days before returning to the sender."',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'nl-postnl-hold',
    regions: ['NL', 'BE'],
    topic: 'pickup-hold',
    values: { international_hold_days: 14, pickup_point_hold_days: 7 },
    dependsOn:
      'PostNL policy; its own pages disagree (fourteen days for international parcels in Belgium, seven days at a PostNL point). Trust the date in the PostNL notice; re-check postnl.nl / postnl.be.',
    sources: [
      {
        ref: 'https://www.postnl.be/en/receiving/receive-an-international-parcel/',
        says: 'International parcels: "Two delivery attempts, then it is held at a PostNL Location for fourteen days".',
        certainty: 'probable',
      },
      {
        ref: 'https://www.postnl.be/en/contact/absent-during-home-delivery/not-at-home-by-delivery/',
        says: '"We will keep your package seven days at a PostNL-location. After that we will send it back to the sender."',
        certainty: 'probable',
      },
      {
        ref: 'https://help.hollandandbarrett.nl/hc/nl/articles/33799457581458-Ophalen-bij-een-PostNL-Punt',
        says: 'A parcel waits at most 7 days at a PostNL pickup point (Netherlands, shop parcels), with two reminders.',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'es-correos-hold',
    regions: ['ES'],
    topic: 'pickup-hold',
    values: { office_hold_days: 15 },
    dependsOn:
      'Correos practice; the only Correos text found is for its Paq Premium service, and shopper sites give other figures. Trust the notice or Correos tracking; re-check correos.es.',
    sources: [
      {
        ref: 'https://www.market.correos.es/centro-ayuda/envios',
        says: 'Home delivery has two attempts; if it cannot be delivered it stays at the Post Office "for 15 días naturales" (Correos Market, Paq Premium).',
        certainty: 'probable',
      },
      {
        ref: 'https://aliexba.com/problem-inability-to-deliver-the-package-on-aliexpress/',
        says: 'Copy of an AliExpress guide: after two failed attempts "you have 15 calendar days to pick it up before it is sent back to China".',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'fr-pickup-deadline',
    regions: ['FR'],
    topic: 'pickup-hold',
    values: {},
    dependsOn:
      'La Poste / Colissimo and relay-network policies; no official hold period for parcels was found, so no figure is given. Re-check aide.laposte.fr.',
    sources: [
      {
        ref: 'https://www.pickup.fr/faq-particulier/',
        says: 'When the parcel reaches the relay you get an e-mail and/or SMS with the relay\'s address and "le délai dont vous disposez pour retirer votre colis".',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'de-dhl-hold',
    regions: ['DE'],
    topic: 'pickup-hold',
    values: {
      branch_working_days: 7,
      packstation_days: 7,
      packstation_redirect_days: 9,
      international_branch_days: 14,
    },
    dependsOn: 'DHL / Deutsche Post storage rules as summarised by paketda.de. Re-check dhl.de FAQ yearly.',
    sources: [
      {
        ref: 'https://www.paketda.de/dhl/zustellversuche-lagerfrist.php',
        says: 'Branch or parcel shop: 7 working days (Sunday excluded); Packstation: 7 calendar days (9 if redirected there after a failed delivery); items with an international number are usually kept 14 days.',
        certainty: 'probable',
      },
      {
        ref: 'https://www.paketda.de/status-dhl-sendung-packstation-abholbereit.html',
        says: 'Packstation storage period is 7 calendar days; uncollected parcels go back to the sender.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'it-poste-hold',
    regions: ['IT'],
    topic: 'pickup-hold',
    values: { hold_working_days: 10 },
    dependsOn:
      'Poste Italiane giacenza rules; secondary sources disagree (some say 7 working days). Trust the avviso di giacenza; re-check poste.it.',
    sources: [
      {
        ref: 'https://italianotizie.it/2024/07/24/pacco-in-giacenza-quanti-giorni-rimane-nel-magazzino-delle-poste-e-come-recuperarlo-oltre-la-scadenza',
        says: 'Standard giacenza of undelivered parcels is 10 working days (Saturdays count, Sundays and holidays do not); then returned to the sender.',
        certainty: 'uncertain',
      },
      {
        ref: 'https://tattoomuse.it/wiki/quanti-giorni-possono-stare-i-pacchi-alle-poste',
        says: 'Mostly 10 working days from the date on the notice, but also quotes 7 working days for some services.',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'pt-ctt-hold',
    regions: ['PT'],
    topic: 'pickup-hold',
    values: {},
    dependsOn: 'CTT rules by product type; no single figure found, so none is given. Re-check ctt.pt.',
    sources: [
      {
        ref: 'https://www.ctt.pt/grupo-ctt/media/noticias/fique-em-casa-medidas-de-contencao-na-entrega-de-correio-e-encomendas',
        says: 'Collection deadlines at CTT shops follow the product type, "descritos no Aviso de Entrega".',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'pl-inpost-hold',
    regions: ['PL'],
    topic: 'pickup-hold',
    values: { locker_hours: 48, branch_working_days: 3 },
    dependsOn: 'InPost rules; the paid extension and the branch period change from time to time. Re-check inpost.pl.',
    sources: [
      {
        ref: 'https://inpost.pl/en/help-how-extend-deadline-collecting-parcel-parcel-locker',
        says: 'A paid extension adds 48 hours; it can be requested before "the 48-hour original deadline".',
        certainty: 'probable',
      },
      {
        ref: 'https://medianews.com.pl/lifestyle/ciekawostki/co-sie-stanie-gdy-nie-odbierzesz-paczki-z-paczkomatu/',
        says: '(2022) After 48 hours the parcel goes to the local InPost branch, where it can be collected within 3 working days before going back to the sender.',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'us-usps-hold',
    regions: ['US'],
    topic: 'pickup-hold',
    values: { hold_days: 15 },
    dependsOn: 'USPS practice as reported by secondary sources (no USPS page found). Re-check faq.usps.com.',
    sources: [
      {
        ref: 'https://shop.smilox.com/knowledge-base/shipping/help-schedule-redelivery',
        says: 'After a missed signature delivery USPS leaves a notice; "Packages are returned to sender after 15 days from the first delivery attempt."',
        certainty: 'uncertain',
      },
      {
        ref: 'https://yourwisdominfo.com/how-long-will-post-office-hold-undelivered-package/',
        says: 'After the attempts the package is held for 15 days from the initial attempt, then returned to sender.',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'ca-post-hold',
    regions: ['CA'],
    topic: 'pickup-hold',
    values: { hold_days: 15 },
    dependsOn: 'Canada Post practice as reported by secondary sources (no Canada Post page found). Re-check canadapost.ca.',
    sources: [
      {
        ref: 'https://postageguru.com/guides/how-long-does-canada-post-hold-a-parcel',
        says: 'Canada Post holds parcels at a post office for 15 calendar days, then returns them to the sender.',
        certainty: 'uncertain',
      },
      {
        ref: 'https://ontario-bakery.com/canada/how-long-does-canada-post-leave-package-in-mailbox',
        says: 'With a Delivery Notice Card the item is returned to the sender if not picked up in 15 calendar days.',
        certainty: 'uncertain',
      },
    ],
  },
  {
    id: 'au-post-hold',
    regions: ['AU'],
    topic: 'pickup-hold',
    values: { post_office_business_days: 10, locker_hours: 48 },
    dependsOn: 'Australia Post policy. Re-check auspost.com.au yearly.',
    sources: [
      {
        ref: 'https://auspost.com.au/receiving/collecting-missed-deliveries',
        says: '"You\'ll have 10 business days to collect it before the item is returned to the sender"; 48 hours to collect from a Parcel Locker or Parcel Collect location.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'br-correios-hold',
    regions: ['BR'],
    topic: 'pickup-hold',
    values: {},
    dependsOn: 'Decreto 12.464/2025: the period is set and published by Correios. No current figure found, so none is given.',
    sources: [
      {
        ref: 'https://www.legjur.com/legislacao/art/dec_00124642025-16',
        says: 'When delivery is not possible the item stays available "pelo prazo estabelecido pela Empresa Brasileira de Correios e Telégrafos, que será publicado em seu sítio eletrônico", then goes back to the sender.',
        certainty: 'certain',
      },
    ],
  },
  {
    id: 'ru-post-hold',
    regions: ['RU'],
    topic: 'pickup-hold',
    values: { parcel_days: 15, marketplace_min_days: 5 },
    dependsOn: 'Russian Post rules (pochta.ru); marketplace parcels can be shorter. Re-check pochta.ru yearly.',
    sources: [
      {
        ref: 'https://ya.ru/neurum/c/drugoe/q/skolko_hranitsya_posylka_f04f6762',
        says: 'Summary citing pochta.ru: parcels 15 days; parcels from online shops from 5 days (see the tracking page); counting starts the next working day after arrival at the delivery office.',
        certainty: 'uncertain',
      },
      {
        ref: 'https://alivahotel.ru/articles/kakoe-vremya-posylka-lezhit-na-pochte.html',
        says: 'Since June 2018 parcels are held 15 days after arriving at the recipient\'s post office.',
        certainty: 'uncertain',
      },
    ],
  },

  // ---- Delivery quirks ----
  {
    id: 'de-cainiao-number-prefixes',
    regions: ['DE'],
    topic: 'delivery',
    values: {},
    dependsOn: 'Cainiao line choice and Deutsche Post handling, per paketda.de. Re-check if Cainiao changes its lines.',
    sources: [
      {
        ref: 'https://www.paketda.de/tracking/cainiao.html',
        says: 'Cainiao numbers starting with U cannot be tracked inside Germany; numbers starting with A carry invented delivery information.',
        certainty: 'probable',
      },
    ],
  },
  {
    id: 'nl-postnl-early-delivered-scan',
    regions: ['NL'],
    topic: 'delivery',
    values: { wait_days: 2 },
    dependsOn: 'PostNL scanning practice. Re-check postnl.nl customer service pages.',
    sources: [
      {
        ref: 'https://www.postnl.nl/en/customer-service/problems-and-complaints/not-delivered/shipment-is-delivered/',
        says: 'Letterbox items are occasionally scanned before they reach the mailbox; "Still no sign of your parcel after two days?" the recipient should alert the sender.',
        certainty: 'certain',
      },
    ],
  },

  // ---- Scam ----
  {
    id: 'sms-fee-scam',
    regions: ['EU', 'GB', 'BR'],
    topic: 'scam',
    values: {},
    dependsOn: 'Warnings by Correos (ES and BR), Royal Mail and police; a permanent pattern. Re-check yearly for new variants.',
    sources: [
      {
        ref: 'https://www.elespanol.com/omicrono/20190906/recibido-sms-correos-estafa/427208104_0.html',
        says: 'Correos: SMS saying a parcel was not delivered because customs fees were not paid is phishing; do not click, delete it.',
        certainty: 'certain',
      },
      {
        ref: 'https://chicosabetudo.com.br/curiosidades/golpistas-criam-site-falso-e-cobram-pix-por-entregas-em-nome-dos-correios',
        says: 'Correios (Brazil) do not send messages with links to pay taxes or fees; fake sites ask for a PIX payment.',
        certainty: 'probable',
      },
      {
        ref: 'https://arcus-rutland.co.uk/parcel-fee-scams-cause-confusion/',
        says: 'Royal Mail said it would never request payment by email or text; where a customs fee is due it leaves a card.',
        certainty: 'probable',
      },
      {
        ref: 'https://www.postnl.nl/en/receiving/parcels/receiving-from-abroad/',
        says: 'PostNL: "we never send you a direct payment link".',
        certainty: 'certain',
      },
    ],
  },
];
