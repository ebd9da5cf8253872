import { afterEach, describe, expect, it, vi } from 'vitest';
import { contained, logger } from '../../../src/shared/logger';

describe('logger', () => {
  afterEach(() => {
    logger.resetForTests();
    vi.restoreAllMocks();
  });

  it('logs an error kind once, however often it happens', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (let i = 0; i < 5; i++) logger.errorOnce('adapter', new Error('boom'));
    logger.errorOnce('storage', new Error('full'));
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toBe('[Tracklight] adapter:');
  });

  it('contains an error and returns the fallback', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      contained('work', () => {
        throw new Error('bad');
      }, 'fallback'),
    ).toBe('fallback');
    expect(contained('work', () => 7, 0)).toBe(7);
  });
});
