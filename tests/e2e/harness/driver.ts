import type { Browser } from 'webextension-polyfill';
import type { BrowserName } from './browsers';

// The thin browser-driver interface every scenario is written against, so the same scenario
// runs in Chromium (playwright-core) and in Firefox (puppeteer-core over WebDriver BiDi).

export interface PageHandle {
  url(): string;
  /** Runs `fn(arg)` in the page's main world and returns its (serialisable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates a script's source text in the page (for tools such as axe-core; not for tests' logic). */
  evaluateSource(source: string): Promise<unknown>;
  /** Polls `fn(arg)` in the page until it returns a truthy value; fails after `timeoutMs`. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  count(selector: string): Promise<number>;
  text(selector: string): Promise<string | null>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Uncaught errors of the page, and console lines written by Tracklight (prefix [Tracklight]). */
  pageErrors(): readonly string[];
  tracklightConsole(): readonly string[];
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** Opens `url` in a new tab; the request is answered from the fixtures (no network). */
  openPage(url: string): Promise<PageHandle>;
  /** Opens the extension's popup page in a tab, as if opened on `tabId` when given. */
  openPopup(tabId?: number): Promise<PageHandle>;
  /** The browser's tab id of a page opened with openPage (asked through the popup's own messages). */
  tabIdOf(page: PageHandle): Promise<number>;
  /** Everything in the extension's storage.local. */
  readStorage(): Promise<Record<string, unknown>>;
  /** Writes items to the extension's storage.local (settings, old data for migration tests). */
  writeStorage(items: Record<string, unknown>): Promise<void>;
  /** Makes storage.local hold exactly `items` (`{}` empties it). */
  replaceStorage(items: Record<string, unknown>): Promise<void>;
  /** Reloads the extension, as an update does, and waits until its background runs again. */
  reloadExtension(): Promise<void>;
  /** Stops the background service worker, as the browser does when idle; null where it cannot be driven. */
  readonly stopBackground: (() => Promise<void>) | null;
  close(): Promise<void>;
}

/** Runs in an extension page: reloads the extension (the page goes with it). */
export function reloadInExtensionPage(): void {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  // Later, so that the evaluation that called this returns first.
  setTimeout(() => (scope.browser ?? scope.chrome)!.runtime.reload(), 50);
}

/** Asks an extension page to reload the extension, and gives it the time to (the page closes itself). */
export async function reloadExtensionFrom(driver: Pick<BrowserDriver, 'openPopup'>): Promise<void> {
  const page = await driver.openPopup();
  await page.evaluate(reloadInExtensionPage);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await page.close().catch(() => undefined);
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Generated pages served at these URLs (before the fixtures), e.g. a 20,000-node page. */
  pages?: ReadonlyMap<string, string>;
}

export type DriverFactory = (options?: LaunchOptions) => Promise<BrowserDriver>;

/** Runs in an extension page: finds the tab whose Tracklight content script reports `url`. */
export async function findTabIdInExtensionPage(url: string): Promise<number> {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  const tabs = await api.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      const state = (await api.tabs.sendMessage(tab.id, { type: 'tracklight:page-state' })) as { url?: string } | undefined;
      if (state?.url === url) return tab.id;
    } catch {
      // no content script in that tab
    }
  }
  return -1;
}

/** Runs in an extension page: the whole of storage.local. */
export async function readStorageInExtensionPage(): Promise<Record<string, unknown>> {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  return (await api.storage.local.get(null)) as Record<string, unknown>;
}

/** Runs in an extension page: writes items to storage.local. */
export async function writeStorageInExtensionPage(items: Record<string, unknown>): Promise<void> {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  await api.storage.local.set(items);
}

/** Runs in an extension page: makes storage.local hold exactly `items`. */
export async function replaceStorageInExtensionPage(items: Record<string, unknown>): Promise<void> {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  await api.storage.local.clear();
  await api.storage.local.set(items);
}

/** Runs `fn(arg)` in a fresh extension page (the popup page, opened in a tab), then closes it. */
export async function inExtensionPage<R, A>(driver: Pick<BrowserDriver, 'openPopup'>, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const helper = await driver.openPopup();
  try {
    return await helper.evaluate(fn, arg);
  } finally {
    await helper.close();
  }
}

/**
 * What both drivers do the same way, through an extension page of their own: find a tab, read
 * and write storage. Each browser's driver supplies how to open pages and the rest.
 */
export abstract class ExtensionPageDriver implements BrowserDriver {
  abstract readonly name: BrowserName;
  abstract readonly stopBackground: (() => Promise<void>) | null;
  abstract openPage(url: string): Promise<PageHandle>;
  abstract openPopup(tabId?: number): Promise<PageHandle>;
  abstract reloadExtension(): Promise<void>;
  abstract close(): Promise<void>;

  async tabIdOf(target: PageHandle): Promise<number> {
    const id = await inExtensionPage(this, findTabIdInExtensionPage, target.url());
    if (id < 0) throw new Error(`no Tracklight tab shows ${target.url()}`);
    return id;
  }

  readStorage(): Promise<Record<string, unknown>> {
    return inExtensionPage(this, readStorageInExtensionPage);
  }

  writeStorage(items: Record<string, unknown>): Promise<void> {
    return inExtensionPage(this, writeStorageInExtensionPage, items);
  }

  replaceStorage(items: Record<string, unknown>): Promise<void> {
    return inExtensionPage(this, replaceStorageInExtensionPage, items);
  }
}
