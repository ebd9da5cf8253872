// Validation of what content scripts send to the background (which alone stores it): the shape,
// and limits far above any real page, so a hostile or broken page cannot make us store junk.
import { isRecord, PAGE_KINDS, type ShipmentsMessage } from './messages';
import { MAX_PAGE_EVENTS, PACKAGE_TEXT_FIELDS, type PageEvent, type PagePackage, type PageShipment } from './shipment';

const MAX_TEXT = 500;

const MAX_PACKAGES = 20;
const MAX_SHIPMENTS = 100;
const ORDER_ID = /^\d{6,24}$/;

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isTextOrNull(value: unknown): value is string | null {
  return value === null || isShortText(value);
}

function isPageEvent(value: unknown): value is PageEvent {
  return (
    isRecord(value) &&
    isShortText(value.text) &&
    value.text.length > 0 &&
    isTextOrNull(value.timeText) &&
    isTextOrNull(value.milestone) &&
    isTextOrNull(value.location) &&
    isTextOrNull(value.code) &&
    (value.status === undefined || value.status === null || (typeof value.status === 'string' && /^[a-z0-9-]{1,60}$/.test(value.status)))
  );
}

function isPagePackage(value: unknown): value is PagePackage {
  return (
    isRecord(value) &&
    PACKAGE_TEXT_FIELDS.every((field) => isTextOrNull(value[field])) &&
    Array.isArray(value.events) &&
    value.events.length <= MAX_PAGE_EVENTS &&
    value.events.every(isPageEvent)
  );
}

export function isPageShipment(value: unknown): value is PageShipment {
  return (
    isRecord(value) &&
    typeof value.orderId === 'string' &&
    ORDER_ID.test(value.orderId) &&
    typeof value.pageKind === 'string' &&
    PAGE_KINDS.includes(value.pageKind) &&
    isTextOrNull(value.orderStatus) &&
    Array.isArray(value.packages) &&
    value.packages.length <= MAX_PACKAGES &&
    value.packages.every(isPagePackage)
  );
}

export function isShipmentsMessage(value: unknown): value is ShipmentsMessage {
  return (
    isRecord(value) &&
    value.type === 'tracklight:shipments' &&
    Array.isArray(value.shipments) &&
    value.shipments.length <= MAX_SHIPMENTS &&
    value.shipments.every(isPageShipment)
  );
}
