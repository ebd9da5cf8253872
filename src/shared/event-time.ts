// Reads the times AliExpress pages show for tracking events and turns them into ISO dates.
// Pages show them without a year ("Tue | Jul. 28 18:39", "Dec 24, 11:59 EST"), with one
// ("2019-04-30 02:14:00 [GMT+8]", "May 14, 2026") and in the page's language ("28 juil. 18:39",
// "28 июл. 18:39"). Without a year, the year is the one that puts the event closest before the
// visit: an event can't be in the future, so "Dec 28" read on 5 January is last December's.

const MONTHS: Record<string, number> = {};
function months(names: string, from = 0): void {
  names.split(' ').forEach((name, index) => {
    for (const alias of name.split('/')) MONTHS[alias] = from + index;
  });
}
// Full names and the abbreviations pages use; accents are removed before lookup.
months('jan/january feb/february mar/march apr/april may jun/june jul/july aug/august sep/sept/september oct/october nov/november dec/december');
months('ene/enero feb/febrero mar/marzo abr/abril may/mayo jun/junio jul/julio ago/agosto sep/sept/septiembre/setiembre oct/octubre nov/noviembre dic/diciembre');
months('janv/janvier fevr/fevrier mars avr/avril mai juin juil/juillet aout sept/septembre oct/octobre nov/novembre dec/decembre');
months('jan/januar feb/februar marz/mar apr/april mai jun/juni jul/juli aug/august sep/sept/september okt/oktober nov/november dez/dezember');
months('gen/gennaio feb/febbraio mar/marzo apr/aprile mag/maggio giu/giugno lug/luglio ago/agosto set/settembre ott/ottobre nov/novembre dic/dicembre');
months('jan/janeiro fev/fevereiro mar/marco abr/abril mai/maio jun/junho jul/julho ago/agosto set/setembro out/outubro nov/novembro dez/dezembro');
months('sty/stycznia/styczen lut/lutego/luty mar/marca/marzec kwi/kwietnia/kwiecien maj/maja cze/czerwca/czerwiec lip/lipca/lipiec sie/sierpnia/sierpien wrz/wrzesnia/wrzesien paz/pazdziernika/pazdziernik lis/listopada/listopad gru/grudnia/grudzien');
months('jan/januari feb/februari mrt/maart apr/april mei jun/juni jul/juli aug/augustus sep/september okt/oktober nov/november dec/december');
months('янв/января/январь фев/февр/февраля/февраль мар/марта/март апр/апреля/апрель мая/май июн/июня/июнь июл/июля/июль авг/августа/август сен/сент/сентября/сентябрь окт/октября/октябрь ноя/нояб/ноября/ноябрь дек/декабря/декабрь');
months('oca/ocak sub/subat mar/mart nis/nisan may/mayis haz/haziran tem/temmuz agu/agustos eyl/eylul eki/ekim kas/kasim ara/aralik');
months('ינו/ינואר פבר/פברואר מרץ אפר/אפריל מאי יוני יולי אוג/אוגוסט ספט/ספטמבר אוק/אוקטובר נוב/נובמבר דצמ/דצמבר');

// Time-zone abbreviations the English pages append ("Dec 24, 11:59 EST"), in minutes east of UTC.
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, bst: 60, cet: 60, cest: 120, wet: 0, west: 60, eet: 120, eest: 180,
  msk: 180, aest: 600, aedt: 660, awst: 480, nzst: 720, nzdt: 780, brt: -180, jst: 540, kst: 540,
};

const DAY_MS = 86_400_000;
/** How far after the visit an event may seem to be (time-zone slack) before it is taken as last year's. */
const FUTURE_SLACK_MS = 2 * DAY_MS;

const NON_ASCII = /[^\x00-\x7f]/;

function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most pages' times are plain ASCII: nothing to fold.
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
}

interface Parts {
  year: number | null;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, or null for the browser's own zone. */
  offset: number | null;
}

