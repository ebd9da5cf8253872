import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { routeRequest } from '../../fixtures/index';
import { chromiumPath, popupPathOf } from './browsers';
import {
  ExtensionPageDriver,
  type LaunchOptions,
  type PageHandle,
} from './driver';

const DIST = path.resolve('dist');

export const CHROMIUM_ARGS = [
  `--disable-extensions-except=${DIST}`,
  `--load-extension=${DIST}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

class ChromiumPage implements PageHandle {
  private readonly errors: string[] = [];
  private readonly consoleLines: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (message) => {
      if (message.text().includes('[Tracklight]')) this.consoleLines.push(message.text());
    });
  }
  url(): string {
    return this.page.url();
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  evaluateSource(source: string): Promise<unknown> {
    return this.page.evaluate(source);
  }
  async waitFor<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000): Promise<void> {
    await this.page.waitForFunction(fn as never, arg as never, { timeout: timeoutMs, polling: 50 });
  }
  count(selector: string): Promise<number> {
    return this.page.locator(selector).count();
  }
  async text(selector: string): Promise<string | null> {
    const locator = this.page.locator(selector).first();
    return (await locator.count()) ? locator.textContent() : null;
  }
  hover(selector: string): Promise<void> {
    return this.page.locator(selector).first().hover();
  }
  focus(selector: string): Promise<void> {
    return this.page.locator(selector).first().focus();
  }
  click(selector: string): Promise<void> {
    return this.page.locator(selector).first().click();
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }
  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }
  pageErrors(): readonly string[] {
    return this.errors;
  }
  tracklightConsole(): readonly string[] {
    return this.consoleLines;
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

export class ChromiumDriver extends ExtensionPageDriver {
  readonly name = 'chromium' as const;

  private constructor(
    private readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly profileDir: string,
    readonly popupPath: string,
  ) {
    super();
  }

  static async launch(
    options: LaunchOptions & { headless?: boolean; extension?: boolean } = {},
  ): Promise<ChromiumDriver> {
    const profileDir = mkdtempSync(path.join(tmpdir(), 'tracklight-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: options.headless ?? true,
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1100, height: 760 },
      // Without the extension: the same browser, for baselines (heap, bare scans).
      args: options.extension === false ? CHROMIUM_ARGS.filter((arg) => !arg.includes('extension')) : CHROMIUM_ARGS,
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension://')) return route.continue();
      const generated = options.pages?.get(url);
      if (generated !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: generated });
      const response = routeRequest(url);
      if (response) await route.fulfill(response);
      else await route.abort('blockedbyclient');
    });
    let extensionId = '';
    if (options.extension !== false) {
      let worker = context.serviceWorkers()[0];
      worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
      extensionId = new URL(worker.url()).host;
    }
    return new ChromiumDriver(context, extensionId, profileDir, popupPathOf(DIST));
  }

  async openPage(url: string): Promise<ChromiumPage> {
    const page = new ChromiumPage(await this.context.newPage());
    await page.page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async openPopup(tabId?: number): Promise<ChromiumPage> {
    return this.openExtensionPage(`${this.popupPath}${tabId === undefined ? '' : `?tab=${tabId}`}`);
  }

  /** A page of the extension (`path` under dist/), at the popup's size. */
  async openExtensionPage(pagePath: string): Promise<ChromiumPage> {
    const page = new ChromiumPage(await this.context.newPage());
    await page.page.setViewportSize({ width: 360, height: 600 });
    await page.page.goto(`chrome-extension://${this.extensionId}/${pagePath}`);
    return page;
  }

  async reloadExtension(): Promise<void> {
    // As the Reload button of chrome://extensions does. Chromium disables a command-line
    // extension that reloads itself outside developer mode ("unsupported developer extension"),
    // so developer mode is switched on first, as a developer's browser has it.
    const restarted = this.context.waitForEvent('serviceworker', { timeout: 20_000 });
    const page = await this.context.newPage();
    try {
      await page.goto('chrome://extensions');
      await page.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void>; reload(id: string, o: object): Promise<void> } } }).chrome.developerPrivate;
        await api.updateProfileConfiguration({ inDeveloperMode: true });
        await api.reload(id, { failQuietly: true });
      }, this.extensionId);
      await restarted;
    } finally {
      await page.close();
    }
  }

  readonly stopBackground = async (): Promise<void> => {
    const page = await this.openPopup();
    try {
      const cdp = await this.context.newCDPSession(page.page);
      await cdp.send('ServiceWorker.enable');
      const stopped = new Promise<void>((resolve) => this.context.serviceWorkers()[0]?.once('close', () => resolve()) ?? resolve());
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    } finally {
      await page.close();
    }
  };

  /** Resolves when the user closes the browser window (the demo's headed mode). */
  waitForClose(): Promise<void> {
    return new Promise((resolve) => this.context.once('close', () => resolve()));
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
