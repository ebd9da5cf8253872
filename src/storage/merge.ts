import { STATUS_BY_ID } from '../knowledge/catalogue/index';
import { classifyEvent } from '../knowledge/classifier/index';
import type { StageId } from '../knowledge/types';
import { parseEventTime } from '../shared/event-time';
import type { PageEvent, PagePackage, PageShipment } from '../shared/shipment';
import { SCHEMA_VERSION, type StoredEvent, type StoredPackage, type StoredShipment } from './schema';

// Merges what a page showed into what was stored: events are matched by identity (time and
// text), never lost when the page shows fewer (a collapsed history), never duplicated. Event
// times arrive as the page showed them and are read here, off the page's thread.

/** A page's event with its time read (ISO 8601, or null). */
type ReadEvent = Omit<PageEvent, 'timeText'> & { time: string | null };

function readEvent({ timeText, ...event }: PageEvent, visitedAt: Date): ReadEvent {
  return { ...event, time: timeText ? parseEventTime(timeText, visitedAt) : null };
}

function eventId(event: ReadEvent): string {
  const text = event.text.replace(/\s+/g, ' ').trim().toLowerCase();
  return `${event.time ?? '-'}|${text}`;
}

/** The event's status: by its code when it has one, else as the page's badge shows it. */
function statusOf(event: ReadEvent): { status: string; stage: StoredEvent['stage'] } | null {
  if (!event.code && event.status !== undefined) {
    const record = event.status ? STATUS_BY_ID.get(event.status) : undefined;
    if (event.status === null || record) return record ? { status: record.id, stage: record.stage } : null;
  }
  return classifyEvent({ text: event.text, code: event.code });
}

function storedEvent(event: ReadEvent, now: string): StoredEvent {
  const classified = statusOf(event);
  return {
    id: eventId(event),
    time: event.time,
    text: event.text,
    milestone: event.milestone,
    location: event.location,
    code: event.code,
    status: classified?.status ?? null,
    stage: classified?.stage ?? null,
    seenAt: now,
  };
}

/** Newest first; undated events keep their relative order after the dated ones. */
function ordered(events: StoredEvent[]): StoredEvent[] {
  const dated = events.filter((event) => event.time !== null).sort((a, b) => (a.time! < b.time! ? 1 : a.time! > b.time! ? -1 : 0));
  return [...dated, ...events.filter((event) => event.time === null)];
}

function mergePackage(existing: StoredPackage | undefined, incoming: PagePackage, visitedAt: Date): StoredPackage {
  const now = visitedAt.toISOString();
  const events = new Map<string, StoredEvent>((existing?.events ?? []).map((event) => [event.id, event]));
  for (const event of incoming.events.map((pageEvent) => readEvent(pageEvent, visitedAt))) {
    const id = eventId(event);
    const known = events.get(id);
    // Keep when it was first seen; take the page's newer details (milestone, code).
    events.set(id, known ? { ...storedEvent(event, known.seenAt), seenAt: known.seenAt } : storedEvent(event, now));
  }
  return {
    trackingNumber: incoming.trackingNumber ?? existing?.trackingNumber ?? null,
    carrierName: incoming.carrierName ?? existing?.carrierName ?? null,
    lastMileCarrier: incoming.lastMileCarrier ?? existing?.lastMileCarrier ?? null,
    lastMileNumber: incoming.lastMileNumber ?? existing?.lastMileNumber ?? null,
    etaText: incoming.etaText ?? existing?.etaText ?? null,
    events: ordered([...events.values()]),
  };
}

/** Which stored package an incoming one is: the same tracking number, else the same position. */
function matchPackage(packages: StoredPackage[], incoming: PagePackage, index: number): number {
  if (incoming.trackingNumber) {
    const byNumber = packages.findIndex((pkg) => pkg.trackingNumber === incoming.trackingNumber);
    if (byNumber >= 0) return byNumber;
    const untracked = packages.findIndex((pkg, position) => pkg.trackingNumber === null && position === index);
    return untracked;
  }
  return index < packages.length && packages[index]!.trackingNumber === null ? index : -1;
}

/** The status of an order's status line ("Awaiting shipment"), as the page's badge shows it. */
export function orderStatusOf(text: string): string | null {
  return classifyEvent({ text })?.status ?? null;
}

/** `now`: when the page was read (it also dates the page's times that show no year). */
export function mergeShipment(existing: StoredShipment | null, incoming: PageShipment, now: Date): StoredShipment {
  const at = now.toISOString();
  const packages = [...(existing?.packages ?? [])];
  incoming.packages.forEach((pkg, index) => {
    const position = matchPackage(packages, pkg, index);
    if (position >= 0) packages[position] = mergePackage(packages[position], pkg, now);
    else packages.push(mergePackage(undefined, pkg, now));
  });
  return {
    v: SCHEMA_VERSION,
    orderId: incoming.orderId,
    orderStatus: incoming.orderStatus ?? existing?.orderStatus ?? null,
    orderStatusId: incoming.orderStatus ? orderStatusOf(incoming.orderStatus) : (existing?.orderStatusId ?? null),
    seenOn: [...new Set([...(existing?.seenOn ?? []), incoming.pageKind])],
    firstSeenAt: existing?.firstSeenAt ?? at,
    updatedAt: at,
    packages,
  };
}

const DAY_MS = 86_400_000;

/** The newest event time of a shipment, else when a page last showed it. */
export function latestActivity(shipment: StoredShipment): string {
  const times = shipment.packages.flatMap((pkg) => pkg.events.map((event) => event.time)).filter((time): time is string => time !== null);
  return times.sort().at(-1) ?? shipment.updatedAt;
}

/** Delivered: every package's newest recognised event is a delivery. */
export function isDelivered(shipment: StoredShipment): boolean {
  return (
    shipment.packages.length > 0 &&
    shipment.packages.every((pkg) => pkg.events.find((event) => event.stage !== null)?.stage === 'delivered')
  );
}

/** Stages after which nothing more happens to an order ('exception' is not one: it may resolve). */
const END_STAGES: readonly StageId[] = ['delivered', 'returned', 'canceled'];

function isEndStage(stage: StageId | null | undefined): boolean {
  return !!stage && END_STAGES.includes(stage);
}

/**
 * Finished: nothing more will happen to it. Every package's newest recognised event ends the
 * journey; an order known only by its status line, when that status ends it ("Completed",
 * "Closed"). Anything else is still on its way (or not yet sent).
 */
export function isFinished(shipment: StoredShipment): boolean {
  if (!shipment.packages.length) return isEndStage(shipment.orderStatusId ? STATUS_BY_ID.get(shipment.orderStatusId)?.stage : null);
  return shipment.packages.every((pkg) => isEndStage(pkg.events.find((event) => event.stage !== null)?.stage));
}

/**
 * The shipments the retention setting says to forget: delivered ones neither updated nor shown
 * by a page for `keepDeliveredDays` (0 keeps them all), so an old order opened today is not
 * dropped at once. A shipment still on its way is never one.
 */
export function expiredShipments(shipments: readonly StoredShipment[], keepDeliveredDays: number, now: Date): StoredShipment[] {
  if (keepDeliveredDays <= 0) return [];
  const limit = now.getTime() - keepDeliveredDays * DAY_MS;
  return shipments.filter(
    (shipment) => isDelivered(shipment) && Math.max(Date.parse(latestActivity(shipment)), Date.parse(shipment.updatedAt)) < limit,
  );
}
