import { describe, expect, it } from 'vitest';
import { isContentRequest, isPageState } from '../../../src/shared/messages';

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
