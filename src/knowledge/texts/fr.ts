// Explications en français (vouvoiement). Aucun chiffre ici : les délais viennent des données
// de durée, les seuils et les dates des valeurs des notes régionales ({emplacements}).
import type { LanguagePack } from '../types';

const pack: LanguagePack = {
  lang: 'fr',

  stages: {
    ordered: { name: 'Commandé', description: 'La commande existe, mais rien n’a encore été remis à un transporteur.' },
    shipped: { name: 'Expédié', description: 'Le vendeur a créé l’envoi ou a remis le colis au transporteur en Chine.' },
    'origin-hub': { name: 'Tri en Chine', description: 'Le colis est dans un centre de tri en Chine, où il est regroupé par destination.' },
    export: { name: 'Export', description: 'Le colis est chez le transporteur international et passe la douane à l’export.' },
    international: { name: 'Transport international', description: 'Le colis a quitté la Chine, ou va bientôt la quitter, par avion, camion ou train.' },
    arrived: { name: 'Arrivé', description: 'Le colis est arrivé dans votre pays, ou sur une plateforme de transit en chemin.' },
    'import-customs': { name: 'Douane à l’import', description: 'La douane de votre pays contrôle le colis et peut appliquer des taxes.' },
    'last-mile': { name: 'Transporteur local', description: 'La poste ou le transporteur de votre pays a le colis et l’achemine vers vous.' },
    'out-for-delivery': { name: 'Livraison ou retrait', description: 'Le colis est en cours de livraison ou vous attend en point de retrait.' },
    delivered: { name: 'Livré', description: 'Le colis vous a été remis ou a été déposé comme vous l’avez demandé.' },
    returned: { name: 'Retourné', description: 'Le colis repart, ou est déjà reparti, chez l’expéditeur.' },
    canceled: { name: 'Annulé', description: 'La commande ou l’envoi a été annulé.' },
    exception: { name: 'Incident', description: 'Un problème qui ne relève pas d’une étape précise : colis perdu, endommagé ou sans nouvelles.' },
  },

  statuses: {
    // ---- commande ----
    'order-created': {
      title: 'Commande passée',
      meaning: 'Votre commande est enregistrée. Rien n’a encore été payé ni expédié.',
      next: 'Une fois le paiement validé, le vendeur commence à préparer votre commande.',
      worry: 'Rien d’inquiétant.',
    },
    'awaiting-payment': {
      title: 'En attente de paiement',
      meaning: 'La commande est passée, mais AliExpress n’a pas encore reçu le paiement.',
      next: 'Payez avant la fin du compte à rebours affiché sur la page de la commande, sinon elle se ferme d’elle-même.',
      worry: 'Pas d’inquiétude. Si vous avez payé et que ce statut reste affiché, vérifiez votre moyen de paiement sur la page de la commande.',
    },
    'payment-being-verified': {
      title: 'Paiement en cours de vérification',
      meaning: 'AliExpress vérifie votre paiement avant de transmettre la commande au vendeur.',
      next: 'Une fois la vérification terminée, le vendeur commence à préparer votre commande.',
      worry: 'C’est une étape de routine. Si le statut n’a pas changé après {worryDays} jours, consultez la page de la commande ou l’aide AliExpress.',
    },
    'order-paid': {
      title: 'Commande payée',
      meaning: 'Votre paiement est passé et le vendeur a été prévenu qu’il doit préparer la commande.',
      next: 'Le vendeur emballe la commande et la remet à un transporteur.',
      worry: 'Rien d’inquiétant.',
    },
    'awaiting-shipment': {
      title: 'Le vendeur prépare votre commande',
      meaning: 'Le vendeur prépare votre commande. Un compte à rebours sur la page de la commande indique le temps qu’il lui reste pour l’expédier.',
      next: 'Le vendeur expédie la commande et vous recevez un numéro de suivi.',
      worry: 'C’est normal. Si le compte à rebours se termine sans expédition, AliExpress annule généralement la commande et vous rembourse. Contactez le vendeur s’il ne se passe rien après {worryDays} jours.',
    },
    'package-in-preparation': {
      title: 'Colis en préparation',
      meaning: 'Le vendeur ou l’entrepôt AliExpress emballe votre commande. Elle n’est pas encore partie.',
      next: 'Le colis est remis au transporteur et les premières étapes du suivi apparaissent.',
      worry: 'C’est normal. Si rien ne bouge après {worryDays} jours, envoyez un message au vendeur.',
    },

    // ---- expédié ----
    'shipment-info-received': {
      title: 'Étiquette d’expédition créée',
      meaning: 'Le vendeur a créé l’envoi et transmis ses informations au transporteur. Le colis lui-même n’a peut-être pas encore bougé.',
      next: 'Le transporteur récupère le colis et le scanne.',
      worry: 'Il peut se passer un moment entre l’étiquette et le premier scan. Si aucun scan n’apparaît après {worryDays} jours, contactez le vendeur.',
    },
    'pre-shipment-notice': {
      title: 'Envoi annoncé',
      meaning: 'Ce n’est qu’une annonce préalable avec les informations du colis. Cela ne veut pas dire qu’il est en route.',
      next: 'Le transporteur récupère le colis et les vrais scans commencent.',
      worry: 'Si aucun vrai mouvement ne suit dans les {worryDays} jours, demandez au vendeur si le colis a bien été remis au transporteur.',
    },
    'order-shipped': {
      title: 'Commande expédiée',
      meaning: 'Le vendeur a indiqué la commande comme expédiée et a fourni un numéro de suivi.',
      next: 'Le transporteur scanne le colis et l’emmène vers un centre de tri.',
      worry: 'Les premiers scans peuvent prendre quelques jours. Si rien n’apparaît après {worryDays} jours, contactez le vendeur.',
    },
    'awaiting-delivery': {
      title: 'En attente de livraison',
      meaning: 'La commande est expédiée et en route. La page de suivi indique où elle se trouve.',
      next: 'Le colis passe par le tri, le vol, la douane, puis votre transporteur local.',
      worry: 'Rien d’inquiétant. Ne confirmez jamais la réception avant d’avoir la marchandise, même si le vendeur vous le demande : cela libère le paiement et met fin à votre protection.',
    },
    'warehouse-order-received': {
      title: 'Commande reçue par l’entrepôt',
      meaning: 'Un entrepôt logistique d’AliExpress a reçu votre commande et va la préparer et l’emballer.',
      next: 'L’entrepôt emballe le colis et le remet au transporteur.',
      worry: 'C’est normal. Si le statut ne change pas pendant {worryDays} jours, contactez le vendeur.',
    },
    'warehouse-packing': {
      title: 'Emballage en cours',
      meaning: 'L’entrepôt rassemble vos articles et emballe le colis.',
      next: 'Le colis quitte l’entrepôt avec le transporteur.',
      worry: 'C’est normal. Si rien ne bouge après {worryDays} jours, contactez le vendeur.',
    },
    'left-warehouse': {
      title: 'Sorti de l’entrepôt',
      meaning: 'Le colis a quitté l’entrepôt et est remis au transporteur.',
      next: 'Le transporteur l’enregistre et l’emmène vers un centre de tri.',
      worry: 'Les scans en Chine peuvent être rares. Si rien de nouveau n’apparaît après {worryDays} jours, contactez le vendeur.',
    },
    'consolidation-warehouse': {
      title: 'Dans un entrepôt de regroupement',
      meaning: 'Le colis est dans un entrepôt où les colis sont regroupés avant l’export.',
      next: 'Il part vers un centre de tri ou directement à l’export.',
      worry: 'C’est normal. S’il y reste {worryDays} jours, contactez le vendeur.',
    },
    'collected-by-carrier': {
      title: 'Pris en charge par le transporteur',
      meaning: 'Le transporteur a scanné le colis et en est désormais responsable. Il est encore en Chine.',
      next: 'Le colis part vers un centre de tri, puis vers l’export.',
      worry: 'Le suivi en Chine est souvent silencieux. Ne contactez le vendeur que si rien ne change après {worryDays} jours ; les grandes périodes de promotions peuvent ralentir cette étape.',
    },
    'carrier-pickup-failed': {
      title: 'Enlèvement impossible',
      meaning: 'Le transporteur a essayé de récupérer le colis chez le vendeur, sans succès.',
      next: 'Le vendeur organise un nouvel enlèvement.',
      worry: 'C’est souvent vite réglé. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Écrivez au vendeur via la messagerie AliExpress et demandez-lui quand le colis sera récupéré. Si le délai de livraison expire, ouvrez un litige depuis la page de la commande.',
    },
    'warehouse-problem': {
      title: 'Problème à l’entrepôt',
      meaning: 'L’entrepôt a signalé un problème avec votre commande, par exemple de stock, ou un refus de la commande.',
      next: 'Le vendeur règle le problème, réexpédie ou annule la commande.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, ce qui ne va pas. S’il ne répond pas ou ne peut pas expédier, ouvrez un litige depuis la page de la commande.',
    },

    // ---- centre de tri en Chine ----
    'origin-sorting-inbound': {
      title: 'Dans un centre de tri en Chine',
      meaning: 'Le colis est arrivé dans un centre de tri en Chine, où il est regroupé avec d’autres colis à destination de votre pays.',
      next: 'Il quitte le centre de tri pour l’export.',
      worry: 'C’est normal. Les scans en Chine peuvent être rares ; ne vous inquiétez que si rien ne change après {worryDays} jours.',
    },
    'origin-sorting-outbound': {
      title: 'Sorti du centre de tri',
      meaning: 'Le colis a été mis dans un sac à destination de votre pays et a quitté le centre de tri.',
      next: 'Il est remis au transporteur international et passe la douane à l’export.',
      worry: 'C’est normal. Il peut n’y avoir aucune nouvelle pendant un moment ; ne vous inquiétez que si rien ne change après {worryDays} jours.',
    },
    'origin-sorting-problem': {
      title: 'Bloqué au centre de tri',
      meaning: 'Le centre de tri n’a pas pu traiter le colis comme prévu. C’est le plus souvent un retard logistique, parfois un problème d’adresse ou de contenu.',
      next: 'Le transporteur fait une nouvelle tentative, ou le colis repart chez le vendeur.',
      worry: 'Cela se règle souvent tout seul. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, ce qui s’est passé. Si le colis est renvoyé ou reste bloqué, ouvrez un litige depuis la page de la commande.',
    },

    // ---- export ----
    'linehaul-received': {
      title: 'Remis au transporteur international',
      meaning: 'Le colis est chez la société qui achemine les sacs de colis vers l’étranger. Il est encore en Chine.',
      next: 'La douane à l’export dédouane les sacs, qui sont ensuite remis à la compagnie aérienne.',
      worry: 'Les sacs attendent ici qu’une place se libère dans un avion, un camion ou un bateau. Ne vous inquiétez que si rien ne change après {worryDays} jours.',
    },
    'linehaul-handover-problem': {
      title: 'Échec de la remise au transporteur international',
      meaning: 'La remise du colis au transporteur international n’a pas abouti.',
      next: 'Le transporteur fait une nouvelle tentative ou renvoie le colis au vendeur.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Contactez le vendeur via la messagerie AliExpress. Si le colis est bloqué ou renvoyé, ouvrez un litige depuis la page de la commande.',
    },
    'export-customs-started': {
      title: 'Douane à l’export en cours',
      meaning: 'La douane chinoise contrôle le sac qui contient votre colis avant qu’il quitte le pays.',
      next: 'Les formalités d’export se terminent et le sac part vers la compagnie aérienne.',
      worry: 'C’est la routine. Ne vous inquiétez que si rien ne change après {worryDays} jours.',
    },
    'export-customs-cleared': {
      title: 'Dédouané à l’export',
      meaning: 'Le colis est autorisé à quitter la Chine.',
      next: 'Il est remis à la compagnie aérienne ou à un autre transporteur pour le trajet vers l’étranger.',
      worry: 'C’est normal. Ne vous inquiétez que si rien ne change après {worryDays} jours.',
    },
    'export-customs-failed': {
      title: 'Problème à la douane d’export',
      meaning: 'La douane chinoise n’a pas laissé partir le colis comme prévu.',
      next: 'Le problème est réglé, ou le colis repart chez le vendeur.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, ce qui s’est passé. Si le colis ne peut pas être envoyé, ouvrez un litige depuis la page de la commande.',
    },
    'awaiting-flight': {
      title: 'En attente de vol',
      meaning: 'Le colis est prêt à quitter la Chine et attend une place sur un vol.',
      next: 'Il est remis à la compagnie aérienne et part vers votre pays ou vers une plateforme de transit.',
      worry: 'L’attente d’un vol est normale, et le suivi est souvent silencieux à ce stade. Ne vous inquiétez que si rien ne change après {worryDays} jours.',
    },

    // ---- transport international ----
    'hand-over-to-airline': {
      title: 'Remis à la compagnie aérienne',
      meaning: 'Le sac qui contient votre colis est chez la compagnie aérienne ou son prestataire, pour le vol vers l’étranger.',
      next: 'L’avion atterrit et le colis est scanné dans votre pays ou sur une plateforme de transit.',
      worry: 'C’est souvent l’étape la plus longue sans nouvelles : le suivi peut s’arrêter ici un bon moment, et c’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles, et gardez un œil sur le compte à rebours de la protection acheteur.',
    },
    'airline-handover-failed': {
      title: 'Refusé par la compagnie aérienne',
      meaning: 'La compagnie aérienne ou le contrôle de sûreté n’a pas accepté le sac qui contient votre colis.',
      next: 'Le colis attend un autre vol, prend un autre chemin ou repart chez le vendeur.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, ce qui va se passer. Si le colis est renvoyé ou reste bloqué, ouvrez un litige depuis la page de la commande.',
    },
    'departed-origin-country': {
      title: 'Parti de Chine',
      meaning: 'Le colis a quitté la Chine par avion, camion ou train.',
      next: 'Il est scanné à son arrivée dans votre pays ou sur une plateforme de transit.',
      worry: 'Le trajet lui-même est court, mais le scan d’arrivée peut venir bien plus tard. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'in-transit': {
      title: 'En transit',
      meaning: 'Une mise à jour générale : le colis est en route entre deux étapes de son trajet.',
      next: 'Le prochain scan détaillé indiquera où il se trouve.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans aucune nouvelle.',
    },
    'arrived-transit-country': {
      title: 'Sur une plateforme de transit',
      meaning: 'Le colis passe par une plateforme dans un autre pays, par exemple Liège en Belgique pour l’Europe. Il n’est pas encore dans votre pays.',
      next: 'Il quitte la plateforme en direction de votre pays.',
      worry: 'Les colis peuvent rester un moment sur ces plateformes. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'departed-transit-country': {
      title: 'Parti de la plateforme de transit',
      meaning: 'Le colis a quitté la plateforme de transit en direction de votre pays.',
      next: 'Il arrive dans votre pays et passe en douane.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'transit-customs-started': {
      title: 'Douane dans un pays de transit',
      meaning: 'Le colis est contrôlé par la douane d’un pays qu’il traverse.',
      next: 'Il est dédouané et poursuit sa route vers votre pays.',
      worry: 'C’est la routine. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'transit-customs-cleared': {
      title: 'Dédouané dans un pays de transit',
      meaning: 'La douane du pays de transit a libéré le colis.',
      next: 'Il poursuit sa route vers votre pays.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'transit-customs-failed': {
      title: 'Problème dans un pays de transit',
      meaning: 'La douane d’un pays traversé n’a pas libéré le colis comme prévu.',
      next: 'Le problème est réglé, ou le colis est renvoyé.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, ce qui va se passer. Si le colis reste bloqué ou repart, ouvrez un litige depuis la page de la commande.',
    },
    'rerouted-in-transit': {
      title: 'Réacheminé en cours de route',
      meaning: 'À un point de transit, le colis a été envoyé sur un autre itinéraire.',
      next: 'Il poursuit sa route vers votre pays par le nouvel itinéraire.',
      worry: 'Un changement d’itinéraire rallonge le délai, mais ce n’est pas un problème en soi. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },

    // ---- arrivée ----
    'arrived-destination-country': {
      title: 'Arrivé dans le pays de destination',
      meaning: 'Le colis a atterri et se trouve chez l’agent du transporteur international. Attention : ce scan peut aussi venir d’une plateforme de transit, comme Liège, et non de votre pays.',
      next: 'Il est présenté en douane, puis remis à votre transporteur local.',
      worry: 'Une période sans nouvelles est fréquente ensuite : le transporteur local n’a peut-être pas encore transmis ses scans, et les livraisons économiques cessent souvent d’être suivies à ce stade. Sans nouvelles après {worryDays} jours, renseignez-vous auprès de votre bureau de poste ou cherchez un nouveau numéro de suivi local.',
    },
    'arrived-at-eu-hub': {
      title: 'Sur la plateforme européenne',
      meaning: 'Le colis est sur une plateforme européenne, comme le hub Cainiao de Liège. En général, ce n’est pas encore votre pays.',
      next: 'Il est envoyé vers la douane et le transporteur local de votre pays.',
      worry: 'Les colis peuvent attendre sur la plateforme avant de repartir. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'arrived-customs-area': {
      title: 'En zone de douane',
      meaning: 'Le colis est arrivé dans la zone où il attend d’être présenté à la douane.',
      next: 'La douane le contrôle.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'linehaul-arrival-problem': {
      title: 'Problème à l’arrivée',
      meaning: 'Le scan d’arrivée à destination a signalé un problème.',
      next: 'Le problème est réglé et le colis passe en douane, ou il est renvoyé.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, ce qui s’est passé. Si le colis reste bloqué, ouvrez un litige depuis la page de la commande.',
    },
    'correios-received-in-brazil': {
      title: 'Reçu par Correios au Brésil',
      meaning: 'Correios a reçu le colis au Brésil.',
      next: 'Il passe l’inspection douanière, puis part en livraison.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'russian-post-exchange-arrived': {
      title: 'Au centre d’échange international',
      meaning: 'Le colis est arrivé au bureau de la Poste russe qui traite le courrier venant de l’étranger.',
      next: 'Il est remis à la douane.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },

    // ---- douane à l'import ----
    'at-customs': {
      title: 'En douane',
      meaning: 'Le colis a été présenté à la douane de votre pays.',
      next: 'La douane le contrôle et le remet à votre transporteur local.',
      worry: 'La plupart des colis passent sans que vous ayez quoi que ce soit à faire. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'import-customs-started': {
      title: 'Dédouanement commencé',
      meaning: 'La déclaration d’importation a été déposée. Elle l’est souvent à l’avance : ce statut peut donc apparaître avant même que le colis ait quitté la Chine.',
      next: 'La douane termine le contrôle et libère le colis.',
      worry: 'N’y voyez pas la preuve que le colis est dans votre pays. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'processing-in-customs': {
      title: 'Contrôle en douane',
      meaning: 'La douane contrôle le colis.',
      next: 'Il est libéré et remis à votre transporteur local.',
      worry: 'La plupart des colis passent sans que vous ayez quoi que ce soit à faire. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'customs-cleared': {
      title: 'Dédouanement terminé',
      meaning: 'La douane a libéré le colis.',
      next: 'Votre transporteur local le prend en charge.',
      worry: 'Bonne nouvelle. Si l’on vous demande plus tard par SMS de payer de petits frais, c’est presque certainement une arnaque. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'leaving-customs': {
      title: 'Sorti de douane, en attente de transfert',
      meaning: 'Le colis a quitté la douane et attend d’être remis au transporteur local.',
      next: 'Le transporteur local le prend en charge, souvent avec un nouveau numéro de suivi.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'held-by-customs': {
      title: 'Retenu en douane',
      meaning: 'La douane a arrêté le colis. Le plus souvent, il faut payer des taxes ou fournir une facture ou une preuve de la valeur ; parfois, l’article est soumis à des restrictions.',
      next: 'Le transporteur ou la douane vous contacte, par courrier, avis ou e-mail, et le colis est libéré une fois tout réglé.',
      worry: 'Prenez-le au sérieux : un colis non réclamé repart, et les litiges sont alors généralement perdus. Agissez si vous n’avez rien reçu dans les {worryDays} jours.',
      action: 'Suivez le colis sur le site de votre transporteur local avec son propre numéro de suivi et suivez ses instructions. Ne payez et n’envoyez de documents que sur le site officiel du transporteur ou de la douane, jamais via un lien reçu par SMS. Demandez une facture au vendeur si la douane en réclame une.',
    },
    'customs-documents-requested': {
      title: 'La douane demande des informations',
      meaning: 'La douane ou le transporteur a besoin d’éléments de votre part, comme la facture, la valeur de la marchandise ou une pièce d’identité.',
      next: 'Une fois les éléments envoyés, la douane termine le contrôle et libère le colis.',
      worry: 'Agissez maintenant : il y a un délai, et passé ce délai le colis repart chez l’expéditeur.',
      action: 'Envoyez les documents sur le site officiel du transporteur ou de la douane (tapez l’adresse vous-même). Récupérez la facture sur la page de la commande ou demandez-la au vendeur via la messagerie AliExpress.',
    },
    'duties-to-pay': {
      title: 'Taxes à payer',
      meaning: 'La douane a appliqué des taxes ou des droits sur ce colis, et vous devez les payer avant la livraison.',
      next: 'Après paiement, le colis est libéré et livré.',
      worry: 'Agissez maintenant : les colis impayés repartent une fois le délai passé, et AliExpress ne les rembourse généralement pas. Un SMS qui demande de petits frais via un lien est une arnaque.',
      action: 'Payez uniquement sur le site officiel de votre transporteur ou de la douane, ou au guichet, avec le numéro de suivi propre au colis. Si vous pensez avoir déjà payé ces taxes lors de la commande, contactez le vendeur et AliExpress avec les détails de votre commande.',
    },
    'confiscated-by-customs': {
      title: 'Saisi par la douane',
      meaning: 'La douane a saisi le colis, par exemple parce que l’article est interdit ou contrefait.',
      next: 'Le colis ne sera pas livré.',
      worry: 'Le colis est perdu pour vous ; ce qui compte maintenant, c’est votre argent.',
      action: 'Procurez-vous l’avis officiel de la douane ou du transporteur. Ouvrez ensuite un litige depuis la page de la commande AliExpress en le joignant, et prévenez le vendeur via la messagerie AliExpress.',
    },
    'correos-customs-notice': {
      title: 'Correos : formalités de douane',
      meaning: 'Correos vous demande d’effectuer une formalité douanière, en général pour un colis dont la TVA n’a pas été payée à la commande ou dont la valeur dépasse le plafond européen.',
      next: 'Une fois les informations envoyées et le paiement fait, Correos libère le colis.',
      worry: 'Agissez maintenant : le délai est court, et ensuite le colis repart.',
      action: 'Suivez l’avis de Correos sur le site officiel de Correos, en tapant l’adresse vous-même. Ne payez jamais via un lien reçu par SMS. Si besoin, demandez la facture au vendeur via la messagerie AliExpress.',
    },
    'royal-mail-fee-to-pay': {
      title: 'Royal Mail : frais à payer',
      meaning: 'Royal Mail garde votre colis jusqu’au paiement des frais de douane et de ses frais de traitement. Vous recevez généralement un avis gris.',
      next: 'Une fois les frais payés, le colis est livré ou peut être retiré.',
      worry: 'Agissez vite : Royal Mail renvoie l’article au bout d’un délai fixe. Royal Mail ne demande jamais de paiement par téléphone ni via un lien dans un SMS.',
      action: 'Payez sur le site de Royal Mail (tapez l’adresse vous-même) avec la référence figurant sur l’avis, ou au bureau de distribution. Si les taxes ont déjà été payées lors de la commande, contactez le vendeur et AliExpress.',
    },
    'usps-international-service-center': {
      title: 'Dans un centre international USPS',
      meaning: 'Le colis est dans un centre USPS qui reçoit le courrier international et où a lieu le contrôle douanier.',
      next: 'Il entre dans le réseau USPS en direction de chez vous.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'canada-presented-for-review': {
      title: 'Présenté à la douane canadienne',
      meaning: 'Le colis est arrivé au Canada et l’ASFC (CBSA) l’examine. C’est un contrôle de routine.',
      next: 'L’ASFC le libère et Postes Canada le livre, en percevant les taxes éventuellement dues.',
      worry: 'Postes Canada ne peut pas accélérer le passage en douane. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'canada-released-by-cbsa': {
      title: 'Libéré par la douane canadienne',
      meaning: 'L’ASFC a terminé avec le colis et l’a rendu à Postes Canada.',
      next: 'Postes Canada le livre.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'australia-awaiting-clearance': {
      title: 'Arrivé, en attente de dédouanement',
      meaning: 'Le colis est en Australie et attend d’être dédouané.',
      next: 'Il est dédouané et Australia Post le livre.',
      worry: 'C’est généralement rapide, mais cela peut prendre plus longtemps en période chargée, et le suivi peut encore indiquer la douane après le dédouanement. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'correios-customs-inspection': {
      title: 'Inspection douanière (Correios)',
      meaning: 'La Receita Federal inspecte le colis. Quand elle indique que l’inspection est terminée, le colis poursuit sa route.',
      next: 'Il est libéré, ou une demande de paiement apparaît si les taxes n’ont pas été payées à la commande.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'correios-awaiting-payment': {
      title: 'En attente de paiement (Correios)',
      meaning: 'Correios garde le colis jusqu’au paiement des taxes d’importation. Cela arrive quand elles n’ont pas été perçues à la commande.',
      next: 'Après paiement, Correios livre le colis.',
      worry: 'Agissez maintenant : il y a un délai de paiement, après lequel le colis repart. Correios n’envoie jamais de lien de paiement ni de clé PIX par SMS.',
      action: 'Payez uniquement dans « Minhas Importações », sur le site ou l’application officiels de Correios, en tapant l’adresse vous-même. Si AliExpress a déjà perçu les taxes à la commande, contactez le vendeur et AliExpress avec les détails de votre commande.',
    },
    'russian-post-handed-to-customs': {
      title: 'Remis à la douane',
      meaning: 'La Poste russe a remis le colis à la douane pour contrôle.',
      next: 'La douane le libère et il quitte le centre d’échange.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'russian-post-released-by-customs': {
      title: 'Libéré par la douane',
      meaning: 'La douane a terminé avec le colis.',
      next: 'Il quitte le centre d’échange international en direction de chez vous.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },

    // ---- transporteur local ----
    'last-mile-notified': {
      title: 'Transporteur local informé',
      meaning: 'Votre transporteur local a reçu les informations du colis. Il n’a peut-être pas encore le colis lui-même.',
      next: 'Le transporteur local reçoit le colis et le scanne.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'accepted-by-last-mile-carrier': {
      title: 'Pris en charge dans le pays de destination',
      meaning: 'Votre poste ou votre transporteur local a le colis. Celui-ci reçoit souvent un nouveau numéro de suivi qui lui est propre.',
      next: 'Le transporteur le trie et le livre, ou le dépose en point de retrait.',
      worry: 'À partir de maintenant, le suivi du transporteur local est généralement plus à jour. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'delivery-update': {
      title: 'Mise à jour de la livraison',
      meaning: 'Votre transporteur local a mis à jour les informations de livraison.',
      next: 'Le colis continue vers votre site de distribution.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'new-local-tracking-number': {
      title: 'Nouveau numéro de suivi local',
      meaning: 'Le colis a été réétiqueté et porte désormais un nouveau numéro chez votre transporteur local.',
      next: 'Suivez le colis avec ce nouveau numéro sur le site du transporteur local.',
      worry: 'Un nouveau numéro, c’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'local-sorting-centre': {
      title: 'Dans un centre de tri local',
      meaning: 'Le colis est trié dans le réseau de livraison de votre pays.',
      next: 'Il part vers le site qui dessert votre adresse.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'at-delivery-office': {
      title: 'Sur le site de distribution',
      meaning: 'Le colis est au bureau ou à l’agence qui dessert votre adresse.',
      next: 'Il part en livraison, ou vers un point de retrait.',
      worry: 'La livraison est proche. Contactez le transporteur local s’il ne se passe rien après {worryDays} jours.',
    },
    'correos-admitted-cam': {
      title: 'Correos : admis au centre d’admission',
      meaning: 'Correos a pris en charge le colis dans un Centro de Admisión Masiva, par où le courrier en nombre des gros expéditeurs entre dans son réseau.',
      next: 'Il part vers un centre de tri automatisé (CTA).',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'correos-sorted-cta': {
      title: 'Correos : dans un centre de tri automatisé',
      meaning: 'Le colis est dans un Centro de Tratamiento Automatizado de Correos, où il est trié pour votre secteur.',
      next: 'Il part vers votre bureau de distribution local.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'la-poste-in-transit': {
      title: 'La Poste : en cours d’acheminement',
      meaning: 'La Poste ou Colissimo a le colis et l’achemine dans son réseau.',
      next: 'Il arrive sur votre site de distribution et part en livraison.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'postnl-in-network': {
      title: 'PostNL : en cours de traitement',
      meaning: 'PostNL a le colis et le trie.',
      next: 'Il est livré ou déposé dans un point PostNL.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'dhl-parcel-centre': {
      title: 'DHL : dans un centre colis',
      meaning: 'DHL ou Deutsche Post traite le colis dans l’un de ses centres.',
      next: 'Il part en livraison, vers une Packstation ou vers une agence.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'usps-regional-facility': {
      title: 'USPS : dans un centre régional',
      meaning: 'Le colis circule dans le réseau USPS.',
      next: 'Il arrive à votre bureau de poste et part en livraison.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'russian-post-left-exchange': {
      title: 'Sorti du centre d’échange international',
      meaning: 'Le colis a quitté le bureau de douane et circule en Russie.',
      next: 'Il passe par des centres de tri jusqu’à votre bureau de poste.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'russian-post-sorting-centre': {
      title: 'Dans un centre de tri',
      meaning: 'Le colis est dans un centre de tri de la Poste russe.',
      next: 'Il part vers votre bureau de poste.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'redirected-to-door': {
      title: 'Passé en livraison à domicile',
      meaning: 'L’adresse de livraison a été remplacée par une adresse à domicile, par vous, par le système ou par le transporteur.',
      next: 'Le colis est livré à cette adresse.',
      worry: 'Vérifiez que l’adresse est correcte. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'pickup-point-changed': {
      title: 'Point de retrait modifié',
      meaning: 'Le colis ira dans un autre point de retrait que celui prévu au départ.',
      next: 'Il arrive au nouveau point de retrait et vous recevez un message.',
      worry: 'Vérifiez bien à quel point vous devez aller. Si vous ne recevez aucun message dans les {worryDays} jours, contactez le transporteur.',
      action: 'Consultez le nouveau point de retrait sur le site du transporteur local avec le numéro de suivi propre au colis. Contactez le transporteur si le nouvel endroit ne vous convient pas.',
    },
    'address-update-needed': {
      title: 'Problème d’adresse',
      meaning: 'Le transporteur ne peut pas livrer à l’adresse telle qu’elle est et attend que vous la corrigiez.',
      next: 'Une fois l’adresse corrigée, la livraison reprend.',
      worry: 'Agissez maintenant : si l’adresse n’est pas corrigée, le colis est renvoyé.',
      action: 'Corrigez l’adresse auprès du transporteur local, avec son propre numéro de suivi, ou via le lien de la commande AliExpress s’il y en a un. Prévenez le vendeur via la messagerie AliExpress.',
    },
    'last-mile-problem': {
      title: 'Problème chez le transporteur local',
      meaning: 'Votre transporteur local a signalé un problème lors du traitement du colis.',
      next: 'Le transporteur règle le problème et la livraison continue, ou le colis est renvoyé.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Suivez le colis sur le site du transporteur local avec son propre numéro de suivi et contactez le transporteur. Prévenez le vendeur via la messagerie AliExpress.',
    },

    // ---- livraison ou retrait ----
    'out-for-delivery': {
      title: 'En cours de livraison',
      meaning: 'Le colis est dans le véhicule de livraison ou avec le facteur.',
      next: 'Il est livré, ou vous trouvez un avis de passage en cas d’absence.',
      worry: 'S’il n’est pas arrivé après {worryDays} jours, regardez dans le suivi du transporteur local s’il y a un avis de passage ou un point de retrait.',
    },
    'redelivery-attempt': {
      title: 'Nouvelle tentative de livraison',
      meaning: 'Le transporteur essaie de nouveau de livrer le colis.',
      next: 'Il est livré, ou déposé en point de retrait en cas d’absence.',
      worry: 'S’il n’est pas arrivé après {worryDays} jours, cherchez un avis de passage ou un point de retrait.',
    },
    'delivery-attempt-failed': {
      title: 'Échec de livraison',
      meaning: 'Le transporteur n’a pas pu livrer : personne à la maison, problème d’adresse ou d’accès, ou aucune vraie tentative. La première tentative ne laisse souvent pas d’avis de passage.',
      next: 'Le transporteur fait généralement une nouvelle tentative ou dépose le colis dans un bureau de poste ou un point de retrait.',
      worry: 'Agissez maintenant : si vous dépassez le délai de retrait, le colis repart et vous perdrez probablement votre argent.',
      action: 'Consultez le site du transporteur local avec le numéro de suivi propre au colis : programmez une nouvelle livraison ou trouvez où le retirer, et vérifiez votre adresse. Si aucune tentative n’a vraiment eu lieu, faites une réclamation auprès du transporteur et prévenez le vendeur via la messagerie AliExpress.',
    },
    'delivery-notice-left': {
      title: 'Avis de passage déposé',
      meaning: 'Le transporteur a laissé un avis de passage : le colis vous attend dans un bureau de poste ou un point de retrait, ou peut être livré à nouveau.',
      next: 'Vous le retirez ou programmez une nouvelle livraison.',
      worry: 'Agissez vite : le colis n’est gardé que pendant une durée limitée.',
      action: 'Suivez l’avis : programmez une nouvelle livraison ou retirez le colis avec une pièce d’identité avant la date limite. Utilisez le site officiel du transporteur avec le numéro de suivi propre au colis.',
    },
    'pickup-hub-inbound': {
      title: 'Sur la plateforme du réseau de retrait',
      meaning: 'Le colis est sur une plateforme qui approvisionne les points relais et les consignes. Il n’est pas encore dans votre point de retrait.',
      next: 'Il part vers votre point de retrait et vous recevez un message.',
      worry: 'C’est normal. Ne vous inquiétez qu’après {worryDays} jours sans nouvelles.',
    },
    'arrived-at-pickup-point': {
      title: 'Arrivé en point de retrait',
      meaning: 'Le colis est arrivé dans un point relais, une consigne ou un bureau de poste, où vous pouvez le retirer.',
      next: 'Vous le retirez ; il apparaît alors comme livré.',
      worry: 'Agissez maintenant : les points de retrait ne gardent les colis que pendant une durée limitée, puis les renvoient.',
      action: 'Retirez-le avant la date limite avec une pièce d’identité ou le code de retrait. Trouvez l’adresse et les horaires sur le site du transporteur local avec le numéro de suivi propre au colis.',
    },
    'waiting-for-pickup': {
      title: 'En attente de retrait',
      meaning: 'Le colis vous attend dans un bureau de poste, un point relais ou une consigne.',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : les colis non retirés repartent, et AliExpress donne alors généralement tort à l’acheteur.',
      action: 'Retirez-le avant la date limite avec une pièce d’identité ou le code de retrait. Vérifiez où et jusqu’à quand sur le site du transporteur local avec le numéro de suivi propre au colis.',
    },
    'pickup-point-signed': {
      title: 'Réceptionné par le point relais',
      meaning: 'Le point relais ou la consigne a signé pour le colis. C’est sa signature, pas la vôtre : le colis vous attend, il n’est pas livré.',
      next: 'Vous le retirez ; c’est seulement à ce moment-là qu’il est vraiment livré.',
      worry: 'Agissez maintenant : si personne ne le retire à temps, il repart chez l’expéditeur.',
      action: 'Retirez-le avant la date limite avec une pièce d’identité ou le code de retrait. Trouvez le point relais sur le site du transporteur local avec le numéro de suivi propre au colis.',
    },
    'parcel-in-locker': {
      title: 'Dans une consigne',
      meaning: 'Le colis a été déposé pour vous dans une consigne automatique.',
      next: 'Vous ouvrez le casier avec votre code et prenez le colis.',
      worry: 'Agissez maintenant : les délais en consigne sont courts, ensuite le colis est déplacé ou renvoyé.',
      action: 'Retirez-le avant la date limite avec le code reçu par message ou dans l’application du transporteur. Si vous ne pouvez pas y aller à temps, demandez une prolongation au transporteur.',
    },
    'pickup-reminder': {
      title: 'Rappel de retrait',
      meaning: 'Le transporteur vous rappelle que le colis attend toujours d’être retiré.',
      next: 'Vous le retirez ; sinon, il repart bientôt.',
      worry: 'Agissez maintenant : la date limite approche.',
      action: 'Retirez-le dès que possible avec une pièce d’identité ou le code de retrait. Vérifiez la date limite sur le site du transporteur local avec le numéro de suivi propre au colis.',
    },
    'pickup-point-refused': {
      title: 'Refusé par le point relais',
      meaning: 'Le point relais ou la consigne n’a pas pu accepter le colis, par exemple parce qu’il était plein ou fermé.',
      next: 'Le colis part vers un autre point ou revient au site de distribution.',
      worry: 'À surveiller. Si l’on ne vous a pas indiqué où il se trouve dans les {worryDays} jours, agissez.',
      action: 'Suivez le colis sur le site du transporteur local avec son propre numéro de suivi pour voir où il est parti, et contactez le transporteur. Prévenez le vendeur via la messagerie AliExpress.',
    },
    'correos-available-at-office': {
      title: 'Correos : disponible au bureau de poste',
      meaning: 'Le colis vous attend dans un bureau Correos (« Disponible en oficina »).',
      next: 'Vous le retirez ; sinon, il repart à la fin de la période de garde.',
      worry: 'Agissez maintenant : Correos ne garde les colis que pendant une durée limitée, et ne laisse pas forcément d’avis.',
      action: 'Rendez-vous au bureau indiqué dans le suivi Correos avec une pièce d’identité et le numéro de suivi. Une autre personne peut le retirer avec votre autorisation.',
    },
    'la-poste-available-for-pickup': {
      title: 'La Poste : disponible en point de retrait',
      meaning: 'Le colis vous attend dans un bureau de poste ou un point relais (« disponible en point de retrait »).',
      next: 'Vous le retirez ; sinon, il repart une fois le délai passé.',
      worry: 'Agissez maintenant : l’avis de passage ou le message indique la date limite.',
      action: 'Retirez-le avec une pièce d’identité et l’avis de passage ou le code, avant la date indiquée dans le message ou le suivi de La Poste.',
    },
    'postnl-ready-at-location': {
      title: 'PostNL : disponible dans un point PostNL',
      meaning: 'Le colis vous attend dans un point PostNL.',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : PostNL ne garde les colis que pendant une durée limitée.',
      action: 'Retirez-le avec une pièce d’identité et le code de l’avis d’absence ou le numéro de suivi. Vérifiez le lieu et la date limite dans le suivi PostNL (track and trace).',
    },
    'dhl-ready-at-packstation': {
      title: 'DHL : disponible en Packstation',
      meaning: 'Le colis vous attend dans une Packstation DHL.',
      next: 'Vous le retirez avec l’application DHL ou l’avis ; sinon, il repart.',
      worry: 'Agissez maintenant : le délai en Packstation est court.',
      action: 'Retirez-le avant la date limite avec l’application DHL ou le code-barres de l’avis.',
    },
    'dhl-ready-at-branch': {
      title: 'DHL : disponible en agence',
      meaning: 'Le colis vous attend dans une agence Deutsche Post ou un point relais DHL (Paketshop).',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : les agences ne gardent les colis que pendant une durée limitée.',
      action: 'Retirez-le avec une pièce d’identité et l’avis ou le numéro de suivi. L’adresse de l’agence figure dans le suivi DHL.',
    },
    'poste-italiane-in-storage': {
      title: 'Poste Italiane : en instance (giacenza)',
      meaning: 'Le colis n’a pas pu être livré et vous attend au bureau de poste indiqué sur l’avis.',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : la durée de garde est limitée.',
      action: 'Retirez-le avec une pièce d’identité et l’avviso di giacenza, ou programmez une nouvelle livraison sur le site de Poste Italiane.',
    },
    'ctt-awaiting-collection': {
      title: 'CTT : en attente de retrait',
      meaning: 'Le colis vous attend dans une boutique ou un point CTT.',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : l’avis indique combien de temps il est gardé.',
      action: 'Retirez-le avec une pièce d’identité et l’avis ou le numéro de suivi, avant la date indiquée sur l’avis.',
    },
    'inpost-ready-in-locker': {
      title: 'InPost : disponible en consigne',
      meaning: 'Le colis vous attend dans un Paczkomat InPost.',
      next: 'Vous ouvrez le casier avec le code ; sinon, il est transféré en agence, puis renvoyé.',
      worry: 'Agissez maintenant : le délai en consigne est court.',
      action: 'Retirez-le avec le code reçu dans l’application InPost, par SMS ou par e-mail. Si vous avez besoin de plus de temps, vous pouvez acheter une prolongation dans l’application InPost.',
    },
    'royal-mail-item-waiting': {
      title: 'Royal Mail : colis en attente',
      meaning: 'Royal Mail n’a pas pu livrer et garde le colis au bureau de distribution. Vous recevez généralement un avis.',
      next: 'Vous le retirez ou programmez une nouvelle livraison ; sinon, il repart.',
      worry: 'Agissez vite : Royal Mail ne garde les colis que pendant un délai fixe.',
      action: 'Retirez-le au bureau de distribution avec une pièce d’identité et l’avis, ou programmez une nouvelle livraison sur le site de Royal Mail.',
    },
    'usps-available-for-pickup': {
      title: 'USPS : disponible au retrait',
      meaning: 'Le colis est à votre bureau de poste, généralement après le dépôt d’un avis de passage.',
      next: 'Vous le retirez ou programmez une nouvelle livraison ; sinon, il repart.',
      worry: 'Agissez vite : le bureau de poste ne le garde que pendant une durée limitée.',
      action: 'Retirez-le avec une pièce d’identité et l’avis, ou programmez une nouvelle livraison sur le site USPS avec le numéro de suivi.',
    },
    'canada-post-ready-for-pickup': {
      title: 'Postes Canada : prêt à être retiré',
      meaning: 'Le colis vous attend dans un bureau de poste, généralement avec un avis de livraison.',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez vite : le bureau de poste ne le garde que pendant une durée limitée.',
      action: 'Retirez-le avec une pièce d’identité et l’avis, et payez au comptoir les taxes éventuellement dues.',
    },
    'australia-post-awaiting-collection': {
      title: 'Australia Post : en attente de retrait',
      meaning: 'Le colis vous attend dans un Post Office ou un Parcel Locker.',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : les consignes et les bureaux de poste ne gardent les colis que pendant une durée limitée.',
      action: 'Retirez-le avec une pièce d’identité, l’avis ou le code de la consigne. Le lieu figure dans le suivi Australia Post.',
    },
    'correios-awaiting-pickup': {
      title: 'Correios : en attente de retrait',
      meaning: 'Le colis vous attend dans une agence Correios (« Objeto aguardando retirada »).',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : Correios ne le garde que pendant la durée qu’il fixe.',
      action: 'Retirez-le avec une pièce d’identité à l’agence indiquée dans le suivi Correios, avant la date limite qui y est affichée.',
    },
    'russian-post-at-delivery-office': {
      title: 'Arrivé au bureau de distribution',
      meaning: 'Le colis est à votre bureau de poste (« Прибыло в место вручения ») et vous attend.',
      next: 'Vous le retirez ; sinon, il repart chez l’expéditeur.',
      worry: 'Agissez maintenant : le bureau ne garde les colis que pendant une durée limitée, plus courte pour certains colis de boutiques en ligne.',
      action: 'Retirez-le avec votre passeport et le numéro de suivi, ou le code de l’application de la Poste russe. Vérifiez la date limite dans le suivi.',
    },

    // ---- livré ----
    delivered: {
      title: 'Livré',
      meaning: 'Le transporteur indique que le colis vous a été remis ou a été déposé à votre adresse.',
      next: 'Vérifiez la marchandise, puis confirmez la réception sur AliExpress si tout vous convient.',
      worry: 'Si vous ne l’avez pas reçu, agissez vite : consultez la preuve de livraison du transporteur, votre boîte aux lettres, les personnes de votre foyer et vos voisins, puis contactez le transporteur. Ouvrez un litige avant la fin de la protection.',
    },
    'collected-from-pickup-point': {
      title: 'Retiré',
      meaning: 'Le colis a été retiré au point de retrait, par vous ou par quelqu’un qui disposait de vos informations.',
      next: 'Vérifiez la marchandise, puis confirmez la réception sur AliExpress si tout vous convient.',
      worry: 'Si ce n’est pas vous qui l’avez retiré, contactez immédiatement le point de retrait et le transporteur, puis ouvrez un litige depuis la page de la commande.',
    },
    'delivered-to-mailbox': {
      title: 'Livré dans la boîte aux lettres',
      meaning: 'Le transporteur a déposé le colis dans votre boîte aux lettres.',
      next: 'Vérifiez la marchandise, puis confirmez la réception sur AliExpress si tout vous convient.',
      worry: 'Il arrive que le scan précède le colis. S’il n’y est pas, vérifiez de nouveau un peu plus tard, puis contactez le transporteur et ouvrez un litige avant la fin de la protection.',
    },
    'delivered-to-neighbour-or-safe-place': {
      title: 'Remis à un voisin ou déposé en lieu sûr',
      meaning: 'Le colis a été remis à un voisin ou déposé à l’endroit que vous avez choisi.',
      next: 'Récupérez-le et vérifiez la marchandise.',
      worry: 'Si vous ne le trouvez pas, demandez à vos voisins et lisez le message du transporteur, puis contactez le transporteur et ouvrez un litige avant la fin de la protection.',
    },
    'order-completed': {
      title: 'Commande terminée',
      meaning: 'La commande est clôturée comme reçue, parce que vous avez confirmé la réception ou que le délai de confirmation a expiré.',
      next: 'Il ne se passe plus rien, sauf si vous demandez un retour ou ouvrez un litige.',
      worry: 'Si vous n’avez jamais reçu la marchandise, ouvrez tout de suite un litige depuis la page de la commande : le délai pour le faire est limité. Ne confirmez jamais la réception avant d’avoir la marchandise.',
    },

    // ---- retourné ----
    'returning-to-sender': {
      title: 'Retour à l’expéditeur',
      meaning: 'Le colis repart, généralement parce qu’il n’a pas été retiré, que les frais de douane n’ont pas été payés, que l’adresse était erronée ou qu’il a été refusé.',
      next: 'Il repart chez le vendeur ou en Chine.',
      worry: 'Agissez maintenant : une fois le colis revenu, le remboursement dépend de la raison du retour.',
      action: 'Demandez au transporteur local, avec le numéro de suivi propre au colis, si le retour peut encore être arrêté. Prévenez le vendeur via la messagerie AliExpress, et ouvrez un litige depuis la page de la commande avec des captures d’écran si ce n’était pas de votre faute.',
    },
    'returned-to-sender': {
      title: 'Retourné à l’expéditeur',
      meaning: 'Le colis est revenu chez le vendeur ou dans son entrepôt.',
      next: 'Le vendeur peut le réexpédier ou vous rembourser.',
      worry: 'Si le retour n’était pas de votre faute, vous pouvez généralement récupérer votre argent ; si le colis n’a pas été retiré ou a été refusé, un remboursement est peu probable.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, de le réexpédier ou de vous rembourser. S’il ne le fait pas, ouvrez un litige depuis la page de la commande avec des captures d’écran du suivi.',
    },
    'returned-unclaimed': {
      title: 'Retourné : non retiré',
      meaning: 'Personne n’a retiré le colis ni payé les frais à temps : il repart donc.',
      next: 'Il retourne chez le vendeur.',
      worry: 'Dans ce cas, AliExpress donne généralement raison au vendeur, mais cela vaut la peine de demander.',
      action: 'Demandez au transporteur local si le retour peut encore être arrêté. Demandez ensuite au vendeur, via la messagerie AliExpress, s’il peut réexpédier, et ouvrez un litige depuis la page de la commande si vous n’avez jamais reçu d’avis.',
    },
    'returned-refused': {
      title: 'Retourné : refusé',
      meaning: 'La livraison a été refusée : le colis repart donc.',
      next: 'Il retourne chez le vendeur.',
      worry: 'Si ce n’est pas vous qui l’avez refusé, agissez vite.',
      action: 'Si vous ne l’avez pas refusé, faites une réclamation auprès du transporteur local avec le numéro de suivi propre au colis et ouvrez un litige depuis la page de la commande. Sinon, convenez d’un remboursement avec le vendeur via la messagerie AliExpress.',
    },
    'returned-address-problem': {
      title: 'Retourné : problème d’adresse',
      meaning: 'Le transporteur n’a pas pu livrer à l’adresse indiquée : le colis repart donc.',
      next: 'Il retourne chez le vendeur.',
      worry: 'Agissez maintenant : vérifiez l’adresse de votre commande.',
      action: 'Demandez au transporteur local s’il peut encore livrer avec une adresse corrigée. Prévenez le vendeur via la messagerie AliExpress, et ouvrez un litige depuis la page de la commande si l’adresse était correcte.',
    },
    'return-handling-problem': {
      title: 'Problème avec le retour',
      meaning: 'L’entrepôt de retour a signalé un problème à la réception du colis renvoyé.',
      next: 'Le vendeur et l’entrepôt règlent la situation.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Contactez le vendeur via la messagerie AliExpress. Sans réponse ou sans remboursement, ouvrez un litige depuis la page de la commande.',
    },
    'return-disposed': {
      title: 'Détruit après retour',
      meaning: 'Le colis renvoyé a été détruit par le transporteur ou par l’entrepôt de retour.',
      next: 'Le colis ne reviendra pas.',
      worry: 'Ce qui compte maintenant, c’est votre argent.',
      action: 'Ouvrez un litige depuis la page de la commande avec des captures d’écran du suivi, et prévenez le vendeur via la messagerie AliExpress.',
    },

    // ---- annulé ----
    'cancellation-requested': {
      title: 'Annulation demandée',
      meaning: 'Vous avez demandé l’annulation de la commande et le vendeur doit répondre.',
      next: 'Si le vendeur ne répond pas à temps, AliExpress annule la commande et vous rembourse.',
      worry: 'C’est normal. S’il ne se passe rien après {worryDays} jours, consultez la page de la commande.',
    },
    'order-cancelled': {
      title: 'Commande annulée',
      meaning: 'La commande a été annulée par vous, par le vendeur ou par AliExpress. Si vous avez payé, un remboursement est en cours.',
      next: 'Le remboursement revient sur votre moyen de paiement ; les banques ont leurs propres délais.',
      worry: 'Si le remboursement n’est pas arrivé après {worryDays} jours, contactez AliExpress depuis la page de la commande, puis votre banque.',
    },
    'order-closed': {
      title: 'Commande clôturée',
      meaning: 'La commande est clôturée. Cela arrive quand elle n’a pas été payée à temps, ou après une annulation ou un remboursement.',
      next: 'Si vous avez payé, le remboursement revient sur votre moyen de paiement.',
      worry: 'Si vous avez payé et que le remboursement n’est pas arrivé après {worryDays} jours, contactez AliExpress depuis la page de la commande.',
    },
    'refund-in-progress': {
      title: 'Remboursement en cours',
      meaning: 'AliExpress vous rend votre argent.',
      next: 'Il arrive sur votre carte, votre compte bancaire ou votre solde AliExpress ; les banques ont leurs propres délais.',
      worry: 'S’il n’est pas arrivé après {worryDays} jours, contactez AliExpress depuis la page de la commande, puis votre banque.',
    },
    'shipment-cancelled': {
      title: 'Envoi annulé',
      meaning: 'L’entrepôt ou le vendeur a annulé l’envoi.',
      next: 'Le vendeur réexpédie, ou la commande est remboursée.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, s’il va réexpédier. Sinon, demandez un remboursement ou ouvrez un litige depuis la page de la commande.',
    },

    // ---- incident ----
    'tracking-number-not-found': {
      title: 'Numéro de suivi introuvable',
      meaning: 'Le système de suivi ne connaît pas encore ce numéro. Il peut falloir quelques jours après l’expédition pour qu’il apparaisse.',
      next: 'Le premier scan apparaît quand le transporteur a le colis.',
      worry: 'Si le numéro est toujours inconnu après {worryDays} jours, agissez.',
      action: 'Demandez au vendeur, via la messagerie AliExpress, de vérifier le numéro. S’il reste invalide, ouvrez un litige depuis la page de la commande.',
    },
    'no-tracking-updates': {
      title: 'Pas de mise à jour du suivi',
      meaning: 'Aucun nouveau scan depuis un moment. Les périodes calmes sont normales à certaines étapes, comme le vol.',
      next: 'Le prochain scan arrive en général quand le colis atteint l’étape suivante.',
      worry: 'Inquiétez-vous s’il n’y a aucune nouvelle après {worryDays} jours, ou si le compte à rebours de la protection devient court.',
      action: 'Contactez le vendeur via la messagerie AliExpress et, si le temps presse, demandez-lui de prolonger votre protection. Si rien n’y fait avant la fin, ouvrez un litige depuis la page de la commande.',
    },
    'tracking-stopped-after-export': {
      title: 'Suivi arrêté après l’export',
      meaning: 'Les livraisons économiques cessent souvent d’être suivies une fois que le colis a quitté la Chine ou atterri. Le colis est peut-être toujours en route.',
      next: 'Il peut arriver sans autre mise à jour, ou avec un nouveau numéro de suivi local.',
      worry: 'Cherchez d’abord un numéro local. Inquiétez-vous si rien n’arrive après {worryDays} jours, ou si le compte à rebours de la protection devient court.',
      action: 'Essayez le numéro sur le site de votre poste et renseignez-vous à votre bureau de poste. Demandez un numéro local au vendeur via la messagerie AliExpress ; si la protection arrive bientôt à son terme, ouvrez un litige depuis la page de la commande.',
    },
    'delivery-exception': {
      title: 'Problème de livraison',
      meaning: 'Le transporteur a signalé un problème sans préciser l’étape concernée.',
      next: 'Le transporteur le règle, ou vous demande, à vous ou au vendeur, d’agir.',
      worry: 'À surveiller. Si rien ne change après {worryDays} jours, agissez.',
      action: 'Suivez le colis sur le site du transporteur local avec son propre numéro de suivi et contactez le transporteur. Prévenez le vendeur via la messagerie AliExpress.',
    },
    'parcel-lost': {
      title: 'Colis perdu',
      meaning: 'Le transporteur indique que le colis est perdu.',
      next: 'Il ne sera pas livré ; ce qui compte maintenant, c’est un remboursement ou un nouvel envoi.',
      worry: 'Agissez maintenant, avant la fin de la protection.',
      action: 'Ouvrez un litige depuis la page de la commande AliExpress avec des captures d’écran du suivi, et demandez au vendeur, via la messagerie AliExpress, de réexpédier ou de rembourser.',
    },
    'parcel-damaged': {
      title: 'Colis endommagé',
      meaning: 'Le transporteur a signalé le colis comme endommagé.',
      next: 'Il peut quand même être livré, ou bien être renvoyé ou détruit.',
      worry: 'Agissez maintenant : gardez l’emballage et prenez des photos.',
      action: 'S’il arrive endommagé, prenez des photos avant de l’ouvrir et gardez l’emballage. Signalez-le au transporteur local, puis ouvrez un litige depuis la page de la commande avec les photos et prévenez le vendeur via la messagerie AliExpress.',
    },
    'parcel-destroyed': {
      title: 'Colis détruit',
      meaning: 'Le colis a été détruit, par exemple parce qu’il était endommagé ou ne pouvait être ni livré ni renvoyé.',
      next: 'Il ne sera pas livré.',
      worry: 'Ce qui compte maintenant, c’est votre argent.',
      action: 'Ouvrez un litige depuis la page de la commande AliExpress avec des captures d’écran du suivi, et prévenez le vendeur via la messagerie AliExpress.',
    },
  },

  regionNotes: {
    'eu-vat-ioss':
      'UE : depuis le {vat_since}, la TVA est due sur tout colis venant de l’extérieur de l’UE, quelle que soit sa valeur ; l’ancienne franchise pour les petits colis n’existe plus. Pour les commandes jusqu’à {ioss_limit}, AliExpress perçoit normalement la TVA au moment du paiement (IOSS) : rien ne devrait vous être demandé à la livraison. Au-delà, ou sans IOSS, le transporteur facture la TVA, des frais de dossier et éventuellement des droits de douane.',
    'eu-flat-duty-2026':
      'UE : du {from} au {until}, les colis d’une valeur jusqu’à {parcel_limit} paient un droit de douane de {duty_per_item_category} par type d’article différent (les articles qui ont le même code tarifaire ne comptent qu’une fois). Il est normalement inclus dans le prix au moment du paiement, et non perçu à la livraison.',
    'eu-handling-fee-proposal':
      'UE : des frais de traitement de {proposed_fee} par article ont été proposés mais, à notre connaissance, pas adoptés. Si un transporteur vous réclame de tels frais, vérifiez-le sur son site officiel.',
    'es-correos-customs':
      'Espagne : si Correos retient un colis en douane (via ADT Postales), vous envoyez la déclaration et la facture sur son site officiel et vous payez sur ce même site. Le délai indiqué est de {documents_deadline_days} jours ; ensuite, le colis repart.',
    'nl-postnl-customs':
      'Pays-Bas et Belgique : si PostNL a besoin d’informations pour la douane, il vous les demande via son suivi (track and trace) ; vous avez {info_deadline_days} jours, sinon le colis repart. PostNL n’envoie jamais de lien de paiement direct.',
    'uk-vat-low-value':
      'Royaume-Uni : pour les commandes jusqu’à {threshold}, la TVA est perçue au moment du paiement et il n’y a pas de droits de douane ; les cadeaux entre particuliers jusqu’à {gift_limit} sont exonérés de TVA. Cette exonération de droits de douane doit prendre fin au plus tard en {relief_end_latest}.',
    'uk-royal-mail-fee':
      'Royaume-Uni : quand des frais de douane sont dus, Royal Mail ajoute des frais de traitement de {handling_fee} et laisse un avis gris « Fee to pay ». Royal Mail ne demande jamais de paiement par téléphone.',
    'us-de-minimis':
      'États-Unis : la franchise de droits de {old_threshold} ne s’applique plus à aucun pays depuis le {suspended_since} ; chaque colis doit donc des droits, soit inclus dans le prix AliExpress, soit perçus par le transporteur. Le taux fixé pour les colis postaux s’appliquait jusqu’au {surcharge_end} ; nous n’avons pas de source fiable sur ce qui s’applique depuis : consultez le site officiel du transporteur ou des douanes américaines (CBP). Une loi supprime définitivement l’exemption à partir du {statutory_repeal}.',
    'ca-postal-low-value':
      'Canada : les envois arrivant par la poste d’une valeur jusqu’à {threshold} ne paient ni droits ni taxes. Au-delà, droits et taxes sont calculés sur la valeur totale, et Postes Canada ajoute des frais de traitement quand elle les perçoit.',
    'ca-cbsa-screening':
      'Canada : chaque colis est contrôlé par l’ASFC. Postes Canada ne peut ni accélérer un colis ni s’informer de son état tant qu’il est en douane.',
    'au-gst-low-value':
      'Australie : depuis le {since}, une GST de {gst_rate} est perçue au paiement sur les commandes jusqu’à {threshold} ; en général, rien n’est donc dû à l’arrivée. Au-delà, la GST et les droits de douane sont perçus à la frontière.',
    'au-customs-status-lag':
      'Australie : le suivi peut continuer d’indiquer que le colis est retenu en douane jusqu’à ce qu’il quitte physiquement la zone douanière d’Australia Post, même s’il a déjà été dédouané. En période chargée, le dédouanement lui-même peut prendre bien plus de temps que d’habitude.',
    'br-remessa-conforme':
      'Brésil : AliExpress participe au programme Remessa Conforme, les taxes sont donc perçues au paiement : {low_rate} de taxe d’importation jusqu’à {low_limit}, {high_rate} moins {high_deduction} au-delà, plus l’ICMS de l’État ({icms} dans la plupart des États). Rien d’autre ne devrait être facturé à l’arrivée.',
    'br-non-certified-payment':
      'Brésil : quand les taxes n’ont pas été payées à la commande, vous les payez dans « Minhas Importações » sur le site de Correios sous {payment_days} jours ; sinon, le colis repart. Vérifiez le délai qui y est affiché.',
    'ru-eaeu-threshold':
      'Russie et UEEA : les achats jusqu’à {threshold} sont exonérés de droits ; au-delà, l’ancienne règle appliquait un droit de {excess_rate} sur la part qui dépasse ce seuil.',
    'ru-eaeu-2026-rule':
      'Russie et UEEA : à partir du {from}, les achats jusqu’à {threshold} restent exonérés de droits ; au-delà, un droit de {rate} de la valeur totale (au moins {minimum}) s’applique en plus de la TVA nationale.',
    'ch-vat-minimum':
      'Suisse : la TVA et les droits ne sont pas perçus si leur montant est inférieur à {minimum_tax}, ce qui correspond à peu près aux commandes de moins de {standard_rate_limit} (ou {reduced_rate_limit} pour les livres et autres biens à taux réduit). Sinon, La Poste Suisse facture aussi des frais de dédouanement de {post_fee_min} à {post_fee_max}.',
    'no-voec':
      'Norvège : depuis le {all_imports_taxed_since}, la TVA est due sur tout achat à l’étranger. Les boutiques inscrites au régime VOEC la perçoivent au paiement pour les articles de moins de {item_limit}, et rien n’est alors dû à l’arrivée ; sinon, le transporteur perçoit la TVA et des frais.',
    'uk-royal-mail-hold':
      'Royal Mail garde un colis {hold_days} jours, ou {hold_days_customs} jours en cas de frais de douane, puis le renvoie à l’expéditeur.',
    'nl-postnl-hold':
      'PostNL : après deux tentatives, les colis internationaux sont gardés {international_hold_days} jours dans un point PostNL, mais d’autres pages de PostNL parlent de {pickup_point_hold_days} jours. Fiez-vous à la date indiquée dans l’avis de PostNL.',
    'es-correos-hold':
      'Correos : un colis déposé au bureau de poste est généralement gardé {office_hold_days} jours, mais les sources ne concordent pas. Fiez-vous à la date du suivi ou de l’avis de Correos.',
    'fr-pickup-deadline':
      'France : La Poste et les points relais indiquent la date limite de retrait dans leur message ou sur l’avis de passage ; nous n’avons trouvé aucun délai officiel unique.',
    'de-dhl-hold':
      'DHL : les agences et les Paketshops gardent les colis {branch_working_days} jours ouvrables, les Packstations {packstation_days} jours ({packstation_redirect_days} si le colis y a été redirigé après un échec de livraison). Les envois avec un numéro international sont souvent gardés {international_branch_days} jours.',
    'it-poste-hold':
      'Poste Italiane : les colis en giacenza (en instance) sont généralement gardés {hold_working_days} jours ouvrables, même si certaines sources indiquent moins. Fiez-vous à la date de l’avviso di giacenza.',
    'pt-ctt-hold':
      'CTT : la durée de garde dépend du service ; la date limite figure sur l’avis de passage.',
    'pl-inpost-hold':
      'InPost : un colis attend {locker_hours} heures dans la consigne ; vous pouvez payer pour avoir plus de temps dans l’application. Ensuite, il peut attendre environ {branch_working_days} jours ouvrables dans une agence InPost avant de repartir.',
    'us-usps-hold':
      'USPS : après un avis de passage, le bureau de poste garde généralement un colis environ {hold_days} jours à compter de la première tentative, puis le renvoie.',
    'ca-post-hold':
      'Postes Canada : les colis avec un avis de livraison sont généralement gardés environ {hold_days} jours au bureau de poste, puis renvoyés.',
    'au-post-hold':
      'Australia Post : un Post Office garde un colis non livré {post_office_business_days} jours ouvrables ; les Parcel Lockers vous laissent {locker_hours} heures.',
    'br-correios-hold':
      'Correios : la durée pendant laquelle un colis attend d’être retiré est fixée par Correios et indiquée sur son site et dans le suivi.',
    'ru-post-hold':
      'Poste russe : les colis sont généralement gardés {parcel_days} jours après leur arrivée au bureau, mais ceux des boutiques en ligne peuvent n’avoir que {marketplace_min_days} jours. Vérifiez la date dans le suivi.',
    'de-cainiao-number-prefixes':
      'Allemagne : les numéros Cainiao qui commencent par U ne peuvent pas être suivis en Allemagne, et ceux qui commencent par AS ou AQ peuvent afficher des informations de livraison inventées.',
    'nl-postnl-early-delivered-scan':
      'PostNL scanne parfois des colis « boîte aux lettres » comme livrés avant qu’ils vous parviennent. Si rien n’est arrivé après {wait_days} jours, prévenez le vendeur.',
    'sms-fee-scam':
      'Attention aux arnaques : un SMS ou un e-mail disant que votre colis est bloqué jusqu’au paiement, via un lien, de petits frais de douane ou de livraison est une arnaque. Les vrais frais se paient sur le site officiel du transporteur ou de la douane, dont vous tapez l’adresse vous-même, ou au guichet.',
  },

  contacts: {
    seller: 'Le vendeur (messagerie AliExpress)',
    'aliexpress-dispute': 'AliExpress (litige depuis la page de la commande)',
    'local-carrier': 'Votre transporteur local (avec son propre numéro de suivi)',
    customs: 'La douane (site officiel uniquement)',
  },

  phrases: {
    usualWait: 'En général {min} à {max} jours.',
    usualWaitSameDay: 'En général en moins d’une journée.',
    noTypicalDuration: 'Cette étape n’a pas de durée habituelle fiable.',
    stepOf: 'Étape {n} sur 10 : {stage}',
    sideStage: 'Hors du parcours habituel : {stage}',
    severity: {
      info: 'Tout est normal',
      wait: 'Normal, mais lent',
      watch: 'À surveiller',
      act: 'À vous d’agir',
    },
  },

  ui: {
    meaning: 'Ce que cela signifie',
    next: 'Et ensuite ?',
    worry: 'Faut-il s’inquiéter ?',
    action: 'Que faire',
    contacts: 'Qui contacter',
    regionNotes: 'Dans votre pays',
    badgeLabel: 'Tracklight : {title}. Afficher l’explication',
    unknownTitle: 'Statut non reconnu',
    unknownMeaning: 'Tracklight ne connaît pas encore ce libellé. Lisez-le avec les étapes qui l’entourent : la dernière étape que Tracklight reconnaît indique où se trouve le colis.',
    close: 'Fermer',
  },
};

export default pack;
