// Region notes in fr: shown in tooltips and the popup for the shopper's country. Their
// figures and dates come from the notes' values in ../../facts/regions.ts ({slots}).
import type { RegionNoteTexts } from '../../types';

const notes: RegionNoteTexts = {
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
};

export default notes;
