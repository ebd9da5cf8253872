// Erklärungen auf Deutsch (Du-Form, wie bei AliExpress). Keine Zahlen im Text: Wartezeiten kommen
// aus den Daten zur Dauer, Grenzen und Fristen aus den Werten der Regionalhinweise ({Platzhalter}).
import type { LanguagePack } from '../types';

const pack: LanguagePack = {
  lang: 'de',

  stages: {
    ordered: { name: 'Bestellt', description: 'Die Bestellung ist angelegt, aber es wurde noch nichts an einen Versanddienstleister übergeben.' },
    shipped: { name: 'Versendet', description: 'Der Verkäufer hat die Sendung angelegt oder das Paket in China an den Versanddienstleister übergeben.' },
    'origin-hub': { name: 'Sortierung in China', description: 'Das Paket ist in einem Sortierzentrum in China und wird nach Zielland gebündelt.' },
    export: { name: 'Export', description: 'Das Paket ist beim Transportunternehmen für den Auslandsversand und geht durch den Ausfuhrzoll.' },
    international: { name: 'Unterwegs ins Ausland', description: 'Das Paket hat China per Flugzeug, Lkw oder Zug verlassen oder ist kurz davor.' },
    arrived: { name: 'Angekommen', description: 'Das Paket ist in deinem Land gelandet oder an einem Drehkreuz auf dem Weg dorthin.' },
    'import-customs': { name: 'Einfuhrzoll', description: 'Der Zoll in deinem Land prüft das Paket und kann Abgaben erheben.' },
    'last-mile': { name: 'Zusteller vor Ort', description: 'Die Post oder der Paketdienst in deinem Land hat das Paket und sortiert es in deine Richtung.' },
    'out-for-delivery': { name: 'Zustellung oder Abholung', description: 'Das Paket ist auf dem Weg zu dir oder liegt an einer Abholstelle für dich bereit.' },
    delivered: { name: 'Zugestellt', description: 'Das Paket wurde dir übergeben oder so abgelegt, wie du es wolltest.' },
    returned: { name: 'Rücksendung', description: 'Das Paket geht an den Absender zurück oder ist schon wieder dort.' },
    canceled: { name: 'Storniert', description: 'Die Bestellung oder die Sendung wurde storniert.' },
    exception: { name: 'Problem', description: 'Etwas ist schiefgelaufen, das zu keinem bestimmten Schritt gehört: verloren, beschädigt oder keine Neuigkeiten.' },
  },

  statuses: {
    // ---- bestellt ----
    'order-created': {
      title: 'Bestellung aufgegeben',
      meaning: 'Deine Bestellung ist aufgegeben. Bezahlt oder versendet wurde noch nichts.',
      next: 'Sobald die Zahlung durch ist, beginnt der Verkäufer mit der Vorbereitung.',
      worry: 'Kein Grund zur Sorge.',
    },
    'awaiting-payment': {
      title: 'Zahlung ausstehend',
      meaning: 'Die Bestellung ist aufgegeben, aber AliExpress hat die Zahlung noch nicht erhalten.',
      next: 'Bezahle, bevor der Countdown auf der Bestellseite abläuft, sonst wird die Bestellung automatisch geschlossen.',
      worry: 'Kein Grund zur Sorge. Wenn du schon bezahlt hast und das trotzdem noch hier steht, prüfe deine Zahlungsmethode auf der Bestellseite.',
    },
    'payment-being-verified': {
      title: 'Zahlung wird geprüft',
      meaning: 'AliExpress prüft deine Zahlung, bevor die Bestellung an den Verkäufer geht.',
      next: 'Nach der Prüfung beginnt der Verkäufer mit der Vorbereitung deiner Bestellung.',
      worry: 'Das ist Routine. Steht das nach {worryDays} Tagen immer noch da, schau auf der Bestellseite oder in der AliExpress-Hilfe nach.',
    },
    'order-paid': {
      title: 'Bestellung bezahlt',
      meaning: 'Deine Zahlung ist durch und der Verkäufer wurde gebeten, die Bestellung vorzubereiten.',
      next: 'Der Verkäufer verpackt die Bestellung und übergibt sie an einen Versanddienstleister.',
      worry: 'Kein Grund zur Sorge.',
    },
    'awaiting-shipment': {
      title: 'Verkäufer bereitet deine Bestellung vor',
      meaning: 'Der Verkäufer macht deine Bestellung fertig. Ein Countdown auf der Bestellseite zeigt, wie lange er noch Zeit für den Versand hat.',
      next: 'Der Verkäufer verschickt die Bestellung und du bekommst eine Sendungsnummer.',
      worry: 'Normal. Läuft der Countdown ab, ohne dass etwas versendet wurde, storniert AliExpress die Bestellung meist und erstattet dir das Geld. Frag den Verkäufer, wenn nach {worryDays} Tagen nichts passiert.',
    },
    'package-in-preparation': {
      title: 'Paket wird vorbereitet',
      meaning: 'Der Verkäufer oder das AliExpress-Lager verpackt deine Bestellung. Sie ist noch nicht unterwegs.',
      next: 'Das Paket wird an den Versanddienstleister übergeben und die ersten Scans erscheinen.',
      worry: 'Normal. Wenn sich nach {worryDays} Tagen nichts tut, schreib dem Verkäufer.',
    },

    // ---- versendet ----
    'shipment-info-received': {
      title: 'Versandetikett erstellt',
      meaning: 'Der Verkäufer hat die Sendung angelegt und die Daten an den Versanddienstleister geschickt. Das Paket selbst hat sich vielleicht noch nicht bewegt.',
      next: 'Der Versanddienstleister holt das Paket ab und scannt es.',
      worry: 'Zwischen Etikett und erstem Scan kann etwas Zeit vergehen. Gibt es nach {worryDays} Tagen immer noch keinen Scan, frag den Verkäufer.',
    },
    'pre-shipment-notice': {
      title: 'Sendung angekündigt',
      meaning: 'Das ist nur eine Vorankündigung mit den Paketdaten. Es heißt nicht, dass das Paket unterwegs ist.',
      next: 'Der Versanddienstleister holt das Paket ab und die echten Scans beginnen.',
      worry: 'Folgt innerhalb von {worryDays} Tagen keine echte Bewegung, frag den Verkäufer, ob das Paket wirklich übergeben wurde.',
    },
    'order-shipped': {
      title: 'Bestellung versendet',
      meaning: 'Der Verkäufer hat die Bestellung als versendet markiert und eine Sendungsnummer angegeben.',
      next: 'Der Versanddienstleister scannt das Paket und bringt es in ein Sortierzentrum.',
      worry: 'Die ersten Scans können ein paar Tage dauern. Erscheint nach {worryDays} Tagen nichts, frag den Verkäufer.',
    },
    'awaiting-delivery': {
      title: 'Warten auf Zustellung',
      meaning: 'Die Bestellung ist versendet und unterwegs. Die Sendungsverfolgung zeigt, wo sie gerade ist.',
      next: 'Das Paket durchläuft Sortierung, Flug, Zoll und deinen Zusteller vor Ort.',
      worry: 'Kein Grund zur Sorge. Bestätige den Erhalt nie, bevor du die Ware hast, auch wenn der Verkäufer darum bittet: Damit wird die Zahlung freigegeben und dein Käuferschutz endet.',
    },
    'warehouse-order-received': {
      title: 'Bestellung im Lager eingegangen',
      meaning: 'Ein AliExpress-Versandlager hat deine Bestellung erhalten und stellt sie zusammen und verpackt sie.',
      next: 'Das Lager verpackt das Paket und übergibt es an den Versanddienstleister.',
      worry: 'Normal. Bleibt es {worryDays} Tage bei diesem Stand, frag den Verkäufer.',
    },
    'warehouse-packing': {
      title: 'Wird verpackt',
      meaning: 'Das Lager stellt deine Artikel zusammen und verpackt das Paket.',
      next: 'Das Paket verlässt das Lager mit dem Versanddienstleister.',
      worry: 'Normal. Wenn sich nach {worryDays} Tagen nichts tut, frag den Verkäufer.',
    },
    'left-warehouse': {
      title: 'Lager verlassen',
      meaning: 'Das Paket hat das Lager verlassen und wird an den Versanddienstleister übergeben.',
      next: 'Der Versanddienstleister erfasst es und bringt es in ein Sortierzentrum.',
      worry: 'Scans innerhalb Chinas sind oft spärlich. Erscheint nach {worryDays} Tagen nichts Neues, frag den Verkäufer.',
    },
    'consolidation-warehouse': {
      title: 'In einem Sammellager',
      meaning: 'Das Paket ist in einem Lager, in dem Pakete vor dem Export gebündelt werden.',
      next: 'Es geht weiter in ein Sortierzentrum oder direkt in den Export.',
      worry: 'Normal. Bleibt es {worryDays} Tage dort, frag den Verkäufer.',
    },
    'collected-by-carrier': {
      title: 'Vom Versanddienstleister abgeholt',
      meaning: 'Der Versanddienstleister hat das Paket gescannt und ist jetzt dafür verantwortlich. Es ist noch in China.',
      next: 'Das Paket kommt in ein Sortierzentrum und dann in den Export.',
      worry: 'Die Sendungsverfolgung in China ist oft still. Frag den Verkäufer nur, wenn sich nach {worryDays} Tagen nichts ändert; große Rabattaktionen können diesen Schritt verlangsamen.',
    },
    'carrier-pickup-failed': {
      title: 'Abholung fehlgeschlagen',
      meaning: 'Der Versanddienstleister wollte das Paket beim Verkäufer abholen, hat es aber nicht bekommen.',
      next: 'Der Verkäufer vereinbart eine neue Abholung.',
      worry: 'Wird oft schnell gelöst. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Schreib dem Verkäufer über die AliExpress-Nachrichten und frag, wann das Paket abgeholt wird. Läuft die Lieferzeit ab, eröffne auf der Bestellseite einen Streitfall.',
    },
    'warehouse-problem': {
      title: 'Problem im Lager',
      meaning: 'Das Lager hat ein Problem mit deiner Bestellung gemeldet, etwa mit dem Bestand oder eine abgelehnte Bestellung.',
      next: 'Der Verkäufer behebt es, versendet neu oder storniert die Bestellung.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten, was los ist. Antwortet er nicht oder kann er nicht versenden, eröffne auf der Bestellseite einen Streitfall.',
    },

    // ---- Sortierung in China ----
    'origin-sorting-inbound': {
      title: 'Im Sortierzentrum in China',
      meaning: 'Das Paket ist in einem Sortierzentrum in China angekommen und wird dort mit anderen Paketen für dein Land gebündelt.',
      next: 'Es verlässt das Sortierzentrum in Richtung Export.',
      worry: 'Normal. Scans in China sind oft spärlich; mach dir erst Sorgen, wenn sich nach {worryDays} Tagen nichts ändert.',
    },
    'origin-sorting-outbound': {
      title: 'Sortierzentrum verlassen',
      meaning: 'Das Paket wurde für dein Land in einen Sack gepackt und hat das Sortierzentrum verlassen.',
      next: 'Es wird an das Transportunternehmen für den Auslandsversand übergeben und geht durch den Ausfuhrzoll.',
      worry: 'Normal. Eine Weile kann es keine Neuigkeiten geben; mach dir erst Sorgen, wenn sich nach {worryDays} Tagen nichts ändert.',
    },
    'origin-sorting-problem': {
      title: 'Im Sortierzentrum aufgehalten',
      meaning: 'Das Sortierzentrum konnte das Paket nicht wie geplant bearbeiten. Meist ist es eine Verzögerung in der Logistik, manchmal ein Problem mit der Adresse oder dem Inhalt.',
      next: 'Der Versanddienstleister versucht es erneut, oder das Paket geht zurück an den Verkäufer.',
      worry: 'Oft erledigt sich das von selbst. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten, was passiert ist. Wird das Paket zurückgeschickt oder hängt es fest, eröffne auf der Bestellseite einen Streitfall.',
    },

    // ---- Export ----
    'linehaul-received': {
      title: 'An Transportunternehmen übergeben',
      meaning: 'Das Paket ist bei dem Unternehmen, das die Sammelsäcke ins Ausland bringt. Es ist noch in China.',
      next: 'Der Ausfuhrzoll fertigt die Säcke ab, dann gehen sie an die Fluggesellschaft.',
      worry: 'Die Säcke warten hier, bis in einem Flugzeug, Lkw oder Schiff Platz frei ist. Mach dir erst Sorgen, wenn sich nach {worryDays} Tagen nichts ändert.',
    },
    'linehaul-handover-problem': {
      title: 'Übergabe an Transportunternehmen fehlgeschlagen',
      meaning: 'Die Übergabe an das Transportunternehmen für den Auslandsversand hat nicht geklappt.',
      next: 'Der Versanddienstleister versucht es erneut oder schickt das Paket an den Verkäufer zurück.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten. Hängt das Paket fest oder wird es zurückgeschickt, eröffne auf der Bestellseite einen Streitfall.',
    },
    'export-customs-started': {
      title: 'Ausfuhrabfertigung begonnen',
      meaning: 'Der chinesische Zoll prüft den Sack mit deinem Paket, bevor er das Land verlässt.',
      next: 'Die Ausfuhrabfertigung wird abgeschlossen und der Sack geht an die Fluggesellschaft.',
      worry: 'Routine. Mach dir erst Sorgen, wenn sich nach {worryDays} Tagen nichts ändert.',
    },
    'export-customs-cleared': {
      title: 'Zur Ausfuhr freigegeben',
      meaning: 'Das Paket darf China verlassen.',
      next: 'Es wird für den Weg ins Ausland an die Fluggesellschaft oder ein anderes Transportunternehmen übergeben.',
      worry: 'Normal. Mach dir erst Sorgen, wenn sich nach {worryDays} Tagen nichts ändert.',
    },
    'export-customs-failed': {
      title: 'Problem beim Ausfuhrzoll',
      meaning: 'Der chinesische Zoll hat das Paket nicht wie geplant ausreisen lassen.',
      next: 'Das Problem wird behoben, oder das Paket geht an den Verkäufer zurück.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten, was passiert ist. Kann das Paket nicht verschickt werden, eröffne auf der Bestellseite einen Streitfall.',
    },
    'awaiting-flight': {
      title: 'Wartet auf Flug',
      meaning: 'Das Paket ist bereit, China zu verlassen, und wartet auf einen Platz in einem Flugzeug.',
      next: 'Es wird an die Fluggesellschaft übergeben und in dein Land oder zu einem Transit-Drehkreuz geflogen.',
      worry: 'Das Warten auf einen Flug ist normal, und die Sendungsverfolgung ist jetzt oft still. Mach dir erst Sorgen, wenn sich nach {worryDays} Tagen nichts ändert.',
    },

    // ---- international ----
    'hand-over-to-airline': {
      title: 'An Fluggesellschaft übergeben',
      meaning: 'Der Sack mit deinem Paket ist bei der Fluggesellschaft oder ihrem Abfertiger für den Flug ins Ausland.',
      next: 'Das Flugzeug landet und das Paket wird in deinem Land oder an einem Transit-Drehkreuz gescannt.',
      worry: 'Das ist oft der längste stille Abschnitt: Die Sendungsverfolgung kann hier eine ganze Weile stehen bleiben, und das ist normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen und behalte den Countdown des Käuferschutzes im Blick.',
    },
    'airline-handover-failed': {
      title: 'Von der Fluggesellschaft nicht angenommen',
      meaning: 'Die Fluggesellschaft oder die Luftsicherheitskontrolle hat den Sack mit deinem Paket nicht angenommen.',
      next: 'Das Paket wartet auf einen anderen Flug, nimmt einen anderen Weg oder geht an den Verkäufer zurück.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten, wie es jetzt weitergeht. Wird das Paket zurückgeschickt oder hängt es fest, eröffne auf der Bestellseite einen Streitfall.',
    },
    'departed-origin-country': {
      title: 'China verlassen',
      meaning: 'Das Paket hat China per Flugzeug, Lkw oder Zug verlassen.',
      next: 'Es wird bei der Ankunft in deinem Land oder an einem Transit-Drehkreuz gescannt.',
      worry: 'Die Reise selbst ist kurz, aber der Ankunftsscan kann viel später kommen. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'in-transit': {
      title: 'Unterwegs',
      meaning: 'Eine allgemeine Meldung: Das Paket ist zwischen zwei Schritten seiner Reise unterwegs.',
      next: 'Der nächste genaue Scan zeigt, wo es ist.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ganz ohne Neuigkeiten Sorgen.',
    },
    'arrived-transit-country': {
      title: 'An einem Transit-Drehkreuz',
      meaning: 'Das Paket durchläuft ein Drehkreuz in einem anderen Land, für Europa zum Beispiel Lüttich (Liège) in Belgien. Es ist noch nicht in deinem Land.',
      next: 'Es verlässt das Drehkreuz in Richtung deines Landes.',
      worry: 'Pakete können eine Weile an Drehkreuzen liegen. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'departed-transit-country': {
      title: 'Transit-Drehkreuz verlassen',
      meaning: 'Das Paket hat das Transit-Drehkreuz in Richtung deines Landes verlassen.',
      next: 'Es kommt in deinem Land an und geht zum Zoll.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'transit-customs-started': {
      title: 'Zoll in einem Transitland',
      meaning: 'Das Paket wird vom Zoll eines Landes geprüft, durch das es reist.',
      next: 'Es wird freigegeben und reist weiter in dein Land.',
      worry: 'Routine. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'transit-customs-cleared': {
      title: 'Im Transitland freigegeben',
      meaning: 'Der Zoll im Transitland hat das Paket freigegeben.',
      next: 'Es reist weiter in dein Land.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'transit-customs-failed': {
      title: 'Problem in einem Transitland',
      meaning: 'Der Zoll in einem Land auf dem Weg hat das Paket nicht wie geplant freigegeben.',
      next: 'Das Problem wird behoben, oder das Paket wird zurückgeschickt.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten, wie es jetzt weitergeht. Hängt das Paket fest oder geht es zurück, eröffne auf der Bestellseite einen Streitfall.',
    },
    'rerouted-in-transit': {
      title: 'Unterwegs umgeleitet',
      meaning: 'Das Paket wurde an einem Transitpunkt auf eine andere Route geschickt.',
      next: 'Es reist auf der neuen Route weiter in dein Land.',
      worry: 'Eine Umleitung kostet Zeit, ist aber an sich kein Problem. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },

    // ---- angekommen ----
    'arrived-destination-country': {
      title: 'Im Zielland angekommen',
      meaning: 'Das Paket ist gelandet und beim Transportunternehmen für den Auslandsversand. Vorsicht: Dieser Scan kann auch von einem Transit-Drehkreuz wie Lüttich stammen statt aus deinem eigenen Land.',
      next: 'Es wird dem Zoll vorgelegt und dann an deinen Zusteller vor Ort übergeben.',
      worry: 'Danach ist es oft eine Weile still: Der Zusteller vor Ort hat seine Scans vielleicht noch nicht übermittelt, und günstige Economy-Versandarten werden ab hier oft nicht mehr aktualisiert. Gibt es nach {worryDays} Tagen keine Neuigkeiten, frag bei deiner Post nach oder such nach einer neuen lokalen Sendungsnummer.',
    },
    'arrived-at-eu-hub': {
      title: 'Am europäischen Drehkreuz',
      meaning: 'Das Paket ist an einem europäischen Drehkreuz, etwa dem Cainiao-Hub in Lüttich. Meist ist das noch nicht dein Land.',
      next: 'Es wird an den Zoll und den Zusteller in deinem Land weitergeschickt.',
      worry: 'Pakete können am Drehkreuz warten, bevor es weitergeht. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'arrived-customs-area': {
      title: 'Im Zollbereich',
      meaning: 'Das Paket ist in dem Bereich angekommen, in dem es darauf wartet, dem Zoll vorgelegt zu werden.',
      next: 'Der Zoll prüft es.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'linehaul-arrival-problem': {
      title: 'Problem bei der Ankunft',
      meaning: 'Beim Ankunftsscan im Zielland wurde ein Problem gemeldet.',
      next: 'Das Problem wird behoben und das Paket geht zum Zoll, oder es wird zurückgeschickt.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten, was passiert ist. Hängt das Paket fest, eröffne auf der Bestellseite einen Streitfall.',
    },
    'correios-received-in-brazil': {
      title: 'Von Correios in Brasilien übernommen',
      meaning: 'Correios hat das Paket in Brasilien erhalten.',
      next: 'Es durchläuft die Zollkontrolle und geht dann in die Zustellung.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'russian-post-exchange-arrived': {
      title: 'Im internationalen Postaustauschamt',
      meaning: 'Das Paket ist in dem Amt der Russischen Post angekommen, das Post aus dem Ausland bearbeitet.',
      next: 'Es wird dem Zoll übergeben.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },

    // ---- Einfuhrzoll ----
    'at-customs': {
      title: 'Beim Zoll',
      meaning: 'Das Paket wurde dem Zoll in deinem Land vorgelegt.',
      next: 'Der Zoll prüft es und gibt es für deinen Zusteller vor Ort frei.',
      worry: 'Die meisten Pakete kommen durch, ohne dass du etwas tun musst. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'import-customs-started': {
      title: 'Verzollung begonnen',
      meaning: 'Die Einfuhranmeldung wurde abgegeben. Das passiert oft vorab, deshalb kann diese Meldung erscheinen, bevor das Paket China überhaupt verlassen hat.',
      next: 'Der Zoll schließt die Prüfung ab und gibt das Paket frei.',
      worry: 'Das heißt nicht, dass das Paket schon in deinem Land ist. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'processing-in-customs': {
      title: 'Zollabfertigung läuft',
      meaning: 'Der Zoll prüft das Paket.',
      next: 'Es wird freigegeben und an deinen Zusteller vor Ort übergeben.',
      worry: 'Die meisten Pakete kommen durch, ohne dass du etwas tun musst. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'customs-cleared': {
      title: 'Verzollung abgeschlossen',
      meaning: 'Der Zoll hat das Paket freigegeben.',
      next: 'Dein Zusteller vor Ort übernimmt es.',
      worry: 'Gute Nachricht. Wirst du später per SMS aufgefordert, eine kleine Gebühr zu zahlen, ist das fast sicher Betrug. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'leaving-customs': {
      title: 'Zoll verlassen, wartet auf Übergabe',
      meaning: 'Das Paket hat den Zoll verlassen und wartet auf die Übergabe an den Zusteller vor Ort.',
      next: 'Der Zusteller vor Ort übernimmt es, oft mit einer neuen Sendungsnummer.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'held-by-customs': {
      title: 'Vom Zoll zurückgehalten',
      meaning: 'Der Zoll hat das Paket angehalten. Meist müssen Abgaben bezahlt oder eine Rechnung oder ein Wertnachweis vorgelegt werden; manchmal unterliegt der Artikel Beschränkungen.',
      next: 'Der Zusteller oder der Zoll meldet sich bei dir, per Brief, Benachrichtigungskarte oder E-Mail, und das Paket wird freigegeben, sobald alles geklärt ist.',
      worry: 'Nimm das ernst: Ein Paket, um das sich niemand kümmert, geht zurück, und Streitfälle gehen dann meist verloren. Werde aktiv, wenn dich innerhalb von {worryDays} Tagen nichts erreicht.',
      action: 'Verfolge das Paket auf der Website deines Zustellers vor Ort mit dessen eigener Sendungsnummer und folge den Anweisungen dort. Zahle oder schicke Unterlagen nur über die offizielle Website des Zustellers oder des Zolls, nie über einen Link in einer SMS. Bitte den Verkäufer um eine Rechnung, wenn der Zoll eine verlangt.',
    },
    'customs-documents-requested': {
      title: 'Zoll braucht Angaben',
      meaning: 'Der Zoll oder der Zusteller braucht mehr von dir, etwa die Rechnung, den Warenwert oder deinen Ausweis.',
      next: 'Sobald du alles geschickt hast, schließt der Zoll die Prüfung ab und gibt das Paket frei.',
      worry: 'Werde jetzt aktiv: Es gibt eine Frist, danach geht das Paket an den Absender zurück.',
      action: 'Schick die Unterlagen über die offizielle Website des Zustellers oder des Zolls (gib die Adresse selbst ein). Die Rechnung findest du auf der Bestellseite, oder du bittest den Verkäufer über die AliExpress-Nachrichten darum.',
    },
    'duties-to-pay': {
      title: 'Abgaben zu zahlen',
      meaning: 'Der Zoll hat Steuern oder Zölle auf dieses Paket erhoben, und du musst sie vor der Zustellung bezahlen.',
      next: 'Nach der Zahlung wird das Paket freigegeben und zugestellt.',
      worry: 'Werde jetzt aktiv: Unbezahlte Pakete gehen nach Fristablauf zurück, und AliExpress erstattet sie meist nicht. Eine SMS, die über einen Link eine kleine Gebühr verlangt, ist Betrug.',
      action: 'Zahle nur auf der offiziellen Website deines Zustellers oder des Zolls oder am Schalter, mit der eigenen Sendungsnummer des Pakets. Wenn du glaubst, diese Steuern schon beim Kauf bezahlt zu haben, wende dich mit deinen Bestelldaten an den Verkäufer und an AliExpress.',
    },
    'confiscated-by-customs': {
      title: 'Vom Zoll beschlagnahmt',
      meaning: 'Der Zoll hat das Paket beschlagnahmt, zum Beispiel weil der Artikel verboten oder gefälscht ist.',
      next: 'Das Paket wird nicht zugestellt.',
      worry: 'Das Paket ist für dich verloren; jetzt geht es um dein Geld.',
      action: 'Besorge dir den offiziellen Bescheid vom Zoll oder vom Zusteller. Eröffne dann auf der AliExpress-Bestellseite einen Streitfall, hänge den Bescheid an und informiere den Verkäufer über die AliExpress-Nachrichten.',
    },
    'correos-customs-notice': {
      title: 'Correos: Zollverfahren',
      meaning: 'Correos braucht von dir Angaben für ein Zollverfahren, meist bei einem Paket, für das beim Kauf keine Mehrwertsteuer bezahlt wurde oder dessen Wert über der EU-Grenze liegt.',
      next: 'Sobald du die Angaben geschickt und bezahlt hast, gibt Correos das Paket frei.',
      worry: 'Werde jetzt aktiv: Die Frist ist kurz, danach geht das Paket zurück.',
      action: 'Folge der Correos-Benachrichtigung auf der offiziellen Correos-Website und gib die Adresse selbst ein. Zahle nie über einen Link aus einer SMS. Frag den Verkäufer bei Bedarf über die AliExpress-Nachrichten nach der Rechnung.',
    },
    'royal-mail-fee-to-pay': {
      title: 'Royal Mail: Gebühr zu zahlen',
      meaning: 'Royal Mail hält dein Paket zurück, bis eine Zollgebühr und die Bearbeitungsgebühr bezahlt sind. Meist bekommst du eine graue Karte.',
      next: 'Nach der Zahlung wird das Paket zugestellt oder kann abgeholt werden.',
      worry: 'Werde bald aktiv: Royal Mail schickt die Sendung nach einer festen Frist zurück. Royal Mail verlangt nie Zahlungen per Telefon oder über einen Link in einer SMS.',
      action: 'Zahle auf der Royal-Mail-Website (gib die Adresse selbst ein) mit der Referenz von der Karte oder im Zustellamt. Wurden die Steuern schon beim Kauf berechnet, wende dich an den Verkäufer und an AliExpress.',
    },
    'usps-international-service-center': {
      title: 'In einem USPS International Service Center',
      meaning: 'Das Paket ist in einem USPS-Zentrum für eingehende Auslandspost, in dem die Zollkontrolle stattfindet.',
      next: 'Es wird ins USPS-Netz in deine Richtung weitergeleitet.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'canada-presented-for-review': {
      title: 'Dem kanadischen Zoll vorgelegt',
      meaning: 'Das Paket ist in Kanada angekommen und wird von der CBSA geprüft. Das ist eine Routinekontrolle.',
      next: 'Die CBSA gibt es frei und Canada Post stellt es zu und kassiert dabei eventuell fällige Abgaben.',
      worry: 'Canada Post kann den Zoll nicht beschleunigen. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'canada-released-by-cbsa': {
      title: 'Vom kanadischen Zoll freigegeben',
      meaning: 'Die CBSA ist mit dem Paket fertig und hat es an Canada Post zurückgegeben.',
      next: 'Canada Post stellt es zu.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'australia-awaiting-clearance': {
      title: 'Angekommen, wartet auf Verzollung',
      meaning: 'Das Paket ist in Australien und wartet auf die Zollabfertigung.',
      next: 'Es wird abgefertigt und Australia Post stellt es zu.',
      worry: 'Geht meist schnell, kann in Stoßzeiten aber länger dauern, und die Sendungsverfolgung zeigt vielleicht noch den Zoll an, obwohl das Paket schon freigegeben ist. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'correios-customs-inspection': {
      title: 'Zollkontrolle (Correios)',
      meaning: 'Die Receita Federal kontrolliert das Paket. Meldet sie die Kontrolle als abgeschlossen, geht es weiter.',
      next: 'Es wird freigegeben, oder es erscheint eine Zahlungsaufforderung, wenn die Steuern beim Kauf nicht bezahlt wurden.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'correios-awaiting-payment': {
      title: 'Wartet auf Zahlung (Correios)',
      meaning: 'Correios hält das Paket zurück, bis die Einfuhrabgaben bezahlt sind. Das passiert, wenn sie beim Kauf nicht erhoben wurden.',
      next: 'Nach der Zahlung stellt Correios das Paket zu.',
      worry: 'Werde jetzt aktiv: Es gibt eine Zahlungsfrist, danach geht das Paket zurück. Correios verschickt nie Zahlungslinks oder PIX-Schlüssel per SMS.',
      action: 'Zahle nur unter „Minhas Importações“ auf der offiziellen Website oder in der offiziellen App von Correios und gib die Adresse selbst ein. Hat AliExpress die Steuern schon beim Kauf berechnet, wende dich mit deinen Bestelldaten an den Verkäufer und an AliExpress.',
    },
    'russian-post-handed-to-customs': {
      title: 'An den Zoll übergeben',
      meaning: 'Die Russische Post hat das Paket dem Zoll zur Prüfung übergeben.',
      next: 'Der Zoll gibt es frei und es verlässt das Postaustauschamt.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'russian-post-released-by-customs': {
      title: 'Vom Zoll freigegeben',
      meaning: 'Der Zoll ist mit dem Paket fertig.',
      next: 'Es verlässt das internationale Postaustauschamt in deine Richtung.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },

    // ---- Zusteller vor Ort ----
    'last-mile-notified': {
      title: 'Zusteller vor Ort informiert',
      meaning: 'Dein Zusteller vor Ort hat die Paketdaten erhalten. Das Paket selbst hat er vielleicht noch nicht.',
      next: 'Der Zusteller vor Ort erhält das Paket und scannt es.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'accepted-by-last-mile-carrier': {
      title: 'Vom Zusteller im Zielland übernommen',
      meaning: 'Deine Post oder dein Paketdienst hat das Paket. Oft bekommt es dort eine eigene, neue Sendungsnummer.',
      next: 'Der Zusteller sortiert es und stellt es zu oder bringt es zu einer Abholstelle.',
      worry: 'Ab jetzt ist die Sendungsverfolgung des Zustellers vor Ort meist aktueller. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'delivery-update': {
      title: 'Zustellinformation aktualisiert',
      meaning: 'Dein Zusteller vor Ort hat die Zustelldaten aktualisiert.',
      next: 'Das Paket geht weiter zu deiner Zustellbasis.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'new-local-tracking-number': {
      title: 'Neue lokale Sendungsnummer',
      meaning: 'Das Paket wurde neu etikettiert und hat jetzt bei deinem Zusteller vor Ort eine neue Nummer.',
      next: 'Verfolge das Paket mit der neuen Nummer auf der Website des Zustellers.',
      worry: 'Eine neue Nummer ist normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'local-sorting-centre': {
      title: 'In einem Sortierzentrum im Inland',
      meaning: 'Das Paket wird im Zustellnetz deines Landes sortiert.',
      next: 'Es geht zu der Zustellbasis, die deine Adresse beliefert.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'at-delivery-office': {
      title: 'In der Zustellbasis',
      meaning: 'Das Paket ist in der Zustellbasis oder dem Depot, das deine Adresse beliefert.',
      next: 'Es geht in die Zustellung oder zu einer Abholstelle.',
      worry: 'Die Zustellung ist nah. Wende dich an den Zusteller vor Ort, wenn nach {worryDays} Tagen nichts passiert.',
    },
    'correos-admitted-cam': {
      title: 'Correos: im Annahmezentrum angenommen',
      meaning: 'Correos hat das Paket in einem Centro de Admisión Masiva angenommen, über das Massensendungen großer Versender in sein Netz kommen.',
      next: 'Es geht in ein automatisches Sortierzentrum (CTA).',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'correos-sorted-cta': {
      title: 'Correos: im automatischen Sortierzentrum',
      meaning: 'Das Paket ist in einem Centro de Tratamiento Automatizado von Correos und wird für deine Gegend sortiert.',
      next: 'Es geht zu deiner Zustellstelle vor Ort.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'la-poste-in-transit': {
      title: 'La Poste: unterwegs',
      meaning: 'La Poste oder Colissimo hat das Paket und transportiert es durch sein Netz.',
      next: 'Es erreicht deinen Zustellstandort und geht in die Zustellung.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'postnl-in-network': {
      title: 'PostNL: in Bearbeitung',
      meaning: 'PostNL hat das Paket und sortiert es.',
      next: 'Es wird zugestellt oder zu einem PostNL-Punkt gebracht.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'dhl-parcel-centre': {
      title: 'DHL: im Paketzentrum',
      meaning: 'DHL oder die Deutsche Post bearbeitet das Paket in einem ihrer Zentren.',
      next: 'Es geht in die Zustellung, in eine Packstation oder in eine Filiale.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'usps-regional-facility': {
      title: 'USPS: in einem regionalen Zentrum',
      meaning: 'Das Paket ist im USPS-Netz unterwegs.',
      next: 'Es erreicht dein Postamt und geht in die Zustellung.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'russian-post-left-exchange': {
      title: 'Internationales Postaustauschamt verlassen',
      meaning: 'Das Paket hat das Zollamt verlassen und ist innerhalb Russlands unterwegs.',
      next: 'Es durchläuft Sortierzentren bis zu deinem Postamt.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'russian-post-sorting-centre': {
      title: 'Im Sortierzentrum',
      meaning: 'Das Paket ist in einem Sortierzentrum der Russischen Post.',
      next: 'Es geht zu deinem Postamt.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'redirected-to-door': {
      title: 'Auf Haustürzustellung umgestellt',
      meaning: 'Die Lieferadresse wurde auf eine Wohnadresse geändert, von dir, vom System oder vom Zusteller.',
      next: 'Das Paket wird an diese Adresse zugestellt.',
      worry: 'Prüfe, ob die Adresse stimmt. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'pickup-point-changed': {
      title: 'Abholstelle geändert',
      meaning: 'Das Paket geht an eine andere Abholstelle als ursprünglich geplant.',
      next: 'Es kommt an der neuen Abholstelle an und du wirst benachrichtigt.',
      worry: 'Achte darauf, welche Abholstelle es jetzt ist. Wirst du nicht innerhalb von {worryDays} Tagen benachrichtigt, frag beim Zusteller nach.',
      action: 'Prüfe die neue Abholstelle auf der Website des Zustellers vor Ort mit der eigenen Sendungsnummer des Pakets. Wende dich an den Zusteller, wenn dir der neue Ort nicht passt.',
    },
    'address-update-needed': {
      title: 'Problem mit der Adresse',
      meaning: 'Der Zusteller kann an die Adresse so nicht zustellen und wartet darauf, dass du sie korrigierst.',
      next: 'Sobald die Adresse korrigiert ist, geht die Zustellung weiter.',
      worry: 'Werde jetzt aktiv: Wird die Adresse nicht korrigiert, geht das Paket zurück.',
      action: 'Korrigiere die Adresse beim Zusteller vor Ort mit dessen eigener Sendungsnummer oder über den Link in der AliExpress-Bestellung, falls es einen gibt. Informiere den Verkäufer über die AliExpress-Nachrichten.',
    },
    'last-mile-problem': {
      title: 'Problem beim Zusteller vor Ort',
      meaning: 'Dein Zusteller vor Ort hat bei der Bearbeitung des Pakets ein Problem gemeldet.',
      next: 'Der Zusteller behebt es und die Zustellung geht weiter, oder das Paket wird zurückgeschickt.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Verfolge das Paket auf der Website des Zustellers vor Ort mit dessen eigener Sendungsnummer und wende dich an den Zusteller. Informiere den Verkäufer über die AliExpress-Nachrichten.',
    },

    // ---- Zustellung oder Abholung ----
    'out-for-delivery': {
      title: 'In Zustellung',
      meaning: 'Das Paket ist im Zustellfahrzeug oder beim Postboten.',
      next: 'Es wird zugestellt, oder du bekommst eine Benachrichtigung, wenn niemand da ist.',
      worry: 'Ist es nach {worryDays} Tagen nicht angekommen, schau in der Sendungsverfolgung des Zustellers nach einer Benachrichtigung oder einer Abholstelle.',
    },
    'redelivery-attempt': {
      title: 'Neuer Zustellversuch',
      meaning: 'Der Zusteller versucht erneut, das Paket zuzustellen.',
      next: 'Es wird zugestellt oder zu einer Abholstelle gebracht, wenn niemand da ist.',
      worry: 'Ist es nach {worryDays} Tagen nicht angekommen, such nach einer Benachrichtigungskarte oder einer Abholstelle.',
    },
    'delivery-attempt-failed': {
      title: 'Zustellversuch fehlgeschlagen',
      meaning: 'Der Zusteller konnte nicht zustellen: niemand zu Hause, ein Problem mit Adresse oder Zugang, oder es gab gar keinen echten Versuch. Beim ersten Versuch bleibt oft keine Benachrichtigungskarte zurück.',
      next: 'Meist versucht es der Zusteller erneut oder bringt das Paket in eine Filiale oder zu einer Abholstelle.',
      worry: 'Werde jetzt aktiv: Verpasst du die Abholfrist, geht das Paket zurück und du verlierst wahrscheinlich dein Geld.',
      action: 'Sieh auf der Website des Zustellers mit der eigenen Sendungsnummer des Pakets nach: Vereinbare eine neue Zustellung oder finde heraus, wo du es abholen kannst, und prüfe deine Adresse. Gab es keinen echten Zustellversuch, beschwere dich beim Zusteller und informiere den Verkäufer über die AliExpress-Nachrichten.',
    },
    'delivery-notice-left': {
      title: 'Benachrichtigung hinterlassen',
      meaning: 'Der Zusteller hat eine Benachrichtigungskarte hinterlassen: Das Paket liegt in einer Filiale oder an einer Abholstelle bereit oder kann neu zugestellt werden.',
      next: 'Du holst es ab oder vereinbarst eine neue Zustellung.',
      worry: 'Werde bald aktiv: Das Paket wird nur begrenzte Zeit aufbewahrt.',
      action: 'Folge der Benachrichtigung: Vereinbare eine neue Zustellung oder hol das Paket vor Fristende mit Ausweis ab. Nutze die offizielle Website des Zustellers mit der eigenen Sendungsnummer des Pakets.',
    },
    'pickup-hub-inbound': {
      title: 'Im Verteilzentrum für Abholstellen',
      meaning: 'Das Paket ist in einem Zentrum, das Abholstellen und Paketautomaten beliefert. Es ist noch nicht an deiner Abholstelle.',
      next: 'Es geht zu deiner Abholstelle und du wirst benachrichtigt.',
      worry: 'Normal. Mach dir erst nach {worryDays} Tagen ohne Neuigkeiten Sorgen.',
    },
    'arrived-at-pickup-point': {
      title: 'An der Abholstelle',
      meaning: 'Das Paket ist zur Abholung an einer Abholstelle, in einem Paketautomaten oder in einer Filiale angekommen.',
      next: 'Du holst es ab; danach erscheint es als zugestellt.',
      worry: 'Werde jetzt aktiv: Abholstellen bewahren Pakete nur begrenzte Zeit auf und schicken sie dann zurück.',
      action: 'Hol es vor Fristende mit Ausweis oder Abholcode ab. Adresse und Öffnungszeiten findest du auf der Website des Zustellers vor Ort mit der eigenen Sendungsnummer des Pakets.',
    },
    'waiting-for-pickup': {
      title: 'Wartet auf Abholung',
      meaning: 'Das Paket wartet in einer Filiale, an einer Abholstelle oder in einem Paketautomaten auf dich.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: Nicht abgeholte Pakete gehen zurück, und AliExpress entscheidet dann meist gegen den Käufer.',
      action: 'Hol es vor Fristende mit Ausweis oder Abholcode ab. Wo und bis wann, siehst du auf der Website des Zustellers vor Ort mit der eigenen Sendungsnummer des Pakets.',
    },
    'pickup-point-signed': {
      title: 'Von der Abholstelle quittiert',
      meaning: 'Die Abholstelle oder der Paketautomat hat den Empfang des Pakets quittiert. Das ist deren Unterschrift, nicht deine: Das Paket wartet auf dich und ist noch nicht zugestellt.',
      next: 'Du holst es ab; erst dann ist es wirklich zugestellt.',
      worry: 'Werde jetzt aktiv: Holt es niemand rechtzeitig ab, geht es an den Absender zurück.',
      action: 'Hol es vor Fristende mit Ausweis oder Abholcode ab. Die Abholstelle findest du auf der Website des Zustellers vor Ort mit der eigenen Sendungsnummer des Pakets.',
    },
    'parcel-in-locker': {
      title: 'Im Paketautomaten',
      meaning: 'Das Paket wurde für dich in einen Paketautomaten gelegt.',
      next: 'Du öffnest das Fach mit deinem Code und nimmst es heraus.',
      worry: 'Werde jetzt aktiv: Die Fristen am Paketautomaten sind kurz, danach wird das Paket woanders hingebracht oder zurückgeschickt.',
      action: 'Hol es vor Fristende mit dem Code aus der Nachricht oder App des Zustellers ab. Schaffst du es nicht, frag den Zusteller nach einer Verlängerung.',
    },
    'pickup-reminder': {
      title: 'Abholerinnerung',
      meaning: 'Der Zusteller erinnert dich daran, dass das Paket noch auf Abholung wartet.',
      next: 'Du holst es ab; sonst geht es bald zurück.',
      worry: 'Werde jetzt aktiv: Die Frist läuft bald ab.',
      action: 'Hol es so bald wie möglich mit Ausweis oder Abholcode ab. Die Frist siehst du auf der Website des Zustellers vor Ort mit der eigenen Sendungsnummer des Pakets.',
    },
    'pickup-point-refused': {
      title: 'Abholstelle konnte es nicht annehmen',
      meaning: 'Die Abholstelle oder der Paketautomat konnte das Paket nicht annehmen, zum Beispiel, weil kein Platz frei war oder die Stelle geschlossen hatte.',
      next: 'Das Paket geht an eine andere Stelle oder zurück zur Zustellbasis.',
      worry: 'Behalte es im Blick. Erfährst du nicht innerhalb von {worryDays} Tagen, wo es ist, werde aktiv.',
      action: 'Verfolge das Paket auf der Website des Zustellers vor Ort mit dessen eigener Sendungsnummer, um zu sehen, wohin es gegangen ist, und wende dich an den Zusteller. Informiere den Verkäufer über die AliExpress-Nachrichten.',
    },
    'correos-available-at-office': {
      title: 'Correos: in der Filiale abholbereit',
      meaning: 'Das Paket wartet in einer Correos-Filiale auf dich („Disponible en oficina“).',
      next: 'Du holst es ab; sonst geht es nach Ablauf der Lagerfrist zurück.',
      worry: 'Werde jetzt aktiv: Correos bewahrt Pakete nur begrenzte Zeit auf und hinterlässt nicht immer eine Benachrichtigung.',
      action: 'Geh mit Ausweis und Sendungsnummer zu der Filiale, die in der Correos-Sendungsverfolgung steht. Jemand anderes kann es mit deiner Vollmacht abholen.',
    },
    'la-poste-available-for-pickup': {
      title: 'La Poste: abholbereit',
      meaning: 'Das Paket wartet in einer Postfiliale oder einem Paketshop (Point Relais): „disponible en point de retrait“.',
      next: 'Du holst es ab; sonst geht es nach Fristablauf zurück.',
      worry: 'Werde jetzt aktiv: Die Frist steht in der Benachrichtigung oder Nachricht.',
      action: 'Hol es mit Ausweis und Benachrichtigung oder Code ab, vor der Frist, die in der Nachricht oder Sendungsverfolgung von La Poste steht.',
    },
    'postnl-ready-at-location': {
      title: 'PostNL: an einem PostNL-Punkt abholbereit',
      meaning: 'Das Paket wartet an einem PostNL-Punkt auf dich.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: PostNL bewahrt Pakete nur begrenzte Zeit auf.',
      action: 'Hol es mit Ausweis und dem Code von der Nicht-zu-Hause-Karte oder der Sendungsnummer ab. Ort und Frist siehst du in der PostNL-Sendungsverfolgung (Track & Trace).',
    },
    'dhl-ready-at-packstation': {
      title: 'DHL: in der Packstation abholbereit',
      meaning: 'Das Paket liegt für dich in einer DHL Packstation.',
      next: 'Du holst es mit der DHL-App oder der Benachrichtigung ab; sonst geht es zurück.',
      worry: 'Werde jetzt aktiv: Die Frist an der Packstation ist kurz.',
      action: 'Hol es vor Fristende mit der DHL-App oder dem Barcode aus der Benachrichtigung ab.',
    },
    'dhl-ready-at-branch': {
      title: 'DHL: in der Filiale abholbereit',
      meaning: 'Das Paket wartet in einer Filiale der Deutschen Post oder einem DHL Paketshop.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: Filialen bewahren Pakete nur begrenzte Zeit auf.',
      action: 'Hol es mit Ausweis und Benachrichtigungskarte oder Sendungsnummer ab. Die Adresse der Filiale steht in der DHL-Sendungsverfolgung.',
    },
    'poste-italiane-in-storage': {
      title: 'Poste Italiane: liegt zur Abholung (giacenza)',
      meaning: 'Das Paket konnte nicht zugestellt werden und wartet in der Postfiliale, die auf der Benachrichtigung steht.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: Die Lagerfrist ist begrenzt.',
      action: 'Hol es mit Ausweis und dem avviso di giacenza ab oder buche auf der Website von Poste Italiane eine neue Zustellung.',
    },
    'ctt-awaiting-collection': {
      title: 'CTT: wartet auf Abholung',
      meaning: 'Das Paket wartet in einem CTT-Geschäft oder an einer CTT-Stelle auf dich.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: Wie lange es aufbewahrt wird, steht auf der Benachrichtigung.',
      action: 'Hol es mit Ausweis und Benachrichtigung oder Sendungsnummer ab, vor der Frist, die auf der Benachrichtigung steht.',
    },
    'inpost-ready-in-locker': {
      title: 'InPost: im Paketautomaten abholbereit',
      meaning: 'Das Paket liegt für dich in einem InPost-Paczkomat.',
      next: 'Du öffnest das Fach mit dem Code; sonst kommt es in eine Filiale und geht dann zurück.',
      worry: 'Werde jetzt aktiv: Die Zeit im Paketautomaten ist kurz.',
      action: 'Hol es mit dem Code aus der InPost-App, der SMS oder der E-Mail ab. In der InPost-App kannst du eine Verlängerung kaufen, wenn du mehr Zeit brauchst.',
    },
    'royal-mail-item-waiting': {
      title: 'Royal Mail: Sendung wartet auf dich',
      meaning: 'Royal Mail konnte nicht zustellen und bewahrt das Paket im Zustellamt auf. Meist bekommst du eine Karte.',
      next: 'Du holst es ab oder buchst eine neue Zustellung; sonst geht es zurück.',
      worry: 'Werde bald aktiv: Royal Mail bewahrt Sendungen nur für eine feste Frist auf.',
      action: 'Hol es mit Ausweis und Karte im Zustellamt ab oder buche auf der Royal-Mail-Website eine neue Zustellung.',
    },
    'usps-available-for-pickup': {
      title: 'USPS: abholbereit',
      meaning: 'Das Paket ist in deinem Postamt, meist nachdem eine Benachrichtigung hinterlassen wurde.',
      next: 'Du holst es ab oder vereinbarst eine neue Zustellung; sonst geht es zurück.',
      worry: 'Werde bald aktiv: Das Postamt bewahrt es nur begrenzte Zeit auf.',
      action: 'Hol es mit Ausweis und Benachrichtigung ab oder vereinbare auf der USPS-Website mit der Sendungsnummer eine neue Zustellung.',
    },
    'canada-post-ready-for-pickup': {
      title: 'Canada Post: abholbereit',
      meaning: 'Das Paket wartet in einem Postamt, meist mit einer Benachrichtigungskarte.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde bald aktiv: Das Postamt bewahrt es nur begrenzte Zeit auf.',
      action: 'Hol es mit Ausweis und Karte ab und zahle fällige Abgaben am Schalter.',
    },
    'australia-post-awaiting-collection': {
      title: 'Australia Post: wartet auf Abholung',
      meaning: 'Das Paket wartet in einem Post Office oder Parcel Locker auf dich.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: Paketautomaten und Postämter bewahren Pakete nur begrenzte Zeit auf.',
      action: 'Hol es mit Ausweis, der Karte oder dem Code für den Paketautomaten ab. Den Ort findest du in der Sendungsverfolgung von Australia Post.',
    },
    'correios-awaiting-pickup': {
      title: 'Correios: wartet auf Abholung',
      meaning: 'Das Paket wartet in einer Correios-Stelle auf dich („Objeto aguardando retirada“).',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: Correios bewahrt es nur so lange auf, wie Correios es festlegt.',
      action: 'Hol es mit Ausweis in der Stelle ab, die in der Correios-Sendungsverfolgung steht, vor der dort angegebenen Frist.',
    },
    'russian-post-at-delivery-office': {
      title: 'Im Zustellpostamt angekommen',
      meaning: 'Das Paket ist in deinem Postamt („Прибыло в место вручения“) und wartet auf dich.',
      next: 'Du holst es ab; sonst geht es an den Absender zurück.',
      worry: 'Werde jetzt aktiv: Das Postamt bewahrt Pakete nur begrenzte Zeit auf, bei manchen Sendungen von Onlineshops kürzer.',
      action: 'Hol es mit deinem Pass und der Sendungsnummer oder dem Code aus der App der Russischen Post ab. Die Frist steht in der Sendungsverfolgung.',
    },

    // ---- zugestellt ----
    delivered: {
      title: 'Zugestellt',
      meaning: 'Laut Zusteller wurde das Paket übergeben oder an deiner Adresse abgelegt.',
      next: 'Prüfe die Ware und bestätige den Erhalt auf AliExpress, wenn alles passt.',
      worry: 'Hast du es nicht bekommen, handle schnell: Prüfe den Zustellnachweis des Zustellers, deinen Briefkasten, frag im Haushalt und bei den Nachbarn und wende dich dann an den Zusteller. Eröffne einen Streitfall, bevor der Käuferschutz endet.',
    },
    'collected-from-pickup-point': {
      title: 'Abgeholt',
      meaning: 'Du oder jemand mit deinen Daten hat das Paket an der Abholstelle abgeholt.',
      next: 'Prüfe die Ware und bestätige den Erhalt auf AliExpress, wenn alles passt.',
      worry: 'Hast du es nicht selbst abgeholt, wende dich sofort an die Abholstelle und den Zusteller und eröffne dann auf der Bestellseite einen Streitfall.',
    },
    'delivered-to-mailbox': {
      title: 'In den Briefkasten zugestellt',
      meaning: 'Der Zusteller hat das Paket in deinen Briefkasten gelegt.',
      next: 'Prüfe die Ware und bestätige den Erhalt auf AliExpress, wenn alles passt.',
      worry: 'Manchmal kommt der Scan vor dem Paket. Ist es nicht da, schau bald noch einmal nach, wende dich dann an den Zusteller und eröffne einen Streitfall, bevor der Käuferschutz endet.',
    },
    'delivered-to-neighbour-or-safe-place': {
      title: 'Beim Nachbarn oder am Ablageort abgegeben',
      meaning: 'Das Paket wurde bei einem Nachbarn abgegeben oder an dem Ort abgelegt, den du gewählt hast.',
      next: 'Hol es ab und prüfe die Ware.',
      worry: 'Findest du es nicht, frag deine Nachbarn und lies die Nachricht des Zustellers, wende dich dann an den Zusteller und eröffne einen Streitfall, bevor der Käuferschutz endet.',
    },
    'order-completed': {
      title: 'Abgeschlossen',
      meaning: 'Die Bestellung ist als erhalten abgeschlossen, weil du den Erhalt bestätigt hast oder die Bestätigungsfrist abgelaufen ist.',
      next: 'Es passiert nichts mehr, außer du startest eine Rücksendung oder einen Streitfall.',
      worry: 'Hast du die Ware nie bekommen, eröffne sofort auf der Bestellseite einen Streitfall: Die Zeit dafür ist begrenzt. Bestätige den Erhalt nie, bevor du die Ware hast.',
    },

    // ---- Rücksendung ----
    'returning-to-sender': {
      title: 'Geht an den Absender zurück',
      meaning: 'Das Paket ist auf dem Rückweg, meist weil es nicht abgeholt wurde, Zollabgaben nicht bezahlt wurden, die Adresse falsch war oder die Annahme verweigert wurde.',
      next: 'Es geht zurück an den Verkäufer oder nach China.',
      worry: 'Werde jetzt aktiv: Ist es erst zurück, hängt eine Erstattung davon ab, warum es zurückging.',
      action: 'Frag den Zusteller vor Ort mit der eigenen Sendungsnummer des Pakets, ob sich die Rücksendung noch stoppen lässt. Informiere den Verkäufer über die AliExpress-Nachrichten und eröffne auf der Bestellseite mit Screenshots einen Streitfall, wenn es nicht an dir lag.',
    },
    'returned-to-sender': {
      title: 'An den Absender zurückgegangen',
      meaning: 'Das Paket ist wieder beim Verkäufer oder in seinem Lager.',
      next: 'Der Verkäufer schickt es vielleicht erneut oder erstattet dir das Geld.',
      worry: 'Lag die Rücksendung nicht an dir, bekommst du dein Geld meist zurück; wurde das Paket nicht abgeholt oder die Annahme verweigert, ist eine Erstattung unwahrscheinlich.',
      action: 'Bitte den Verkäufer über die AliExpress-Nachrichten, es erneut zu schicken oder dir das Geld zu erstatten. Tut er das nicht, eröffne auf der Bestellseite einen Streitfall mit Screenshots der Sendungsverfolgung.',
    },
    'returned-unclaimed': {
      title: 'Zurück: nicht abgeholt',
      meaning: 'Niemand hat das Paket rechtzeitig abgeholt oder die Gebühren bezahlt, deshalb geht es zurück.',
      next: 'Es geht zurück an den Verkäufer.',
      worry: 'AliExpress entscheidet in diesem Fall meist für den Verkäufer, aber Nachfragen lohnt sich.',
      action: 'Frag den Zusteller vor Ort, ob sich die Rücksendung noch stoppen lässt. Frag dann den Verkäufer über die AliExpress-Nachrichten nach einem erneuten Versand und eröffne auf der Bestellseite einen Streitfall, wenn du nie benachrichtigt wurdest.',
    },
    'returned-refused': {
      title: 'Zurück: Annahme verweigert',
      meaning: 'Die Annahme wurde verweigert, deshalb geht das Paket zurück.',
      next: 'Es geht zurück an den Verkäufer.',
      worry: 'Hast du die Annahme nicht verweigert, handle schnell.',
      action: 'Hast du die Annahme nicht verweigert, beschwere dich beim Zusteller vor Ort mit der eigenen Sendungsnummer des Pakets und eröffne auf der Bestellseite einen Streitfall. Andernfalls vereinbare mit dem Verkäufer über die AliExpress-Nachrichten eine Erstattung.',
    },
    'returned-address-problem': {
      title: 'Zurück: Adressproblem',
      meaning: 'Der Zusteller konnte an die angegebene Adresse nicht zustellen, deshalb geht das Paket zurück.',
      next: 'Es geht zurück an den Verkäufer.',
      worry: 'Werde jetzt aktiv: Prüfe die Adresse in deiner Bestellung.',
      action: 'Frag den Zusteller vor Ort, ob er mit einer korrigierten Adresse noch zustellen kann. Informiere den Verkäufer über die AliExpress-Nachrichten und eröffne auf der Bestellseite einen Streitfall, wenn die Adresse richtig war.',
    },
    'return-handling-problem': {
      title: 'Problem mit der Rücksendung',
      meaning: 'Das Rücksendelager hat ein Problem bei der Annahme des zurückgeschickten Pakets gemeldet.',
      next: 'Verkäufer und Lager klären das.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten. Kommt keine Antwort oder keine Erstattung, eröffne auf der Bestellseite einen Streitfall.',
    },
    'return-disposed': {
      title: 'Nach Rücksendung vernichtet',
      meaning: 'Das zurückgeschickte Paket wurde vom Versanddienstleister oder vom Rücksendelager vernichtet.',
      next: 'Das Paket kommt nicht mehr zurück.',
      worry: 'Jetzt geht es um dein Geld.',
      action: 'Eröffne auf der Bestellseite einen Streitfall mit Screenshots der Sendungsverfolgung und informiere den Verkäufer über die AliExpress-Nachrichten.',
    },

    // ---- storniert ----
    'cancellation-requested': {
      title: 'Stornierung beantragt',
      meaning: 'Du hast die Stornierung der Bestellung beantragt und der Verkäufer muss antworten.',
      next: 'Antwortet der Verkäufer nicht rechtzeitig, storniert AliExpress die Bestellung und erstattet dir das Geld.',
      worry: 'Normal. Passiert nach {worryDays} Tagen nichts, schau auf der Bestellseite nach.',
    },
    'order-cancelled': {
      title: 'Bestellung storniert',
      meaning: 'Die Bestellung wurde von dir, vom Verkäufer oder von AliExpress storniert. Wenn du bezahlt hast, ist eine Erstattung unterwegs.',
      next: 'Das Geld geht auf dem Weg zurück, auf dem du bezahlt hast; Banken brauchen dafür ihre eigene Zeit.',
      worry: 'Ist die Erstattung nach {worryDays} Tagen nicht da, wende dich über die Bestellseite an AliExpress und dann an deine Bank.',
    },
    'order-closed': {
      title: 'Bestellung geschlossen',
      meaning: 'Die Bestellung ist geschlossen. Das passiert, wenn sie nicht rechtzeitig bezahlt wurde, oder nach einer Stornierung oder Erstattung.',
      next: 'Wenn du bezahlt hast, geht das Geld auf dem Weg zurück, auf dem du bezahlt hast.',
      worry: 'Hast du bezahlt und ist die Erstattung nach {worryDays} Tagen nicht da, wende dich über die Bestellseite an AliExpress.',
    },
    'refund-in-progress': {
      title: 'Erstattung läuft',
      meaning: 'AliExpress schickt dir dein Geld zurück.',
      next: 'Es kommt auf deiner Karte, deinem Bankkonto oder deinem AliExpress-Guthaben an; Banken brauchen dafür ihre eigene Zeit.',
      worry: 'Ist es nach {worryDays} Tagen nicht da, wende dich über die Bestellseite an AliExpress und dann an deine Bank.',
    },
    'shipment-cancelled': {
      title: 'Sendung storniert',
      meaning: 'Das Lager oder der Verkäufer hat die Sendung storniert.',
      next: 'Der Verkäufer versendet neu, oder die Bestellung wird erstattet.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten, ob er neu versendet. Wenn nicht, fordere eine Erstattung oder eröffne auf der Bestellseite einen Streitfall.',
    },

    // ---- Problem ----
    'tracking-number-not-found': {
      title: 'Sendungsnummer nicht gefunden',
      meaning: 'Die Sendungsverfolgung kennt diese Nummer noch nicht. Nach dem Versand kann es ein paar Tage dauern, bis sie erscheint.',
      next: 'Der erste Scan erscheint, sobald der Versanddienstleister das Paket hat.',
      worry: 'Ist die Nummer nach {worryDays} Tagen immer noch unbekannt, werde aktiv.',
      action: 'Bitte den Verkäufer über die AliExpress-Nachrichten, die Nummer zu prüfen. Bleibt sie ungültig, eröffne auf der Bestellseite einen Streitfall.',
    },
    'no-tracking-updates': {
      title: 'Keine neuen Meldungen',
      meaning: 'Seit einer Weile gab es keinen neuen Scan. Ruhige Phasen sind bei manchen Schritten normal, etwa beim Flug.',
      next: 'Der nächste Scan kommt meist, wenn das Paket den nächsten Schritt erreicht.',
      worry: 'Mach dir Sorgen, wenn es nach {worryDays} Tagen keine Neuigkeiten gibt oder der Countdown des Käuferschutzes knapp wird.',
      action: 'Frag den Verkäufer über die AliExpress-Nachrichten und bitte ihn, deinen Käuferschutz zu verlängern, wenn die Zeit knapp wird. Hilft nichts, bevor er endet, eröffne auf der Bestellseite einen Streitfall.',
    },
    'tracking-stopped-after-export': {
      title: 'Sendungsverfolgung nach dem Export gestoppt',
      meaning: 'Günstige Economy-Versandarten werden oft nicht mehr aktualisiert, sobald das Paket China verlassen hat oder gelandet ist. Das Paket kann trotzdem noch unterwegs sein.',
      next: 'Es kann ohne weitere Meldungen ankommen oder mit einer neuen lokalen Sendungsnummer.',
      worry: 'Such zuerst nach einer lokalen Nummer. Mach dir Sorgen, wenn nach {worryDays} Tagen nichts ankommt oder der Countdown des Käuferschutzes knapp wird.',
      action: 'Probier die Nummer auf der Website deiner Post aus und frag in deiner Postfiliale nach. Bitte den Verkäufer über die AliExpress-Nachrichten um eine lokale Nummer; endet der Käuferschutz bald, eröffne auf der Bestellseite einen Streitfall.',
    },
    'delivery-exception': {
      title: 'Zustellproblem',
      meaning: 'Der Versanddienstleister hat ein Problem gemeldet, ohne zu sagen, welchen Schritt es betrifft.',
      next: 'Der Versanddienstleister behebt es oder bittet dich oder den Verkäufer, etwas zu tun.',
      worry: 'Behalte es im Blick. Wenn sich nach {worryDays} Tagen nichts ändert, werde aktiv.',
      action: 'Verfolge das Paket auf der Website des Zustellers vor Ort mit dessen eigener Sendungsnummer und wende dich an den Zusteller. Informiere den Verkäufer über die AliExpress-Nachrichten.',
    },
    'parcel-lost': {
      title: 'Paket verloren',
      meaning: 'Der Versanddienstleister meldet das Paket als verloren.',
      next: 'Es wird nicht zugestellt; jetzt geht es um eine Erstattung oder einen erneuten Versand.',
      worry: 'Werde jetzt aktiv, bevor der Käuferschutz endet.',
      action: 'Eröffne auf der AliExpress-Bestellseite einen Streitfall mit Screenshots der Sendungsverfolgung und bitte den Verkäufer über die AliExpress-Nachrichten, neu zu versenden oder zu erstatten.',
    },
    'parcel-damaged': {
      title: 'Paket beschädigt',
      meaning: 'Der Versanddienstleister hat das Paket als beschädigt gemeldet.',
      next: 'Es kann trotzdem zugestellt werden, oder es wird zurückgeschickt oder vernichtet.',
      worry: 'Werde jetzt aktiv: Heb die Verpackung auf und mach Fotos.',
      action: 'Kommt es beschädigt an, mach vor dem Öffnen Fotos und heb die Verpackung auf. Melde den Schaden dem Zusteller vor Ort, eröffne dann auf der Bestellseite einen Streitfall mit den Fotos und informiere den Verkäufer über die AliExpress-Nachrichten.',
    },
    'parcel-destroyed': {
      title: 'Paket vernichtet',
      meaning: 'Das Paket wurde vernichtet, zum Beispiel weil es beschädigt war oder weder zugestellt noch zurückgeschickt werden konnte.',
      next: 'Es wird nicht zugestellt.',
      worry: 'Jetzt geht es um dein Geld.',
      action: 'Eröffne auf der AliExpress-Bestellseite einen Streitfall mit Screenshots der Sendungsverfolgung und informiere den Verkäufer über die AliExpress-Nachrichten.',
    },
  },

  regionNotes: {
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
  },

  contacts: {
    seller: 'Der Verkäufer (AliExpress-Nachrichten)',
    'aliexpress-dispute': 'AliExpress (Streitfall auf der Bestellseite)',
    'local-carrier': 'Dein Zusteller vor Ort (mit eigener Sendungsnummer)',
    customs: 'Der Zoll (nur über die offizielle Website)',
  },

  phrases: {
    usualWait: 'Meist {min}–{max} Tage.',
    usualWaitSameDay: 'Meist innerhalb eines Tages.',
    noTypicalDuration: 'Für diesen Schritt gibt es keine verlässliche typische Dauer.',
    stepOf: 'Schritt {n} von 10: {stage}',
    sideStage: 'Außerhalb des normalen Ablaufs: {stage}',
    severity: {
      info: 'Alles normal',
      wait: 'Normal, aber langsam',
      watch: 'Im Blick behalten',
      act: 'Handeln nötig',
    },
  },

  ui: {
    meaning: 'Was das heißt',
    next: 'Wie es weitergeht',
    worry: 'Muss ich mir Sorgen machen?',
    action: 'Was du tun kannst',
    contacts: 'Wen du kontaktierst',
    regionNotes: 'Wo du wohnst',
    badgeLabel: 'Tracklight: {title}. Erklärung anzeigen',
    unknownTitle: 'Status nicht erkannt',
    unknownMeaning: 'Tracklight kennt diesen Wortlaut noch nicht. Lies ihn zusammen mit den Schritten davor und danach: Der neueste Schritt, den Tracklight erkennt, zeigt, wo das Paket ist.',
    close: 'Schließen',
  },
};

export default pack;
