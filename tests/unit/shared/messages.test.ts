import { describe, expect, it } from 'vitest';
import { isContentRequest, isPageState } from '../../../src/shared/messages';
import { isShipmentsMessage } from '../../../src/shared/validate-shipments';

describe('message validation', () => {
  it('accepts only the exact page-state request', () => {
    expect(isContentRequest({ type: 'tracklight:page-state' })).toBe(true);
    expect(isContentRequest({ type: 'tracklight:page-state', extra: 1 })).toBe(false);
    expect(isContentRequest({ type: 'other' })).toBe(false);
    expect(isContentRequest(null)).toBe(false);
    expect(isContentRequest('tracklight:page-state')).toBe(false);
  });

  it('accepts a well-formed page state and rejects malformed ones', () => {
    const state = { type: 'tracklight:page-state', url: 'https://www.aliexpress.com/p/order/index.html', pageKind: 'order-list', orderId: null };
    expect(isPageState(state)).toBe(true);
    expect(isPageState({ ...state, orderId: '8123456789012345' })).toBe(true);
    expect(isPageState({ ...state, orderId: '<img onerror=x>' })).toBe(false);
    expect(isPageState({ ...state, pageKind: 'product' })).toBe(false);
    expect(isPageState({ ...state, url: 42 })).toBe(false);
  });
});

describe('shipments message validation', () => {
  const valid = {
    type: 'tracklight:shipments',
    shipments: [
      {
        orderId: '3041928374651029',
        pageKind: 'tracking',
        orderStatus: null,
        packages: [
          {
            trackingNumber: 'LP00612345678901',
            carrierName: null,
            lastMileCarrier: null,
            lastMileNumber: null,
            etaText: null,
            events: [{ timeText: 'Tue | Jul. 21 18:39', text: 'Hand over to airline', milestone: 'In transit', location: null, code: null }],
          },
        ],
      },
    ],
  };
  const withEvent = (patch: Record<string, unknown>) => ({
    ...valid,
    shipments: [{ ...valid.shipments[0]!, packages: [{ ...valid.shipments[0]!.packages[0]!, events: [{ ...valid.shipments[0]!.packages[0]!.events[0]!, ...patch }] }] }],
  });

  it('accepts what the content script sends', () => {
    expect(isShipmentsMessage(valid)).toBe(true);
  });

  it('rejects bad order ids, page kinds, times, texts and sizes', () => {
    expect(isShipmentsMessage({ ...valid, shipments: [{ ...valid.shipments[0]!, orderId: '../etc' }] })).toBe(false);
    expect(isShipmentsMessage({ ...valid, shipments: [{ ...valid.shipments[0]!, pageKind: 'cart' }] })).toBe(false);
    expect(isShipmentsMessage(withEvent({ timeText: 42 }))).toBe(false);
    expect(isShipmentsMessage(withEvent({ timeText: 'x'.repeat(501) }))).toBe(false);
    expect(isShipmentsMessage(withEvent({ text: 'x'.repeat(501) }))).toBe(false);
    expect(isShipmentsMessage(withEvent({ text: '' }))).toBe(false);
    expect(isShipmentsMessage(withEvent({ code: 42 }))).toBe(false);
    const event = valid.shipments[0]!.packages[0]!.events[0]!;
    const tooMany = { ...valid, shipments: [{ ...valid.shipments[0]!, packages: [{ ...valid.shipments[0]!.packages[0]!, events: Array.from({ length: 501 }, () => event) }] }] };
    expect(isShipmentsMessage(tooMany)).toBe(false);
    const many = { ...valid, shipments: Array.from({ length: 101 }, () => valid.shipments[0]) };
    expect(isShipmentsMessage(many)).toBe(false);
    expect(isShipmentsMessage({ type: 'tracklight:shipments' })).toBe(false);
    expect(isShipmentsMessage(null)).toBe(false);
  });
});
