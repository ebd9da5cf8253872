import { explain, type Explanation } from '../knowledge/explain';
import { fillSlots } from '../knowledge/fill-slots';
import { buildTimeline, type StageSpan, type Timeline, type TimelineEvent } from '../knowledge/timeline';
import { extractTrackingNumbers, findCarrier, parseTrackingNumber, trackingUrl } from '../knowledge/tracking-numbers';
import type { JourneyStageId, LanguagePack, RegionNoteTexts, Severity, SideStageId } from '../knowledge/types';
import type { StoredPackage, StoredShipment } from '../storage/schema';
import { CARRIERS } from '../knowledge/facts/carriers';
import { STATUS_BY_ID } from '../knowledge/catalogue/index';
import { STAGE_BY_ID } from '../knowledge/stages';

// What the popup shows, computed from a stored shipment: pure, so it is tested without a
// browser. The views only turn it into DOM.

const DAY_MS = 86_400_000;

export interface StageItem {
  stage: JourneyStageId;
  step: number;
  name: string;
  state: 'done' | 'current' | 'upcoming';
  enteredAt: string | null;
  daysSpent: number | null;
  usual: { minDays: number; maxDays: number } | null;
  slow: boolean;
}

export interface EventItem {
  time: string | null;
  pageText: string;
  /** The status's plain-language title, or null for a text not recognised. */
  title: string | null;
  severity: Severity | null;
  explanation: Explanation | null;
}

export interface StageEvents {
  stage: JourneyStageId | SideStageId | null;
  name: string;
  events: EventItem[];
}

export interface NumberItem {
  label: 'tracking' | 'last-mile';
  number: string;
  carrier: string | null;
  /** The carrier's own tracking page for the number, when known. */
  url: string | null;
}

export interface AdviceCard {
  severity: Severity;
  severityLabel: string;
  title: string;
  happening: string;
  next: string;
  usualWait: string;
  action: string | null;
  worry: string;
  /** The date from which to worry if nothing changes (ISO date). */
  worryFrom: string | null;
  contacts: string[];
  /** The customs or pickup notes of the shopper's country for this status. */
  regionNotes: string[];
}

export interface PackageView {
  index: number;
  label: string;
  timeline: Timeline;
  stages: StageItem[];
  sideStage: { stage: SideStageId; name: string } | null;
  groups: StageEvents[];
  advice: AdviceCard | null;
  numbers: NumberItem[];
  /** The local carrier, with its tracking page. */
  localCarrier: { name: string; url: string | null } | null;
  carrierName: string | null;
  etaText: string | null;
  daysSinceOrdered: number | null;
  /** The first dated event (ISO). */
  firstEventAt: string | null;
  daysSinceUpdate: number | null;
  stalled: boolean;
  currentStageName: string | null;
  /** 0–10: how far along the journey. */
  progress: number;
}

export interface ShipmentView {
  orderId: string;
  orderStatus: string | null;
  packages: PackageView[];
}

function toEvents(pkg: StoredPackage) {
  // Stored newest first; the timeline wants them in any order with their codes.
  // Stored events carry their status: the popup never needs the classifier.
  return pkg.events.map((event) => ({ time: event.time, text: event.text, code: event.code, milestone: event.milestone, location: event.location, status: event.status }));
}

function eventItem(event: TimelineEvent, pack: LanguagePack, country: string | null, now: Date): EventItem {
  const explanation = event.status ? explain(event.status, pack, { country, now }) : null;
  return { time: event.time, pageText: event.text, title: explanation?.title ?? null, severity: event.severity, explanation };
}

function stageItems(timeline: Timeline, pack: LanguagePack): StageItem[] {
  const currentStep = timeline.stages.filter((span) => span.reached).at(-1)?.step ?? 0;
  return timeline.stages.map((span: StageSpan) => ({
    stage: span.stage,
    step: span.step,
    name: pack.stages[span.stage].name,
    state: !span.reached ? 'upcoming' : span.step === currentStep && !timeline.sideStage ? 'current' : 'done',
    enteredAt: span.enteredAt,
    daysSpent: span.daysSpent,
    usual: span.usual,
    slow: span.slow,
  }));
}

function groupsOf(timeline: Timeline, pack: LanguagePack, country: string | null, now: Date): StageEvents[] {
  // Newest first, as AliExpress shows them; consecutive events of one stage form a group.
  const groups: StageEvents[] = [];
  for (const event of [...timeline.events].reverse()) {
    const stage = event.stage as StageEvents['stage'];
    const last = groups.at(-1);
    const item = eventItem(event, pack, country, now);
    if (last && last.stage === stage) last.events.push(item);
    else groups.push({ stage, name: stage ? pack.stages[stage].name : pack.ui.unknownTitle, events: [item] });
  }
  return groups;
}

