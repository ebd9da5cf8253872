// Region notes in de: shown in tooltips and the popup for the shopper's country. Their
// figures and dates come from the notes' values in ../../facts/regions.ts ({slots}).
import type { RegionNoteTexts } from '../../types';

const notes: RegionNoteTexts = {
  'eu-vat-ioss':
    'EU: Seit dem {vat_since} ist auf jedes Paket von außerhalb der EU Einfuhrumsatzsteuer fällig, egal wie viel es wert ist; die frühere Freigrenze für günstige Sendungen gibt es nicht mehr. Bei Bestellungen bis {ioss_limit} berechnet AliExpress die Steuer normalerweise schon an der Kasse (IOSS), bei der Zustellung sollte also nichts verlangt werden. Darüber, oder ohne IOSS, verlangt der Zusteller die Einfuhrumsatzsteuer, eine Bearbeitungsgebühr und eventuell Zoll.',
  'eu-flat-duty-2026':
    'EU: Vom {from} bis zum {until} zahlen Pakete mit einem Wert bis {parcel_limit} einen Zoll von {duty_per_item_category} für jede Art von Artikel (Artikel mit derselben Zolltarifnummer zählen nur einmal). Er ist normalerweise schon im Preis an der Kasse enthalten und wird nicht bei der Zustellung kassiert.',
  'eu-handling-fee-proposal':
    'EU: Eine Bearbeitungsgebühr von {proposed_fee} pro Artikel wurde vorgeschlagen, ist aber nach unserem Kenntnisstand nicht beschlossen. Verlangt ein Zusteller eine solche Gebühr von dir, prüfe das auf seiner offiziellen Website.',
  'es-correos-customs':
    'Spanien: Hält Correos ein Paket beim Zoll fest (über ADT Postales), schickst du Zollanmeldung und Rechnung über die offizielle Website und bezahlst auch dort. Die genannte Frist beträgt {documents_deadline_days} Tage; danach geht das Paket zurück.',
  'nl-postnl-customs':
    'Niederlande und Belgien: Braucht PostNL Angaben für den Zoll, fragt PostNL über Track & Trace danach; du hast {info_deadline_days} Tage Zeit, sonst geht das Paket zurück. PostNL verschickt nie einen direkten Zahlungslink.',
  'uk-vat-low-value':
    'Großbritannien: Bei Bestellungen bis {threshold} wird die Mehrwertsteuer an der Kasse berechnet und es fällt kein Zoll an; Geschenke zwischen Privatpersonen bis {gift_limit} sind mehrwertsteuerfrei. Die Zollbefreiung soll spätestens {relief_end_latest} enden.',
  'uk-royal-mail-fee':
    'Großbritannien: Sind Zollabgaben fällig, schlägt Royal Mail eine Bearbeitungsgebühr von {handling_fee} auf und hinterlässt eine graue „Fee to pay“-Karte. Royal Mail verlangt nie Zahlungen per Telefon.',
  'us-de-minimis':
    'USA: Die Zollfreigrenze von {old_threshold} gilt seit dem {suspended_since} für kein Land mehr, daher ist für jedes Paket Zoll fällig, entweder im AliExpress-Preis enthalten oder vom Zusteller kassiert. Der damals festgelegte Satz für Postsendungen galt bis zum {surcharge_end}; was seitdem gilt, können wir nicht verlässlich belegen. Schau auf der offiziellen Website des Zustellers oder der US-Zollbehörde (CBP) nach. Ein Gesetz schafft die Befreiung ab dem {statutory_repeal} endgültig ab.',
  'ca-postal-low-value':
    'Kanada: Postsendungen mit einem Wert bis {threshold} sind zoll- und steuerfrei. Darüber werden Zoll und Steuern auf den vollen Wert erhoben, und Canada Post verlangt beim Kassieren eine Bearbeitungsgebühr.',
  'ca-cbsa-screening':
    'Kanada: Jedes Paket wird von der CBSA geprüft. Canada Post kann ein Paket, das beim Zoll liegt, weder beschleunigen noch dessen Stand abfragen.',
  'au-gst-low-value':
    'Australien: Seit dem {since} wird bei Bestellungen bis {threshold} eine GST von {gst_rate} an der Kasse berechnet, daher ist bei der Ankunft meist nichts fällig. Darüber werden GST und Zoll an der Grenze erhoben.',
  'au-customs-status-lag':
    'Australien: Die Sendungsverfolgung kann weiter anzeigen, dass das Paket beim Zoll festgehalten wird, bis es den Zollbereich von Australia Post tatsächlich verlassen hat, auch wenn es schon freigegeben ist. In Stoßzeiten kann die Abfertigung selbst viel länger dauern als sonst.',
  'br-remessa-conforme':
    'Brasilien: AliExpress nimmt am Programm Remessa Conforme teil, daher werden die Steuern an der Kasse berechnet: {low_rate} Einfuhrsteuer bis {low_limit}, darüber {high_rate} abzüglich {high_deduction}, dazu die ICMS des Bundesstaats ({icms} in den meisten Bundesstaaten). Bei der Ankunft sollte nichts mehr verlangt werden.',
  'br-non-certified-payment':
    'Brasilien: Wurden die Steuern nicht an der Kasse bezahlt, zahlst du sie innerhalb von {payment_days} Tagen unter „Minhas Importações“ auf der Correios-Website; sonst geht das Paket zurück. Prüfe die dort angezeigte Frist.',
  'ru-eaeu-threshold':
    'Russland und EAWU: Einkäufe bis {threshold} sind zollfrei; darüber wurde nach der alten Regel ein Zoll von {excess_rate} auf den übersteigenden Betrag erhoben.',
  'ru-eaeu-2026-rule':
    'Russland und EAWU: Ab dem {from} bleiben Einkäufe bis {threshold} zollfrei; darüber wird ein Zoll von {rate} auf den gesamten Wert (mindestens {minimum}) zusätzlich zur nationalen Mehrwertsteuer erhoben.',
  'ch-vat-minimum':
    'Schweiz: Mehrwertsteuer und Zoll werden nicht erhoben, wenn der Betrag unter {minimum_tax} liegt, also etwa bei Bestellungen unter {standard_rate_limit} (oder {reduced_rate_limit} bei Büchern und anderen Waren zum reduzierten Satz). Sonst verlangt die Schweizerische Post zusätzlich eine Verzollungsgebühr von {post_fee_min} bis {post_fee_max}.',
  'no-voec':
    'Norwegen: Seit dem {all_imports_taxed_since} ist auf jeden Einkauf aus dem Ausland Mehrwertsteuer fällig. Shops im VOEC-System berechnen sie bei Artikeln unter {item_limit} an der Kasse, dann ist bei der Ankunft nichts fällig; sonst kassiert der Zusteller die Mehrwertsteuer und eine Gebühr.',
  'uk-royal-mail-hold':
    'Royal Mail bewahrt eine Sendung {hold_days} Tage auf, bei Zollabgaben {hold_days_customs} Tage, und schickt sie dann an den Absender zurück.',
  'nl-postnl-hold':
    'PostNL: Internationale Pakete werden nach zwei Zustellversuchen {international_hold_days} Tage an einem PostNL-Punkt aufbewahrt, andere PostNL-Seiten nennen aber {pickup_point_hold_days} Tage. Maßgeblich ist das Datum in der Benachrichtigung von PostNL.',
  'es-correos-hold':
    'Correos: Ein Paket in der Filiale wird meist {office_hold_days} Tage aufbewahrt, die Quellen sind sich aber nicht einig. Maßgeblich ist das Datum in der Correos-Sendungsverfolgung oder Benachrichtigung.',
  'fr-pickup-deadline':
    'Frankreich: La Poste und die Paketshops (Points Relais) nennen die Abholfrist in ihrer Nachricht oder Benachrichtigung; eine einheitliche offizielle Frist haben wir nicht gefunden.',
  'de-dhl-hold':
    'DHL: Filialen und Paketshops bewahren Pakete {branch_working_days} Werktage auf, Packstationen {packstation_days} Tage ({packstation_redirect_days}, wenn das Paket nach einem gescheiterten Zustellversuch dorthin umgeleitet wurde). Sendungen mit internationaler Nummer werden oft {international_branch_days} Tage aufbewahrt.',
  'it-poste-hold':
    'Poste Italiane: Pakete in giacenza (zur Abholung gelagert) werden meist {hold_working_days} Werktage aufbewahrt, manche Quellen nennen aber weniger. Maßgeblich ist das Datum auf dem avviso di giacenza.',
  'pt-ctt-hold':
    'CTT: Wie lange ein Paket wartet, hängt vom Service ab; die Frist steht auf der Benachrichtigung.',
  'pl-inpost-hold':
    'InPost: Ein Paket wartet {locker_hours} Stunden im Paketautomaten; in der App kannst du gegen Gebühr mehr Zeit bekommen. Danach kann es noch etwa {branch_working_days} Werktage in einer InPost-Filiale warten, bevor es zurückgeht.',
  'us-usps-hold':
    'USPS: Nach einer Benachrichtigung bewahrt das Postamt ein Paket meist etwa {hold_days} Tage ab dem ersten Zustellversuch auf und schickt es dann zurück.',
  'ca-post-hold':
    'Canada Post: Pakete mit Benachrichtigungskarte werden meist etwa {hold_days} Tage im Postamt aufbewahrt und dann zurückgeschickt.',
  'au-post-hold':
    'Australia Post: Ein Post Office bewahrt eine nicht zugestellte Sendung {post_office_business_days} Werktage auf; bei Parcel Lockers hast du {locker_hours} Stunden Zeit.',
  'br-correios-hold':
    'Correios: Wie lange ein Paket auf Abholung wartet, legt Correios fest und zeigt es auf seiner Website und in der Sendungsverfolgung an.',
  'ru-post-hold':
    'Russische Post: Pakete werden meist {parcel_days} Tage nach Ankunft im Postamt aufbewahrt, Pakete von Onlineshops manchmal nur {marketplace_min_days} Tage. Prüfe das Datum in der Sendungsverfolgung.',
  'de-cainiao-number-prefixes':
    'Deutschland: Cainiao-Nummern, die mit U beginnen, lassen sich innerhalb Deutschlands nicht verfolgen, und Nummern, die mit AS oder AQ beginnen, können erfundene Zustellinformationen zeigen.',
  'nl-postnl-early-delivered-scan':
    'PostNL scannt Briefkastenpakete manchmal schon als zugestellt, bevor sie bei dir sind. Ist nach {wait_days} Tagen nichts angekommen, sag dem Verkäufer Bescheid.',
  'sms-fee-scam':
    'Vorsicht Betrug: Eine SMS oder E-Mail, laut der dein Paket festgehalten wird, bis du über einen Link eine kleine Zoll- oder Versandgebühr bezahlst, ist Betrug. Echte Gebühren zahlst du auf der offiziellen Website des Zustellers oder des Zolls, deren Adresse du selbst eintippst, oder am Schalter.',
};

export default notes;
