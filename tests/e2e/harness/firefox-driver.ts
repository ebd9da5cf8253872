import { randomUUID } from 'node:crypto';
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { routeRequest } from '../../fixtures/index';
import { firefoxPath, popupPathOf } from './browsers';
import {
  ExtensionPageDriver,
  reloadExtensionFrom,
  type LaunchOptions,
  type PageHandle,
} from './driver';

// Firefox ESR driven by puppeteer-core over WebDriver BiDi (recipe: toolchain-firefox.md).
const DIST = path.resolve('dist-firefox');
const ADDON_ID = 'tracklight@tracklight';

class FirefoxPage implements PageHandle {
  private readonly errors: string[] = [];
  private readonly consoleLines: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(error instanceof Error ? error.message : String(error)));
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
    await this.page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg as never);
  }
  async count(selector: string): Promise<number> {
    return (await this.page.$$(selector)).length;
  }
  async text(selector: string): Promise<string | null> {
    const handle = await this.page.$(selector);
    return handle ? handle.evaluate((element) => element.textContent) : null;
  }
  hover(selector: string): Promise<void> {
    return this.page.hover(selector);
  }
  focus(selector: string): Promise<void> {
    return this.page.focus(selector);
  }
  click(selector: string): Promise<void> {
    return this.page.click(selector);
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key as KeyInput);
  }
  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file as `${string}.png` });
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

export class FirefoxDriver extends ExtensionPageDriver {
  readonly name = 'firefox' as const;

  private constructor(
    private readonly browser: Browser,
    private readonly uuid: string,
    private readonly popupPath: string,
    private readonly pages: ReadonlyMap<string, string>,
  ) {
    super();
  }

  static async launch(options: LaunchOptions = {}): Promise<FirefoxDriver> {
    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // A fixed internal UUID, so the test knows the popup's moz-extension:// address.
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
        // Media emulation needs CDP, which Firefox lacks: the colour scheme is a preference (0 dark, 1 light).
        'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      },
    });
    await browser.installExtension(DIST);
    return new FirefoxDriver(browser, uuid, popupPathOf(DIST), options.pages ?? new Map());
  }

  private async newPage(): Promise<FirefoxPage> {
    const page = await this.browser.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('moz-extension://') || url.startsWith('about:') || url.startsWith('data:')) {
        void request.continue();
        return;
      }
      const generated = this.pages.get(url);
      if (generated !== undefined) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: generated });
        return;
      }
      const response = routeRequest(url);
      void (response ? request.respond(response) : request.abort());
    });
    return new FirefoxPage(page);
  }

  async openPage(url: string): Promise<FirefoxPage> {
    const page = await this.newPage();
    await page.page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async openPopup(tabId?: number): Promise<FirefoxPage> {
    const page = await this.newPage();
    await page.page.setViewport({ width: 360, height: 600 });
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    // Firefox's BiDi sends no load event for extension documents: start the navigation, then poll.
    page.page.goto(`moz-extension://${this.uuid}/${this.popupPath}${query}`).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        const ready = await page.page.evaluate(
          () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
        );
        if (ready) return page;
      } catch {
        // the realm is being swapped; try again
      }
      if (Date.now() > deadline) throw new Error('the popup page did not load in Firefox');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async reloadExtension(): Promise<void> {
    await reloadExtensionFrom(this);
    // The add-on keeps its UUID (a preference above): its pages answer again once it is back.
    await this.readStorage();
  }

  /** Firefox runs the background as an event page, which WebDriver BiDi cannot stop. */
  readonly stopBackground = null;

  async close(): Promise<void> {
    await this.browser.close();
  }
}