const CARRIER_NAME = new Map(CARRIERS.map((carrier) => [carrier.id, carrier.name]));

function numberItem(label: NumberItem['label'], raw: string, carrierName: string | null): NumberItem {
  const info = parseTrackingNumber(raw);
  const number = info.normalized || raw;
  const named = carrierName ? findCarrier(carrierName) : null;
  const carrierId = named?.id ?? info.carrierId ?? null;
  return {
    label,
    number,
    carrier: named?.name ?? (carrierId ? CARRIER_NAME.get(carrierId) : undefined) ?? carrierName,
    url: carrierId ? trackingUrl(carrierId, number) : null,
  };
}

function numbersOf(pkg: StoredPackage): NumberItem[] {
  const numbers: NumberItem[] = [];
  if (pkg.trackingNumber) numbers.push(numberItem('tracking', pkg.trackingNumber, null));
  // The local carrier's own number: stored, or named in an event ("… new tracking number …").
  const fromEvents = pkg.events.flatMap((event) => extractTrackingNumbers(event.text));
  const lastMile = pkg.lastMileNumber ?? fromEvents.find((number) => number !== pkg.trackingNumber) ?? null;
  if (lastMile) numbers.push(numberItem('last-mile', lastMile, pkg.lastMileCarrier));
  return numbers;
}

/** The local carrier and its own tracking page (for its number when it has one). */
function localCarrierOf(pkg: StoredPackage, numbers: NumberItem[]): { name: string; url: string | null } | null {
  const named = pkg.lastMileCarrier ? findCarrier(pkg.lastMileCarrier) : null;
  if (!pkg.lastMileCarrier) return null;
  const number = numbers.find((item) => item.label === 'last-mile')?.number ?? numbers[0]?.number ?? '';
  return { name: named?.name ?? pkg.lastMileCarrier, url: named ? trackingUrl(named.id, number) : null };
}

function adviceOf(timeline: Timeline, pack: LanguagePack, country: string | null, now: Date, regionTexts?: RegionNoteTexts): AdviceCard | null {
  const advice = timeline.advice;
  if (!advice) return null;
  const explanation = explain(advice.status, pack, { country, now, regionTexts });
  if (!explanation) return null;
  return {
    severity: explanation.severity,
    severityLabel: explanation.severityLabel,
    title: explanation.title,
    happening: explanation.meaning,
    next: explanation.next,
    usualWait: explanation.usualWait,
    action: explanation.action,
    worry: explanation.worry,
    worryFrom: advice.worryFrom,
    contacts: explanation.contacts,
    regionNotes: explanation.regionNotes,
  };
}

export function packageView(pkg: StoredPackage, index: number, pack: LanguagePack, country: string | null, now: Date, regionTexts?: RegionNoteTexts): PackageView {
  const timeline = buildTimeline(toEvents(pkg), now);
  const stages = stageItems(timeline, pack);
  const firstTime = timeline.events.find((event) => event.timeMs !== null)?.timeMs ?? null;
  const current = timeline.currentStage;
  const numbers = numbersOf(pkg);
  return {
    index,
    label: pkg.trackingNumber ?? `#${index + 1}`,
    timeline,
    stages,
    sideStage: timeline.sideStage ? { stage: timeline.sideStage, name: pack.stages[timeline.sideStage].name } : null,
    groups: groupsOf(timeline, pack, country, now),
    advice: adviceOf(timeline, pack, country, now, regionTexts),
    numbers,
    localCarrier: localCarrierOf(pkg, numbers),
    carrierName: pkg.carrierName,
    etaText: pkg.etaText,
    daysSinceOrdered: firstTime === null ? null : Math.max(0, Math.floor((now.getTime() - firstTime) / DAY_MS)),
    firstEventAt: firstTime === null ? null : new Date(firstTime).toISOString(),
    daysSinceUpdate: timeline.daysSinceLastUpdate === null ? null : Math.floor(timeline.daysSinceLastUpdate),
    stalled: timeline.stalled,
    currentStageName: current ? pack.stages[current].name : null,
    progress: stages.filter((stage) => stage.state !== 'upcoming').length,
  };
}

