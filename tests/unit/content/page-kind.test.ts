import { describe, expect, it } from 'vitest';
import { identifyPage } from '../../../src/content/pages/page-kind';

describe('identifyPage', () => {
  it('recognises the current tracking page and its order id', () => {
    expect(identifyPage('https://www.aliexpress.com/p/tracking/index.html?_addShare=no&_login=yes&tradeOrderId=3041928374651029')).toEqual({
      pageKind: 'tracking',
      orderId: '3041928374651029',
    });
  });

  it('recognises localized hosts, aliexpress.us and the e-mail link form', () => {
    expect(identifyPage('https://es.aliexpress.com/p/tracking/index.html?tradeOrderId=8123456789012345')?.orderId).toBe('8123456789012345');
    expect(identifyPage('https://www.aliexpress.us/p/tracking/index.html?tradeOrderId=8123456789012345')?.pageKind).toBe('tracking');
    expect(
      identifyPage('https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8123456789012345&trackingNumber=LP00612345678901&edm_log_data=x')
        ?.orderId,
    ).toBe('8123456789012345');
  });

  it('recognises the order list and the order detail page', () => {
    expect(identifyPage('https://www.aliexpress.com/p/order/index.html')).toEqual({ pageKind: 'order-list', orderId: null });
    expect(identifyPage('https://www.aliexpress.com/p/order/detail.html?orderId=8123456789012345')).toEqual({
      pageKind: 'order-detail',
      orderId: '8123456789012345',
    });
    expect(identifyPage('https://aliexpress.ru/order-list/5012345678901234')).toEqual({
      pageKind: 'order-detail',
      orderId: '5012345678901234',
    });
  });

  it('recognises the legacy tracking page', () => {
    expect(identifyPage('https://track.aliexpress.com/logisticsdetail.htm?tradeId=8123456789012345')).toEqual({
      pageKind: 'legacy-tracking',
      orderId: '8123456789012345',
    });
  });

  it('ignores order ids that are not numbers and pages that are not order pages', () => {
    expect(identifyPage('https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=<script>')?.orderId).toBeNull();
    expect(identifyPage('https://www.aliexpress.com/item/1005001234567890.html')).toBeNull();
    expect(identifyPage('https://www.aliexpress.com.evil.example/p/tracking/index.html')).toBeNull();
    expect(identifyPage('not a url')).toBeNull();
  });
});
