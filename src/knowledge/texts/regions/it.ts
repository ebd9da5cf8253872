// Region notes in it: shown in tooltips and the popup for the shopper's country. Their
// figures and dates come from the notes' values in ../../facts/regions.ts ({slots}).
import type { RegionNoteTexts } from '../../types';

const notes: RegionNoteTexts = {
  'eu-vat-ioss':
    'UE: dal {vat_since} l’IVA è dovuta su ogni pacco che arriva da fuori UE, qualunque sia il valore; la vecchia esenzione per i pacchi di poco valore non esiste più. Per gli ordini fino a {ioss_limit}, di norma AliExpress addebita l’IVA al momento del pagamento (IOSS), quindi alla consegna non dovrebbe esserti chiesto nulla. Sopra questa cifra, o senza IOSS, il corriere addebita l’IVA, una commissione di gestione ed eventualmente i dazi.',
  'eu-flat-duty-2026':
    'UE: dal {from} al {until}, i pacchi di valore fino a {parcel_limit} pagano un dazio di {duty_per_item_category} per ogni tipo diverso di articolo (gli articoli con lo stesso codice doganale contano una volta sola). Di norma è già incluso nel prezzo al momento del pagamento, non riscosso alla consegna.',
  'eu-handling-fee-proposal':
    'UE: è stata proposta una commissione di gestione di {proposed_fee} per articolo ma, per quanto ne sappiamo, non è stata adottata. Se un corriere ti chiede una commissione del genere, verificala sul suo sito ufficiale.',
  'es-correos-customs':
    'Spagna: se Correos trattiene un pacco in dogana (tramite ADT Postales), invii la dichiarazione e la fattura sul suo sito ufficiale e paghi lì. La scadenza indicata è di {documents_deadline_days} giorni; dopo, il pacco torna indietro.',
  'nl-postnl-customs':
    'Paesi Bassi e Belgio: se PostNL ha bisogno di informazioni per la dogana, le chiede tramite il track and trace; hai {info_deadline_days} giorni, altrimenti il pacco torna indietro. PostNL non invia mai un link di pagamento diretto.',
  'uk-vat-low-value':
    'Regno Unito: per gli ordini fino a {threshold}, l’IVA viene addebitata al momento del pagamento e non ci sono dazi; i regali tra privati fino a {gift_limit} sono esenti da IVA. L’esenzione dai dazi dovrebbe finire al più tardi entro {relief_end_latest}.',
  'uk-royal-mail-fee':
    'Regno Unito: quando ci sono oneri doganali da pagare, Royal Mail aggiunge una commissione di gestione di {handling_fee} e lascia un avviso grigio «Fee to pay». Royal Mail non chiede mai pagamenti per telefono.',
  'us-de-minimis':
    'USA: dal {suspended_since} la soglia di esenzione dai dazi di {old_threshold} non vale più per nessun Paese, quindi ogni pacco paga dazi, inclusi nel prezzo AliExpress o riscossi dal corriere. L’aliquota fissata per i pacchi postali è valsa fino al {surcharge_end}; non abbiamo una fonte affidabile su cosa valga da allora: controlla il sito ufficiale del corriere o della dogana USA (CBP). Una legge abolisce definitivamente l’esenzione dal {statutory_repeal}.',
  'ca-postal-low-value':
    'Canada: gli articoli che arrivano per posta con un valore fino a {threshold} non pagano dazi né tasse. Sopra questa cifra, dazi e tasse si calcolano sull’intero valore, e Canada Post aggiunge una commissione di gestione quando li riscuote.',
  'ca-cbsa-screening':
    'Canada: ogni pacco viene controllato dalla CBSA. Canada Post non può velocizzare né verificare un pacco mentre è in dogana.',
  'au-gst-low-value':
    'Australia: dal {since}, sugli ordini fino a {threshold} la GST del {gst_rate} viene addebitata al momento del pagamento, quindi di solito all’arrivo non c’è niente da pagare. Sopra questa cifra, GST e dazi vengono riscossi alla frontiera.',
  'au-customs-status-lag':
    'Australia: il tracking può continuare a indicare che il pacco è fermo in dogana finché non lascia fisicamente l’area doganale di Australia Post, anche se è già stato sdoganato. Nei periodi di punta lo sdoganamento stesso può richiedere molto più tempo del solito.',
  'br-remessa-conforme':
    'Brasile: AliExpress aderisce al programma Remessa Conforme, quindi le tasse vengono addebitate al momento del pagamento: {low_rate} di imposta di importazione fino a {low_limit}, {high_rate} meno {high_deduction} sopra questa cifra, più l’ICMS statale ({icms} nella maggior parte degli Stati). All’arrivo non dovrebbe esserti chiesto altro.',
  'br-non-certified-payment':
    'Brasile: se le tasse non sono state pagate al momento dell’acquisto, le paghi in «Minhas Importações» sul sito di Correios entro {payment_days} giorni; altrimenti il pacco torna indietro. Controlla la scadenza indicata lì.',
  'ru-eaeu-threshold':
    'Russia e UEE: gli acquisti fino a {threshold} sono esenti da dazi; con la vecchia regola, sopra questa cifra si pagava un dazio del {excess_rate} sulla parte eccedente.',
  'ru-eaeu-2026-rule':
    'Russia e UEE: dal {from}, gli acquisti fino a {threshold} restano esenti da dazi; sopra questa cifra si paga un dazio del {rate} sull’intero valore (almeno {minimum}), oltre all’IVA nazionale.',
  'ch-vat-minimum':
    'Svizzera: IVA e dazi non vengono riscossi se l’importo è inferiore a {minimum_tax}, cioè all’incirca per ordini sotto {standard_rate_limit} (o {reduced_rate_limit} per libri e altri beni ad aliquota ridotta). Altrimenti la Posta Svizzera addebita anche una tassa di sdoganamento da {post_fee_min} a {post_fee_max}.',
  'no-voec':
    'Norvegia: dal {all_imports_taxed_since} l’IVA è dovuta su ogni acquisto dall’estero. I negozi aderenti al sistema VOEC la addebitano al momento del pagamento per gli articoli sotto {item_limit}, e in quel caso all’arrivo non c’è nulla da pagare; altrimenti il corriere riscuote l’IVA e una commissione.',
  'uk-royal-mail-hold':
    'Royal Mail tiene un invio per {hold_days} giorni, o {hold_days_customs} giorni se ci sono oneri doganali, poi lo restituisce al mittente.',
  'nl-postnl-hold':
    'PostNL: dopo due tentativi i pacchi internazionali restano {international_hold_days} giorni in un punto PostNL, ma altre pagine di PostNL parlano di {pickup_point_hold_days} giorni. Fai fede alla data indicata nell’avviso di PostNL.',
  'es-correos-hold':
    'Correos: un pacco lasciato all’ufficio postale di solito resta in giacenza {office_hold_days} giorni, ma le fonti non concordano. Fai fede alla data nel tracking o nell’avviso di Correos.',
  'fr-pickup-deadline':
    'Francia: La Poste e i punti di ritiro (point relais) indicano la scadenza per il ritiro nel loro messaggio o avviso; non abbiamo trovato un termine ufficiale unico.',
  'de-dhl-hold':
    'DHL: filiali e Paketshop tengono i pacchi {branch_working_days} giorni lavorativi, le Packstation {packstation_days} giorni ({packstation_redirect_days} se il pacco è stato dirottato lì dopo una consegna non riuscita). Le spedizioni con un numero internazionale spesso restano {international_branch_days} giorni.',
  'it-poste-hold':
    'Poste Italiane: i pacchi in giacenza restano di solito {hold_working_days} giorni lavorativi, anche se alcune fonti indicano meno. Fai fede alla data sull’avviso di giacenza.',
  'pt-ctt-hold':
    'CTT: quanto resta in attesa un pacco dipende dal servizio; la scadenza è scritta sull’avviso.',
  'pl-inpost-hold':
    'InPost: un pacco resta {locker_hours} ore nel locker; nell’app puoi pagare per avere più tempo. Dopo può restare in una filiale InPost per circa {branch_working_days} giorni lavorativi prima di tornare indietro.',
  'us-usps-hold':
    'USPS: dopo un avviso, l’ufficio postale di solito tiene un pacco circa {hold_days} giorni dal primo tentativo, poi lo restituisce.',
  'ca-post-hold':
    'Canada Post: i pacchi con avviso di consegna restano di solito circa {hold_days} giorni all’ufficio postale, poi vengono restituiti.',
  'au-post-hold':
    'Australia Post: un Post Office tiene un pacco non consegnato per {post_office_business_days} giorni lavorativi; i Parcel Locker ti danno {locker_hours} ore.',
  'br-correios-hold':
    'Correios: il tempo in cui un pacco aspetta il ritiro è stabilito da Correios e indicato sul suo sito e nel tracking.',
  'ru-post-hold':
    'Poste russe: i pacchi restano di solito {parcel_days} giorni dopo l’arrivo all’ufficio, ma quelli dei negozi online possono avere anche solo {marketplace_min_days} giorni. Controlla la data nel tracking.',
  'de-cainiao-number-prefixes':
    'Germania: i numeri Cainiao che iniziano con U non si possono tracciare all’interno della Germania, e quelli che iniziano con AS o AQ possono mostrare informazioni di consegna inventate.',
  'nl-postnl-early-delivered-scan':
    'PostNL a volte registra come consegnati i pacchi da cassetta delle lettere prima che ti arrivino. Se dopo {wait_days} giorni non è arrivato niente, avvisa il venditore.',
  'sms-fee-scam':
    'Attenzione alle truffe: un SMS o un’e-mail che dice che il tuo pacco è bloccato finché non paghi tramite un link una piccola somma per dogana o consegna è una truffa. Gli oneri veri si pagano sul sito ufficiale del corriere o della dogana, digitando tu l’indirizzo, oppure allo sportello.',
};

export default notes;
