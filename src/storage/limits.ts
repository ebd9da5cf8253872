// How much Tracklight keeps, in one place. These are design choices, not facts about browsers,
// except where a comment says which browser value they follow.

/** The most shipments kept. A shopper with several orders a week stays far below it. */
export const MAX_SHIPMENTS = 1000;

/**
 * The share of the browser's storage quota Tracklight fills before it evicts. Chrome reports its
 * quota for storage.local as `chrome.storage.local.QUOTA_BYTES` (counted as the JSON of every
 * value plus every key), and refuses writes beyond it unless the extension has the
 * `unlimitedStorage` permission, which Tracklight does not ask for.
 */
export const QUOTA_SHARE = 0.8;

/** The size cap where the browser reports no quota (Firefox), in the same JSON measure. */
export const FALLBACK_MAX_BYTES = 8_000_000;
