// Spiegazioni in italiano (dando del tu). Niente cifre nei testi: le attese arrivano dai dati
// sulle durate, soglie e scadenze dai valori delle note regionali ({segnaposto}).
import type { LanguagePack } from '../types';

const pack: LanguagePack = {
  lang: 'it',

  stages: {
    ordered: { name: 'Ordinato', description: 'L’ordine esiste, ma non è ancora stato consegnato niente a un corriere.' },
    shipped: { name: 'Spedito', description: 'Il venditore ha creato la spedizione o ha consegnato il pacco al corriere in Cina.' },
    'origin-hub': { name: 'Smistamento in Cina', description: 'Il pacco è in un centro di smistamento in Cina e viene raggruppato per destinazione.' },
    export: { name: 'Esportazione', description: 'Il pacco è presso il trasportatore internazionale e passa la dogana di esportazione.' },
    international: { name: 'In viaggio verso l’estero', description: 'Il pacco ha lasciato la Cina, o sta per lasciarla, in aereo, camion o treno.' },
    arrived: { name: 'Arrivato', description: 'Il pacco è arrivato nel tuo Paese o in un hub di transito lungo il percorso.' },
    'import-customs': { name: 'Dogana di importazione', description: 'La dogana del tuo Paese controlla il pacco e può applicare tasse.' },
    'last-mile': { name: 'Corriere locale', description: 'Le poste o il corriere del tuo Paese hanno il pacco e lo smistano verso di te.' },
    'out-for-delivery': { name: 'Consegna o ritiro', description: 'Il pacco sta arrivando a casa tua o ti aspetta in un punto di ritiro.' },
    delivered: { name: 'Consegnato', description: 'Il pacco ti è stato consegnato o è stato lasciato come hai chiesto.' },
    returned: { name: 'Reso', description: 'Il pacco sta tornando, o è già tornato, al mittente.' },
    canceled: { name: 'Annullato', description: 'L’ordine o la spedizione è stato annullato.' },
    exception: { name: 'Problema', description: 'Qualcosa è andato storto al di fuori di una fase precisa: smarrimento, danni o nessuna notizia.' },
  },

  statuses: {
    // ---- ordinato ----
    'order-created': {
      title: 'Ordine effettuato',
      meaning: 'Il tuo ordine è stato effettuato. Non è ancora stato pagato né spedito nulla.',
      next: 'Appena il pagamento va a buon fine, il venditore inizia a preparare l’ordine.',
      worry: 'Nessun motivo di preoccuparsi.',
    },
    'awaiting-payment': {
      title: 'In attesa di pagamento',
      meaning: 'L’ordine è stato effettuato, ma AliExpress non ha ancora ricevuto il pagamento.',
      next: 'Paga prima che scada il conto alla rovescia nella pagina dell’ordine, altrimenti l’ordine si chiude da solo.',
      worry: 'Nessun problema. Se hai già pagato e vedi ancora questo stato, controlla il metodo di pagamento nella pagina dell’ordine.',
    },
    'payment-being-verified': {
      title: 'Pagamento in verifica',
      meaning: 'AliExpress sta verificando il tuo pagamento prima di passare l’ordine al venditore.',
      next: 'Finita la verifica, il venditore inizia a preparare l’ordine.',
      worry: 'È una procedura normale. Se dopo {worryDays} giorni è ancora così, controlla la pagina dell’ordine o l’assistenza AliExpress.',
    },
    'order-paid': {
      title: 'Ordine pagato',
      meaning: 'Il pagamento è andato a buon fine e il venditore è stato avvisato di preparare l’ordine.',
      next: 'Il venditore imballa l’ordine e lo consegna a un corriere.',
      worry: 'Nessun motivo di preoccuparsi.',
    },
    'awaiting-shipment': {
      title: 'Il venditore prepara il tuo ordine',
      meaning: 'Il venditore sta preparando il tuo ordine. Un conto alla rovescia nella pagina dell’ordine mostra quanto tempo ha per spedirlo.',
      next: 'Il venditore spedisce l’ordine e ricevi un numero di tracking.',
      worry: 'È normale. Se il conto alla rovescia scade senza spedizione, di solito AliExpress annulla l’ordine e ti rimborsa. Scrivi al venditore se dopo {worryDays} giorni non succede niente.',
    },
    'package-in-preparation': {
      title: 'Pacco in preparazione',
      meaning: 'Il venditore o il magazzino AliExpress sta imballando il tuo ordine. Non è ancora partito.',
      next: 'Il pacco viene affidato al corriere e compaiono le prime scansioni del tracking.',
      worry: 'È normale. Se dopo {worryDays} giorni non si muove niente, manda un messaggio al venditore.',
    },

    // ---- spedito ----
    'shipment-info-received': {
      title: 'Etichetta di spedizione creata',
      meaning: 'Il venditore ha creato la spedizione e ha inviato i dati al corriere. Il pacco potrebbe non essersi ancora mosso.',
      next: 'Il corriere ritira il pacco e lo scansiona.',
      worry: 'Tra l’etichetta e la prima scansione può passare un po’ di tempo. Se dopo {worryDays} giorni non c’è ancora nessuna scansione, chiedi al venditore.',
    },
    'pre-shipment-notice': {
      title: 'Spedizione annunciata',
      meaning: 'È solo un preavviso con i dati del pacco. Non significa che il pacco sia in viaggio.',
      next: 'Il corriere ritira il pacco e iniziano le scansioni vere e proprie.',
      worry: 'Se entro {worryDays} giorni non c’è nessun movimento reale, chiedi al venditore se il pacco è stato davvero consegnato al corriere.',
    },
    'order-shipped': {
      title: 'Ordine spedito',
      meaning: 'Il venditore ha segnato l’ordine come spedito e ha fornito un numero di tracking.',
      next: 'Il corriere scansiona il pacco e lo porta a un centro di smistamento.',
      worry: 'Le prime scansioni possono richiedere qualche giorno. Se dopo {worryDays} giorni non compare niente, chiedi al venditore.',
    },
    'awaiting-delivery': {
      title: 'In attesa di consegna',
      meaning: 'L’ordine è stato spedito ed è in viaggio. La pagina del tracking mostra dove si trova.',
      next: 'Il pacco passa per lo smistamento, il volo, la dogana e il tuo corriere locale.',
      worry: 'Nessun motivo di preoccuparsi. Non confermare mai la ricezione prima di avere la merce, anche se te lo chiede il venditore: così il pagamento viene sbloccato e la tua protezione finisce.',
    },
    'warehouse-order-received': {
      title: 'Ordine ricevuto dal magazzino',
      meaning: 'Un magazzino logistico di AliExpress ha ricevuto il tuo ordine e lo preparerà e imballerà.',
      next: 'Il magazzino imballa il pacco e lo consegna al corriere.',
      worry: 'È normale. Se resta così per {worryDays} giorni, chiedi al venditore.',
    },
    'warehouse-packing': {
      title: 'Imballaggio in corso',
      meaning: 'Il magazzino sta prelevando i tuoi articoli e imballando il pacco.',
      next: 'Il pacco lascia il magazzino con il corriere.',
      worry: 'È normale. Se dopo {worryDays} giorni non si muove niente, chiedi al venditore.',
    },
    'left-warehouse': {
      title: 'Uscito dal magazzino',
      meaning: 'Il pacco ha lasciato il magazzino ed è stato affidato al corriere.',
      next: 'Il corriere lo registra e lo porta a un centro di smistamento.',
      worry: 'In Cina le scansioni possono essere rare. Se dopo {worryDays} giorni non compare niente di nuovo, chiedi al venditore.',
    },
    'consolidation-warehouse': {
      title: 'In un magazzino di consolidamento',
      meaning: 'Il pacco è in un magazzino dove i pacchi vengono raggruppati prima dell’esportazione.',
      next: 'Viene inviato a un centro di smistamento o direttamente all’esportazione.',
      worry: 'È normale. Se resta qui per {worryDays} giorni, chiedi al venditore.',
    },
    'collected-by-carrier': {
      title: 'Ritirato dal corriere',
      meaning: 'Il corriere ha scansionato il pacco e ora ne è responsabile. È ancora in Cina.',
      next: 'Il pacco va a un centro di smistamento e poi all’esportazione.',
      worry: 'Il tracking in Cina è spesso silenzioso. Chiedi al venditore solo se dopo {worryDays} giorni non cambia niente; i periodi di grandi saldi possono rallentare questa fase.',
    },
    'carrier-pickup-failed': {
      title: 'Ritiro non riuscito',
      meaning: 'Il corriere ha provato a ritirare il pacco dal venditore, ma non ci è riuscito.',
      next: 'Il venditore organizza un nuovo ritiro.',
      worry: 'Spesso si risolve in fretta. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Scrivi al venditore tramite i messaggi di AliExpress e chiedigli quando verrà ritirato il pacco. Se il tempo di consegna scade, apri una controversia dalla pagina dell’ordine.',
    },
    'warehouse-problem': {
      title: 'Problema in magazzino',
      meaning: 'Il magazzino ha segnalato un problema con il tuo ordine, per esempio di disponibilità, oppure un ordine rifiutato.',
      next: 'Il venditore risolve il problema, rispedisce o annulla l’ordine.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, qual è il problema. Se non risponde o non può spedire, apri una controversia dalla pagina dell’ordine.',
    },

    // ---- smistamento in Cina ----
    'origin-sorting-inbound': {
      title: 'In un centro di smistamento in Cina',
      meaning: 'Il pacco è arrivato in un centro di smistamento in Cina, dove viene raggruppato con altri pacchi diretti nel tuo Paese.',
      next: 'Lascia il centro di smistamento per l’esportazione.',
      worry: 'È normale. In Cina le scansioni possono essere rare; preoccupati solo se dopo {worryDays} giorni non cambia niente.',
    },
    'origin-sorting-outbound': {
      title: 'Uscito dal centro di smistamento',
      meaning: 'Il pacco è stato messo in un sacco diretto nel tuo Paese e ha lasciato il centro di smistamento.',
      next: 'Viene affidato al trasportatore internazionale e passa la dogana di esportazione.',
      worry: 'È normale. Per un po’ potrebbero non esserci notizie; preoccupati solo se dopo {worryDays} giorni non cambia niente.',
    },
    'origin-sorting-problem': {
      title: 'Fermo al centro di smistamento',
      meaning: 'Il centro di smistamento non è riuscito a gestire il pacco come previsto. Di solito è un ritardo logistico; a volte un problema di indirizzo o di contenuto.',
      next: 'Il corriere riprova, oppure il pacco torna al venditore.',
      worry: 'Spesso si risolve da solo. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, cosa è successo. Se il pacco viene rimandato indietro o resta bloccato, apri una controversia dalla pagina dell’ordine.',
    },

    // ---- esportazione ----
    'linehaul-received': {
      title: 'Affidato al trasportatore internazionale',
      meaning: 'Il pacco è presso l’azienda che porta all’estero i sacchi di pacchi. È ancora in Cina.',
      next: 'La dogana di esportazione sdogana i sacchi, che poi vengono consegnati alla compagnia aerea.',
      worry: 'I sacchi aspettano qui che si liberi posto su un aereo, un camion o una nave. Preoccupati solo se dopo {worryDays} giorni non cambia niente.',
    },
    'linehaul-handover-problem': {
      title: 'Passaggio al trasportatore internazionale non riuscito',
      meaning: 'Il passaggio del pacco al trasportatore internazionale non è andato a buon fine.',
      next: 'Il corriere riprova o rimanda il pacco al venditore.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore tramite i messaggi di AliExpress. Se il pacco è bloccato o viene rimandato indietro, apri una controversia dalla pagina dell’ordine.',
    },
    'export-customs-started': {
      title: 'Dogana di esportazione avviata',
      meaning: 'La dogana cinese sta controllando il sacco con il tuo pacco prima che lasci il Paese.',
      next: 'Le pratiche di esportazione si concludono e il sacco va alla compagnia aerea.',
      worry: 'È la routine. Preoccupati solo se dopo {worryDays} giorni non cambia niente.',
    },
    'export-customs-cleared': {
      title: 'Sdoganato per l’esportazione',
      meaning: 'Il pacco ha il via libera per lasciare la Cina.',
      next: 'Viene affidato alla compagnia aerea o a un altro vettore per il viaggio all’estero.',
      worry: 'È normale. Preoccupati solo se dopo {worryDays} giorni non cambia niente.',
    },
    'export-customs-failed': {
      title: 'Problema alla dogana di esportazione',
      meaning: 'La dogana cinese non ha lasciato partire il pacco come previsto.',
      next: 'Il problema viene risolto, oppure il pacco torna al venditore.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, cosa è successo. Se il pacco non può essere spedito, apri una controversia dalla pagina dell’ordine.',
    },
    'awaiting-flight': {
      title: 'In attesa del volo',
      meaning: 'Il pacco è pronto a lasciare la Cina e aspetta un posto su un volo.',
      next: 'Viene affidato alla compagnia aerea e parte per il tuo Paese o per un hub di transito.',
      worry: 'L’attesa del volo è normale e in questa fase il tracking è spesso fermo. Preoccupati solo se dopo {worryDays} giorni non cambia niente.',
    },

    // ---- viaggio internazionale ----
    'hand-over-to-airline': {
      title: 'Affidato alla compagnia aerea',
      meaning: 'Il sacco con il tuo pacco è presso la compagnia aerea, o chi ne gestisce le merci, per il volo verso l’estero.',
      next: 'L’aereo atterra e il pacco viene scansionato nel tuo Paese o in un hub di transito.',
      worry: 'Spesso è la fase più lunga senza notizie: il tracking può fermarsi qui per parecchio tempo, ed è normale. Preoccupati solo dopo {worryDays} giorni senza notizie e tieni d’occhio il conto alla rovescia della protezione acquirenti.',
    },
    'airline-handover-failed': {
      title: 'Non accettato dalla compagnia aerea',
      meaning: 'La compagnia aerea o il controllo di sicurezza aereo non ha accettato il sacco con il tuo pacco.',
      next: 'Il pacco aspetta un altro volo, prende un’altra strada o torna al venditore.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, cosa succede ora. Se il pacco viene rimandato indietro o resta bloccato, apri una controversia dalla pagina dell’ordine.',
    },
    'departed-origin-country': {
      title: 'Partito dalla Cina',
      meaning: 'Il pacco ha lasciato la Cina in aereo, camion o treno.',
      next: 'Viene scansionato all’arrivo nel tuo Paese o in un hub di transito.',
      worry: 'Il viaggio in sé è breve, ma la scansione di arrivo può comparire molto più tardi. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'in-transit': {
      title: 'In transito',
      meaning: 'Un aggiornamento generico: il pacco si sta spostando tra due fasi del viaggio.',
      next: 'La prossima scansione dettagliata mostrerà dove si trova.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza nessuna notizia.',
    },
    'arrived-transit-country': {
      title: 'In un hub di transito',
      meaning: 'Il pacco sta passando per un hub in un altro Paese, per esempio Liegi in Belgio per l’Europa. Non è ancora nel tuo Paese.',
      next: 'Lascia l’hub diretto verso il tuo Paese.',
      worry: 'I pacchi possono restare fermi negli hub per un po’. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'departed-transit-country': {
      title: 'Partito dall’hub di transito',
      meaning: 'Il pacco ha lasciato l’hub di transito diretto verso il tuo Paese.',
      next: 'Arriva nel tuo Paese e passa in dogana.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'transit-customs-started': {
      title: 'Dogana in un Paese di transito',
      meaning: 'Il pacco viene controllato dalla dogana di un Paese che attraversa.',
      next: 'Viene sdoganato e prosegue verso il tuo Paese.',
      worry: 'È la routine. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'transit-customs-cleared': {
      title: 'Sdoganato in un Paese di transito',
      meaning: 'La dogana del Paese di transito ha rilasciato il pacco.',
      next: 'Prosegue verso il tuo Paese.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'transit-customs-failed': {
      title: 'Problema in un Paese di transito',
      meaning: 'La dogana di un Paese lungo il percorso non ha rilasciato il pacco come previsto.',
      next: 'Il problema viene risolto, oppure il pacco viene rimandato indietro.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, cosa succede ora. Se il pacco resta bloccato o torna indietro, apri una controversia dalla pagina dell’ordine.',
    },
    'rerouted-in-transit': {
      title: 'Deviato lungo il percorso',
      meaning: 'In un punto di transito il pacco è stato mandato su un percorso diverso.',
      next: 'Prosegue verso il tuo Paese sul nuovo percorso.',
      worry: 'La deviazione allunga i tempi, ma di per sé non è un problema. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },

    // ---- arrivato ----
    'arrived-destination-country': {
      title: 'Arrivato nel Paese di destinazione',
      meaning: 'Il pacco è atterrato ed è presso l’agente del trasportatore internazionale. Attenzione: questa scansione può venire anche da un hub di transito, come Liegi, e non dal tuo Paese.',
      next: 'Viene presentato in dogana e poi affidato al tuo corriere locale.',
      worry: 'Dopo questa fase è comune un periodo senza notizie: il corriere locale potrebbe non aver ancora inviato le sue scansioni, e le spedizioni economiche spesso smettono di aggiornarsi qui. Se dopo {worryDays} giorni non ci sono notizie, chiedi al tuo ufficio postale o cerca un nuovo numero di tracking locale.',
    },
    'arrived-at-eu-hub': {
      title: 'All’hub europeo',
      meaning: 'Il pacco è in un hub europeo, come l’hub Cainiao di Liegi. Di solito non è ancora il tuo Paese.',
      next: 'Viene inviato alla dogana e al corriere locale del tuo Paese.',
      worry: 'I pacchi possono aspettare nell’hub prima di ripartire. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'arrived-customs-area': {
      title: 'Nell’area doganale',
      meaning: 'Il pacco è arrivato nell’area dove aspetta di essere presentato in dogana.',
      next: 'La dogana lo controlla.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'linehaul-arrival-problem': {
      title: 'Problema all’arrivo',
      meaning: 'La scansione di arrivo a destinazione ha segnalato un problema.',
      next: 'Il problema viene risolto e il pacco va in dogana, oppure viene rimandato indietro.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, cosa è successo. Se il pacco resta bloccato, apri una controversia dalla pagina dell’ordine.',
    },
    'correios-received-in-brazil': {
      title: 'Ricevuto da Correios in Brasile',
      meaning: 'Correios ha ricevuto il pacco in Brasile.',
      next: 'Passa l’ispezione doganale e poi va in consegna.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'russian-post-exchange-arrived': {
      title: 'All’ufficio di scambio internazionale',
      meaning: 'Il pacco è arrivato all’ufficio delle Poste russe che gestisce la posta in arrivo dall’estero.',
      next: 'Viene consegnato alla dogana.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },

    // ---- dogana di importazione ----
    'at-customs': {
      title: 'In dogana',
      meaning: 'Il pacco è stato presentato alla dogana del tuo Paese.',
      next: 'La dogana lo controlla e lo rilascia al tuo corriere locale.',
      worry: 'La maggior parte dei pacchi passa senza che tu debba fare niente. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'import-customs-started': {
      title: 'Sdoganamento avviato',
      meaning: 'La dichiarazione di importazione è stata presentata. Spesso viene presentata in anticipo, quindi questo stato può comparire prima ancora che il pacco abbia lasciato la Cina.',
      next: 'La dogana termina il controllo e rilascia il pacco.',
      worry: 'Non prenderlo come un segno che il pacco è nel tuo Paese. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'processing-in-customs': {
      title: 'In lavorazione in dogana',
      meaning: 'La dogana sta controllando il pacco.',
      next: 'Viene rilasciato e affidato al tuo corriere locale.',
      worry: 'La maggior parte dei pacchi passa senza che tu debba fare niente. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'customs-cleared': {
      title: 'Sdoganamento completato',
      meaning: 'La dogana ha rilasciato il pacco.',
      next: 'Il tuo corriere locale lo prende in carico.',
      worry: 'Buone notizie. Se più avanti ti chiedono via SMS di pagare una piccola somma, è quasi certamente una truffa. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'leaving-customs': {
      title: 'Uscito dalla dogana, in attesa di passaggio',
      meaning: 'Il pacco è uscito dalla dogana e aspetta di essere affidato al corriere locale.',
      next: 'Il corriere locale lo prende in carico, spesso con un nuovo numero di tracking.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'held-by-customs': {
      title: 'Fermo in dogana',
      meaning: 'La dogana ha fermato il pacco. Di solito bisogna pagare delle tasse o fornire una fattura o una prova del valore; a volte l’articolo è soggetto a restrizioni.',
      next: 'Il corriere o la dogana ti contatta, per lettera, avviso o e-mail, e il pacco viene rilasciato una volta sistemato tutto.',
      worry: 'Prendilo sul serio: un pacco non reclamato torna indietro e a quel punto le controversie di solito si perdono. Intervieni se entro {worryDays} giorni non ti arriva nulla.',
      action: 'Cerca il pacco sul sito del tuo corriere locale con il suo numero di tracking e segui le istruzioni. Paga o invia documenti solo sul sito ufficiale del corriere o della dogana, mai tramite un link in un SMS. Chiedi una fattura al venditore se la dogana la richiede.',
    },
    'customs-documents-requested': {
      title: 'La dogana chiede informazioni',
      meaning: 'La dogana o il corriere ha bisogno di altro da te, come la fattura, il valore della merce o un documento d’identità.',
      next: 'Quando lo invii, la dogana termina il controllo e rilascia il pacco.',
      worry: 'Intervieni subito: c’è una scadenza, e dopo il pacco torna al mittente.',
      action: 'Invia i documenti sul sito ufficiale del corriere o della dogana (digita tu l’indirizzo). Scarica la fattura dalla pagina dell’ordine o chiedila al venditore tramite i messaggi di AliExpress.',
    },
    'duties-to-pay': {
      title: 'Dazi da pagare',
      meaning: 'La dogana ha applicato tasse o dazi a questo pacco, e devi pagarli prima della consegna.',
      next: 'Dopo il pagamento, il pacco viene rilasciato e consegnato.',
      worry: 'Intervieni subito: i pacchi non pagati tornano indietro dopo la scadenza, e di solito AliExpress non li rimborsa. Un SMS che chiede una piccola somma tramite un link è una truffa.',
      action: 'Paga solo sul sito ufficiale del tuo corriere o della dogana, oppure allo sportello, usando il numero di tracking del pacco. Se pensi di aver già pagato queste tasse al momento dell’acquisto, scrivi al venditore e ad AliExpress con i dati dell’ordine.',
    },
    'confiscated-by-customs': {
      title: 'Sequestrato dalla dogana',
      meaning: 'La dogana ha sequestrato il pacco, per esempio perché l’articolo è vietato o contraffatto.',
      next: 'Il pacco non verrà consegnato.',
      worry: 'Il pacco per te è perso; ora conta recuperare i soldi.',
      action: 'Procurati l’avviso ufficiale della dogana o del corriere. Poi apri una controversia dalla pagina dell’ordine AliExpress allegandolo, e avvisa il venditore tramite i messaggi di AliExpress.',
    },
    'correos-customs-notice': {
      title: 'Correos: pratica doganale',
      meaning: 'Correos ti chiede di completare una pratica doganale, di solito per un pacco su cui l’IVA non è stata pagata al momento dell’acquisto o che supera il limite UE.',
      next: 'Quando invii i dati e paghi, Correos rilascia il pacco.',
      worry: 'Intervieni subito: la scadenza è breve, e dopo il pacco torna indietro.',
      action: 'Segui l’avviso di Correos sul sito ufficiale di Correos, digitando tu l’indirizzo. Non pagare mai tramite un link ricevuto via SMS. Se serve, chiedi la fattura al venditore tramite i messaggi di AliExpress.',
    },
    'royal-mail-fee-to-pay': {
      title: 'Royal Mail: importo da pagare',
      meaning: 'Royal Mail trattiene il pacco finché non vengono pagati gli oneri doganali e la sua commissione di gestione. Di solito ricevi un avviso grigio.',
      next: 'Dopo il pagamento, il pacco viene consegnato o può essere ritirato.',
      worry: 'Intervieni presto: Royal Mail rimanda indietro l’articolo dopo un periodo fisso. Royal Mail non chiede mai pagamenti per telefono o tramite un link in un SMS.',
      action: 'Paga sul sito di Royal Mail (digita tu l’indirizzo) con il codice riportato sull’avviso, oppure all’ufficio di recapito. Se le tasse ti sono già state addebitate al momento dell’acquisto, scrivi al venditore e ad AliExpress.',
    },
    'usps-international-service-center': {
      title: 'In un International Service Center USPS',
      meaning: 'Il pacco è in un centro USPS per la posta internazionale in arrivo, dove si svolgono i controlli doganali.',
      next: 'Entra nella rete USPS diretto verso di te.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'canada-presented-for-review': {
      title: 'Presentato alla dogana canadese',
      meaning: 'Il pacco è arrivato in Canada e la CBSA lo sta esaminando. È un controllo di routine.',
      next: 'La CBSA lo rilascia e Canada Post lo consegna, riscuotendo eventuali tasse dovute.',
      worry: 'Canada Post non può velocizzare la dogana. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'canada-released-by-cbsa': {
      title: 'Rilasciato dalla dogana canadese',
      meaning: 'La CBSA ha finito con il pacco e lo ha restituito a Canada Post.',
      next: 'Canada Post lo consegna.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'australia-awaiting-clearance': {
      title: 'Arrivato, in attesa di sdoganamento',
      meaning: 'Il pacco è in Australia e aspetta lo sdoganamento.',
      next: 'Viene sdoganato e Australia Post lo consegna.',
      worry: 'Di solito è veloce, ma nei periodi di punta può richiedere di più, e il tracking potrebbe indicare ancora la dogana anche dopo lo sdoganamento. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'correios-customs-inspection': {
      title: 'Ispezione doganale (Correios)',
      meaning: 'La Receita Federal sta ispezionando il pacco. Quando indica che l’ispezione è finita, il pacco prosegue.',
      next: 'Viene rilasciato, oppure compare una richiesta di pagamento se le tasse non sono state pagate al momento dell’acquisto.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'correios-awaiting-payment': {
      title: 'In attesa di pagamento (Correios)',
      meaning: 'Correios trattiene il pacco finché non vengono pagate le tasse di importazione. Succede quando non sono state riscosse al momento dell’acquisto.',
      next: 'Dopo il pagamento, Correios consegna il pacco.',
      worry: 'Intervieni subito: c’è una scadenza per il pagamento, dopo la quale il pacco torna indietro. Correios non invia mai link di pagamento o chiavi PIX via SMS.',
      action: 'Paga solo in «Minhas Importações» sul sito o nell’app ufficiale di Correios, digitando tu l’indirizzo. Se AliExpress ti ha già addebitato le tasse al momento dell’acquisto, scrivi al venditore e ad AliExpress con i dati dell’ordine.',
    },
    'russian-post-handed-to-customs': {
      title: 'Consegnato alla dogana',
      meaning: 'Le Poste russe hanno consegnato il pacco alla dogana per il controllo.',
      next: 'La dogana lo rilascia e il pacco lascia l’ufficio di scambio.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'russian-post-released-by-customs': {
      title: 'Rilasciato dalla dogana',
      meaning: 'La dogana ha finito con il pacco.',
      next: 'Lascia l’ufficio di scambio internazionale diretto verso di te.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },

    // ---- corriere locale ----
    'last-mile-notified': {
      title: 'Corriere locale informato',
      meaning: 'Il tuo corriere locale ha ricevuto i dati del pacco. Potrebbe non avere ancora il pacco.',
      next: 'Il corriere locale riceve il pacco e lo scansiona.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'accepted-by-last-mile-carrier': {
      title: 'Preso in carico dal corriere di destinazione',
      meaning: 'Le poste o il corriere del tuo Paese hanno il pacco. Spesso il pacco riceve un nuovo numero di tracking tutto suo.',
      next: 'Il corriere lo smista e lo consegna, o lo porta a un punto di ritiro.',
      worry: 'Da ora in poi il tracking del corriere locale è di solito più aggiornato. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'delivery-update': {
      title: 'Aggiornamento sulla consegna',
      meaning: 'Il tuo corriere locale ha aggiornato i dati di consegna.',
      next: 'Il pacco prosegue verso il tuo centro di recapito.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'new-local-tracking-number': {
      title: 'Nuovo numero di tracking locale',
      meaning: 'Il pacco è stato rietichettato e ora ha un nuovo numero presso il tuo corriere locale.',
      next: 'Segui il pacco con il nuovo numero sul sito del corriere locale.',
      worry: 'Un nuovo numero è normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'local-sorting-centre': {
      title: 'In un centro di smistamento locale',
      meaning: 'Il pacco viene smistato nella rete di consegna del tuo Paese.',
      next: 'Va al centro che consegna al tuo indirizzo.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'at-delivery-office': {
      title: 'Al centro di recapito',
      meaning: 'Il pacco è all’ufficio o al deposito che consegna al tuo indirizzo.',
      next: 'Parte per la consegna, o va a un punto di ritiro.',
      worry: 'La consegna è vicina. Contatta il corriere locale se dopo {worryDays} giorni non succede niente.',
    },
    'correos-admitted-cam': {
      title: 'Correos: accettato al centro di accettazione',
      meaning: 'Correos ha preso in carico il pacco in un Centro de Admisión Masiva, da cui entra nella sua rete la posta dei grandi mittenti.',
      next: 'Va a un centro di smistamento automatizzato (CTA).',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'correos-sorted-cta': {
      title: 'Correos: in un centro di smistamento automatizzato',
      meaning: 'Il pacco è in un Centro de Tratamiento Automatizado di Correos e viene smistato per la tua zona.',
      next: 'Va al tuo centro di recapito locale.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'la-poste-in-transit': {
      title: 'La Poste: in viaggio',
      meaning: 'La Poste o Colissimo ha il pacco e lo sta trasportando nella sua rete.',
      next: 'Arriva al tuo centro di distribuzione e parte per la consegna.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'postnl-in-network': {
      title: 'PostNL: in lavorazione',
      meaning: 'PostNL ha il pacco e lo sta smistando.',
      next: 'Viene consegnato o portato in un punto PostNL.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'dhl-parcel-centre': {
      title: 'DHL: in un centro pacchi',
      meaning: 'DHL o Deutsche Post sta lavorando il pacco in uno dei suoi centri.',
      next: 'Parte per la consegna, va in una Packstation o in una filiale.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'usps-regional-facility': {
      title: 'USPS: in un centro regionale',
      meaning: 'Il pacco si sta muovendo nella rete USPS.',
      next: 'Arriva al tuo ufficio postale e parte per la consegna.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'russian-post-left-exchange': {
      title: 'Uscito dall’ufficio di scambio internazionale',
      meaning: 'Il pacco ha lasciato l’ufficio doganale ed è in viaggio all’interno della Russia.',
      next: 'Passa per i centri di smistamento fino al tuo ufficio postale.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'russian-post-sorting-centre': {
      title: 'In un centro di smistamento',
      meaning: 'Il pacco è in un centro di smistamento delle Poste russe.',
      next: 'Va al tuo ufficio postale.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'redirected-to-door': {
      title: 'Passato alla consegna a domicilio',
      meaning: 'L’indirizzo di consegna è stato cambiato in un indirizzo di casa, da te, dal sistema o dal corriere.',
      next: 'Il pacco viene consegnato a quell’indirizzo.',
      worry: 'Controlla che l’indirizzo sia giusto. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'pickup-point-changed': {
      title: 'Punto di ritiro cambiato',
      meaning: 'Il pacco andrà in un punto di ritiro diverso da quello previsto all’inizio.',
      next: 'Arriva al nuovo punto di ritiro e ricevi un avviso.',
      worry: 'Assicurati di sapere in quale punto andare. Se entro {worryDays} giorni non ricevi nessun avviso, chiedi al corriere.',
      action: 'Controlla il nuovo punto di ritiro sul sito del corriere locale con il numero di tracking del pacco. Contatta il corriere se il nuovo posto non ti va bene.',
    },
    'address-update-needed': {
      title: 'Problema con l’indirizzo',
      meaning: 'Il corriere non può consegnare all’indirizzo così com’è e aspetta che tu lo corregga.',
      next: 'Una volta corretto l’indirizzo, la consegna riprende.',
      worry: 'Intervieni subito: se l’indirizzo non viene corretto, il pacco torna indietro.',
      action: 'Correggi l’indirizzo con il corriere locale, usando il suo numero di tracking, oppure tramite il link nell’ordine AliExpress, se c’è. Avvisa il venditore tramite i messaggi di AliExpress.',
    },
    'last-mile-problem': {
      title: 'Problema con il corriere locale',
      meaning: 'Il tuo corriere locale ha segnalato un problema durante la gestione del pacco.',
      next: 'Il corriere risolve il problema e la consegna prosegue, oppure il pacco viene rimandato indietro.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Cerca il pacco sul sito del corriere locale con il suo numero di tracking e contatta il corriere. Avvisa il venditore tramite i messaggi di AliExpress.',
    },

    // ---- consegna o ritiro ----
    'out-for-delivery': {
      title: 'In consegna',
      meaning: 'Il pacco è sul furgone del corriere o con il postino.',
      next: 'Viene consegnato, oppure ricevi un avviso se non c’è nessuno in casa.',
      worry: 'Se dopo {worryDays} giorni non è arrivato, controlla nel tracking del corriere locale se c’è un avviso o un punto di ritiro.',
    },
    'redelivery-attempt': {
      title: 'Nuovo tentativo di consegna',
      meaning: 'Il corriere sta provando di nuovo a consegnare il pacco.',
      next: 'Viene consegnato, oppure portato a un punto di ritiro se non c’è nessuno in casa.',
      worry: 'Se dopo {worryDays} giorni non è arrivato, cerca un avviso o un punto di ritiro.',
    },
    'delivery-attempt-failed': {
      title: 'Tentativo di consegna non riuscito',
      meaning: 'Il corriere non è riuscito a consegnare: nessuno in casa, un problema di indirizzo o di accesso, oppure nessun vero tentativo. Spesso al primo tentativo non viene lasciato nessun avviso.',
      next: 'Di solito il corriere riprova o porta il pacco in un ufficio postale o in un punto di ritiro.',
      worry: 'Intervieni subito: se superi la scadenza per il ritiro, il pacco torna indietro e probabilmente perderai i soldi.',
      action: 'Controlla sul sito del corriere locale con il numero di tracking del pacco: prenota una nuova consegna o scopri dove ritirarlo, e verifica il tuo indirizzo. Se non c’è stato nessun vero tentativo, fai un reclamo al corriere e avvisa il venditore tramite i messaggi di AliExpress.',
    },
    'delivery-notice-left': {
      title: 'Avviso lasciato',
      meaning: 'Il corriere ha lasciato un avviso: il pacco ti aspetta in un ufficio postale o in un punto di ritiro, oppure può essere consegnato di nuovo.',
      next: 'Lo ritiri o prenoti una nuova consegna.',
      worry: 'Intervieni presto: il pacco viene tenuto solo per un tempo limitato.',
      action: 'Segui l’avviso: prenota una nuova consegna o ritira il pacco con un documento d’identità prima della scadenza. Usa il sito ufficiale del corriere con il numero di tracking del pacco.',
    },
    'pickup-hub-inbound': {
      title: 'All’hub della rete di ritiro',
      meaning: 'Il pacco è in un hub che rifornisce punti di ritiro e locker. Non è ancora al tuo punto di ritiro.',
      next: 'Va al tuo punto di ritiro e ricevi un avviso.',
      worry: 'È normale. Preoccupati solo dopo {worryDays} giorni senza notizie.',
    },
    'arrived-at-pickup-point': {
      title: 'Al punto di ritiro',
      meaning: 'Il pacco è arrivato in un punto di ritiro, in un locker o in un ufficio postale, dove puoi ritirarlo.',
      next: 'Lo ritiri; a quel punto risulta consegnato.',
      worry: 'Intervieni subito: i punti di ritiro tengono i pacchi solo per un tempo limitato, poi li rimandano indietro.',
      action: 'Ritiralo entro la scadenza con un documento d’identità o il codice di ritiro. Trovi indirizzo e orari sul sito del corriere locale con il numero di tracking del pacco.',
    },
    'waiting-for-pickup': {
      title: 'In attesa di ritiro',
      meaning: 'Il pacco ti aspetta in un ufficio postale, in un punto di ritiro o in un locker.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: i pacchi non ritirati tornano indietro, e in quel caso AliExpress di solito dà torto all’acquirente.',
      action: 'Ritiralo entro la scadenza con un documento d’identità o il codice di ritiro. Controlla dove ed entro quando sul sito del corriere locale con il numero di tracking del pacco.',
    },
    'pickup-point-signed': {
      title: 'Firmato dal punto di ritiro',
      meaning: 'Il punto di ritiro o il locker ha firmato per il pacco. È la loro firma, non la tua: il pacco ti aspetta, non è consegnato.',
      next: 'Lo ritiri; solo allora è davvero consegnato.',
      worry: 'Intervieni subito: se nessuno lo ritira in tempo, torna al mittente.',
      action: 'Ritiralo entro la scadenza con un documento d’identità o il codice di ritiro. Trovi il punto di ritiro sul sito del corriere locale con il numero di tracking del pacco.',
    },
    'parcel-in-locker': {
      title: 'In un locker',
      meaning: 'Il pacco è stato messo per te in un locker.',
      next: 'Apri lo sportello con il tuo codice e prendi il pacco.',
      worry: 'Intervieni subito: nei locker le scadenze sono brevi, poi il pacco viene spostato o rimandato indietro.',
      action: 'Ritiralo entro la scadenza con il codice ricevuto nel messaggio o nell’app del corriere. Se non ce la fai, chiedi al corriere una proroga.',
    },
    'pickup-reminder': {
      title: 'Promemoria di ritiro',
      meaning: 'Il corriere ti ricorda che il pacco aspetta ancora di essere ritirato.',
      next: 'Lo ritiri; altrimenti torna presto indietro.',
      worry: 'Intervieni subito: la scadenza è vicina.',
      action: 'Ritiralo appena puoi con un documento d’identità o il codice di ritiro. Controlla la scadenza sul sito del corriere locale con il numero di tracking del pacco.',
    },
    'pickup-point-refused': {
      title: 'Il punto di ritiro non l’ha accettato',
      meaning: 'Il punto di ritiro o il locker non ha potuto accettare il pacco, per esempio perché era pieno o chiuso.',
      next: 'Il pacco va in un altro punto o torna al centro di recapito.',
      worry: 'Tienilo d’occhio. Se entro {worryDays} giorni non ti dicono dove si trova, intervieni.',
      action: 'Cerca il pacco sul sito del corriere locale con il suo numero di tracking per vedere dove è andato, e contatta il corriere. Avvisa il venditore tramite i messaggi di AliExpress.',
    },
    'correos-available-at-office': {
      title: 'Correos: disponibile in ufficio postale',
      meaning: 'Il pacco ti aspetta in un ufficio Correos («Disponible en oficina»).',
      next: 'Lo ritiri; altrimenti torna indietro alla fine della giacenza.',
      worry: 'Intervieni subito: Correos tiene i pacchi solo per un tempo limitato, e potrebbe non lasciare un avviso.',
      action: 'Vai all’ufficio indicato nel tracking di Correos con un documento d’identità e il numero di tracking. Può ritirarlo anche un’altra persona con la tua delega.',
    },
    'la-poste-available-for-pickup': {
      title: 'La Poste: disponibile per il ritiro',
      meaning: 'Il pacco ti aspetta in un ufficio postale o in un punto di ritiro («disponible en point de retrait»).',
      next: 'Lo ritiri; altrimenti torna indietro alla scadenza.',
      worry: 'Intervieni subito: l’avviso o il messaggio indica la scadenza.',
      action: 'Ritiralo con un documento d’identità e l’avviso o il codice, entro la scadenza indicata nel messaggio o nel tracking di La Poste.',
    },
    'postnl-ready-at-location': {
      title: 'PostNL: pronto in un punto PostNL',
      meaning: 'Il pacco ti aspetta in un punto PostNL.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: PostNL tiene i pacchi solo per un tempo limitato.',
      action: 'Ritiralo con un documento d’identità e il codice dell’avviso di mancata consegna o il numero di tracking. Controlla luogo e scadenza nel track and trace di PostNL.',
    },
    'dhl-ready-at-packstation': {
      title: 'DHL: pronto in una Packstation',
      meaning: 'Il pacco ti aspetta in una Packstation DHL.',
      next: 'Lo ritiri con l’app DHL o l’avviso; altrimenti torna indietro.',
      worry: 'Intervieni subito: la scadenza della Packstation è breve.',
      action: 'Ritiralo entro la scadenza con l’app DHL o il codice a barre dell’avviso.',
    },
    'dhl-ready-at-branch': {
      title: 'DHL: pronto in filiale',
      meaning: 'Il pacco ti aspetta in una filiale di Deutsche Post o in un DHL Paketshop.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: le filiali tengono i pacchi solo per un tempo limitato.',
      action: 'Ritiralo con un documento d’identità e l’avviso o il numero di tracking. L’indirizzo della filiale è nel tracking di DHL.',
    },
    'poste-italiane-in-storage': {
      title: 'Poste Italiane: in giacenza',
      meaning: 'Il pacco non è stato consegnato e ti aspetta all’ufficio postale indicato sull’avviso.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: il periodo di giacenza è limitato.',
      action: 'Ritiralo con un documento d’identità e l’avviso di giacenza, oppure prenota una nuova consegna sul sito di Poste Italiane.',
    },
    'ctt-awaiting-collection': {
      title: 'CTT: in attesa di ritiro',
      meaning: 'Il pacco ti aspetta in un negozio o in un punto CTT.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: l’avviso indica per quanto tempo viene tenuto.',
      action: 'Ritiralo con un documento d’identità e l’avviso o il numero di tracking, entro la scadenza indicata sull’avviso.',
    },
    'inpost-ready-in-locker': {
      title: 'InPost: pronto nel locker',
      meaning: 'Il pacco ti aspetta in un Paczkomat InPost.',
      next: 'Apri lo sportello con il codice; altrimenti viene spostato in una filiale e poi rimandato indietro.',
      worry: 'Intervieni subito: il tempo nel locker è breve.',
      action: 'Ritiralo con il codice ricevuto nell’app InPost, via SMS o via e-mail. Se ti serve più tempo, puoi acquistare una proroga nell’app InPost.',
    },
    'royal-mail-item-waiting': {
      title: 'Royal Mail: pacco in attesa',
      meaning: 'Royal Mail non è riuscita a consegnare e tiene il pacco all’ufficio di recapito. Di solito ricevi un avviso.',
      next: 'Lo ritiri o prenoti una nuova consegna; altrimenti torna indietro.',
      worry: 'Intervieni presto: Royal Mail tiene gli invii solo per un periodo fisso.',
      action: 'Ritiralo all’ufficio di recapito con un documento d’identità e l’avviso, oppure prenota una nuova consegna sul sito di Royal Mail.',
    },
    'usps-available-for-pickup': {
      title: 'USPS: disponibile per il ritiro',
      meaning: 'Il pacco è al tuo ufficio postale, di solito dopo che è stato lasciato un avviso.',
      next: 'Lo ritiri o programmi una nuova consegna; altrimenti torna indietro.',
      worry: 'Intervieni presto: l’ufficio postale lo tiene solo per un tempo limitato.',
      action: 'Ritiralo con un documento d’identità e l’avviso, oppure programma una nuova consegna sul sito USPS con il numero di tracking.',
    },
    'canada-post-ready-for-pickup': {
      title: 'Canada Post: pronto per il ritiro',
      meaning: 'Il pacco ti aspetta in un ufficio postale, di solito con un avviso di consegna.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni presto: l’ufficio postale lo tiene solo per un tempo limitato.',
      action: 'Ritiralo con un documento d’identità e l’avviso, e paga allo sportello eventuali tasse dovute.',
    },
    'australia-post-awaiting-collection': {
      title: 'Australia Post: in attesa di ritiro',
      meaning: 'Il pacco ti aspetta in un Post Office o in un Parcel Locker.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: locker e uffici postali tengono i pacchi solo per un tempo limitato.',
      action: 'Ritiralo con un documento d’identità, l’avviso o il codice del locker. Il luogo è indicato nel tracking di Australia Post.',
    },
    'correios-awaiting-pickup': {
      title: 'Correios: in attesa di ritiro',
      meaning: 'Il pacco ti aspetta in un’agenzia Correios («Objeto aguardando retirada»).',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: Correios lo tiene solo per il periodo che stabilisce.',
      action: 'Ritiralo con un documento d’identità presso l’agenzia indicata nel tracking di Correios, entro la scadenza indicata lì.',
    },
    'russian-post-at-delivery-office': {
      title: 'Arrivato all’ufficio di consegna',
      meaning: 'Il pacco è al tuo ufficio postale («Прибыло в место вручения») e ti aspetta.',
      next: 'Lo ritiri; altrimenti torna al mittente.',
      worry: 'Intervieni subito: l’ufficio tiene i pacchi solo per un tempo limitato, più breve per alcuni pacchi dei negozi online.',
      action: 'Ritiralo con il passaporto e il numero di tracking, o con il codice dell’app delle Poste russe. Controlla la scadenza nel tracking.',
    },

    // ---- consegnato ----
    delivered: {
      title: 'Consegnato',
      meaning: 'Il corriere dice che il pacco ti è stato consegnato o è stato lasciato al tuo indirizzo.',
      next: 'Controlla la merce e conferma la ricezione su AliExpress quando è tutto a posto.',
      worry: 'Se non l’hai ricevuto, agisci in fretta: controlla la prova di consegna del corriere, la cassetta delle lettere, chi vive con te e i vicini, poi contatta il corriere. Apri una controversia prima che scada la protezione.',
    },
    'collected-from-pickup-point': {
      title: 'Ritirato',
      meaning: 'Il pacco è stato ritirato al punto di ritiro, da te o da qualcuno con i tuoi dati.',
      next: 'Controlla la merce e conferma la ricezione su AliExpress quando è tutto a posto.',
      worry: 'Se non l’hai ritirato tu, contatta subito il punto di ritiro e il corriere, poi apri una controversia dalla pagina dell’ordine.',
    },
    'delivered-to-mailbox': {
      title: 'Consegnato nella cassetta delle lettere',
      meaning: 'Il corriere ha messo il pacco nella tua cassetta delle lettere.',
      next: 'Controlla la merce e conferma la ricezione su AliExpress quando è tutto a posto.',
      worry: 'A volte la scansione arriva prima del pacco. Se non c’è, ricontrolla a breve, poi contatta il corriere e apri una controversia prima che scada la protezione.',
    },
    'delivered-to-neighbour-or-safe-place': {
      title: 'Lasciato a un vicino o in un luogo sicuro',
      meaning: 'Il pacco è stato consegnato a un vicino o lasciato nel posto che hai scelto.',
      next: 'Recuperalo e controlla la merce.',
      worry: 'Se non lo trovi, chiedi ai vicini e controlla l’avviso del corriere, poi contatta il corriere e apri una controversia prima che scada la protezione.',
    },
    'order-completed': {
      title: 'Completato',
      meaning: 'L’ordine risulta chiuso come ricevuto, perché hai confermato la ricezione o perché il tempo per confermarla è scaduto.',
      next: 'Non succede altro, a meno che tu non avvii un reso o una controversia.',
      worry: 'Se non hai mai ricevuto la merce, apri subito una controversia dalla pagina dell’ordine: il tempo per farlo è limitato. Non confermare mai la ricezione prima di avere la merce.',
    },

    // ---- reso ----
    'returning-to-sender': {
      title: 'In restituzione al mittente',
      meaning: 'Il pacco sta tornando indietro, di solito perché non è stato ritirato, non sono stati pagati gli oneri doganali, l’indirizzo era sbagliato o è stato rifiutato.',
      next: 'Torna al venditore o in Cina.',
      worry: 'Intervieni subito: una volta tornato, il rimborso dipende dal motivo del reso.',
      action: 'Chiedi al corriere locale, con il numero di tracking del pacco, se il reso si può ancora fermare. Avvisa il venditore tramite i messaggi di AliExpress e, se non è colpa tua, apri una controversia dalla pagina dell’ordine con gli screenshot.',
    },
    'returned-to-sender': {
      title: 'Restituito al mittente',
      meaning: 'Il pacco è tornato al venditore o al suo magazzino.',
      next: 'Il venditore potrebbe rispedirlo o rimborsarti.',
      worry: 'Se il reso non è stato colpa tua, di solito puoi riavere i soldi; se il pacco non è stato ritirato o è stato rifiutato, un rimborso è improbabile.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, di rispedirlo o di rimborsarti. Se non lo fa, apri una controversia dalla pagina dell’ordine con gli screenshot del tracking.',
    },
    'returned-unclaimed': {
      title: 'Reso: non ritirato',
      meaning: 'Nessuno ha ritirato il pacco o pagato gli oneri in tempo, quindi torna indietro.',
      next: 'Torna al venditore.',
      worry: 'In questo caso AliExpress di solito dà ragione al venditore, ma vale la pena chiedere.',
      action: 'Chiedi al corriere locale se il reso si può ancora fermare. Poi chiedi al venditore, tramite i messaggi di AliExpress, se può rispedirlo, e apri una controversia dalla pagina dell’ordine se non hai mai ricevuto nessun avviso.',
    },
    'returned-refused': {
      title: 'Reso: rifiutato',
      meaning: 'La consegna è stata rifiutata, quindi il pacco torna indietro.',
      next: 'Torna al venditore.',
      worry: 'Se non l’hai rifiutato tu, agisci in fretta.',
      action: 'Se non l’hai rifiutato tu, fai un reclamo al corriere locale con il numero di tracking del pacco e apri una controversia dalla pagina dell’ordine. Altrimenti, concorda un rimborso con il venditore tramite i messaggi di AliExpress.',
    },
    'returned-address-problem': {
      title: 'Reso: problema di indirizzo',
      meaning: 'Il corriere non è riuscito a consegnare all’indirizzo indicato, quindi il pacco torna indietro.',
      next: 'Torna al venditore.',
      worry: 'Intervieni subito: controlla l’indirizzo del tuo ordine.',
      action: 'Chiedi al corriere locale se può ancora consegnare con un indirizzo corretto. Avvisa il venditore tramite i messaggi di AliExpress e apri una controversia dalla pagina dell’ordine se l’indirizzo era giusto.',
    },
    'return-handling-problem': {
      title: 'Problema con il reso',
      meaning: 'Il magazzino resi ha segnalato un problema nel ricevere il pacco restituito.',
      next: 'Il venditore e il magazzino sistemano la cosa.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore tramite i messaggi di AliExpress. Se non risponde o non arriva il rimborso, apri una controversia dalla pagina dell’ordine.',
    },
    'return-disposed': {
      title: 'Distrutto dopo il reso',
      meaning: 'Il pacco restituito è stato distrutto dal corriere o dal magazzino resi.',
      next: 'Il pacco non tornerà.',
      worry: 'Ora conta recuperare i soldi.',
      action: 'Apri una controversia dalla pagina dell’ordine con gli screenshot del tracking e avvisa il venditore tramite i messaggi di AliExpress.',
    },

    // ---- annullato ----
    'cancellation-requested': {
      title: 'Annullamento richiesto',
      meaning: 'Hai chiesto di annullare l’ordine e il venditore deve rispondere.',
      next: 'Se il venditore non risponde in tempo, AliExpress annulla l’ordine e ti rimborsa.',
      worry: 'È normale. Se dopo {worryDays} giorni non succede niente, controlla la pagina dell’ordine.',
    },
    'order-cancelled': {
      title: 'Ordine annullato',
      meaning: 'L’ordine è stato annullato da te, dal venditore o da AliExpress. Se hai pagato, il rimborso è in arrivo.',
      next: 'Il rimborso torna sul metodo con cui hai pagato; le banche hanno i loro tempi.',
      worry: 'Se dopo {worryDays} giorni il rimborso non è arrivato, contatta AliExpress dalla pagina dell’ordine, poi la tua banca.',
    },
    'order-closed': {
      title: 'Ordine chiuso',
      meaning: 'L’ordine è chiuso. Succede quando non è stato pagato in tempo, oppure dopo un annullamento o un rimborso.',
      next: 'Se hai pagato, il rimborso torna sul metodo con cui hai pagato.',
      worry: 'Se hai pagato e dopo {worryDays} giorni il rimborso non è arrivato, contatta AliExpress dalla pagina dell’ordine.',
    },
    'refund-in-progress': {
      title: 'Rimborso in corso',
      meaning: 'AliExpress ti sta restituendo i soldi.',
      next: 'Arrivano sulla tua carta, sul conto o sul saldo AliExpress; le banche hanno i loro tempi.',
      worry: 'Se dopo {worryDays} giorni non sono arrivati, contatta AliExpress dalla pagina dell’ordine, poi la tua banca.',
    },
    'shipment-cancelled': {
      title: 'Spedizione annullata',
      meaning: 'Il magazzino o il venditore ha annullato la spedizione.',
      next: 'Il venditore rispedisce, oppure l’ordine viene rimborsato.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, se rispedirà. Se no, chiedi un rimborso o apri una controversia dalla pagina dell’ordine.',
    },

    // ---- problema ----
    'tracking-number-not-found': {
      title: 'Numero di tracking non trovato',
      meaning: 'Il sistema di tracciamento non conosce ancora questo numero. Dopo la spedizione possono servire alcuni giorni perché compaia.',
      next: 'La prima scansione compare quando il corriere ha il pacco.',
      worry: 'Se dopo {worryDays} giorni il numero è ancora sconosciuto, intervieni.',
      action: 'Chiedi al venditore, tramite i messaggi di AliExpress, di controllare il numero. Se resta non valido, apri una controversia dalla pagina dell’ordine.',
    },
    'no-tracking-updates': {
      title: 'Nessun aggiornamento del tracking',
      meaning: 'Da un po’ non ci sono nuove scansioni. In alcune fasi, come il volo, i periodi di silenzio sono normali.',
      next: 'Di solito la prossima scansione arriva quando il pacco raggiunge la fase successiva.',
      worry: 'Preoccupati se dopo {worryDays} giorni non ci sono notizie, o se il conto alla rovescia della protezione sta per scadere.',
      action: 'Chiedi al venditore tramite i messaggi di AliExpress e, se il tempo stringe, chiedigli di estendere la tua protezione. Se nulla funziona prima che scada, apri una controversia dalla pagina dell’ordine.',
    },
    'tracking-stopped-after-export': {
      title: 'Tracking fermo dopo l’esportazione',
      meaning: 'Le spedizioni economiche spesso smettono di aggiornarsi quando il pacco lascia la Cina o atterra. Il pacco potrebbe essere ancora in viaggio.',
      next: 'Potrebbe arrivare senza altri aggiornamenti, o con un nuovo numero di tracking locale.',
      worry: 'Prima cerca un numero locale. Preoccupati se dopo {worryDays} giorni non arriva niente, o se il conto alla rovescia della protezione sta per scadere.',
      action: 'Prova il numero sul sito delle poste del tuo Paese e chiedi al tuo ufficio postale. Chiedi al venditore un numero locale tramite i messaggi di AliExpress; se la protezione sta per scadere, apri una controversia dalla pagina dell’ordine.',
    },
    'delivery-exception': {
      title: 'Problema di consegna',
      meaning: 'Il corriere ha segnalato un problema senza dire a quale fase si riferisce.',
      next: 'Il corriere lo risolve, oppure chiede a te o al venditore di intervenire.',
      worry: 'Tienilo d’occhio. Se dopo {worryDays} giorni non cambia niente, intervieni.',
      action: 'Cerca il pacco sul sito del corriere locale con il suo numero di tracking e contatta il corriere. Avvisa il venditore tramite i messaggi di AliExpress.',
    },
    'parcel-lost': {
      title: 'Pacco smarrito',
      meaning: 'Il corriere dice che il pacco è andato perso.',
      next: 'Non verrà consegnato; ora conta ottenere un rimborso o una nuova spedizione.',
      worry: 'Intervieni subito, prima che scada la protezione.',
      action: 'Apri una controversia dalla pagina dell’ordine AliExpress con gli screenshot del tracking, e chiedi al venditore, tramite i messaggi di AliExpress, di rispedire o rimborsare.',
    },
    'parcel-damaged': {
      title: 'Pacco danneggiato',
      meaning: 'Il corriere ha segnalato il pacco come danneggiato.',
      next: 'Potrebbe comunque essere consegnato, oppure rimandato indietro o distrutto.',
      worry: 'Intervieni subito: conserva l’imballaggio e scatta delle foto.',
      action: 'Se arriva danneggiato, scatta delle foto prima di aprirlo e conserva l’imballaggio. Segnalalo al corriere locale, poi apri una controversia dalla pagina dell’ordine con le foto e avvisa il venditore tramite i messaggi di AliExpress.',
    },
    'parcel-destroyed': {
      title: 'Pacco distrutto',
      meaning: 'Il pacco è stato distrutto, per esempio perché era danneggiato o non poteva essere né consegnato né restituito.',
      next: 'Non verrà consegnato.',
      worry: 'Ora conta recuperare i soldi.',
      action: 'Apri una controversia dalla pagina dell’ordine AliExpress con gli screenshot del tracking e avvisa il venditore tramite i messaggi di AliExpress.',
    },
  },

  regionNotes: {
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
  },

  contacts: {
    seller: 'Il venditore (messaggi di AliExpress)',
    'aliexpress-dispute': 'AliExpress (controversia dalla pagina dell’ordine)',
    'local-carrier': 'Il tuo corriere locale (con il suo numero di tracking)',
    customs: 'La dogana (solo sito ufficiale)',
  },

  phrases: {
    usualWait: 'Di solito {min}–{max} giorni.',
    usualWaitSameDay: 'Di solito entro un giorno.',
    noTypicalDuration: 'Per questa fase non c’è una durata tipica affidabile.',
    stepOf: 'Fase {n} di 10: {stage}',
    sideStage: 'Fuori dal percorso normale: {stage}',
    severity: {
      info: 'Tutto normale',
      wait: 'Normale, ma lento',
      watch: 'Da tenere d’occhio',
      act: 'Devi intervenire',
    },
  },

  ui: {
    meaning: 'Cosa significa',
    next: 'Cosa succede dopo',
    worry: 'Devo preoccuparmi?',
    action: 'Cosa fare',
    contacts: 'Chi contattare',
    regionNotes: 'Dove vivi',
    badgeLabel: 'Tracklight: {title}. Mostra la spiegazione',
    unknownTitle: 'Stato non riconosciuto',
    unknownMeaning: 'Tracklight non conosce ancora questa dicitura. Leggila insieme ai passaggi prima e dopo: il passaggio più recente che Tracklight riconosce ti dice dov’è il pacco.',
    close: 'Chiudi',
  },
};

export default pack;
