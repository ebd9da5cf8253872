// Explicaciones en español neutro (tú). Sin cifras: las esperas vienen de los datos de duración
// y los umbrales y plazos de los valores de las notas regionales ({huecos}).
import type { LanguagePack } from '../types';

const pack: LanguagePack = {
  lang: 'es',

  stages: {
    ordered: { name: 'Pedido', description: 'El pedido existe, pero todavía no se ha entregado nada a un transportista.' },
    shipped: { name: 'Enviado', description: 'El vendedor creó el envío o entregó el paquete al transportista en China.' },
    'origin-hub': { name: 'Clasificación en China', description: 'El paquete está en un centro de clasificación en China, agrupado por destino.' },
    export: { name: 'Exportación', description: 'El paquete está con la empresa de transporte internacional y pasa la aduana de salida.' },
    international: { name: 'Viaje internacional', description: 'El paquete salió de China, o está por salir, en avión, camión o tren.' },
    arrived: { name: 'Llegada', description: 'El paquete llegó a tu país o a un centro de tránsito de camino a él.' },
    'import-customs': { name: 'Aduana de importación', description: 'La aduana de tu país revisa el paquete y puede cobrar impuestos.' },
    'last-mile': { name: 'Transportista local', description: 'El correo o la mensajería de tu país tiene el paquete y lo clasifica para llevártelo.' },
    'out-for-delivery': { name: 'Entrega o recogida', description: 'El paquete va camino a tu puerta o te espera en un punto de recogida.' },
    delivered: { name: 'Entregado', description: 'El paquete se te entregó o se dejó donde indicaste.' },
    returned: { name: 'Devuelto', description: 'El paquete vuelve, o ya volvió, al remitente.' },
    canceled: { name: 'Cancelado', description: 'Se canceló el pedido o el envío.' },
    exception: { name: 'Incidencia', description: 'Algo salió mal que no corresponde a un paso concreto: pérdida, daño o falta de noticias.' },
  },

  statuses: {
    // ---- pedido ----
    'order-created': {
      title: 'Pedido creado',
      meaning: 'Tu pedido está hecho. Todavía no se ha pagado ni enviado nada.',
      next: 'Cuando se confirme el pago, el vendedor empezará a prepararlo.',
      worry: 'No hay nada de qué preocuparse.',
    },
    'awaiting-payment': {
      title: 'Pendiente de pago',
      meaning: 'El pedido está hecho, pero AliExpress aún no recibió el pago.',
      next: 'Paga antes de que termine el contador de la página del pedido; si no, el pedido se cierra solo.',
      worry: 'No te preocupes. Si ya pagaste y sigue así, revisa el método de pago en la página del pedido.',
    },
    'payment-being-verified': {
      title: 'Verificando el pago',
      meaning: 'AliExpress está comprobando tu pago antes de pasarle el pedido al vendedor.',
      next: 'Cuando termine la verificación, el vendedor empezará a preparar tu pedido.',
      worry: 'Es un trámite habitual. Si después de {worryDays} días sigue igual, revisa la página del pedido o la ayuda de AliExpress.',
    },
    'order-paid': {
      title: 'Pedido pagado',
      meaning: 'El pago se completó y el vendedor ya sabe que tiene que preparar el pedido.',
      next: 'El vendedor lo empaqueta y lo entrega a un transportista.',
      worry: 'No hay nada de qué preocuparse.',
    },
    'awaiting-shipment': {
      title: 'El vendedor prepara tu pedido',
      meaning: 'El vendedor está preparando tu pedido. En la página del pedido verás un contador con el tiempo que tiene para enviarlo.',
      next: 'El vendedor lo envía y recibes un número de seguimiento.',
      worry: 'Es normal. Si el contador llega a cero sin envío, AliExpress suele cancelar el pedido y devolverte el dinero. Escríbele al vendedor si no pasa nada en {worryDays} días.',
    },
    'package-in-preparation': {
      title: 'Paquete en preparación',
      meaning: 'El vendedor o el almacén de AliExpress está empaquetando tu pedido. Todavía no salió.',
      next: 'El paquete pasa al transportista y aparecen los primeros escaneos.',
      worry: 'Es normal. Si no hay movimiento en {worryDays} días, escríbele al vendedor.',
    },

    // ---- enviado ----
    'shipment-info-received': {
      title: 'Etiqueta de envío creada',
      meaning: 'El vendedor creó el envío y mandó los datos al transportista. Puede que el paquete todavía no se haya movido.',
      next: 'El transportista recoge el paquete y lo escanea.',
      worry: 'Entre la etiqueta y el primer escaneo puede pasar un tiempo. Si a los {worryDays} días no hay escaneo, pregúntale al vendedor.',
    },
    'pre-shipment-notice': {
      title: 'Envío anunciado',
      meaning: 'Es solo un aviso previo con los datos del paquete. No significa que ya esté en camino.',
      next: 'El transportista recoge el paquete y empiezan los escaneos reales.',
      worry: 'Si en {worryDays} días no hay movimiento real, pregúntale al vendedor si de verdad lo entregó.',
    },
    'order-shipped': {
      title: 'Pedido enviado',
      meaning: 'El vendedor marcó el pedido como enviado y te dio un número de seguimiento.',
      next: 'El transportista escanea el paquete y lo lleva a un centro de clasificación.',
      worry: 'Los primeros escaneos pueden tardar unos días. Si a los {worryDays} días no aparece nada, pregúntale al vendedor.',
    },
    'awaiting-delivery': {
      title: 'Pendiente de entrega',
      meaning: 'El pedido está enviado y en camino. La página de seguimiento muestra dónde está.',
      next: 'El paquete pasa por clasificación, el vuelo, la aduana y tu transportista local.',
      worry: 'No hay de qué preocuparse. Nunca confirmes la recepción antes de tener el producto, aunque el vendedor te lo pida: así se le libera el pago y pierdes la protección.',
    },
    'warehouse-order-received': {
      title: 'Pedido recibido en el almacén',
      meaning: 'Un almacén de AliExpress recibió tu pedido y lo va a preparar.',
      next: 'El almacén empaqueta el paquete y lo entrega al transportista.',
      worry: 'Es normal. Si sigue así durante {worryDays} días, pregúntale al vendedor.',
    },
    'warehouse-packing': {
      title: 'Empaquetando',
      meaning: 'El almacén está juntando tus productos y armando el paquete.',
      next: 'El paquete sale del almacén con el transportista.',
      worry: 'Es normal. Si no hay movimiento en {worryDays} días, pregúntale al vendedor.',
    },
    'left-warehouse': {
      title: 'Salió del almacén',
      meaning: 'El paquete salió del almacén y pasó al transportista.',
      next: 'El transportista lo registra y lo lleva a un centro de clasificación.',
      worry: 'Dentro de China los escaneos pueden ser escasos. Si no hay novedades en {worryDays} días, pregúntale al vendedor.',
    },
    'consolidation-warehouse': {
      title: 'En un almacén de consolidación',
      meaning: 'El paquete está en un almacén donde se agrupan envíos antes de exportarlos.',
      next: 'Sigue hacia un centro de clasificación o directamente a exportación.',
      worry: 'Es normal. Si sigue aquí {worryDays} días, pregúntale al vendedor.',
    },
    'collected-by-carrier': {
      title: 'Recogido por el transportista',
      meaning: 'El transportista escaneó el paquete y ahora se hace cargo de él. Sigue en China.',
      next: 'Va a un centro de clasificación y después a exportación.',
      worry: 'En China el seguimiento suele tener pocas novedades. Pregúntale al vendedor solo si no cambia nada en {worryDays} días; en épocas de grandes ofertas este paso va más lento.',
    },
    'carrier-pickup-failed': {
      title: 'El transportista no pudo recogerlo',
      meaning: 'El transportista intentó recoger el paquete en el local del vendedor y no pudo.',
      next: 'El vendedor organiza una nueva recogida.',
      worry: 'Suele resolverse pronto. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Escríbele al vendedor por los mensajes de AliExpress y pregúntale cuándo se recogerá. Si se acaba el plazo de entrega, abre una disputa en la página del pedido.',
    },
    'warehouse-problem': {
      title: 'Problema en el almacén',
      meaning: 'El almacén informó un problema con tu pedido, por ejemplo falta de stock o un pedido rechazado.',
      next: 'El vendedor lo resuelve, lo vuelve a enviar o cancela el pedido.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress qué pasa. Si no responde o no puede enviarlo, abre una disputa en la página del pedido.',
    },

    // ---- clasificación en China ----
    'origin-sorting-inbound': {
      title: 'En un centro de clasificación en China',
      meaning: 'El paquete llegó a un centro de clasificación en China, donde se agrupa con otros que van a tu país.',
      next: 'Sale del centro de clasificación hacia exportación.',
      worry: 'Es normal. En China puede haber pocos escaneos; preocúpate solo si no cambia nada en {worryDays} días.',
    },
    'origin-sorting-outbound': {
      title: 'Salió del centro de clasificación',
      meaning: 'El paquete se metió en una saca para tu país y salió del centro de clasificación.',
      next: 'Pasa a la empresa de transporte internacional y a la aduana de salida.',
      worry: 'Es normal. Puede que no haya noticias por un tiempo; preocúpate solo si no cambia nada en {worryDays} días.',
    },
    'origin-sorting-problem': {
      title: 'Retenido en el centro de clasificación',
      meaning: 'El centro de clasificación no pudo procesar el paquete como estaba previsto. Suele ser un retraso logístico; a veces, un problema de dirección o de contenido.',
      next: 'El transportista lo vuelve a intentar o el paquete vuelve al vendedor.',
      worry: 'Muchas veces se arregla solo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress qué pasó. Si el paquete vuelve o sigue atascado, abre una disputa en la página del pedido.',
    },

    // ---- exportación ----
    'linehaul-received': {
      title: 'En manos del transporte internacional',
      meaning: 'El paquete está con la empresa que lleva las sacas al extranjero. Todavía está en China.',
      next: 'La aduana de salida despacha las sacas y pasan a la aerolínea.',
      worry: 'Las sacas esperan aquí hasta que hay lugar en un avión, camión o barco. Preocúpate solo si no cambia nada en {worryDays} días.',
    },
    'linehaul-handover-problem': {
      title: 'Falló la entrega al transporte internacional',
      meaning: 'La entrega del paquete a la empresa de transporte internacional no se completó.',
      next: 'El transportista lo vuelve a intentar o lo devuelve al vendedor.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress. Si el paquete queda atascado o vuelve, abre una disputa en la página del pedido.',
    },
    'export-customs-started': {
      title: 'Aduana de salida iniciada',
      meaning: 'La aduana china está revisando la saca donde va tu paquete antes de que salga del país.',
      next: 'Termina el despacho de exportación y la saca pasa a la aerolínea.',
      worry: 'Es un trámite. Preocúpate solo si no cambia nada en {worryDays} días.',
    },
    'export-customs-cleared': {
      title: 'Aduana de salida superada',
      meaning: 'El paquete ya puede salir de China.',
      next: 'Pasa a la aerolínea u otro transportista para el viaje internacional.',
      worry: 'Es normal. Preocúpate solo si no cambia nada en {worryDays} días.',
    },
    'export-customs-failed': {
      title: 'Problema en la aduana de salida',
      meaning: 'La aduana china no dejó salir el paquete como estaba previsto.',
      next: 'Se resuelve el problema o el paquete vuelve al vendedor.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress qué pasó. Si no se puede enviar, abre una disputa en la página del pedido.',
    },
    'awaiting-flight': {
      title: 'Esperando vuelo',
      meaning: 'El paquete está listo para salir de China y espera lugar en un vuelo.',
      next: 'Pasa a la aerolínea y vuela a tu país o a un centro de tránsito.',
      worry: 'Esperar un vuelo es normal y el seguimiento suele quedarse quieto. Preocúpate solo si no cambia nada en {worryDays} días.',
    },

    // ---- viaje internacional ----
    'hand-over-to-airline': {
      title: 'Entregado a la aerolínea',
      meaning: 'La saca con tu paquete está en manos de la aerolínea o de su agente para el vuelo.',
      next: 'El avión aterriza y el paquete se escanea en tu país o en un centro de tránsito.',
      worry: 'Suele ser el paso más largo y silencioso: el seguimiento puede quedarse quieto bastante tiempo, y es normal. Preocúpate solo después de {worryDays} días sin noticias, y vigila el contador de protección.',
    },
    'airline-handover-failed': {
      title: 'La aerolínea no lo aceptó',
      meaning: 'La aerolínea o el control de seguridad aérea no aceptó la saca con tu paquete.',
      next: 'El paquete espera otro vuelo, va por otra ruta o vuelve al vendedor.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress qué va a pasar. Si el paquete vuelve o sigue atascado, abre una disputa en la página del pedido.',
    },
    'departed-origin-country': {
      title: 'Salió de China',
      meaning: 'El paquete salió de China en avión, camión o tren.',
      next: 'Se escanea al llegar a tu país o a un centro de tránsito.',
      worry: 'El viaje en sí es corto, pero el escaneo de llegada puede tardar mucho más. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'in-transit': {
      title: 'En tránsito',
      meaning: 'Es una actualización general: el paquete se mueve entre dos pasos del recorrido.',
      next: 'El próximo escaneo detallado mostrará dónde está.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'arrived-transit-country': {
      title: 'En un centro de tránsito',
      meaning: 'El paquete pasa por un centro en otro país, por ejemplo Lieja (Bélgica) para Europa. Todavía no está en tu país.',
      next: 'Sale del centro hacia tu país.',
      worry: 'Los paquetes pueden quedarse un tiempo en estos centros. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'departed-transit-country': {
      title: 'Salió del centro de tránsito',
      meaning: 'El paquete salió del centro de tránsito hacia tu país.',
      next: 'Llega a tu país y pasa a la aduana.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'transit-customs-started': {
      title: 'Aduana en un país de tránsito',
      meaning: 'La aduana de un país por el que pasa el paquete lo está revisando.',
      next: 'Lo despachan y sigue hacia tu país.',
      worry: 'Es un trámite. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'transit-customs-cleared': {
      title: 'Despachado en un país de tránsito',
      meaning: 'La aduana del país de tránsito liberó el paquete.',
      next: 'Sigue hacia tu país.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'transit-customs-failed': {
      title: 'Problema en un país de tránsito',
      meaning: 'La aduana de un país del camino no liberó el paquete como estaba previsto.',
      next: 'Se resuelve el problema o el paquete se devuelve.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress qué va a pasar. Si sigue atascado o vuelve, abre una disputa en la página del pedido.',
    },
    'rerouted-in-transit': {
      title: 'Cambio de ruta',
      meaning: 'En un punto de tránsito, el paquete se envió por otra ruta.',
      next: 'Sigue hacia tu país por la nueva ruta.',
      worry: 'El cambio de ruta suma tiempo, pero no es un problema en sí. Preocúpate solo después de {worryDays} días sin noticias.',
    },

    // ---- llegada ----
    'arrived-destination-country': {
      title: 'Llegó al país de destino',
      meaning: 'El paquete aterrizó y está con el agente del transporte internacional. Ojo: este escaneo también puede venir de un centro de tránsito, como Lieja, y no de tu país.',
      next: 'Se presenta en la aduana y luego pasa a tu transportista local.',
      worry: 'Es habitual que después haya un tiempo sin noticias: el transportista local quizá no mandó sus escaneos, y las líneas económicas a menudo dejan de actualizarse aquí. Si a los {worryDays} días no hay novedades, consulta en tu oficina de correos o busca un número de seguimiento local nuevo.',
    },
    'arrived-at-eu-hub': {
      title: 'En el centro logístico europeo',
      meaning: 'El paquete está en un centro logístico europeo, como el de Cainiao en Lieja. Normalmente todavía no es tu país.',
      next: 'Sigue hacia la aduana y el transportista local de tu país.',
      worry: 'Los paquetes pueden esperar en el centro antes de seguir. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'arrived-customs-area': {
      title: 'En la zona de aduanas',
      meaning: 'El paquete llegó a la zona donde espera para presentarse en la aduana.',
      next: 'La aduana lo revisa.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'linehaul-arrival-problem': {
      title: 'Problema a la llegada',
      meaning: 'El escaneo de llegada en destino informó un problema.',
      next: 'Se resuelve y el paquete pasa a la aduana, o se devuelve.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress qué pasó. Si el paquete sigue atascado, abre una disputa en la página del pedido.',
    },
    'correios-received-in-brazil': {
      title: 'Recibido por Correios en Brasil',
      meaning: 'Correios recibió el paquete en Brasil.',
      next: 'Pasa la fiscalización aduanera y luego va a entrega.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'russian-post-exchange-arrived': {
      title: 'En la oficina de cambio internacional',
      meaning: 'El paquete llegó a la oficina de Correos de Rusia que recibe el correo del extranjero.',
      next: 'Pasa a la aduana.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },

    // ---- aduana de importación ----
    'at-customs': {
      title: 'En aduana',
      meaning: 'El paquete se presentó en la aduana de tu país.',
      next: 'La aduana lo revisa y lo entrega a tu transportista local.',
      worry: 'La mayoría de los paquetes pasan sin que tengas que hacer nada. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'import-customs-started': {
      title: 'Inició el despacho de aduana',
      meaning: 'Se presentó la declaración de importación. Suele hacerse por adelantado, así que puede aparecer incluso antes de que el paquete salga de China.',
      next: 'La aduana termina la revisión y libera el paquete.',
      worry: 'No lo tomes como señal de que el paquete ya está en tu país. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'processing-in-customs': {
      title: 'En trámite aduanero',
      meaning: 'La aduana está revisando el paquete.',
      next: 'Lo liberan y pasa a tu transportista local.',
      worry: 'La mayoría de los paquetes pasan sin que tengas que hacer nada. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'customs-cleared': {
      title: 'Aduana completada',
      meaning: 'La aduana liberó el paquete.',
      next: 'Lo recibe tu transportista local.',
      worry: 'Buena noticia. Si después te piden por SMS que pagues una pequeña tasa, casi seguro es una estafa. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'leaving-customs': {
      title: 'Salió de aduana, pendiente de traspaso',
      meaning: 'El paquete salió de la aduana y espera a que lo recoja el transportista local.',
      next: 'El transportista local lo recibe, muchas veces con un número de seguimiento nuevo.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'held-by-customs': {
      title: 'Retenido en aduana',
      meaning: 'La aduana detuvo el paquete. Lo habitual es que falte pagar impuestos, una factura o una prueba del valor; a veces el producto tiene restricciones.',
      next: 'El transportista o la aduana se comunican contigo por carta, aviso o correo electrónico, y el paquete se libera cuando todo está en orden.',
      worry: 'Tómalo en serio: si nadie lo reclama, vuelve al remitente y la disputa suele perderse. Actúa si en {worryDays} días no te llega ningún aviso.',
      action: 'Busca el paquete en la web de tu transportista local con su propio número de seguimiento y sigue sus indicaciones. Paga o envía documentos solo en la web oficial del transportista o de la aduana, nunca por un enlace recibido por SMS. Si piden factura, pídesela al vendedor.',
    },
    'customs-documents-requested': {
      title: 'La aduana pide información',
      meaning: 'La aduana o el transportista necesita algo de ti, como la factura, el valor de la compra o tu documento de identidad.',
      next: 'Cuando lo envíes, la aduana termina la revisión y libera el paquete.',
      worry: 'Actúa ya: hay un plazo y, si vence, el paquete vuelve al remitente.',
      action: 'Envía los documentos en la web oficial del transportista o de la aduana (escribe tú la dirección). La factura está en la página del pedido; si no, pídesela al vendedor por los mensajes de AliExpress.',
    },
    'duties-to-pay': {
      title: 'Impuestos por pagar',
      meaning: 'La aduana cobró impuestos o aranceles por este paquete y tienes que pagarlos antes de la entrega.',
      next: 'Cuando pagues, liberan el paquete y te lo entregan.',
      worry: 'Actúa ya: si no pagas a tiempo, el paquete vuelve y AliExpress no suele devolver el dinero. Un SMS que pide una pequeña tasa con un enlace es una estafa.',
      action: 'Paga solo en la web oficial del transportista o de la aduana, o en ventanilla, con el número de seguimiento del propio paquete. Si crees que ya pagaste esos impuestos al comprar, pregúntale al vendedor y a AliExpress con los datos del pedido.',
    },
    'confiscated-by-customs': {
      title: 'Decomisado por la aduana',
      meaning: 'La aduana decomisó el paquete, por ejemplo porque el producto está prohibido o es una falsificación.',
      next: 'El paquete no se va a entregar.',
      worry: 'El paquete no llegará; ahora importa recuperar tu dinero.',
      action: 'Consigue la notificación oficial de la aduana o del transportista. Luego abre una disputa en la página del pedido de AliExpress, adjúntala y avisa al vendedor por los mensajes de AliExpress.',
    },
    'correos-customs-notice': {
      title: 'Correos: trámite de aduana',
      meaning: 'Correos necesita que hagas un trámite de aduana, normalmente porque el IVA no se pagó al comprar o el pedido supera el límite de la UE.',
      next: 'Cuando envíes los datos y pagues, Correos libera el paquete.',
      worry: 'Actúa ya: el plazo es corto y, si vence, el paquete se devuelve.',
      action: 'Sigue el aviso en la web oficial de Correos, escribiendo tú la dirección. Nunca pagues por un enlace recibido por SMS. Si hace falta la factura, pídesela al vendedor por los mensajes de AliExpress.',
    },
    'royal-mail-fee-to-pay': {
      title: 'Royal Mail: tasa por pagar',
      meaning: 'Royal Mail retiene tu paquete hasta que pagues un cargo de aduana y su tasa de gestión. Normalmente te dejan una tarjeta gris.',
      next: 'Cuando pagues, te lo entregan o puedes retirarlo.',
      worry: 'Actúa pronto: Royal Mail devuelve el paquete pasado un plazo fijo. Royal Mail nunca pide pagos por teléfono ni por un enlace en un SMS.',
      action: 'Paga en la web de Royal Mail (escribe tú la dirección) con la referencia de la tarjeta, o en la oficina de reparto. Si los impuestos ya se cobraron al comprar, pregúntale al vendedor y a AliExpress.',
    },
    'usps-international-service-center': {
      title: 'En un centro internacional de USPS',
      meaning: 'El paquete está en un centro de USPS para correo internacional entrante, donde se hace el control aduanero.',
      next: 'Pasa a la red de USPS camino a tu casa.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'canada-presented-for-review': {
      title: 'Presentado a la aduana de Canadá',
      meaning: 'El paquete llegó a Canadá y la CBSA lo está revisando. Es un control de rutina.',
      next: 'La CBSA lo libera y Canada Post lo entrega, cobrando los impuestos que correspondan.',
      worry: 'Canada Post no puede acelerar la aduana. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'canada-released-by-cbsa': {
      title: 'Liberado por la aduana de Canadá',
      meaning: 'La CBSA terminó con el paquete y se lo devolvió a Canada Post.',
      next: 'Canada Post lo entrega.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'australia-awaiting-clearance': {
      title: 'Llegó, pendiente de despacho',
      meaning: 'El paquete está en Australia y espera el despacho de aduana.',
      next: 'Lo despachan y Australia Post lo entrega.',
      worry: 'Suele ser rápido, pero en temporada alta tarda más, y el seguimiento puede seguir diciendo aduana después del despacho. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'correios-customs-inspection': {
      title: 'Fiscalización aduanera (Correios)',
      meaning: 'La Receita Federal está inspeccionando el paquete. Cuando figure como finalizada, el paquete sigue su camino.',
      next: 'Lo liberan, o aparece un pedido de pago si los impuestos no se cobraron al comprar.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'correios-awaiting-payment': {
      title: 'Aguardando pago (Correios)',
      meaning: 'Correios retiene el paquete hasta que se paguen los impuestos de importación. Pasa cuando no se cobraron al comprar.',
      next: 'Cuando pagues, Correios entrega el paquete.',
      worry: 'Actúa ya: hay un plazo de pago y, si vence, el paquete se devuelve. Correios nunca manda enlaces de pago ni claves PIX por SMS.',
      action: 'Paga solo en «Minhas Importações» en la web o la app oficial de Correios, escribiendo tú la dirección. Si AliExpress ya te cobró los impuestos al comprar, pregúntale al vendedor y a AliExpress con los datos del pedido.',
    },
    'russian-post-handed-to-customs': {
      title: 'Entregado a la aduana',
      meaning: 'Correos de Rusia entregó el paquete a la aduana para su revisión.',
      next: 'La aduana lo libera y sale de la oficina de cambio.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'russian-post-released-by-customs': {
      title: 'Liberado por la aduana',
      meaning: 'La aduana terminó con el paquete.',
      next: 'Sale de la oficina de cambio internacional hacia ti.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },

    // ---- transportista local ----
    'last-mile-notified': {
      title: 'Aviso al transportista local',
      meaning: 'Tu transportista local recibió los datos del paquete. Puede que todavía no lo tenga.',
      next: 'El transportista local recibe el paquete y lo escanea.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'accepted-by-last-mile-carrier': {
      title: 'Recibido por el transportista de destino',
      meaning: 'El correo o la mensajería de tu país ya tiene el paquete. Muchas veces le asigna un número de seguimiento propio.',
      next: 'El transportista lo clasifica y lo entrega, o lo lleva a un punto de recogida.',
      worry: 'A partir de ahora el seguimiento del transportista local suele estar más al día. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'delivery-update': {
      title: 'Novedad de entrega',
      meaning: 'Tu transportista local actualizó los datos de la entrega.',
      next: 'El paquete sigue hacia tu oficina de reparto.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'new-local-tracking-number': {
      title: 'Nuevo número de seguimiento local',
      meaning: 'El paquete se reetiquetó y ahora tiene un número nuevo con tu transportista local.',
      next: 'Sigue el paquete con el número nuevo en la web del transportista local.',
      worry: 'Que cambie el número es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'local-sorting-centre': {
      title: 'En un centro de clasificación local',
      meaning: 'El paquete se está clasificando en la red de reparto de tu país.',
      next: 'Va a la oficina que reparte en tu dirección.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'at-delivery-office': {
      title: 'En la oficina de reparto',
      meaning: 'El paquete está en la oficina o el depósito que reparte en tu dirección.',
      next: 'Sale a reparto o va a un punto de recogida.',
      worry: 'La entrega está cerca. Contacta al transportista local si no pasa nada en {worryDays} días.',
    },
    'correos-admitted-cam': {
      title: 'Correos: admitido en el centro de admisión masiva',
      meaning: 'Correos recibió el paquete en un Centro de Admisión Masiva, por donde entran a su red los envíos de grandes clientes.',
      next: 'Va a un Centro de Tratamiento Automatizado (CTA).',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'correos-sorted-cta': {
      title: 'Correos: en un centro de tratamiento automatizado',
      meaning: 'El paquete está en un Centro de Tratamiento Automatizado de Correos, donde lo clasifican para tu zona.',
      next: 'Va a tu unidad de reparto.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'la-poste-in-transit': {
      title: 'La Poste: en camino',
      meaning: 'La Poste o Colissimo tiene el paquete y lo mueve por su red.',
      next: 'Llega a tu centro de distribución y sale a reparto.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'postnl-in-network': {
      title: 'PostNL: en proceso',
      meaning: 'PostNL tiene el paquete y lo está clasificando.',
      next: 'Te lo entregan o lo llevan a un punto PostNL.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'dhl-parcel-centre': {
      title: 'DHL: en un centro de paquetería',
      meaning: 'DHL o Deutsche Post está procesando el paquete en uno de sus centros.',
      next: 'Sale a reparto, a una Packstation o a una sucursal.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'usps-regional-facility': {
      title: 'USPS: en un centro regional',
      meaning: 'El paquete avanza por la red de USPS.',
      next: 'Llega a tu oficina postal y sale a reparto.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'russian-post-left-exchange': {
      title: 'Salió de la oficina de cambio internacional',
      meaning: 'El paquete salió de la oficina de aduanas y viaja dentro de Rusia.',
      next: 'Pasa por centros de clasificación hasta tu oficina de correos.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'russian-post-sorting-centre': {
      title: 'En un centro de clasificación',
      meaning: 'El paquete está en un centro de clasificación de Correos de Rusia.',
      next: 'Va a tu oficina de correos.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'redirected-to-door': {
      title: 'Cambio a entrega a domicilio',
      meaning: 'La dirección de entrega se cambió a un domicilio, por ti, por el sistema o por el transportista.',
      next: 'El paquete se entrega en esa dirección.',
      worry: 'Comprueba que la dirección sea correcta. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'pickup-point-changed': {
      title: 'Cambió el punto de recogida',
      meaning: 'El paquete irá a un punto de recogida distinto del previsto.',
      next: 'Llega al nuevo punto y te avisan.',
      worry: 'Asegúrate de saber a qué punto ir. Si en {worryDays} días no te avisan, pregúntale al transportista.',
      action: 'Consulta el nuevo punto en la web del transportista local con el número de seguimiento del propio paquete. Contacta al transportista si el nuevo lugar no te sirve.',
    },
    'address-update-needed': {
      title: 'Problema con la dirección',
      meaning: 'El transportista no puede entregar en la dirección tal como está y espera que la corrijas.',
      next: 'Cuando la corrijas, la entrega sigue.',
      worry: 'Actúa ya: si no se corrige la dirección, el paquete se devuelve.',
      action: 'Corrige la dirección con el transportista local, usando su propio número de seguimiento, o con el enlace del pedido en AliExpress si lo hay. Avisa al vendedor por los mensajes de AliExpress.',
    },
    'last-mile-problem': {
      title: 'Problema con el transportista local',
      meaning: 'Tu transportista local informó un problema al manejar el paquete.',
      next: 'El transportista lo resuelve y sigue la entrega, o el paquete se devuelve.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Busca el paquete en la web del transportista local con su propio número de seguimiento y contáctalo. Avisa al vendedor por los mensajes de AliExpress.',
    },

    // ---- entrega o recogida ----
    'out-for-delivery': {
      title: 'En reparto',
      meaning: 'El paquete está en la vehículo de reparto o con el cartero.',
      next: 'Te lo entregan, o te dejan un aviso si no hay nadie.',
      worry: 'Si a los {worryDays} días no llegó, revisa el seguimiento del transportista local por si hay un aviso o un punto de recogida.',
    },
    'redelivery-attempt': {
      title: 'Nuevo intento de entrega',
      meaning: 'El transportista vuelve a intentar la entrega.',
      next: 'Te lo entregan, o lo llevan a un punto de recogida si no hay nadie.',
      worry: 'Si a los {worryDays} días no llegó, busca un aviso o un punto de recogida.',
    },
    'delivery-attempt-failed': {
      title: 'Intento de entrega fallido',
      meaning: 'El transportista no pudo entregar: no había nadie, un problema con la dirección o el acceso, o no hubo un intento real. Tras el primer intento muchas veces no dejan aviso.',
      next: 'Normalmente lo intentan de nuevo o llevan el paquete a una oficina o punto de recogida.',
      worry: 'Actúa ya: si no lo retiras a tiempo, el paquete vuelve y probablemente pierdas el dinero.',
      action: 'Revisa la web del transportista local con el número de seguimiento del propio paquete: pide una nueva entrega o averigua dónde retirarlo, y comprueba tu dirección. Si no hubo intento real, reclama al transportista y avisa al vendedor por los mensajes de AliExpress.',
    },
    'delivery-notice-left': {
      title: 'Aviso de llegada',
      meaning: 'El transportista dejó un aviso: el paquete te espera en una oficina o punto de recogida, o se puede volver a entregar.',
      next: 'Lo retiras o pides una nueva entrega.',
      worry: 'Actúa pronto: el paquete solo se guarda un tiempo limitado.',
      action: 'Sigue el aviso: pide una nueva entrega o retira el paquete con tu documento antes del plazo. Usa la web oficial del transportista con el número de seguimiento del propio paquete.',
    },
    'pickup-hub-inbound': {
      title: 'En el centro de la red de recogida',
      meaning: 'El paquete está en el centro que abastece a los puntos de recogida y taquillas. Todavía no está en tu punto.',
      next: 'Va a tu punto de recogida y te avisan.',
      worry: 'Es normal. Preocúpate solo después de {worryDays} días sin noticias.',
    },
    'arrived-at-pickup-point': {
      title: 'En el punto de recogida',
      meaning: 'El paquete llegó a un punto de recogida, taquilla u oficina para que lo retires.',
      next: 'Lo retiras; entonces figurará como entregado.',
      worry: 'Actúa ya: los puntos de recogida guardan los paquetes poco tiempo y luego los devuelven.',
      action: 'Retíralo antes del plazo con tu documento o el código de recogida. La dirección y el horario están en la web del transportista local, con el número de seguimiento del propio paquete.',
    },
    'waiting-for-pickup': {
      title: 'Esperando que lo retires',
      meaning: 'El paquete te espera en una oficina de correos, punto de recogida o taquilla.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: los paquetes no retirados se devuelven y, en ese caso, AliExpress suele darle la razón al vendedor.',
      action: 'Retíralo antes del plazo con tu documento o el código de recogida. Comprueba dónde y hasta cuándo en la web del transportista local, con el número de seguimiento del propio paquete.',
    },
    'pickup-point-signed': {
      title: 'Firmado por el punto de recogida',
      meaning: 'El punto de recogida o la taquilla firmó la recepción del paquete. Esa firma es suya, no tuya: el paquete te está esperando, no está entregado.',
      next: 'Lo retiras; solo entonces está entregado de verdad.',
      worry: 'Actúa ya: si nadie lo retira a tiempo, vuelve al remitente.',
      action: 'Retíralo antes del plazo con tu documento o el código de recogida. Encuentra el punto en la web del transportista local con el número de seguimiento del propio paquete.',
    },
    'parcel-in-locker': {
      title: 'En una taquilla',
      meaning: 'El paquete se dejó en una taquilla (locker) para ti.',
      next: 'Abres la taquilla con tu código y lo retiras.',
      worry: 'Actúa ya: el plazo de las taquillas es corto; después el paquete se traslada o se devuelve.',
      action: 'Retíralo con el código del mensaje o la app del transportista antes del plazo. Si no llegas, pregúntale al transportista por una prórroga.',
    },
    'pickup-reminder': {
      title: 'Recordatorio de recogida',
      meaning: 'El transportista te recordó que el paquete sigue esperando que lo retires.',
      next: 'Lo retiras; si no, vuelve pronto al remitente.',
      worry: 'Actúa ya: el plazo está por vencer.',
      action: 'Retíralo cuanto antes con tu documento o el código de recogida. Comprueba el plazo en la web del transportista local con el número de seguimiento del propio paquete.',
    },
    'pickup-point-refused': {
      title: 'El punto de recogida no pudo recibirlo',
      meaning: 'El punto de recogida o la taquilla no pudo aceptar el paquete, por ejemplo porque estaba lleno o cerrado.',
      next: 'El paquete va a otro punto o vuelve a la oficina de reparto.',
      worry: 'Vigílalo. Si en {worryDays} días no te dicen dónde está, actúa.',
      action: 'Busca el paquete en la web del transportista local con su propio número de seguimiento para ver adónde fue, y contacta al transportista. Avisa al vendedor por los mensajes de AliExpress.',
    },
    'correos-available-at-office': {
      title: 'Correos: disponible en oficina',
      meaning: 'El paquete te espera en una oficina de Correos («Disponible en oficina»).',
      next: 'Lo retiras; si no, vuelve al terminar el plazo de custodia.',
      worry: 'Actúa ya: Correos guarda los paquetes poco tiempo y puede que no deje aviso en el buzón.',
      action: 'Ve a la oficina que indica el seguimiento de Correos con tu documento y el número de seguimiento. Otra persona puede retirarlo con tu autorización.',
    },
    'la-poste-available-for-pickup': {
      title: 'La Poste: disponible para retirar',
      meaning: 'El paquete te espera en una oficina de correos o un punto de recogida («disponible en point de retrait»).',
      next: 'Lo retiras; si no, vuelve cuando vence el plazo.',
      worry: 'Actúa ya: el aviso o el mensaje indica el plazo.',
      action: 'Retíralo con tu documento y el aviso o código antes de la fecha que indica el mensaje o el seguimiento de La Poste.',
    },
    'postnl-ready-at-location': {
      title: 'PostNL: listo en un punto PostNL',
      meaning: 'El paquete te espera en un punto PostNL.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: PostNL guarda los paquetes poco tiempo.',
      action: 'Retíralo con tu documento y el código de ausencia o el número de seguimiento. El punto y el plazo figuran en el seguimiento de PostNL.',
    },
    'dhl-ready-at-packstation': {
      title: 'DHL: listo en una Packstation',
      meaning: 'El paquete está en una Packstation de DHL para ti.',
      next: 'Lo retiras con la app de DHL o el aviso; si no, se devuelve.',
      worry: 'Actúa ya: el plazo de la Packstation es corto.',
      action: 'Retíralo con la app de DHL o el código de barras del aviso antes del plazo.',
    },
    'dhl-ready-at-branch': {
      title: 'DHL: listo en una sucursal',
      meaning: 'El paquete te espera en una sucursal de Deutsche Post o una tienda DHL.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: las sucursales guardan los paquetes poco tiempo.',
      action: 'Retíralo con tu documento y el aviso o el número de seguimiento. La dirección de la sucursal está en el seguimiento de DHL.',
    },
    'poste-italiane-in-storage': {
      title: 'Poste Italiane: en depósito (giacenza)',
      meaning: 'No se pudo entregar el paquete y te espera en la oficina que indica el aviso.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: el tiempo de depósito es limitado.',
      action: 'Retíralo con tu documento y el «avviso di giacenza», o pide una nueva entrega en la web de Poste Italiane.',
    },
    'ctt-awaiting-collection': {
      title: 'CTT: pendiente de retiro',
      meaning: 'El paquete te espera en una tienda o punto CTT.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: el aviso indica cuánto tiempo lo guardan.',
      action: 'Retíralo con tu documento y el aviso o el número de seguimiento antes del plazo del aviso.',
    },
    'inpost-ready-in-locker': {
      title: 'InPost: listo en la taquilla',
      meaning: 'El paquete está en un Paczkomat de InPost para ti.',
      next: 'Abres la taquilla con el código; si no, lo llevan a una sucursal y después lo devuelven.',
      worry: 'Actúa ya: el tiempo en la taquilla es corto.',
      action: 'Retíralo con el código de la app, el SMS o el correo de InPost. Si necesitas más tiempo, puedes comprar una prórroga en la app de InPost.',
    },
    'royal-mail-item-waiting': {
      title: 'Royal Mail: paquete esperándote',
      meaning: 'Royal Mail no pudo entregar y guarda el paquete en la oficina de reparto. Normalmente te dejan una tarjeta.',
      next: 'Lo retiras o pides una nueva entrega; si no, se devuelve.',
      worry: 'Actúa pronto: Royal Mail guarda los paquetes solo un tiempo fijo.',
      action: 'Retíralo en la oficina de reparto con tu documento y la tarjeta, o pide una nueva entrega en la web de Royal Mail.',
    },
    'usps-available-for-pickup': {
      title: 'USPS: disponible para retirar',
      meaning: 'El paquete está en tu oficina postal, normalmente después de que te dejaran un aviso.',
      next: 'Lo retiras o programas una nueva entrega; si no, se devuelve.',
      worry: 'Actúa pronto: la oficina lo guarda poco tiempo.',
      action: 'Retíralo con tu documento y el aviso, o programa una nueva entrega en la web de USPS con el número de seguimiento.',
    },
    'canada-post-ready-for-pickup': {
      title: 'Canada Post: listo para retirar',
      meaning: 'El paquete te espera en una oficina de correos, normalmente con una tarjeta de aviso.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa pronto: la oficina lo guarda poco tiempo.',
      action: 'Retíralo con tu documento y la tarjeta, y paga en ventanilla los impuestos que correspondan.',
    },
    'australia-post-awaiting-collection': {
      title: 'Australia Post: pendiente de retiro',
      meaning: 'El paquete te espera en una oficina de correos o una Parcel Locker.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: las taquillas y oficinas guardan los paquetes poco tiempo.',
      action: 'Retíralo con tu documento, la tarjeta o el código de la taquilla. El lugar figura en el seguimiento de Australia Post.',
    },
    'correios-awaiting-pickup': {
      title: 'Correios: esperando retiro',
      meaning: 'El paquete te espera en una unidad de Correios («Objeto aguardando retirada»).',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: Correios lo guarda solo el plazo que fija.',
      action: 'Retíralo con tu documento en la unidad que indica el seguimiento de Correios, antes del plazo que figura allí.',
    },
    'russian-post-at-delivery-office': {
      title: 'Llegó a la oficina de entrega',
      meaning: 'El paquete está en tu oficina de correos («Прибыло в место вручения») y te espera.',
      next: 'Lo retiras; si no, vuelve al remitente.',
      worry: 'Actúa ya: la oficina guarda los paquetes poco tiempo, y menos aún algunos de tiendas en línea.',
      action: 'Retíralo con tu pasaporte y el número de seguimiento, o con el código de la app de Correos de Rusia. Comprueba el plazo en el seguimiento.',
    },

    // ---- entregado ----
    delivered: {
      title: 'Entregado',
      meaning: 'El transportista indica que el paquete se entregó o se dejó en tu dirección.',
      next: 'Revisa el producto y confirma la recepción en AliExpress cuando estés conforme.',
      worry: 'Si no lo tienes, actúa rápido: revisa la prueba de entrega del transportista, tu buzón, tu casa y a los vecinos, y luego contacta al transportista. Abre una disputa antes de que termine la protección.',
    },
    'collected-from-pickup-point': {
      title: 'Retirado',
      meaning: 'Tú, o alguien con tus datos, retiró el paquete del punto de recogida.',
      next: 'Revisa el producto y confirma la recepción en AliExpress cuando estés conforme.',
      worry: 'Si no lo retiraste tú, contacta enseguida al punto de recogida y al transportista, y luego abre una disputa en la página del pedido.',
    },
    'delivered-to-mailbox': {
      title: 'Entregado en el buzón',
      meaning: 'El transportista dejó el paquete en tu buzón.',
      next: 'Revisa el producto y confirma la recepción en AliExpress cuando estés conforme.',
      worry: 'A veces el escaneo llega antes que el paquete. Si no está, vuelve a mirar en breve; después contacta al transportista y abre una disputa antes de que termine la protección.',
    },
    'delivered-to-neighbour-or-safe-place': {
      title: 'Dejado con un vecino o en lugar seguro',
      meaning: 'El paquete se le dio a un vecino o se dejó en el lugar que elegiste.',
      next: 'Recógelo y revisa el producto.',
      worry: 'Si no lo encuentras, pregunta a tus vecinos y revisa la nota del transportista; después contacta al transportista y abre una disputa antes de que termine la protección.',
    },
    'order-completed': {
      title: 'Completado',
      meaning: 'El pedido se cerró como recibido, porque lo confirmaste o porque venció el plazo de confirmación.',
      next: 'No pasa nada más, salvo que inicies una devolución o una disputa.',
      worry: 'Si nunca recibiste el producto, abre una disputa en la página del pedido de inmediato: el plazo es limitado. Nunca confirmes la recepción antes de tener el producto.',
    },

    // ---- devuelto ----
    'returning-to-sender': {
      title: 'Volviendo al remitente',
      meaning: 'El paquete está de vuelta, normalmente porque nadie lo retiró, no se pagaron los cargos de aduana, la dirección era incorrecta o se rechazó.',
      next: 'Vuelve al vendedor o a China.',
      worry: 'Actúa ya: cuando llegue de vuelta, recuperar el dinero dependerá del motivo.',
      action: 'Pregúntale al transportista local, con el número de seguimiento del propio paquete, si todavía se puede frenar la devolución. Avisa al vendedor por los mensajes de AliExpress y, si no fue culpa tuya, abre una disputa en la página del pedido con capturas de pantalla.',
    },
    'returned-to-sender': {
      title: 'Devuelto al remitente',
      meaning: 'El paquete volvió al vendedor o a su almacén.',
      next: 'El vendedor puede reenviarlo o devolverte el dinero.',
      worry: 'Si la devolución no fue culpa tuya, normalmente recuperas el dinero; si nadie lo retiró o lo rechazaste, es poco probable.',
      action: 'Pídele al vendedor por los mensajes de AliExpress que lo reenvíe o te devuelva el dinero. Si no lo hace, abre una disputa en la página del pedido con capturas del seguimiento.',
    },
    'returned-unclaimed': {
      title: 'Devuelto: no se retiró',
      meaning: 'Nadie retiró el paquete ni pagó los cargos a tiempo, así que se devuelve.',
      next: 'Vuelve al vendedor.',
      worry: 'En este caso AliExpress suele darle la razón al vendedor, pero vale la pena preguntar.',
      action: 'Pregúntale al transportista local si todavía se puede frenar la devolución. Luego pregúntale al vendedor por los mensajes de AliExpress si puede reenviarlo, y abre una disputa en la página del pedido si nunca te avisaron.',
    },
    'returned-refused': {
      title: 'Devuelto: rechazado',
      meaning: 'Se rechazó la entrega, así que el paquete se devuelve.',
      next: 'Vuelve al vendedor.',
      worry: 'Si tú no lo rechazaste, actúa rápido.',
      action: 'Si no lo rechazaste, reclama al transportista local con el número de seguimiento del propio paquete y abre una disputa en la página del pedido. Si sí, acuerda el reembolso con el vendedor por los mensajes de AliExpress.',
    },
    'returned-address-problem': {
      title: 'Devuelto: problema de dirección',
      meaning: 'El transportista no pudo entregar en la dirección indicada, así que el paquete se devuelve.',
      next: 'Vuelve al vendedor.',
      worry: 'Actúa ya: revisa la dirección de tu pedido.',
      action: 'Pregúntale al transportista local si todavía puede entregarlo con la dirección corregida. Avisa al vendedor por los mensajes de AliExpress y, si la dirección era correcta, abre una disputa en la página del pedido.',
    },
    'return-handling-problem': {
      title: 'Problema con la devolución',
      meaning: 'El almacén de devoluciones informó un problema al recibir el paquete devuelto.',
      next: 'El vendedor y el almacén lo resuelven.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress. Si no responde o no te reembolsa, abre una disputa en la página del pedido.',
    },
    'return-disposed': {
      title: 'Destruido tras la devolución',
      meaning: 'El transportista o el almacén de devoluciones destruyó el paquete devuelto.',
      next: 'El paquete no volverá.',
      worry: 'Ahora importa recuperar tu dinero.',
      action: 'Abre una disputa en la página del pedido con capturas del seguimiento y avisa al vendedor por los mensajes de AliExpress.',
    },

    // ---- cancelado ----
    'cancellation-requested': {
      title: 'Cancelación solicitada',
      meaning: 'Pediste cancelar el pedido y el vendedor tiene que responder.',
      next: 'Si el vendedor no responde a tiempo, AliExpress cancela el pedido y te devuelve el dinero.',
      worry: 'Es normal. Si no pasa nada en {worryDays} días, revisa la página del pedido.',
    },
    'order-cancelled': {
      title: 'Pedido cancelado',
      meaning: 'El pedido lo canceló el vendedor, AliExpress o tú. Si pagaste, el reembolso está en camino.',
      next: 'El dinero vuelve al medio de pago que usaste; cada banco tiene sus propios plazos.',
      worry: 'Si el reembolso no llegó en {worryDays} días, contacta a AliExpress desde la página del pedido y luego a tu banco.',
    },
    'order-closed': {
      title: 'Pedido cerrado',
      meaning: 'El pedido está cerrado. Pasa cuando no se pagó a tiempo, o después de una cancelación o un reembolso.',
      next: 'Si pagaste, el dinero vuelve al medio de pago que usaste.',
      worry: 'Si pagaste y el reembolso no llegó en {worryDays} días, contacta a AliExpress desde la página del pedido.',
    },
    'refund-in-progress': {
      title: 'Reembolso en curso',
      meaning: 'AliExpress te está devolviendo el dinero.',
      next: 'Llega a tu tarjeta, tu banco o tu saldo de AliExpress; cada banco tiene sus propios plazos.',
      worry: 'Si no llegó en {worryDays} días, contacta a AliExpress desde la página del pedido y luego a tu banco.',
    },
    'shipment-cancelled': {
      title: 'Envío cancelado',
      meaning: 'El almacén o el vendedor canceló el envío.',
      next: 'El vendedor lo vuelve a enviar o se reembolsa el pedido.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Pregúntale al vendedor por los mensajes de AliExpress si lo volverá a enviar. Si no, pide el reembolso o abre una disputa en la página del pedido.',
    },

    // ---- incidencia ----
    'tracking-number-not-found': {
      title: 'Número de seguimiento no encontrado',
      meaning: 'El sistema de seguimiento todavía no reconoce este número. Puede tardar unos días en aparecer después del envío.',
      next: 'El primer escaneo aparece cuando el transportista tiene el paquete.',
      worry: 'Si a los {worryDays} días el número sigue sin aparecer, actúa.',
      action: 'Pídele al vendedor por los mensajes de AliExpress que revise el número. Si sigue sin funcionar, abre una disputa en la página del pedido.',
    },
    'no-tracking-updates': {
      title: 'Sin novedades en el seguimiento',
      meaning: 'Hace tiempo que no hay un escaneo nuevo. En algunos pasos, como el vuelo, es normal que haya silencio.',
      next: 'El próximo escaneo suele aparecer cuando el paquete llega al paso siguiente.',
      worry: 'Preocúpate si no hay noticias en {worryDays} días o si el contador de protección se está acabando.',
      action: 'Escríbele al vendedor por los mensajes de AliExpress y pídele que amplíe la protección si se acaba el tiempo. Si nada funciona antes de que termine, abre una disputa en la página del pedido.',
    },
    'tracking-stopped-after-export': {
      title: 'El seguimiento se detuvo tras la exportación',
      meaning: 'Las líneas de envío económicas muchas veces dejan de actualizarse cuando el paquete sale de China o aterriza. Puede que siga en camino.',
      next: 'Puede llegar sin más novedades, o con un número de seguimiento local nuevo.',
      worry: 'Busca primero un número local. Preocúpate si no llega nada en {worryDays} días o si el contador de protección se está acabando.',
      action: 'Prueba el número en la web del correo de tu país y pregunta en tu oficina de correos. Pídele al vendedor un número local por los mensajes de AliExpress; si la protección está por terminar, abre una disputa en la página del pedido.',
    },
    'delivery-exception': {
      title: 'Incidencia en el envío',
      meaning: 'El transportista informó un problema sin decir en qué paso.',
      next: 'El transportista lo resuelve o les pide a ti o al vendedor que hagan algo.',
      worry: 'Vigílalo. Si no cambia nada en {worryDays} días, actúa.',
      action: 'Busca el paquete en la web del transportista local con su propio número de seguimiento y contáctalo. Avisa al vendedor por los mensajes de AliExpress.',
    },
    'parcel-lost': {
      title: 'Paquete perdido',
      meaning: 'El transportista indica que el paquete se perdió.',
      next: 'No se va a entregar; ahora importa conseguir el reembolso o un nuevo envío.',
      worry: 'Actúa ya, antes de que termine la protección.',
      action: 'Abre una disputa en la página del pedido de AliExpress con capturas del seguimiento y pídele al vendedor, por los mensajes de AliExpress, que lo reenvíe o te devuelva el dinero.',
    },
    'parcel-damaged': {
      title: 'Paquete dañado',
      meaning: 'El transportista informó que el paquete está dañado.',
      next: 'Puede que igual se entregue, o que se devuelva o se destruya.',
      worry: 'Actúa ya: guarda el embalaje y toma fotos.',
      action: 'Si llega dañado, toma fotos antes de abrirlo y guarda el embalaje. Avísale al transportista local, abre una disputa en la página del pedido con las fotos y escríbele al vendedor por los mensajes de AliExpress.',
    },
    'parcel-destroyed': {
      title: 'Paquete destruido',
      meaning: 'El paquete se destruyó, por ejemplo porque estaba dañado o no se pudo entregar ni devolver.',
      next: 'No se va a entregar.',
      worry: 'Ahora importa recuperar tu dinero.',
      action: 'Abre una disputa en la página del pedido de AliExpress con capturas del seguimiento y avisa al vendedor por los mensajes de AliExpress.',
    },
  },

  regionNotes: {
    'eu-vat-ioss':
      'UE: desde el {vat_since} se paga IVA por todo paquete que llega de fuera de la UE, sea cual sea su valor; el antiguo límite libre de impuestos para envíos baratos ya no existe. En pedidos de hasta {ioss_limit}, AliExpress suele cobrar el IVA al comprar (IOSS), así que no deberían pedirte nada en la entrega. Por encima de eso, o sin IOSS, el transportista cobra el IVA, una tasa de gestión y quizá aranceles.',
    'eu-flat-duty-2026':
      'UE: desde el {from} hasta el {until}, los paquetes de hasta {parcel_limit} pagan un arancel de {duty_per_item_category} por cada tipo distinto de producto (los que comparten código arancelario cuentan una vez). Normalmente va incluido en el precio al comprar, no se cobra en la entrega.',
    'eu-handling-fee-proposal':
      'UE: se propuso una tasa de gestión de {proposed_fee} por producto, pero, que sepamos, no está aprobada. Si un transportista te la pide, compruébalo en su web oficial.',
    'es-correos-customs':
      'España: si Correos retiene un paquete en aduana (a través de ADT Postales), envías la declaración y la factura en su web oficial y pagas allí. El plazo indicado es de {documents_deadline_days} días; después, el paquete se devuelve.',
    'nl-postnl-customs':
      'Países Bajos y Bélgica: si PostNL necesita datos para la aduana, te los pide en su seguimiento; tienes {info_deadline_days} días o el paquete se devuelve. PostNL nunca manda un enlace de pago directo.',
    'uk-vat-low-value':
      'Reino Unido: en pedidos de hasta {threshold}, el IVA se cobra al comprar y no hay arancel; los regalos entre particulares de hasta {gift_limit} no pagan IVA. La exención de aranceles terminará, como tarde, en {relief_end_latest}.',
    'uk-royal-mail-fee':
      'Reino Unido: cuando hay cargos de aduana, Royal Mail suma una tasa de gestión de {handling_fee} y deja una tarjeta gris «Fee to pay». Royal Mail nunca pide pagos por teléfono.',
    'us-de-minimis':
      'EE. UU.: desde el {suspended_since} ya no rige para ningún país la exención de aranceles de {old_threshold}, así que todo paquete paga arancel, incluido en el precio de AliExpress o cobrado por el transportista. La tarifa fijada para envíos postales rigió hasta el {surcharge_end}; no tenemos una fuente fiable de lo que se aplica desde entonces: consulta la web oficial del transportista o de la aduana de EE. UU. (CBP). Una ley elimina la exención de forma definitiva desde el {statutory_repeal}.',
    'ca-postal-low-value':
      'Canadá: los envíos por correo de hasta {threshold} no pagan aranceles ni impuestos. Por encima, se cobran sobre el valor total y Canada Post suma una tasa de gestión al cobrarlos.',
    'ca-cbsa-screening':
      'Canadá: la CBSA revisa todos los paquetes. Canada Post no puede acelerar ni consultar un paquete mientras está en aduana.',
    'au-gst-low-value':
      'Australia: desde el {since}, el GST de {gst_rate} se cobra al comprar en pedidos de hasta {threshold}, así que normalmente no hay nada que pagar al llegar. Por encima, el GST y los aranceles se cobran en frontera.',
    'au-customs-status-lag':
      'Australia: el seguimiento puede seguir diciendo que el paquete está retenido en aduana hasta que sale físicamente del depósito aduanero de Australia Post, aunque ya esté despachado. En temporada alta el despacho puede tardar mucho más de lo habitual.',
    'br-remessa-conforme':
      'Brasil: AliExpress está en el programa Remessa Conforme, así que los impuestos se cobran al comprar: {low_rate} de impuesto de importación hasta {low_limit}, y {high_rate} menos {high_deduction} por encima, más el ICMS del estado ({icms} en la mayoría). No deberían cobrarte nada más al llegar.',
    'br-non-certified-payment':
      'Brasil: si los impuestos no se pagaron al comprar, los pagas en «Minhas Importações» en la web de Correios dentro de {payment_days} días; si no, el paquete se devuelve. Comprueba allí el plazo.',
    'ru-eaeu-threshold':
      'Rusia y la UEEA: las compras de hasta {threshold} no pagan aranceles; con la regla anterior, por encima se cobraba un {excess_rate} sobre el excedente.',
    'ru-eaeu-2026-rule':
      'Rusia y la UEEA: desde el {from}, las compras de hasta {threshold} siguen sin aranceles; por encima se cobra un arancel del {rate} sobre el valor total (mínimo {minimum}), además del IVA nacional.',
    'ch-vat-minimum':
      'Suiza: el IVA y los aranceles no se cobran si suman menos de {minimum_tax}, lo que equivale más o menos a pedidos por debajo de {standard_rate_limit} (o {reduced_rate_limit} para libros y otros productos con tipo reducido). Si no, Swiss Post cobra además una tasa de despacho de {post_fee_min} a {post_fee_max}.',
    'no-voec':
      'Noruega: desde el {all_imports_taxed_since} toda compra en el extranjero paga IVA. Las tiendas del sistema VOEC lo cobran al comprar para productos de menos de {item_limit}, y entonces no hay nada que pagar al llegar; si no, el transportista cobra el IVA y una tasa.',
    'uk-royal-mail-hold':
      'Royal Mail guarda el paquete {hold_days} días, o {hold_days_customs} días si hay un cargo de aduana, y después lo devuelve al remitente.',
    'nl-postnl-hold':
      'PostNL: los paquetes internacionales se guardan {international_hold_days} días en un punto PostNL tras dos intentos, pero otras páginas de PostNL hablan de {pickup_point_hold_days} días. Guíate por la fecha del aviso de PostNL.',
    'es-correos-hold':
      'Correos: un paquete que queda en la oficina suele guardarse {office_hold_days} días, aunque las fuentes no coinciden. Guíate por la fecha del seguimiento o del aviso de Correos.',
    'fr-pickup-deadline':
      'Francia: La Poste y los puntos de recogida indican el plazo de retiro en su mensaje o aviso; no encontramos un plazo oficial único.',
    'de-dhl-hold':
      'DHL: las sucursales y tiendas guardan los paquetes {branch_working_days} días hábiles y las Packstation {packstation_days} días ({packstation_redirect_days} si el paquete se desvió allí tras una entrega fallida). Los envíos con número internacional suelen guardarse {international_branch_days} días.',
    'it-poste-hold':
      'Poste Italiane: los paquetes en «giacenza» suelen guardarse {hold_working_days} días hábiles, aunque algunas fuentes dan menos. Guíate por la fecha del «avviso di giacenza».',
    'pt-ctt-hold':
      'CTT: el tiempo que te espera un paquete depende del servicio; el plazo figura en el aviso de entrega.',
    'pl-inpost-hold':
      'InPost: el paquete espera {locker_hours} horas en la taquilla; puedes pagar más tiempo en la app. Después puede esperar unos {branch_working_days} días hábiles en una sucursal de InPost antes de volver.',
    'us-usps-hold':
      'USPS: tras dejar un aviso, la oficina suele guardar el paquete unos {hold_days} días desde el primer intento y después lo devuelve.',
    'ca-post-hold':
      'Canada Post: los paquetes con tarjeta de aviso suelen guardarse unos {hold_days} días en la oficina y después se devuelven.',
    'au-post-hold':
      'Australia Post: una oficina de correos guarda un envío no entregado {post_office_business_days} días hábiles; en las Parcel Locker tienes {locker_hours} horas.',
    'br-correios-hold':
      'Correios: el tiempo que un paquete espera el retiro lo fija Correios y se publica en su web y en el seguimiento.',
    'ru-post-hold':
      'Correos de Rusia: los paquetes suelen guardarse {parcel_days} días desde que llegan a la oficina, pero los de tiendas en línea pueden tener apenas {marketplace_min_days} días. Comprueba la fecha en el seguimiento.',
    'de-cainiao-number-prefixes':
      'Alemania: los números de Cainiao que empiezan por U no se pueden seguir dentro de Alemania, y los que empiezan por AS o AQ pueden mostrar datos de entrega inventados.',
    'nl-postnl-early-delivered-scan':
      'PostNL a veces marca como entregados los paquetes de buzón antes de que lleguen. Si a los {wait_days} días no llegó nada, avisa al vendedor.',
    'sms-fee-scam':
      'Alerta de estafa: un SMS o un correo que dice que tu paquete está retenido hasta que pagues una pequeña tasa de aduana o de envío mediante un enlace es una estafa. Los cargos reales se pagan en la web oficial del transportista o de la aduana, escribiendo tú la dirección, o en ventanilla.',
  },

  contacts: {
    seller: 'El vendedor (mensajes de AliExpress)',
    'aliexpress-dispute': 'AliExpress (disputa en la página del pedido)',
    'local-carrier': 'Tu transportista local (con su propio número de seguimiento)',
    customs: 'La aduana (solo en su web oficial)',
  },

  phrases: {
    usualWait: 'Normalmente {min}–{max} días.',
    usualWaitSameDay: 'Normalmente en menos de un día.',
    noTypicalDuration: 'Este paso no tiene una duración típica fiable.',
    stepOf: 'Paso {n} de 10: {stage}',
    sideStage: 'Fuera del recorrido normal: {stage}',
    severity: {
      info: 'Todo normal',
      wait: 'Normal, pero lento',
      watch: 'Vigílalo',
      act: 'Tienes que actuar',
    },
  },

  ui: {
    meaning: 'Qué significa',
    next: 'Qué pasa después',
    worry: '¿Debo preocuparme?',
    action: 'Qué hacer',
    contacts: 'A quién contactar',
    regionNotes: 'Donde vives',
    badgeLabel: 'Tracklight: {title}. Ver la explicación',
    unknownTitle: 'Estado no reconocido',
    unknownMeaning: 'Tracklight aún no conoce este texto. Léelo junto con los pasos anteriores y posteriores: el paso más reciente que Tracklight reconoce te dice dónde está el paquete.',
    close: 'Cerrar',
  },
};

export default pack;
