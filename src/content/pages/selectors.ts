// Everything Tracklight knows about AliExpress's markup, in one place. Source for each:
// ../shared/reference/aliexpress-pages.md (§2 current tracking page, §3 order list and
// detail, §4 legacy tracking page). The current pages hash their CSS-module class names
// (`logistic-info-v2--nodeDesc--2U3A3Yt`): selectors match the stable part only.

/** `[class*="logistic-info-v2--<name>--"]`: a hashed CSS-module class by its stable part. */
const hashed = (module: string, name: string) => `[class*="${module}--${name}--"]`;

/** The class-name part a `hashed` selector matches ("logistic-info-v2--nodeDesc--"). */
export function classPartOf(selector: string): string {
  const part = /^\[class\*="([^"]+)"\]$/.exec(selector)?.[1];
  if (!part) throw new Error(`not a hashed-class selector: ${selector}`);
  return part;
}

export const TRACKING_PAGE = {
  /** The ETA or "Delivered：<date>" line at the top. */
  header: hashed('arrival-time-v2', 'title'),
  /** One block per package (several for a split order). */
  packageBlock: hashed('logistic-info-v2', 'track'),
  carrierValue: hashed('logistic-info-v2', 'carrierValue'),
  trackingNumber: hashed('logistic-info-v2', 'mailNoValue'),
  /** A timeline node: newest first. */
  node: hashed('logistic-info-v2', 'node'),
  nodeTitle: hashed('logistic-info-v2', 'nodeTitle'),
  nodeDesc: hashed('logistic-info-v2', 'nodeDesc'),
  nodeTime: hashed('logistic-info-v2', 'nodeTime'),
  /** "City,UF" under last-mile nodes (the data's `detailedLocation`; its element is a guess). */
  nodeLocation: hashed('logistic-info-v2', 'nodeLocation'),
  /** The local carrier's line; the data behind it says "Contact <carrier>" (`contactCarrierText`). */
  lastMile: hashed('logistic-info-v2', 'lastMile'),
  contactCarrier: /^Contact (.{2,40})$/,
  viewMore: hashed('logistic-info-v2', 'viewMoreBtn'),
} as const;

export const LEGACY_TRACKING_PAGE = {
  /** First parcel, then the others. */
  packageBlock: '.tracking-detail, .tracking-detail-n',
  carrierName: '.tracking-name .title',
  trackingNumber: '.tracking-no span, .tracking-no-de span, .box-serial',
  step: 'ul.ship-steps > li.step',
} as const;

export const ORDER_LIST_PAGE = {
  order: '.order-item',
  status: '.order-item-header-status-text',
  headerInfo: '.order-item-header-right-info',
  trackingLink: 'a[href*="/tracking/"]',
  popover: '.order-track-popover, .order-track-popup',
  popoverTitle: '.order-track-popover-title',
  /** The latest event in a Track popover, and its time. */
  popoverEvent: '.order-track-popover-event, .order-track-popover-content, .order-track-popover-latest',
  popoverEventTime: '.order-track-popover-time',
  trackingNumberInPopover: '.tracking-number-title span',
} as const;

export const ORDER_DETAIL_PAGE = {
  /** The order's status: its title where the block has one. */
  status: '.order-status .order-block-title, .order-status-content, .order-status',
  infoRow: '.order-detail-order-info .info-row',
  /** The logistics line: the latest event, linking to the tracking page. */
  logisticsLine: '.order-detail-logistics a[href*="/tracking/"], .logistics-info a[href*="/tracking/"], a.order-detail-logistics-link',
  logisticsTime: '.order-detail-logistics-time',
  etaLine: '.order-detail-item-content-info',
} as const;
