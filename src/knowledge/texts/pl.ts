// Objaśnienia po polsku (na „Ty”; formy Ty/Twój wielką literą, jak w polskich sklepach
// internetowych; bez form czasu przeszłego zależnych od płci czytelnika). Bez liczb: czasy
// oczekiwania pochodzą z danych o czasie trwania, progi i terminy z wartości notatek
// regionalnych ({sloty}).
import type { LanguagePack } from '../types';

const pack: LanguagePack = {
  lang: 'pl',

  stages: {
    ordered: { name: 'Zamówienie złożone', description: 'Zamówienie istnieje, ale nic jeszcze nie trafiło do przewoźnika.' },
    shipped: { name: 'Wysłane', description: 'Sprzedawca utworzył przesyłkę albo przekazał paczkę przewoźnikowi w Chinach.' },
    'origin-hub': { name: 'Sortowanie w Chinach', description: 'Paczka jest w sortowni w Chinach, gdzie przesyłki są grupowane według kraju docelowego.' },
    export: { name: 'Eksport', description: 'Paczka jest u przewoźnika międzynarodowego i przechodzi eksportową odprawę celną.' },
    international: { name: 'Transport międzynarodowy', description: 'Paczka opuściła Chiny albo zaraz je opuści – samolotem, ciężarówką lub pociągiem.' },
    arrived: { name: 'Przybycie', description: 'Paczka dotarła do Twojego kraju albo do hubu przeładunkowego po drodze.' },
    'import-customs': { name: 'Odprawa celna', description: 'Służby celne w Twoim kraju sprawdzają paczkę i mogą naliczyć cło lub podatki.' },
    'last-mile': { name: 'Przewoźnik lokalny', description: 'Poczta lub firma kurierska w Twoim kraju ma paczkę i sortuje ją w drodze do Ciebie.' },
    'out-for-delivery': { name: 'Doręczenie lub odbiór', description: 'Paczka jedzie pod Twoje drzwi albo czeka na Ciebie w punkcie odbioru.' },
    delivered: { name: 'Doręczona', description: 'Paczka została Ci wręczona albo zostawiona we wskazanym przez Ciebie miejscu.' },
    returned: { name: 'Zwrot', description: 'Paczka wraca albo już wróciła do nadawcy.' },
    canceled: { name: 'Anulowane', description: 'Zamówienie lub przesyłka zostały anulowane.' },
    exception: { name: 'Problem', description: 'Coś poszło nie tak i nie dotyczy to jednego konkretnego etapu: zaginięcie, uszkodzenie albo brak wieści.' },
  },

  statuses: {
    // ---- zamówienie ----
    'order-created': {
      title: 'Zamówienie utworzone',
      meaning: 'Zamówienie zostało złożone. Nic jeszcze nie zostało opłacone ani wysłane.',
      next: 'Gdy płatność przejdzie, sprzedawca zacznie przygotowywać zamówienie.',
      worry: 'Nie ma powodu do niepokoju.',
    },
    'awaiting-payment': {
      title: 'Oczekuje na płatność',
      meaning: 'Zamówienie jest złożone, ale AliExpress nie otrzymał jeszcze płatności.',
      next: 'Zapłać, zanim skończy się licznik na stronie zamówienia – inaczej zamówienie zamknie się samo.',
      worry: 'Nie ma powodu do niepokoju. Jeśli płatność jest już zrobiona, a status się nie zmienia, sprawdź metodę płatności na stronie zamówienia.',
    },
    'payment-being-verified': {
      title: 'Weryfikacja płatności',
      meaning: 'AliExpress sprawdza Twoją płatność, zanim przekaże zamówienie sprzedawcy.',
      next: 'Po weryfikacji sprzedawca zacznie przygotowywać zamówienie.',
      worry: 'To rutyna. Jeśli po {worryDays} dniach status się nie zmieni, zajrzyj na stronę zamówienia albo do pomocy AliExpress.',
    },
    'order-paid': {
      title: 'Zamówienie opłacone',
      meaning: 'Płatność przeszła, a sprzedawca dostał informację, że ma przygotować zamówienie.',
      next: 'Sprzedawca pakuje zamówienie i przekazuje je przewoźnikowi.',
      worry: 'Nie ma powodu do niepokoju.',
    },
    'awaiting-shipment': {
      title: 'Sprzedawca przygotowuje zamówienie',
      meaning: 'Sprzedawca kompletuje Twoje zamówienie. Licznik na stronie zamówienia pokazuje, ile ma czasu na wysyłkę.',
      next: 'Sprzedawca wysyła zamówienie, a Ty dostajesz numer przesyłki.',
      worry: 'To normalne. Jeśli licznik dobiegnie końca bez wysyłki, AliExpress zwykle anuluje zamówienie i zwraca pieniądze. Napisz do sprzedawcy, jeśli przez {worryDays} dni nic się nie wydarzy.',
    },
    'package-in-preparation': {
      title: 'Paczka w przygotowaniu',
      meaning: 'Sprzedawca albo magazyn AliExpress pakuje Twoje zamówienie. Paczka jeszcze nie wyjechała.',
      next: 'Paczka trafi do przewoźnika i w śledzeniu pojawią się pierwsze skany.',
      worry: 'To normalne. Jeśli przez {worryDays} dni nic się nie ruszy, napisz do sprzedawcy.',
    },

    // ---- wysłane ----
    'shipment-info-received': {
      title: 'Utworzono etykietę nadawczą',
      meaning: 'Sprzedawca utworzył przesyłkę i przekazał jej dane przewoźnikowi. Sama paczka mogła się jeszcze nie ruszyć.',
      next: 'Przewoźnik odbiera paczkę i ją skanuje.',
      worry: 'Etykieta może trochę poczekać na pierwszy skan. Jeśli po {worryDays} dniach nadal go nie ma, zapytaj sprzedawcę.',
    },
    'pre-shipment-notice': {
      title: 'Przesyłka zapowiedziana',
      meaning: 'To tylko wstępne zgłoszenie z danymi paczki. Nie oznacza, że paczka jest w drodze.',
      next: 'Przewoźnik odbiera paczkę i zaczynają się prawdziwe skany.',
      worry: 'Jeśli przez {worryDays} dni nie pojawi się prawdziwy ruch, zapytaj sprzedawcę, czy paczka naprawdę została nadana.',
    },
    'order-shipped': {
      title: 'Zamówienie wysłane',
      meaning: 'Sprzedawca oznaczył zamówienie jako wysłane i podał numer przesyłki.',
      next: 'Przewoźnik skanuje paczkę i zawozi ją do sortowni.',
      worry: 'Pierwsze skany mogą pojawić się dopiero po kilku dniach. Jeśli po {worryDays} dniach nic się nie pojawi, zapytaj sprzedawcę.',
    },
    'awaiting-delivery': {
      title: 'Oczekuje na doręczenie',
      meaning: 'Zamówienie zostało wysłane i jest w drodze. Strona śledzenia pokazuje, gdzie teraz jest.',
      next: 'Paczka przejdzie sortowanie, lot i odprawę celną, a potem trafi do lokalnego przewoźnika.',
      worry: 'Nie ma powodu do niepokoju. Nigdy nie potwierdzaj odbioru, zanim będziesz mieć towar w rękach, nawet jeśli sprzedawca o to prosi: to przekazuje mu pieniądze i kończy Twoją ochronę kupującego.',
    },
    'warehouse-order-received': {
      title: 'Zamówienie przyjęte przez magazyn',
      meaning: 'Magazyn logistyczny AliExpress ma Twoje zamówienie i skompletuje oraz zapakuje towar.',
      next: 'Magazyn pakuje paczkę i przekazuje ją przewoźnikowi.',
      worry: 'To normalne. Jeśli ten status utrzyma się przez {worryDays} dni, zapytaj sprzedawcę.',
    },
    'warehouse-packing': {
      title: 'Pakowanie',
      meaning: 'Magazyn kompletuje Twoje produkty i pakuje paczkę.',
      next: 'Paczka wyjeżdża z magazynu z przewoźnikiem.',
      worry: 'To normalne. Jeśli przez {worryDays} dni nic się nie ruszy, zapytaj sprzedawcę.',
    },
    'left-warehouse': {
      title: 'Opuściła magazyn',
      meaning: 'Paczka wyjechała z magazynu i została przekazana przewoźnikowi.',
      next: 'Przewoźnik rejestruje ją i zawozi do sortowni.',
      worry: 'W Chinach skanów bywa mało. Jeśli przez {worryDays} dni nie pojawi się nic nowego, zapytaj sprzedawcę.',
    },
    'consolidation-warehouse': {
      title: 'W magazynie konsolidacyjnym',
      meaning: 'Paczka jest w magazynie, w którym przesyłki są łączone przed eksportem.',
      next: 'Trafi dalej do sortowni albo od razu do eksportu.',
      worry: 'To normalne. Jeśli zostanie tu przez {worryDays} dni, zapytaj sprzedawcę.',
    },
    'collected-by-carrier': {
      title: 'Odebrana przez przewoźnika',
      meaning: 'Przewoźnik zeskanował paczkę i odpowiada teraz za nią. Paczka jest wciąż w Chinach.',
      next: 'Paczka jedzie do sortowni, a potem do eksportu.',
      worry: 'Śledzenie w Chinach często milczy. Pytaj sprzedawcę dopiero, gdy przez {worryDays} dni nic się nie zmieni; duże wyprzedaże mogą spowolnić ten etap.',
    },
    'carrier-pickup-failed': {
      title: 'Przewoźnik nie odebrał paczki',
      meaning: 'Przewoźnik próbował odebrać paczkę od sprzedawcy, ale mu się nie udało.',
      next: 'Sprzedawca umawia nowy odbiór.',
      worry: 'Zwykle szybko się to wyjaśnia. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Napisz do sprzedawcy przez wiadomości AliExpress i zapytaj, kiedy paczka zostanie odebrana. Jeśli czas dostawy minie, otwórz spór na stronie zamówienia.',
    },
    'warehouse-problem': {
      title: 'Problem w magazynie',
      meaning: 'Magazyn zgłosił problem z Twoim zamówieniem, np. brak towaru albo odrzucone zamówienie.',
      next: 'Sprzedawca rozwiąże problem, wyśle ponownie albo anuluje zamówienie.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress, w czym problem. Jeśli nie odpowiada albo nie może wysłać, otwórz spór na stronie zamówienia.',
    },

    // ---- sortowanie w Chinach ----
    'origin-sorting-inbound': {
      title: 'W sortowni w Chinach',
      meaning: 'Paczka dotarła do sortowni w Chinach, gdzie trafia do jednej partii z innymi przesyłkami do Twojego kraju.',
      next: 'Wyjedzie z sortowni do eksportu.',
      worry: 'To normalne. Skanów w Chinach bywa mało; martw się dopiero, jeśli przez {worryDays} dni nic się nie zmieni.',
    },
    'origin-sorting-outbound': {
      title: 'Opuściła sortownię',
      meaning: 'Paczka trafiła do worka z przesyłkami do Twojego kraju i opuściła sortownię.',
      next: 'Zostanie przekazana przewoźnikowi międzynarodowemu i przejdzie eksportową odprawę celną.',
      worry: 'To normalne. Przez jakiś czas może nie być wieści; martw się dopiero, jeśli przez {worryDays} dni nic się nie zmieni.',
    },
    'origin-sorting-problem': {
      title: 'Zatrzymana w sortowni',
      meaning: 'Sortownia nie mogła obsłużyć paczki zgodnie z planem. Zwykle to opóźnienie logistyczne, czasem problem z adresem lub zawartością.',
      next: 'Przewoźnik spróbuje ponownie albo paczka wróci do sprzedawcy.',
      worry: 'Często samo się wyjaśnia. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress, co się stało. Jeśli paczka zostanie odesłana albo utknie, otwórz spór na stronie zamówienia.',
    },

    // ---- eksport ----
    'linehaul-received': {
      title: 'U przewoźnika międzynarodowego',
      meaning: 'Paczka jest w firmie, która przewozi worki z przesyłkami za granicę. Nadal jest w Chinach.',
      next: 'Worki przechodzą odprawę eksportową i trafiają do linii lotniczej.',
      worry: 'Worki czekają tu na miejsce w samolocie, ciężarówce lub na statku. Martw się dopiero, jeśli przez {worryDays} dni nic się nie zmieni.',
    },
    'linehaul-handover-problem': {
      title: 'Nieudane przekazanie przewoźnikowi międzynarodowemu',
      meaning: 'Przekazanie paczki przewoźnikowi międzynarodowemu się nie powiodło.',
      next: 'Przewoźnik spróbuje ponownie albo odeśle paczkę do sprzedawcy.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress. Jeśli paczka utknie albo zostanie odesłana, otwórz spór na stronie zamówienia.',
    },
    'export-customs-started': {
      title: 'Rozpoczęta odprawa eksportowa',
      meaning: 'Chińskie służby celne sprawdzają worek z Twoją paczką przed wywozem z kraju.',
      next: 'Odprawa eksportowa się kończy, a worek trafia do linii lotniczej.',
      worry: 'To rutyna. Martw się dopiero, jeśli przez {worryDays} dni nic się nie zmieni.',
    },
    'export-customs-cleared': {
      title: 'Odprawa eksportowa zakończona',
      meaning: 'Paczka może już opuścić Chiny.',
      next: 'Zostanie przekazana linii lotniczej lub innemu przewoźnikowi na drogę za granicę.',
      worry: 'To normalne. Martw się dopiero, jeśli przez {worryDays} dni nic się nie zmieni.',
    },
    'export-customs-failed': {
      title: 'Problem z odprawą eksportową',
      meaning: 'Chińskie służby celne nie wypuściły paczki zgodnie z planem.',
      next: 'Problem zostanie rozwiązany albo paczka wróci do sprzedawcy.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress, co się stało. Jeśli paczki nie da się wysłać, otwórz spór na stronie zamówienia.',
    },
    'awaiting-flight': {
      title: 'Oczekuje na lot',
      meaning: 'Paczka jest gotowa do wylotu z Chin i czeka na miejsce w samolocie.',
      next: 'Trafi do linii lotniczej i poleci do Twojego kraju albo do hubu tranzytowego.',
      worry: 'Czekanie na lot to normalna rzecz, a śledzenie zwykle wtedy milczy. Martw się dopiero, jeśli przez {worryDays} dni nic się nie zmieni.',
    },

    // ---- transport międzynarodowy ----
    'hand-over-to-airline': {
      title: 'Przekazana linii lotniczej',
      meaning: 'Worek z Twoją paczką jest u linii lotniczej lub jej agenta obsługi, gotowy do lotu za granicę.',
      next: 'Samolot ląduje, a paczka zostaje zeskanowana w Twoim kraju albo w hubie tranzytowym.',
      worry: 'To często najdłuższy etap bez wieści: śledzenie może tu stanąć na dłużej i to normalne. Martw się dopiero po {worryDays} dniach bez wieści i pilnuj licznika ochrony kupującego.',
    },
    'airline-handover-failed': {
      title: 'Nieprzyjęta przez linię lotniczą',
      meaning: 'Linia lotnicza lub kontrola bezpieczeństwa nie przyjęła worka z Twoją paczką.',
      next: 'Paczka poczeka na inny lot, pojedzie inną drogą albo wróci do sprzedawcy.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress, co dalej. Jeśli paczka zostanie odesłana albo utknie, otwórz spór na stronie zamówienia.',
    },
    'departed-origin-country': {
      title: 'Opuściła Chiny',
      meaning: 'Paczka opuściła Chiny samolotem, ciężarówką lub pociągiem.',
      next: 'Zostanie zeskanowana po przybyciu do Twojego kraju albo do hubu tranzytowego.',
      worry: 'Sama podróż jest krótka, ale skan przybycia może pojawić się dużo później. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'in-transit': {
      title: 'W drodze',
      meaning: 'Ogólna aktualizacja: paczka przemieszcza się między dwoma etapami podróży.',
      next: 'Następny, dokładniejszy skan pokaże, gdzie jest.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez żadnych wieści.',
    },
    'arrived-transit-country': {
      title: 'W hubie tranzytowym',
      meaning: 'Paczka przejeżdża przez hub w innym kraju, np. w Liège w Belgii w przypadku Europy. Nie ma jej jeszcze w Twoim kraju.',
      next: 'Wyjedzie z hubu w stronę Twojego kraju.',
      worry: 'Paczki potrafią poleżeć w hubach. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'departed-transit-country': {
      title: 'Opuściła hub tranzytowy',
      meaning: 'Paczka opuściła hub tranzytowy i jedzie do Twojego kraju.',
      next: 'Dotrze do Twojego kraju i trafi do odprawy celnej.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'transit-customs-started': {
      title: 'Odprawa w kraju tranzytowym',
      meaning: 'Paczkę sprawdzają służby celne kraju, przez który przejeżdża.',
      next: 'Zostanie zwolniona i pojedzie dalej do Twojego kraju.',
      worry: 'To rutyna. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'transit-customs-cleared': {
      title: 'Odprawiona w kraju tranzytowym',
      meaning: 'Służby celne kraju tranzytowego zwolniły paczkę.',
      next: 'Jedzie dalej do Twojego kraju.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'transit-customs-failed': {
      title: 'Problem w kraju tranzytowym',
      meaning: 'Służby celne kraju po drodze nie zwolniły paczki zgodnie z planem.',
      next: 'Problem zostanie rozwiązany albo paczka zostanie odesłana.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress, co dalej. Jeśli paczka utknie albo wróci, otwórz spór na stronie zamówienia.',
    },
    'rerouted-in-transit': {
      title: 'Zmiana trasy',
      meaning: 'W punkcie tranzytowym paczka została skierowana inną trasą.',
      next: 'Jedzie dalej do Twojego kraju nową trasą.',
      worry: 'Zmiana trasy wydłuża czas, ale sama w sobie nie jest problemem. Martw się dopiero po {worryDays} dniach bez wieści.',
    },

    // ---- przybycie ----
    'arrived-destination-country': {
      title: 'Dotarła do kraju docelowego',
      meaning: 'Paczka wylądowała i jest u agenta przewoźnika międzynarodowego. Uwaga: ten skan może też pochodzić z hubu tranzytowego, np. w Liège, a nie z Twojego kraju.',
      next: 'Zostanie przedstawiona do odprawy celnej, a potem przekazana lokalnemu przewoźnikowi.',
      worry: 'Cisza po tym etapie jest częsta: lokalny przewoźnik mógł jeszcze nie przesłać swoich skanów, a tanie linie wysyłkowe często przestają tu aktualizować śledzenie. Jeśli po {worryDays} dniach nie ma wieści, zapytaj na swojej poczcie albo poszukaj nowego, lokalnego numeru przesyłki.',
    },
    'arrived-at-eu-hub': {
      title: 'W europejskim hubie',
      meaning: 'Paczka jest w europejskim hubie, np. w hubie Cainiao w Liège. Zwykle to jeszcze nie Twój kraj.',
      next: 'Pojedzie dalej do odprawy celnej i lokalnego przewoźnika w Twoim kraju.',
      worry: 'Paczki mogą czekać w hubie, zanim pojadą dalej. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'arrived-customs-area': {
      title: 'W strefie celnej',
      meaning: 'Paczka dotarła do strefy, w której czeka na przedstawienie do odprawy celnej.',
      next: 'Służby celne ją sprawdzą.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'linehaul-arrival-problem': {
      title: 'Problem po przybyciu',
      meaning: 'Skan przybycia w kraju docelowym zgłosił problem.',
      next: 'Problem zostanie rozwiązany i paczka trafi do odprawy celnej albo zostanie odesłana.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress, co się stało. Jeśli paczka utknie, otwórz spór na stronie zamówienia.',
    },
    'correios-received-in-brazil': {
      title: 'Przyjęta przez Correios w Brazylii',
      meaning: 'Brazylijska poczta Correios przyjęła paczkę.',
      next: 'Przejdzie kontrolę celną, a potem trafi do doręczenia.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'russian-post-exchange-arrived': {
      title: 'W urzędzie wymiany międzynarodowej',
      meaning: 'Paczka dotarła do placówki Poczty Rosyjskiej, która obsługuje przesyłki z zagranicy.',
      next: 'Zostanie przekazana do kontroli celnej.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },

    // ---- odprawa celna ----
    'at-customs': {
      title: 'W urzędzie celnym',
      meaning: 'Paczka została przedstawiona służbom celnym w Twoim kraju.',
      next: 'Służby celne ją sprawdzą i przekażą lokalnemu przewoźnikowi.',
      worry: 'Większość paczek przechodzi bez żadnych działań z Twojej strony. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'import-customs-started': {
      title: 'Rozpoczęta odprawa celna',
      meaning: 'Złożono zgłoszenie celne przywozowe. Często robi się to z wyprzedzeniem, więc ten status może się pojawić, zanim paczka w ogóle opuści Chiny.',
      next: 'Służby celne kończą kontrolę i zwalniają paczkę.',
      worry: 'Nie traktuj tego jako znaku, że paczka jest już w Twoim kraju. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'processing-in-customs': {
      title: 'Odprawa celna w toku',
      meaning: 'Służby celne sprawdzają paczkę.',
      next: 'Zostanie zwolniona i przekazana lokalnemu przewoźnikowi.',
      worry: 'Większość paczek przechodzi bez żadnych działań z Twojej strony. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'customs-cleared': {
      title: 'Odprawa celna zakończona',
      meaning: 'Służby celne zwolniły paczkę.',
      next: 'Przejmuje ją lokalny przewoźnik.',
      worry: 'Dobra wiadomość. Jeśli później dostaniesz SMS z prośbą o dopłatę niewielkiej kwoty, to niemal na pewno oszustwo. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'leaving-customs': {
      title: 'Opuszcza urząd celny, czeka na przekazanie',
      meaning: 'Paczka wyszła z urzędu celnego i czeka na przekazanie lokalnemu przewoźnikowi.',
      next: 'Lokalny przewoźnik ją przyjmie, często z nowym numerem przesyłki.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'held-by-customs': {
      title: 'Zatrzymana przez urząd celny',
      meaning: 'Służby celne zatrzymały paczkę. Zwykle trzeba zapłacić podatki albo przesłać fakturę lub dowód wartości; czasem towar jest objęty ograniczeniami.',
      next: 'Przewoźnik lub urząd celny skontaktuje się z Tobą listownie, przez awizo albo e-mailem, a paczka zostanie zwolniona, gdy wszystko zostanie załatwione.',
      worry: 'Potraktuj to poważnie: nieodebrana paczka wraca, a spory w takiej sytuacji zwykle są przegrywane. Działaj, jeśli w ciągu {worryDays} dni nikt się z Tobą nie skontaktuje.',
      action: 'Sprawdź paczkę na stronie lokalnego przewoźnika po jej własnym numerze i postępuj zgodnie z instrukcjami. Płać i wysyłaj dokumenty tylko przez oficjalną stronę przewoźnika lub urzędu celnego, nigdy przez link z SMS-a. Jeśli urząd celny chce faktury, poproś o nią sprzedawcę.',
    },
    'customs-documents-requested': {
      title: 'Urząd celny potrzebuje informacji',
      meaning: 'Urząd celny lub przewoźnik potrzebuje od Ciebie więcej informacji, np. faktury, wartości towaru albo dokumentu tożsamości.',
      next: 'Gdy je wyślesz, urząd celny zakończy kontrolę i zwolni paczkę.',
      worry: 'Działaj teraz: obowiązuje termin, po którym paczka wraca do nadawcy.',
      action: 'Wyślij dokumenty przez oficjalną stronę przewoźnika lub urzędu celnego (adres wpisz samodzielnie). Fakturę pobierzesz ze strony zamówienia albo poprosisz o nią sprzedawcę przez wiadomości AliExpress.',
    },
    'duties-to-pay': {
      title: 'Cło i podatki do zapłaty',
      meaning: 'Urząd celny naliczył podatki lub cło za tę paczkę i trzeba je zapłacić przed doręczeniem.',
      next: 'Po zapłacie paczka zostanie zwolniona i doręczona.',
      worry: 'Działaj teraz: nieopłacone paczki wracają po terminie, a AliExpress zwykle nie zwraca wtedy pieniędzy. SMS z prośbą o dopłatę niewielkiej kwoty przez link to oszustwo.',
      action: 'Płać tylko na oficjalnej stronie przewoźnika lub urzędu celnego albo w placówce, podając własny numer przesyłki. Jeśli uważasz, że te podatki zostały już zapłacone przy zakupie, napisz do sprzedawcy i do AliExpress, podając dane zamówienia.',
    },
    'confiscated-by-customs': {
      title: 'Zajęta przez urząd celny',
      meaning: 'Urząd celny zajął paczkę, np. dlatego, że towar jest zakazany albo podrobiony.',
      next: 'Paczka nie zostanie doręczona.',
      worry: 'Paczki już nie odzyskasz; teraz liczą się Twoje pieniądze.',
      action: 'Zdobądź oficjalne pismo od urzędu celnego lub przewoźnika. Potem otwórz spór na stronie zamówienia w AliExpress, dołącz to pismo i poinformuj sprzedawcę przez wiadomości AliExpress.',
    },
    'correos-customs-notice': {
      title: 'Correos: procedura celna',
      meaning: 'Hiszpańska poczta Correos prosi o dokończenie procedury celnej – zwykle dla paczki, za którą nie zapłacono VAT przy zakupie, albo o wartości powyżej limitu UE.',
      next: 'Gdy wyślesz dane i zapłacisz, Correos zwolni paczkę.',
      worry: 'Działaj teraz: termin jest krótki, a potem paczka wraca.',
      action: 'Postępuj zgodnie z zawiadomieniem Correos na oficjalnej stronie Correos, wpisując adres samodzielnie. Nigdy nie płać przez link z SMS-a. W razie potrzeby poproś sprzedawcę o fakturę przez wiadomości AliExpress.',
    },
    'royal-mail-fee-to-pay': {
      title: 'Royal Mail: opłata do zapłaty',
      meaning: 'Royal Mail przetrzymuje paczkę do czasu opłacenia należności celnych i opłaty manipulacyjnej. Zwykle zostawia szare zawiadomienie.',
      next: 'Po zapłacie paczka zostanie doręczona albo będzie można ją odebrać.',
      worry: 'Działaj szybko: po określonym czasie Royal Mail odsyła przesyłkę. Royal Mail nigdy nie prosi o płatność przez telefon ani przez link z SMS-a.',
      action: 'Zapłać na stronie Royal Mail (adres wpisz samodzielnie), podając numer z zawiadomienia, albo w placówce doręczającej (delivery office). Jeśli podatki zostały już pobrane przy zakupie, napisz do sprzedawcy i do AliExpress.',
    },
    'usps-international-service-center': {
      title: 'W International Service Center USPS',
      meaning: 'Paczka jest w centrum USPS dla przychodzącej poczty zagranicznej, gdzie odbywa się kontrola celna.',
      next: 'Zostanie zwolniona do sieci USPS i pojedzie do Ciebie.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'canada-presented-for-review': {
      title: 'Przedstawiona kanadyjskim służbom celnym',
      meaning: 'Paczka dotarła do Kanady i sprawdza ją CBSA (kanadyjska służba graniczna). To rutynowa kontrola.',
      next: 'CBSA ją zwolni, a Canada Post doręczy ją, pobierając należne podatki.',
      worry: 'Canada Post nie może przyspieszyć odprawy. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'canada-released-by-cbsa': {
      title: 'Zwolniona przez kanadyjskie służby celne',
      meaning: 'CBSA zakończyła kontrolę i przekazała paczkę z powrotem Canada Post.',
      next: 'Canada Post ją doręczy.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'australia-awaiting-clearance': {
      title: 'Dotarła, czeka na odprawę',
      meaning: 'Paczka jest w Australii i czeka na odprawę celną.',
      next: 'Zostanie odprawiona, a Australia Post ją doręczy.',
      worry: 'Zwykle idzie to szybko, ale w okresach dużego ruchu może potrwać dłużej, a śledzenie może nadal pokazywać odprawę już po jej zakończeniu. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'correios-customs-inspection': {
      title: 'Kontrola celna (Correios)',
      meaning: 'Brazylijski urząd skarbowy (Receita Federal) kontroluje paczkę. Gdy w śledzeniu pojawi się informacja o zakończeniu kontroli, paczka pojedzie dalej.',
      next: 'Zostanie zwolniona albo pojawi się wezwanie do zapłaty, jeśli podatki nie zostały opłacone przy zakupie.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'correios-awaiting-payment': {
      title: 'Oczekuje na płatność (Correios)',
      meaning: 'Correios przetrzymuje paczkę do czasu zapłaty podatków importowych. Dzieje się tak, gdy nie zostały pobrane przy zakupie.',
      next: 'Po zapłacie Correios doręczy paczkę.',
      worry: 'Działaj teraz: obowiązuje termin płatności, po którym paczka wraca. Correios nigdy nie wysyła SMS-em linków do płatności ani kluczy PIX.',
      action: 'Płać tylko w „Minhas Importações” na oficjalnej stronie lub w aplikacji Correios, wpisując adres samodzielnie. Jeśli AliExpress już pobrał podatki przy zakupie, napisz do sprzedawcy i do AliExpress, podając dane zamówienia.',
    },
    'russian-post-handed-to-customs': {
      title: 'Przekazana do urzędu celnego',
      meaning: 'Poczta Rosyjska przekazała paczkę do kontroli celnej.',
      next: 'Urząd celny ją zwolni, a paczka opuści urząd wymiany międzynarodowej.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'russian-post-released-by-customs': {
      title: 'Zwolniona przez urząd celny',
      meaning: 'Służby celne zakończyły kontrolę paczki.',
      next: 'Opuści urząd wymiany międzynarodowej i pojedzie do Ciebie.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },

    // ---- przewoźnik lokalny ----
    'last-mile-notified': {
      title: 'Lokalny przewoźnik powiadomiony',
      meaning: 'Lokalny przewoźnik dostał dane paczki. Może jeszcze nie mieć samej paczki.',
      next: 'Lokalny przewoźnik odbiera paczkę i ją skanuje.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'accepted-by-last-mile-carrier': {
      title: 'Przyjęta przez przewoźnika w kraju docelowym',
      meaning: 'Poczta lub kurier w Twoim kraju ma już paczkę. Często dostaje ona własny, nowy numer przesyłki.',
      next: 'Przewoźnik ją sortuje i doręcza albo zawozi do punktu odbioru.',
      worry: 'Od teraz śledzenie na stronie samego lokalnego przewoźnika jest zwykle bardziej aktualne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'delivery-update': {
      title: 'Aktualizacja doręczenia',
      meaning: 'Lokalny przewoźnik zaktualizował dane doręczenia.',
      next: 'Paczka jedzie dalej do placówki, która doręcza pod Twój adres.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'new-local-tracking-number': {
      title: 'Nowy lokalny numer przesyłki',
      meaning: 'Paczka dostała nową etykietę i ma teraz nowy numer u lokalnego przewoźnika.',
      next: 'Śledź paczkę po nowym numerze na stronie lokalnego przewoźnika.',
      worry: 'Nowy numer to nic niepokojącego. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'local-sorting-centre': {
      title: 'W lokalnej sortowni',
      meaning: 'Paczka jest sortowana w sieci doręczeń w Twoim kraju.',
      next: 'Trafi do placówki, która doręcza pod Twój adres.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'at-delivery-office': {
      title: 'W placówce doręczającej',
      meaning: 'Paczka jest w placówce lub oddziale, który doręcza pod Twój adres.',
      next: 'Wyjedzie w doręczenie albo trafi do punktu odbioru.',
      worry: 'Doręczenie jest blisko. Skontaktuj się z lokalnym przewoźnikiem, jeśli przez {worryDays} dni nic się nie wydarzy.',
    },
    'correos-admitted-cam': {
      title: 'Correos: przyjęta w centrum przyjmowania przesyłek masowych',
      meaning: 'Correos przyjął paczkę w Centro de Admisión Masiva, przez które do sieci trafiają duże partie przesyłek od dużych nadawców.',
      next: 'Pojedzie do zautomatyzowanej sortowni (CTA).',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'correos-sorted-cta': {
      title: 'Correos: w zautomatyzowanej sortowni',
      meaning: 'Paczka jest w zautomatyzowanej sortowni Correos (Centro de Tratamiento Automatizado) i jest sortowana dla Twojej okolicy.',
      next: 'Pojedzie do lokalnej placówki doręczającej.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'la-poste-in-transit': {
      title: 'La Poste: w drodze',
      meaning: 'La Poste lub Colissimo ma paczkę i przewozi ją w swojej sieci.',
      next: 'Dotrze do Twojego centrum doręczeń i wyjedzie w doręczenie.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'postnl-in-network': {
      title: 'PostNL: w trakcie obsługi',
      meaning: 'PostNL ma paczkę i ją sortuje.',
      next: 'Zostanie doręczona albo zawieziona do punktu PostNL.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'dhl-parcel-centre': {
      title: 'DHL: w centrum paczkowym',
      meaning: 'DHL lub Deutsche Post obsługuje paczkę w jednym ze swoich centrów.',
      next: 'Wyjedzie w doręczenie, do automatu Packstation albo do oddziału.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'usps-regional-facility': {
      title: 'USPS: w centrum regionalnym',
      meaning: 'Paczka przemieszcza się w sieci USPS.',
      next: 'Dotrze do Twojego urzędu pocztowego i wyjedzie w doręczenie.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'russian-post-left-exchange': {
      title: 'Opuściła urząd wymiany międzynarodowej',
      meaning: 'Paczka opuściła placówkę celną i jest w drodze po Rosji.',
      next: 'Przejedzie przez sortownie do Twojego urzędu pocztowego.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'russian-post-sorting-centre': {
      title: 'W sortowni',
      meaning: 'Paczka jest w sortowni Poczty Rosyjskiej.',
      next: 'Pojedzie do Twojego urzędu pocztowego.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'redirected-to-door': {
      title: 'Zmiana na doręczenie pod drzwi',
      meaning: 'Adres doręczenia został zmieniony na domowy – przez Ciebie, system albo przewoźnika.',
      next: 'Paczka zostanie doręczona pod ten adres.',
      worry: 'Sprawdź, czy adres jest poprawny. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'pickup-point-changed': {
      title: 'Zmiana punktu odbioru',
      meaning: 'Paczka pojedzie do innego punktu odbioru niż planowano.',
      next: 'Dotrze do nowego punktu, a Ty dostaniesz powiadomienie.',
      worry: 'Upewnij się, do którego punktu masz iść. Jeśli w ciągu {worryDays} dni nie dostaniesz informacji, zapytaj przewoźnika.',
      action: 'Sprawdź nowy punkt odbioru na stronie lokalnego przewoźnika po własnym numerze przesyłki. Jeśli nowe miejsce Ci nie pasuje, skontaktuj się z przewoźnikiem.',
    },
    'address-update-needed': {
      title: 'Problem z adresem',
      meaning: 'Przewoźnik nie może doręczyć paczki pod podany adres i czeka, aż go poprawisz.',
      next: 'Po poprawieniu adresu doręczenie będzie kontynuowane.',
      worry: 'Działaj teraz: jeśli adres nie zostanie poprawiony, paczka wróci do nadawcy.',
      action: 'Popraw adres u lokalnego przewoźnika, podając jego własny numer przesyłki, albo przez link w zamówieniu AliExpress, jeśli jest. Poinformuj sprzedawcę przez wiadomości AliExpress.',
    },
    'last-mile-problem': {
      title: 'Problem u lokalnego przewoźnika',
      meaning: 'Lokalny przewoźnik zgłosił problem podczas obsługi paczki.',
      next: 'Przewoźnik go rozwiąże i doręczenie będzie kontynuowane albo paczka zostanie zwrócona.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Sprawdź paczkę na stronie lokalnego przewoźnika po jej własnym numerze i skontaktuj się z przewoźnikiem. Poinformuj sprzedawcę przez wiadomości AliExpress.',
    },

    // ---- doręczenie lub odbiór ----
    'out-for-delivery': {
      title: 'Wydana do doręczenia',
      meaning: 'Paczka jest w samochodzie kuriera lub u listonosza.',
      next: 'Zostanie doręczona, a jeśli nikogo nie będzie w domu, dostaniesz awizo.',
      worry: 'Jeśli po {worryDays} dniach paczka nie dotrze, sprawdź w śledzeniu lokalnego przewoźnika, czy nie ma awizo albo informacji o punkcie odbioru.',
    },
    'redelivery-attempt': {
      title: 'Ponowna próba doręczenia',
      meaning: 'Przewoźnik ponownie próbuje doręczyć paczkę.',
      next: 'Zostanie doręczona, a jeśli nikogo nie będzie w domu, trafi do punktu odbioru.',
      worry: 'Jeśli po {worryDays} dniach paczka nie dotrze, poszukaj awizo albo informacji o punkcie odbioru.',
    },
    'delivery-attempt-failed': {
      title: 'Nieudana próba doręczenia',
      meaning: 'Przewoźnik nie mógł doręczyć paczki: nikogo nie było w domu, był problem z adresem lub dostępem albo próby w ogóle nie było. Po pierwszej próbie często nie zostaje awizo.',
      next: 'Przewoźnik zwykle próbuje ponownie albo zostawia paczkę w placówce lub punkcie odbioru.',
      worry: 'Działaj teraz: jeśli przegapisz termin odbioru, paczka wróci do nadawcy i najpewniej stracisz pieniądze.',
      action: 'Sprawdź stronę lokalnego przewoźnika po własnym numerze przesyłki: umów ponowne doręczenie albo dowiedz się, gdzie odebrać paczkę, i sprawdź swój adres. Jeśli próby doręczenia w ogóle nie było, złóż reklamację u przewoźnika i poinformuj sprzedawcę przez wiadomości AliExpress.',
    },
    'delivery-notice-left': {
      title: 'Zostawiono awizo',
      meaning: 'Przewoźnik zostawił awizo: paczka czeka w placówce lub punkcie odbioru albo można umówić ponowne doręczenie.',
      next: 'Odbierasz paczkę albo umawiasz ponowne doręczenie.',
      worry: 'Działaj szybko: paczka czeka tylko przez ograniczony czas.',
      action: 'Postępuj zgodnie z awizo: umów ponowne doręczenie albo odbierz paczkę z dokumentem tożsamości przed upływem terminu. Korzystaj z oficjalnej strony przewoźnika i własnego numeru przesyłki.',
    },
    'pickup-hub-inbound': {
      title: 'W hubie sieci punktów odbioru',
      meaning: 'Paczka jest w hubie, który zaopatruje punkty odbioru i paczkomaty. Nie ma jej jeszcze w Twoim punkcie.',
      next: 'Trafi do Twojego punktu odbioru, a Ty dostaniesz powiadomienie.',
      worry: 'To normalne. Martw się dopiero po {worryDays} dniach bez wieści.',
    },
    'arrived-at-pickup-point': {
      title: 'W punkcie odbioru',
      meaning: 'Paczka dotarła do punktu odbioru, paczkomatu lub placówki pocztowej i czeka na odbiór.',
      next: 'Odbierasz ją; wtedy pojawi się jako doręczona.',
      worry: 'Działaj teraz: punkty odbioru trzymają paczki tylko przez ograniczony czas, a potem je odsyłają.',
      action: 'Odbierz ją przed upływem terminu z dokumentem tożsamości lub kodem odbioru. Adres i godziny otwarcia znajdziesz na stronie lokalnego przewoźnika po własnym numerze przesyłki.',
    },
    'waiting-for-pickup': {
      title: 'Czeka na odbiór',
      meaning: 'Paczka czeka na Ciebie w placówce pocztowej, punkcie odbioru lub paczkomacie.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: nieodebrane paczki wracają, a AliExpress zwykle rozstrzyga wtedy na niekorzyść kupującego.',
      action: 'Odbierz ją przed upływem terminu z dokumentem tożsamości lub kodem odbioru. Gdzie i do kiedy – sprawdzisz na stronie lokalnego przewoźnika po własnym numerze przesyłki.',
    },
    'pickup-point-signed': {
      title: 'Pokwitowana przez punkt odbioru',
      meaning: 'Punkt odbioru lub paczkomat pokwitował przyjęcie paczki. To ich podpis, nie Twój: paczka czeka na Ciebie, a nie została doręczona.',
      next: 'Odbierasz ją – dopiero wtedy jest naprawdę doręczona.',
      worry: 'Działaj teraz: jeśli nikt jej nie odbierze na czas, wróci do nadawcy.',
      action: 'Odbierz ją przed upływem terminu z dokumentem tożsamości lub kodem odbioru. Punkt odbioru znajdziesz na stronie lokalnego przewoźnika po własnym numerze przesyłki.',
    },
    'parcel-in-locker': {
      title: 'W paczkomacie',
      meaning: 'Paczka czeka na Ciebie w automacie paczkowym.',
      next: 'Otwierasz skrytkę kodem i wyjmujesz paczkę.',
      worry: 'Działaj teraz: terminy w paczkomatach są krótkie, potem paczka jest przenoszona albo odsyłana.',
      action: 'Odbierz ją kodem z wiadomości lub aplikacji przewoźnika przed upływem terminu. Jeśli nie zdążysz, zapytaj przewoźnika o przedłużenie.',
    },
    'pickup-reminder': {
      title: 'Przypomnienie o odbiorze',
      meaning: 'Przewoźnik przypomniał, że paczka wciąż czeka na odbiór.',
      next: 'Odbierasz ją; jeśli nie, wkrótce wróci do nadawcy.',
      worry: 'Działaj teraz: termin zaraz minie.',
      action: 'Odbierz ją jak najszybciej z dokumentem tożsamości lub kodem odbioru. Termin sprawdzisz na stronie lokalnego przewoźnika po własnym numerze przesyłki.',
    },
    'pickup-point-refused': {
      title: 'Punkt odbioru nie przyjął paczki',
      meaning: 'Punkt odbioru lub paczkomat nie mógł przyjąć paczki, np. dlatego, że był pełny albo zamknięty.',
      next: 'Paczka trafi do innego punktu albo wróci do placówki doręczającej.',
      worry: 'Miej to na oku. Jeśli w ciągu {worryDays} dni nie dowiesz się, gdzie jest, zareaguj.',
      action: 'Sprawdź paczkę na stronie lokalnego przewoźnika po jej własnym numerze, żeby zobaczyć, dokąd trafiła, i skontaktuj się z przewoźnikiem. Poinformuj sprzedawcę przez wiadomości AliExpress.',
    },
    'correos-available-at-office': {
      title: 'Correos: do odbioru w placówce',
      meaning: 'Paczka czeka na Ciebie w placówce Correos („Disponible en oficina”).',
      next: 'Odbierasz ją; jeśli nie, po okresie przechowywania wróci do nadawcy.',
      worry: 'Działaj teraz: Correos przechowuje paczki tylko przez ograniczony czas i może nie zostawić awizo.',
      action: 'Idź do placówki wskazanej w śledzeniu Correos z dokumentem tożsamości i numerem przesyłki. Ktoś inny może ją odebrać z Twoim upoważnieniem.',
    },
    'la-poste-available-for-pickup': {
      title: 'La Poste: do odbioru',
      meaning: 'Paczka czeka w placówce pocztowej lub punkcie odbioru (point relais) – status „disponible en point de retrait”.',
      next: 'Odbierasz ją; jeśli nie, po terminie wróci do nadawcy.',
      worry: 'Działaj teraz: termin jest podany w awizo lub wiadomości.',
      action: 'Odbierz ją z dokumentem tożsamości i awizo lub kodem przed terminem podanym w wiadomości lub śledzeniu La Poste.',
    },
    'postnl-ready-at-location': {
      title: 'PostNL: do odbioru w punkcie PostNL',
      meaning: 'Paczka czeka na Ciebie w punkcie PostNL.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: PostNL przechowuje paczki tylko przez ograniczony czas.',
      action: 'Odbierz ją z dokumentem tożsamości i kodem z powiadomienia o nieobecności lub numerem przesyłki. Miejsce i termin sprawdź w track and trace PostNL.',
    },
    'dhl-ready-at-packstation': {
      title: 'DHL: do odbioru w Packstation',
      meaning: 'Paczka czeka na Ciebie w automacie DHL Packstation.',
      next: 'Odbierasz ją przez aplikację DHL lub z awizo; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: termin w Packstation jest krótki.',
      action: 'Odbierz ją przez aplikację DHL lub kodem kreskowym z awizo przed upływem terminu.',
    },
    'dhl-ready-at-branch': {
      title: 'DHL: do odbioru w oddziale',
      meaning: 'Paczka czeka w oddziale Deutsche Post lub w punkcie DHL Paketshop.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: oddziały przechowują paczki tylko przez ograniczony czas.',
      action: 'Odbierz ją z dokumentem tożsamości i awizo lub numerem przesyłki. Adres oddziału jest w śledzeniu DHL.',
    },
    'poste-italiane-in-storage': {
      title: 'Poste Italiane: przechowywana (giacenza)',
      meaning: 'Paczki nie udało się doręczyć i czeka w placówce pocztowej wskazanej w awizo.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: okres przechowywania jest ograniczony.',
      action: 'Odbierz ją z dokumentem tożsamości i awizo (avviso di giacenza) albo umów ponowne doręczenie na stronie Poste Italiane.',
    },
    'ctt-awaiting-collection': {
      title: 'CTT: czeka na odbiór',
      meaning: 'Paczka czeka na Ciebie w sklepie lub punkcie CTT.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: w awizo podano, jak długo paczka będzie przechowywana.',
      action: 'Odbierz ją z dokumentem tożsamości i awizo lub numerem przesyłki przed terminem podanym w awizo.',
    },
    'inpost-ready-in-locker': {
      title: 'InPost: gotowa do odbioru w Paczkomacie',
      meaning: 'Paczka czeka na Ciebie w Paczkomacie InPost.',
      next: 'Otwierasz skrytkę kodem; jeśli nie, paczka trafi do oddziału, a potem wróci do nadawcy.',
      worry: 'Działaj teraz: czas na odbiór z Paczkomatu jest krótki.',
      action: 'Odbierz ją kodem z aplikacji InPost, SMS-a lub e-maila. Jeśli potrzebujesz więcej czasu, możesz dokupić przedłużenie w aplikacji InPost.',
    },
    'royal-mail-item-waiting': {
      title: 'Royal Mail: przesyłka czeka na Ciebie',
      meaning: 'Royal Mail nie mógł doręczyć paczki i przechowuje ją w placówce doręczającej. Zwykle zostawia zawiadomienie.',
      next: 'Odbierasz ją albo zamawiasz ponowne doręczenie; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj szybko: Royal Mail przechowuje przesyłki tylko przez określony czas.',
      action: 'Odbierz ją w placówce doręczającej z dokumentem tożsamości i zawiadomieniem albo zamów ponowne doręczenie na stronie Royal Mail.',
    },
    'usps-available-for-pickup': {
      title: 'USPS: do odbioru',
      meaning: 'Paczka jest w Twoim urzędzie pocztowym, zwykle po pozostawieniu awizo.',
      next: 'Odbierasz ją albo umawiasz ponowne doręczenie; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj szybko: urząd pocztowy przechowuje ją tylko przez ograniczony czas.',
      action: 'Odbierz ją z dokumentem tożsamości i awizo albo umów ponowne doręczenie na stronie USPS, podając numer przesyłki.',
    },
    'canada-post-ready-for-pickup': {
      title: 'Canada Post: gotowa do odbioru',
      meaning: 'Paczka czeka w urzędzie pocztowym, zwykle po pozostawieniu awizo.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj szybko: urząd pocztowy przechowuje ją tylko przez ograniczony czas.',
      action: 'Odbierz ją z dokumentem tożsamości i awizo, a należne podatki, jeśli są, zapłać na miejscu.',
    },
    'australia-post-awaiting-collection': {
      title: 'Australia Post: czeka na odbiór',
      meaning: 'Paczka czeka na Ciebie w Post Office lub w automacie Parcel Locker.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: automaty i placówki przechowują paczki tylko przez ograniczony czas.',
      action: 'Odbierz ją z dokumentem tożsamości, awizo lub kodem do automatu. Miejsce znajdziesz w śledzeniu Australia Post.',
    },
    'correios-awaiting-pickup': {
      title: 'Correios: czeka na odbiór',
      meaning: 'Paczka czeka na Ciebie w placówce Correios („Objeto aguardando retirada”).',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: Correios przechowuje ją tylko przez ustalony przez siebie czas.',
      action: 'Odbierz ją z dokumentem tożsamości w placówce wskazanej w śledzeniu Correios, przed podanym tam terminem.',
    },
    'russian-post-at-delivery-office': {
      title: 'Dotarła do placówki doręczającej',
      meaning: 'Paczka jest w Twoim urzędzie pocztowym („Прибыло в место вручения”) i czeka na Ciebie.',
      next: 'Odbierasz ją; jeśli nie, wróci do nadawcy.',
      worry: 'Działaj teraz: placówka przechowuje paczki tylko przez ograniczony czas, a niektóre paczki ze sklepów internetowych jeszcze krócej.',
      action: 'Odbierz ją z paszportem i numerem przesyłki albo z kodem z aplikacji Poczty Rosyjskiej. Termin sprawdź w śledzeniu.',
    },

    // ---- doręczona ----
    delivered: {
      title: 'Doręczona',
      meaning: 'Przewoźnik podaje, że paczka została wręczona lub zostawiona pod Twoim adresem.',
      next: 'Sprawdź towar i potwierdź odbiór w AliExpress, gdy wszystko będzie w porządku.',
      worry: 'Jeśli jej nie masz, działaj szybko: sprawdź potwierdzenie doręczenia u przewoźnika, skrzynkę pocztową, domowników i sąsiadów, a potem skontaktuj się z przewoźnikiem. Otwórz spór, zanim skończy się ochrona kupującego.',
    },
    'collected-from-pickup-point': {
      title: 'Odebrana',
      meaning: 'Paczkę odebrano z punktu odbioru – Ty albo ktoś, kto podał Twoje dane.',
      next: 'Sprawdź towar i potwierdź odbiór w AliExpress, gdy wszystko będzie w porządku.',
      worry: 'Jeśli odbiór nie był Twój, natychmiast skontaktuj się z punktem odbioru i przewoźnikiem, a potem otwórz spór na stronie zamówienia.',
    },
    'delivered-to-mailbox': {
      title: 'Doręczona do skrzynki pocztowej',
      meaning: 'Przewoźnik włożył paczkę do Twojej skrzynki pocztowej.',
      next: 'Sprawdź towar i potwierdź odbiór w AliExpress, gdy wszystko będzie w porządku.',
      worry: 'Czasem skan pojawia się przed paczką. Jeśli jej nie ma, sprawdź ponownie za jakiś czas, potem skontaktuj się z przewoźnikiem i otwórz spór, zanim skończy się ochrona kupującego.',
    },
    'delivered-to-neighbour-or-safe-place': {
      title: 'Zostawiona u sąsiada lub w bezpiecznym miejscu',
      meaning: 'Paczka została przekazana sąsiadowi albo zostawiona we wskazanym przez Ciebie miejscu.',
      next: 'Odbierz ją i sprawdź towar.',
      worry: 'Jeśli nie możesz jej znaleźć, zapytaj sąsiadów i sprawdź informację od przewoźnika, potem skontaktuj się z przewoźnikiem i otwórz spór, zanim skończy się ochrona kupującego.',
    },
    'order-completed': {
      title: 'Zakończone',
      meaning: 'Zamówienie zostało zamknięte jako odebrane – po potwierdzeniu odbioru albo po upływie czasu na potwierdzenie.',
      next: 'Nic więcej się nie wydarzy, chyba że zgłosisz zwrot albo otworzysz spór.',
      worry: 'Jeśli towar nigdy do Ciebie nie dotarł, od razu otwórz spór na stronie zamówienia: czas na to jest ograniczony. Nigdy nie potwierdzaj odbioru, zanim będziesz mieć towar w rękach.',
    },

    // ---- zwrot ----
    'returning-to-sender': {
      title: 'Wraca do nadawcy',
      meaning: 'Paczka wraca – zwykle dlatego, że nie została odebrana, nie zapłacono należności celnych, adres był błędny albo odmówiono jej przyjęcia.',
      next: 'Wraca do sprzedawcy albo do Chin.',
      worry: 'Działaj teraz: gdy już wróci, zwrot pieniędzy będzie zależał od przyczyny zwrotu.',
      action: 'Zapytaj lokalnego przewoźnika, podając własny numer przesyłki, czy zwrot da się jeszcze zatrzymać. Poinformuj sprzedawcę przez wiadomości AliExpress, a jeśli to nie Twoja wina, otwórz spór na stronie zamówienia ze zrzutami ekranu.',
    },
    'returned-to-sender': {
      title: 'Zwrócona do nadawcy',
      meaning: 'Paczka jest z powrotem u sprzedawcy lub w jego magazynie.',
      next: 'Sprzedawca może wysłać ją ponownie albo zwrócić pieniądze.',
      worry: 'Jeśli zwrot nie nastąpił z Twojej winy, zwykle odzyskasz pieniądze; jeśli paczka nie została odebrana albo odmówiono jej przyjęcia, zwrot pieniędzy jest mało prawdopodobny.',
      action: 'Poproś sprzedawcę przez wiadomości AliExpress o ponowną wysyłkę albo zwrot pieniędzy. Jeśli tego nie zrobi, otwórz spór na stronie zamówienia ze zrzutami ekranu śledzenia.',
    },
    'returned-unclaimed': {
      title: 'Zwrot: nieodebrana',
      meaning: 'Nikt nie odebrał paczki ani nie zapłacił należności na czas, więc wraca do nadawcy.',
      next: 'Wraca do sprzedawcy.',
      worry: 'AliExpress zwykle przyznaje wtedy rację sprzedawcy, ale warto zapytać.',
      action: 'Zapytaj lokalnego przewoźnika, czy zwrot da się jeszcze zatrzymać. Potem zapytaj sprzedawcę przez wiadomości AliExpress o ponowną wysyłkę i otwórz spór na stronie zamówienia, jeśli nikt Cię nie powiadomił o paczce.',
    },
    'returned-refused': {
      title: 'Zwrot: odmowa przyjęcia',
      meaning: 'Odmówiono przyjęcia paczki, więc wraca do nadawcy.',
      next: 'Wraca do sprzedawcy.',
      worry: 'Jeśli odmowa nie pochodziła od Ciebie, działaj szybko.',
      action: 'Jeśli odmowa nie pochodziła od Ciebie, złóż reklamację u lokalnego przewoźnika, podając własny numer przesyłki, i otwórz spór na stronie zamówienia. W przeciwnym razie uzgodnij zwrot pieniędzy ze sprzedawcą przez wiadomości AliExpress.',
    },
    'returned-address-problem': {
      title: 'Zwrot: problem z adresem',
      meaning: 'Przewoźnik nie mógł doręczyć paczki pod podany adres, więc wraca do nadawcy.',
      next: 'Wraca do sprzedawcy.',
      worry: 'Działaj teraz: sprawdź adres w swoim zamówieniu.',
      action: 'Zapytaj lokalnego przewoźnika, czy może jeszcze doręczyć paczkę pod poprawiony adres. Poinformuj sprzedawcę przez wiadomości AliExpress i otwórz spór na stronie zamówienia, jeśli adres był poprawny.',
    },
    'return-handling-problem': {
      title: 'Problem ze zwrotem',
      meaning: 'Magazyn zwrotów zgłosił problem z przyjęciem zwróconej paczki.',
      next: 'Sprzedawca i magazyn to wyjaśnią.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress. Jeśli nie ma odpowiedzi ani zwrotu pieniędzy, otwórz spór na stronie zamówienia.',
    },
    'return-disposed': {
      title: 'Zniszczona po zwrocie',
      meaning: 'Zwrócona paczka została zniszczona przez przewoźnika lub magazyn zwrotów.',
      next: 'Paczka już nie wróci.',
      worry: 'Teraz liczą się Twoje pieniądze.',
      action: 'Otwórz spór na stronie zamówienia ze zrzutami ekranu śledzenia i poinformuj sprzedawcę przez wiadomości AliExpress.',
    },

    // ---- anulowane ----
    'cancellation-requested': {
      title: 'Prośba o anulowanie wysłana',
      meaning: 'Twoja prośba o anulowanie zamówienia czeka na odpowiedź sprzedawcy.',
      next: 'Jeśli sprzedawca nie odpowie na czas, AliExpress anuluje zamówienie i zwróci pieniądze.',
      worry: 'To normalne. Jeśli przez {worryDays} dni nic się nie wydarzy, sprawdź stronę zamówienia.',
    },
    'order-cancelled': {
      title: 'Zamówienie anulowane',
      meaning: 'Zamówienie zostało anulowane – przez Ciebie, sprzedawcę albo AliExpress. Jeśli była płatność, zwrot pieniędzy jest w drodze.',
      next: 'Pieniądze wracają tą samą metodą, którą zapłacono; banki mają własne terminy.',
      worry: 'Jeśli zwrot nie dotrze w ciągu {worryDays} dni, skontaktuj się z AliExpress ze strony zamówienia, a potem ze swoim bankiem.',
    },
    'order-closed': {
      title: 'Zamówienie zamknięte',
      meaning: 'Zamówienie jest zamknięte. Dzieje się tak, gdy nie zostało opłacone na czas, albo po anulowaniu lub zwrocie pieniędzy.',
      next: 'Jeśli była płatność, pieniądze wrócą tą samą metodą, którą zapłacono.',
      worry: 'Jeśli płatność była, a zwrot nie dotrze w ciągu {worryDays} dni, skontaktuj się z AliExpress ze strony zamówienia.',
    },
    'refund-in-progress': {
      title: 'Zwrot pieniędzy w toku',
      meaning: 'AliExpress oddaje Ci pieniądze.',
      next: 'Trafią na Twoją kartę, konto bankowe lub saldo AliExpress; banki mają własne terminy.',
      worry: 'Jeśli nie dotrą w ciągu {worryDays} dni, skontaktuj się z AliExpress ze strony zamówienia, a potem ze swoim bankiem.',
    },
    'shipment-cancelled': {
      title: 'Wysyłka anulowana',
      meaning: 'Magazyn lub sprzedawca anulował wysyłkę.',
      next: 'Sprzedawca wyśle paczkę ponownie albo dostaniesz zwrot pieniędzy za zamówienie.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress, czy wyśle ponownie. Jeśli nie, poproś o zwrot pieniędzy albo otwórz spór na stronie zamówienia.',
    },

    // ---- problem ----
    'tracking-number-not-found': {
      title: 'Nie znaleziono numeru przesyłki',
      meaning: 'System śledzenia jeszcze nie zna tego numeru. Po wysyłce może minąć kilka dni, zanim się pojawi.',
      next: 'Pierwszy skan pojawi się, gdy przewoźnik będzie miał paczkę.',
      worry: 'Jeśli po {worryDays} dniach numer nadal będzie nieznany, zareaguj.',
      action: 'Poproś sprzedawcę przez wiadomości AliExpress o sprawdzenie numeru. Jeśli nadal będzie nieprawidłowy, otwórz spór na stronie zamówienia.',
    },
    'no-tracking-updates': {
      title: 'Brak aktualizacji śledzenia',
      meaning: 'Od dłuższego czasu nie było nowego skanu. Na niektórych etapach, np. podczas lotu, cisza jest normalna.',
      next: 'Następny skan zwykle pojawia się, gdy paczka dotrze do kolejnego etapu.',
      worry: 'Martw się, jeśli po {worryDays} dniach nadal nie ma wieści albo licznik ochrony kupującego dobiega końca.',
      action: 'Zapytaj sprzedawcę przez wiadomości AliExpress i, jeśli czasu zostaje mało, poproś o przedłużenie ochrony. Jeśli nic nie pomoże przed jej końcem, otwórz spór na stronie zamówienia.',
    },
    'tracking-stopped-after-export': {
      title: 'Śledzenie urwało się po eksporcie',
      meaning: 'Tanie linie wysyłkowe często przestają aktualizować śledzenie, gdy paczka opuści Chiny albo wyląduje. Paczka może nadal być w drodze.',
      next: 'Może dotrzeć bez kolejnych aktualizacji albo z nowym, lokalnym numerem przesyłki.',
      worry: 'Najpierw poszukaj lokalnego numeru. Martw się, jeśli po {worryDays} dniach nic nie dotrze albo licznik ochrony kupującego dobiega końca.',
      action: 'Sprawdź numer na stronie swojej poczty i zapytaj w lokalnej placówce. Poproś sprzedawcę przez wiadomości AliExpress o lokalny numer; jeśli ochrona zaraz się skończy, otwórz spór na stronie zamówienia.',
    },
    'delivery-exception': {
      title: 'Problem z doręczeniem',
      meaning: 'Przewoźnik zgłosił problem, nie podając, którego etapu dotyczy.',
      next: 'Przewoźnik go rozwiąże albo poprosi Ciebie lub sprzedawcę o działanie.',
      worry: 'Miej to na oku. Jeśli przez {worryDays} dni nic się nie zmieni, zareaguj.',
      action: 'Sprawdź paczkę na stronie lokalnego przewoźnika po jej własnym numerze i skontaktuj się z przewoźnikiem. Poinformuj sprzedawcę przez wiadomości AliExpress.',
    },
    'parcel-lost': {
      title: 'Paczka zaginęła',
      meaning: 'Przewoźnik podaje, że paczka zaginęła.',
      next: 'Nie zostanie doręczona; teraz liczy się zwrot pieniędzy albo ponowna wysyłka.',
      worry: 'Działaj teraz, zanim skończy się ochrona kupującego.',
      action: 'Otwórz spór na stronie zamówienia w AliExpress ze zrzutami ekranu śledzenia i poproś sprzedawcę przez wiadomości AliExpress o ponowną wysyłkę lub zwrot pieniędzy.',
    },
    'parcel-damaged': {
      title: 'Paczka uszkodzona',
      meaning: 'Przewoźnik zgłosił, że paczka jest uszkodzona.',
      next: 'Może jeszcze zostać doręczona albo zostać zwrócona lub zniszczona.',
      worry: 'Działaj teraz: zachowaj opakowanie i zrób zdjęcia.',
      action: 'Jeśli paczka dotrze uszkodzona, zrób zdjęcia przed otwarciem i zachowaj opakowanie. Zgłoś szkodę lokalnemu przewoźnikowi, potem otwórz spór na stronie zamówienia ze zdjęciami i poinformuj sprzedawcę przez wiadomości AliExpress.',
    },
    'parcel-destroyed': {
      title: 'Paczka zniszczona',
      meaning: 'Paczka została zniszczona, np. dlatego, że była uszkodzona albo nie dało się jej ani doręczyć, ani zwrócić.',
      next: 'Nie zostanie doręczona.',
      worry: 'Teraz liczą się Twoje pieniądze.',
      action: 'Otwórz spór na stronie zamówienia w AliExpress ze zrzutami ekranu śledzenia i poinformuj sprzedawcę przez wiadomości AliExpress.',
    },
  },

  regionNotes: {
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
  },

  contacts: {
    seller: 'Sprzedawca (wiadomości AliExpress)',
    'aliexpress-dispute': 'AliExpress (spór na stronie zamówienia)',
    'local-carrier': 'Lokalny przewoźnik (po jego własnym numerze przesyłki)',
    customs: 'Urząd celny (tylko oficjalna strona)',
  },

  phrases: {
    usualWait: 'Zwykle {min}–{max} dni.',
    usualWaitSameDay: 'Zwykle w ciągu jednego dnia.',
    noTypicalDuration: 'Dla tego etapu nie ma wiarygodnego typowego czasu.',
    stepOf: 'Etap {n} z 10: {stage}',
    sideStage: 'Poza zwykłą trasą: {stage}',
    severity: {
      info: 'Wszystko w porządku',
      wait: 'W normie, ale powoli',
      watch: 'Miej to na oku',
      act: 'Wymagane działanie',
    },
  },

  ui: {
    meaning: 'Co to znaczy',
    next: 'Co dalej',
    worry: 'Czy się martwić?',
    action: 'Co zrobić',
    contacts: 'Z kim się kontaktować',
    regionNotes: 'W Twoim kraju',
    badgeLabel: 'Tracklight: {title}. Pokaż wyjaśnienie',
    unknownTitle: 'Nierozpoznany status',
    unknownMeaning: 'Tracklight nie zna jeszcze tego sformułowania. Czytaj je razem z sąsiednimi etapami: najnowszy etap, który Tracklight rozpoznaje, mówi, gdzie jest paczka.',
    close: 'Zamknij',
  },
};

export default pack;
