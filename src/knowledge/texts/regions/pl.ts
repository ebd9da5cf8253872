// Region notes in pl: shown in tooltips and the popup for the shopper's country. Their
// figures and dates come from the notes' values in ../../facts/regions.ts ({slots}).
import type { RegionNoteTexts } from '../../types';

const notes: RegionNoteTexts = {
  'eu-vat-ioss':
    'UE: od {vat_since} każda przesyłka spoza UE podlega VAT, bez względu na wartość; dawny limit zwolnienia dla tanich paczek już nie istnieje. Przy zamówieniach do {ioss_limit} AliExpress zwykle pobiera VAT przy zakupie (IOSS), więc przy doręczeniu nie powinno być żadnych dopłat. Powyżej tej kwoty albo bez IOSS przewoźnik pobiera VAT, opłatę manipulacyjną i ewentualnie cło.',
  'eu-flat-duty-2026':
    'UE: od {from} do {until} paczki o wartości do {parcel_limit} są objęte cłem w wysokości {duty_per_item_category} za każdy rodzaj towaru (towary z tym samym kodem taryfy celnej liczą się raz). Zwykle jest ono wliczone w cenę przy zakupie, a nie pobierane przy doręczeniu.',
  'eu-handling-fee-proposal':
    'UE: zaproponowano opłatę manipulacyjną {proposed_fee} za każdy towar, ale z tego, co wiemy, nie została przyjęta. Jeśli przewoźnik żąda od Ciebie takiej opłaty, sprawdź to na oficjalnej stronie przewoźnika.',
  'es-correos-customs':
    'Hiszpania: jeśli Correos zatrzyma paczkę w odprawie celnej (przez ADT Postales), zgłoszenie i fakturę przesyłasz na jego oficjalnej stronie i tam płacisz. Podawany termin to {documents_deadline_days} dni; potem paczka wraca do nadawcy.',
  'nl-postnl-customs':
    'Holandia i Belgia: jeśli PostNL potrzebuje informacji do odprawy celnej, prosi o nie przez track and trace; masz na to {info_deadline_days} dni, inaczej paczka wraca. PostNL nigdy nie wysyła bezpośrednich linków do płatności.',
  'uk-vat-low-value':
    'Wielka Brytania: przy zamówieniach do {threshold} VAT jest pobierany przy zakupie i nie ma cła; prezenty między osobami prywatnymi do {gift_limit} są zwolnione z VAT. Zwolnienie z cła ma się skończyć najpóźniej do {relief_end_latest}.',
  'uk-royal-mail-fee':
    'Wielka Brytania: gdy należne są opłaty celne, Royal Mail dolicza opłatę manipulacyjną {handling_fee} i zostawia szare zawiadomienie „Fee to pay”. Royal Mail nigdy nie prosi o płatność przez telefon.',
  'us-de-minimis':
    'USA: limit zwolnienia z cła {old_threshold} od {suspended_since} nie obowiązuje już dla żadnego kraju, więc każda paczka podlega cłu – wliczonemu w cenę na AliExpress albo pobieranemu przez przewoźnika. Stawka ustalona dla paczek pocztowych obowiązywała do {surcharge_end}; nie mamy wiarygodnego źródła, co obowiązuje od tego czasu: sprawdź na oficjalnej stronie przewoźnika lub amerykańskiego urzędu celnego (CBP). Na mocy ustawy zwolnienie znika na stałe od {statutory_repeal}.',
  'ca-postal-low-value':
    'Kanada: przesyłki pocztowe o wartości do {threshold} nie podlegają cłu ani podatkom. Powyżej tej kwoty cło i podatki nalicza się od całej wartości, a Canada Post dolicza opłatę manipulacyjną przy ich pobieraniu.',
  'ca-cbsa-screening':
    'Kanada: każdą paczkę sprawdza CBSA (kanadyjska służba graniczna). Canada Post nie może przyspieszyć paczki ani sprawdzić jej statusu, dopóki jest w odprawie celnej.',
  'au-gst-low-value':
    'Australia: od {since} podatek GST w wysokości {gst_rate} jest pobierany przy zakupie przy zamówieniach do {threshold}, więc przy doręczeniu zwykle nic nie trzeba płacić. Powyżej tej kwoty GST i cło są naliczane na granicy.',
  'au-customs-status-lag':
    'Australia: śledzenie może pokazywać, że paczka jest zatrzymana w urzędzie celnym, dopóki fizycznie nie opuści strefy celnej Australia Post – nawet jeśli już została odprawiona. W okresach dużego ruchu sama odprawa może trwać znacznie dłużej niż zwykle.',
  'br-remessa-conforme':
    'Brazylia: AliExpress uczestniczy w programie Remessa Conforme, więc podatki są pobierane przy zakupie: podatek importowy {low_rate} do {low_limit}, powyżej tej kwoty {high_rate} minus {high_deduction}, plus stanowy podatek ICMS ({icms} w większości stanów). Przy doręczeniu nic więcej nie powinno być pobierane.',
  'br-non-certified-payment':
    'Brazylia: jeśli podatki nie zostały opłacone przy zakupie, płaci się je w „Minhas Importações” na stronie Correios w ciągu {payment_days} dni; inaczej paczka wraca. Sprawdź termin podany na tej stronie.',
  'ru-eaeu-threshold':
    'Rosja i Eurazjatycka Unia Gospodarcza: zakupy do {threshold} są zwolnione z cła; od droższych według dawnych zasad pobierano cło w wysokości {excess_rate} od nadwyżki.',
  'ru-eaeu-2026-rule':
    'Rosja i Eurazjatycka Unia Gospodarcza: od {from} zakupy do {threshold} nadal są zwolnione z cła; od droższych pobiera się cło w wysokości {rate} od całej wartości (co najmniej {minimum}) oraz krajowy VAT.',
  'ch-vat-minimum':
    'Szwajcaria: VAT i cło nie są pobierane, jeśli łącznie wynoszą mniej niż {minimum_tax}, czyli mniej więcej przy zamówieniach poniżej {standard_rate_limit} (lub {reduced_rate_limit} w przypadku książek i innych towarów z obniżoną stawką). W przeciwnym razie Swiss Post pobiera też opłatę za odprawę od {post_fee_min} do {post_fee_max}.',
  'no-voec':
    'Norwegia: od {all_imports_taxed_since} każdy zakup z zagranicy podlega VAT. Sklepy w systemie VOEC pobierają go przy zakupie za towary poniżej {item_limit} i wtedy przy doręczeniu nic nie trzeba płacić; w innym wypadku przewoźnik pobiera VAT i opłatę.',
  'uk-royal-mail-hold':
    'Royal Mail przechowuje przesyłkę przez {hold_days} dni, a gdy jest opłata celna – przez {hold_days_customs} dni, potem odsyła ją do nadawcy.',
  'nl-postnl-hold':
    'PostNL: przesyłki międzynarodowe po dwóch próbach doręczenia czekają w punkcie PostNL {international_hold_days} dni, ale inne strony PostNL podają {pickup_point_hold_days} dni. Kieruj się datą w powiadomieniu PostNL.',
  'es-correos-hold':
    'Correos: paczka zostawiona w placówce czeka zwykle {office_hold_days} dni, ale źródła się różnią. Kieruj się datą w śledzeniu lub awizo Correos.',
  'fr-pickup-deadline':
    'Francja: La Poste i punkty odbioru (points relais) podają termin odbioru w wiadomości lub awizo; nie znaleźliśmy jednego oficjalnego terminu.',
  'de-dhl-hold':
    'DHL: oddziały i punkty Paketshop przechowują paczki przez {branch_working_days} dni roboczych, automaty Packstation przez {packstation_days} dni ({packstation_redirect_days}, jeśli paczkę przekierowano tam po nieudanym doręczeniu). Przesyłki z numerem międzynarodowym są często przechowywane {international_branch_days} dni.',
  'it-poste-hold':
    'Poste Italiane: paczki w giacenza czekają zwykle {hold_working_days} dni roboczych, choć niektóre źródła podają mniej. Kieruj się datą na awizo (avviso di giacenza).',
  'pt-ctt-hold':
    'CTT: czas przechowywania zależy od usługi; termin jest podany na awizo.',
  'pl-inpost-hold':
    'InPost: paczka czeka w Paczkomacie {locker_hours} godz.; w aplikacji można dokupić dodatkowy czas. Potem może jeszcze czekać w oddziale InPost około {branch_working_days} dni roboczych, zanim wróci do nadawcy.',
  'us-usps-hold':
    'USPS: po pozostawieniu awizo urząd pocztowy zwykle przechowuje paczkę około {hold_days} dni od pierwszej próby doręczenia, potem ją odsyła.',
  'ca-post-hold':
    'Canada Post: paczki, dla których zostawiono awizo, czekają zwykle w urzędzie pocztowym około {hold_days} dni, potem są odsyłane.',
  'au-post-hold':
    'Australia Post: Post Office przechowuje niedoręczoną przesyłkę przez {post_office_business_days} dni roboczych; w automatach Parcel Locker masz {locker_hours} godz.',
  'br-correios-hold':
    'Correios: czas, przez jaki paczka czeka na odbiór, ustala Correios; jest podany na stronie i w śledzeniu.',
  'ru-post-hold':
    'Poczta Rosyjska: paczki czekają zwykle {parcel_days} dni od dotarcia do placówki, ale paczki ze sklepów internetowych mogą czekać tylko {marketplace_min_days} dni. Sprawdź datę w śledzeniu.',
  'de-cainiao-number-prefixes':
    'Niemcy: numerów Cainiao zaczynających się na U nie da się śledzić w Niemczech, a numery zaczynające się na AS lub AQ mogą pokazywać zmyślone informacje o doręczeniu.',
  'nl-postnl-early-delivered-scan':
    'PostNL czasem oznacza paczki mieszczące się w skrzynce jako doręczone, zanim do Ciebie dotrą. Jeśli po {wait_days} dniach nic nie przyszło, poinformuj sprzedawcę.',
  'sms-fee-scam':
    'Uwaga na oszustów: SMS lub e-mail z informacją, że paczka jest zatrzymana, dopóki nie zapłacisz przez link niewielkiej opłaty celnej lub za doręczenie, to oszustwo. Prawdziwe należności płaci się na oficjalnej stronie przewoźnika lub urzędu celnego, której adres wpisujesz samodzielnie, albo w placówce.',
};

export default notes;