function readZone(text: string): number | null {
  const gmt = /(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/.exec(text);
  if (gmt) return (gmt[1] === '-' ? -1 : 1) * (Number(gmt[2]) * 60 + Number(gmt[3] ?? 0));
  for (const word of text.match(/\b[a-z]{3,4}\b/g) ?? []) if (word in ZONES) return ZONES[word]!;
  return null;
}

function readClock(text: string): [number, number, number] {
  const clock = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?/.exec(text);
  if (!clock) return [0, 0, 0];
  let hour = Number(clock[1]);
  if (clock[4] === 'pm' && hour < 12) hour += 12;
  if (clock[4] === 'am' && hour === 12) hour = 0;
  return [hour, Number(clock[2]), Number(clock[3] ?? 0)];
}

function readParts(raw: string): Parts | null {
  const text = fold(raw);
  const offset = readZone(text);
  const [hour, minute, second] = readClock(text);
  // Numeric dates: 2019-04-30, 30/04/2019, 30.04.2019, 2019/04/30
  const isoLike = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
  if (isoLike) return { year: Number(isoLike[1]), month: Number(isoLike[2]) - 1, day: Number(isoLike[3]), hour, minute, second, offset };
  const dayFirst = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (dayFirst) return { year: Number(dayFirst[3]), month: Number(dayFirst[2]) - 1, day: Number(dayFirst[1]), hour, minute, second, offset };
  // A month name with a day before or after it, and maybe a year.
  const withoutClock = text.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, ' ');
  const words = withoutClock.match(NON_ASCII.test(withoutClock) ? /[\p{L}]+|\d+/gu : /[a-z]+|\d+/g) ?? [];
  const found: (Parts & { word: string })[] = [];
  for (let i = 0; i < words.length; i++) {
    // Hebrew attaches "in" to the month: "5 בנוב׳".
    const word = words[i]!;
    const month = MONTHS[word] ?? (word.startsWith('ב') ? MONTHS[word.slice(1)] : undefined);
    if (month === undefined) continue;
    const after = words[i + 1];
    // "28 de julho", "28 of July": the day may stand before a connecting word.
    const before = CONNECTORS.has(words[i - 1] ?? '') ? words[i - 2] : words[i - 1];
    const dayAfter = after && /^\d{1,2}$/.test(after) ? Number(after) : null;
    const dayBefore = before && /^\d{1,2}$/.test(before) ? Number(before) : null;
    const day = dayAfter ?? dayBefore;
    if (day === null || day < 1 || day > 31) continue;
    const yearWord = words.slice(i + 1, i + 4).find((word) => /^\d{4}$/.test(word));
    found.push({ word: words[i]!, year: yearWord ? Number(yearWord) : null, month, day, hour, minute, second, offset });
  }
  // "mar" is March in some languages and Tuesday in others ("mar. 28 juil."): another month wins.
  return found.find((parts) => !WEEKDAY_LIKE.has(parts.word)) ?? found[0] ?? null;
}

const WEEKDAY_LIKE = new Set(['mar']);
const CONNECTORS = new Set(['de', 'del', 'di', 'of']);

function toMs(parts: Parts, year: number): number {
  if (parts.offset === null) return new Date(year, parts.month, parts.day, parts.hour, parts.minute, parts.second).getTime();
  return Date.UTC(year, parts.month, parts.day, parts.hour, parts.minute, parts.second) - parts.offset * 60_000;
}

function valid(parts: Parts): boolean {
  return parts.month >= 0 && parts.month <= 11 && parts.day >= 1 && parts.day <= 31 && parts.hour <= 23 && parts.minute <= 59 && parts.second <= 59;
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month !== 1) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The ISO 8601 time of a page's event time text, or null when it holds no recognisable date. */
export function parseEventTime(text: string, visitedAt: Date): string | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  // A machine time with its zone ("2026-10-01T05:00:00Z", as the data behind a page carries it).
  if (ISO_WITH_ZONE.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const parts = readParts(text);
  if (!parts || !valid(parts)) return null;
  let year = parts.year ?? visitedAt.getFullYear();
  let ms = toMs(parts, year);
  if (parts.year === null && ms > visitedAt.getTime() + FUTURE_SLACK_MS) ms = toMs(parts, --year);
  // Reject dates the calendar does not have (31 April, 29 February of a common year).
  if (parts.day > daysInMonth(year, parts.month) || Number.isNaN(ms)) return null;
  return new Date(ms).toISOString();
}
