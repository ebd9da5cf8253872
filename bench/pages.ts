// Tracking pages of any length for the benchmark, in the structure of the real current
// tracking page (../shared/reference/aliexpress-pages.md §2; the same structure as
// tests/fixtures/tracking/en-current.html), with event texts cycled from a realistic journey.

const TEXTS = [
  'Delivered',
  'Out for delivery',
  'Arrived at delivery office',
  'Departed from local sorting center',
  'Arrived at local sorting center',
  'Accepted by last mile carrier',
  'Departed from customs',
  'Import customs clearance complete',
  'Import customs clearance started',
  '[Liege] Arrived at destination country/region',
  'Departed from departure country/region',
  'Hand over to airline',
  'Export customs clearance complete',
  'Export customs clearance started',
  'Received by line-haul',
  '[Shatian Town] Departed from sorting center',
  '[Shatian Town] Inbound in sorting center',
  'Received by logistics company',
  'Package ready for shipment',
  'Order received by the warehouse',
];
const TITLES = ['Delivered', 'Delivery update', 'Collected by destination carrier', 'Customs complete', 'In transit', 'Collected by carrier', 'Package in preparation'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function timeText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]} | ${MONTHS[date.getUTCMonth()]}. ${date.getUTCDate()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

export function nodeHtml(index: number, total: number): string {
  const time = new Date(Date.UTC(2026, 7, 10) - index * 3_600_000 * 7);
  return `<div class="logistic-info-v2--node--2aB3cD4${index === 0 ? ' logistic-info-v2--nodeActive--1Fh4sLw' : ''}">
  <div class="logistic-info-v2--nodeTitle--2rejjVx">${TITLES[Math.floor((index / total) * TITLES.length)]}</div>
  <div class="logistic-info-v2--nodeDesc--2U3A3Yt">${TEXTS[index % TEXTS.length]}</div>
  <div class="logistic-info-v2--nodeTime--1mMNpQ4">${timeText(time)}</div>
</div>`;
}

export function trackingPageHtml(events: number): string {
  const nodes = Array.from({ length: events }, (_, index) => nodeHtml(index, events)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tracking - AliExpress</title>
<style>body{margin:0;font:14px/1.5 Arial,sans-serif;background:#f5f5f5}.logistic-info-v2--wrap--2HcQm0f{max-width:880px;margin:24px auto;background:#fff;padding:24px 32px}
.logistic-info-v2--node--2aB3cD4{padding:0 0 16px 24px;border-left:2px solid #e5e5e5}.logistic-info-v2--nodeTitle--2rejjVx{font-weight:700}.logistic-info-v2--nodeTime--1mMNpQ4{color:#999;font-size:12px}</style>
</head><body><div id="root"><div class="logistic-info-v2--wrap--2HcQm0f">
<div class="arrival-time-v2--title--3dK9sQe">Estimated delivery: Aug 3 - 9</div>
<div class="logistic-info-v2--track--1nqL7Vl">
<div><span class="logistic-info-v2--carrierValue--3mV8dQk">AliExpress standard shipping</span> <span class="logistic-info-v2--mailNoValue--X0fPzen">LP00612345678901</span></div>
<div class="logistic-info-v2--nodeList--3vB7nRt" id="nodes">
${nodes}
</div></div></div></div></body></html>`;
}

export const benchUrl = (events: number) => `https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=${String(9_000_000_000_000_000 + events)}`;