export function shipmentView(shipment: StoredShipment, pack: LanguagePack, country: string | null, now: Date, regionTexts?: RegionNoteTexts): ShipmentView {
  return {
    orderId: shipment.orderId,
    orderStatus: shipment.orderStatus,
    packages: shipment.packages.map((pkg, index) => packageView(pkg, index, pack, country, now, regionTexts)),
  };
}

// ---- the list of tracked shipments ----

export interface ListItem {
  orderId: string;
  /** The newest event's text, as a hint of what the order is about now. */
  hint: string | null;
  stageName: string | null;
  progress: number;
  lastActivity: string | null;
  attention: Severity | null;
  packages: number;
}

/** The shipment's latest activity: its newest event, else when a page last showed it. */
export function lastActivity(shipment: StoredShipment): string {
  const times = shipment.packages.flatMap((pkg) => pkg.events.map((event) => event.time)).filter((time): time is string => time !== null);
  return times.sort().at(-1) ?? shipment.updatedAt;
}

export function listItems(shipments: readonly StoredShipment[], pack: LanguagePack, now: Date): ListItem[] {
  return [...shipments]
    .sort((a, b) => (lastActivity(a) < lastActivity(b) ? 1 : -1))
    .map((shipment) => {
      // The package furthest behind tells how the order is doing.
      const timelines = shipment.packages.map((pkg) => buildTimeline(toEvents(pkg), now));
      const steps = timelines.map((timeline) => timeline.stages.filter((span) => span.reached).length);
      const slowest = steps.length ? steps.indexOf(Math.min(...steps)) : -1;
      const timeline = slowest >= 0 ? timelines[slowest]! : null;
      const severities = timelines.map((item) => item.advice?.severity).filter((severity): severity is Severity => !!severity);
      const attention = (['act', 'watch'] as const).find((level) => severities.includes(level)) ?? (timelines.some((item) => item.stalled) ? 'watch' : null);
      const newest = shipment.packages.flatMap((pkg) => pkg.events).sort((a, b) => ((a.time ?? '') < (b.time ?? '') ? 1 : -1))[0];
      // No recognised event yet (an order seen only on the order list): its status line tells.
      const byStatusLine = !timeline?.currentStage && shipment.orderStatusId ? STATUS_BY_ID.get(shipment.orderStatusId) : undefined;
      return {
        orderId: shipment.orderId,
        hint: newest?.text ?? shipment.orderStatus,
        stageName: timeline?.currentStage ? pack.stages[timeline.currentStage].name : byStatusLine ? pack.stages[byStatusLine.stage].name : null,
        progress: slowest >= 0 ? steps[slowest]! : byStatusLine ? (STAGE_BY_ID.get(byStatusLine.stage)?.step ?? 0) : 0,
        lastActivity: lastActivity(shipment),
        attention: attention ?? (byStatusLine && (byStatusLine.severity === 'act' || byStatusLine.severity === 'watch') ? byStatusLine.severity : null),
        packages: shipment.packages.length,
      };
    });
}

// ---- the summary to paste into a dispute or a message to the seller ----

export interface SummaryLabels {
  order: string;
  package: string;
  trackingNumber: string;
  lastMileNumber: string;
  status: string;
  eta: string;
  history: string;
  generated: string;
}

function day(time: string | null): string {
  return time ? time.slice(0, 10) : '—';
}

export function summaryText(view: ShipmentView, labels: SummaryLabels, now: Date): string {
  const lines = [`${labels.order}: ${view.orderId}`];
  if (view.orderStatus) lines.push(`${labels.status}: ${view.orderStatus}`);
  for (const pkg of view.packages) {
    lines.push('');
    if (view.packages.length > 1) lines.push(`${fillSlots(labels.package, { n: pkg.index + 1, total: view.packages.length })}`);
    for (const number of pkg.numbers) {
      lines.push(`${number.label === 'tracking' ? labels.trackingNumber : labels.lastMileNumber}: ${number.number}${number.carrier ? ` (${number.carrier})` : ''}`);
    }
    const current = pkg.timeline.current;
    if (current) lines.push(`${labels.status}: ${current.text} — ${day(current.time)}${pkg.currentStageName ? ` (${pkg.currentStageName})` : ''}`);
    if (pkg.etaText) lines.push(`${labels.eta}: ${pkg.etaText}`);
    lines.push(`${labels.history}:`);
    for (const event of [...pkg.timeline.events].reverse()) lines.push(`  ${day(event.time)}  ${event.text}`);
  }
  lines.push('', `${labels.generated} ${now.toISOString().slice(0, 10)}`);
  return lines.join('\n');
}

