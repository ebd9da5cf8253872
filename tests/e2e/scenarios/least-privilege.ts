import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { inExtensionPage, type BrowserDriver, type DriverFactory } from '../harness/driver';

// Least privilege, read from the build each browser installs (dist/ or dist-firefox/, whatever
// the plugins made of manifest.json), and the background's message validation in the browser.
// SECURITY.md names these tests; a check that fails here means a promise there no longer holds.

/** The AliExpress hosts the content script may run on. Adding one is a decision: make it here. */
const LOCALIZED = ['es', 'fr', 'de', 'it', 'pt', 'ru', 'pl', 'nl', 'tr', 'ja', 'ko', 'ar', 'he', 'th', 'vi'];
const HOSTS = new Set(['www.aliexpress.com', ...LOCALIZED.map((lang) => `${lang}.aliexpress.com`), 'www.aliexpress.us', 'aliexpress.ru', 'track.aliexpress.com']);
/** The order and tracking paths of each host kind (a match pattern's path). */
const ORDER_PATHS: readonly [RegExp, readonly string[]][] = [
  [/^(www|[a-z]{2})\.aliexpress\.(com|us)$/, ['/p/tracking/*', '/p/order/*']],
  [/^aliexpress\.ru$/, ['/order-list/*']],
  [/^track\.aliexpress\.com$/, ['/logisticsdetail.htm*']],
];

interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  extension_ids?: string[];
  use_dynamic_url?: boolean;
}

interface BuiltManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts: Record<string, unknown>[];
  web_accessible_resources?: WebAccessibleResource[];
  content_security_policy?: unknown;
  externally_connectable?: { matches?: string[]; ids?: string[] };
  browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
}

const buildDirOf = (driver: BrowserDriver) => path.resolve(driver.name === 'firefox' ? 'dist-firefox' : 'dist');

function readManifest(dist: string): BuiltManifest {
  return JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Every file of the build, as paths relative to its root with forward slashes. */
function filesOf(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The host of an https match pattern, or null when the pattern is anything else. */
function httpsHost(pattern: string): { host: string; path: string } | null {
  const match = /^https:\/\/([a-z0-9.-]+)(\/.*)$/.exec(pattern);
  return match ? { host: match[1]!, path: match[2]! } : null;
}

/** Why a content-script match pattern is not an order or tracking page of an AliExpress host, or null. */
function contentMatchProblem(pattern: string): string | null {
  const parsed = httpsHost(pattern);
  if (!parsed) return `${pattern}: not an https pattern with an explicit host`;
  if (!HOSTS.has(parsed.host)) return `${pattern}: ${parsed.host} is not an AliExpress host`;
  const paths = ORDER_PATHS.find(([host]) => host.test(parsed.host))?.[1] ?? [];
  return paths.includes(parsed.path) ? null : `${pattern}: ${parsed.path} is not an order or tracking path`;
}

/** Why a web-accessible-resource or host-permission pattern is not a whole AliExpress host, or null. */
function hostMatchProblem(pattern: string): string | null {
  const parsed = httpsHost(pattern);
  if (!parsed) return `${pattern}: not an https pattern with an explicit host`;
  if (!HOSTS.has(parsed.host)) return `${pattern}: ${parsed.host} is not an AliExpress host`;
  // Chrome accepts only the path "/*" in web_accessible_resources matches: the host is the finest grain.
  return parsed.path === '/*' ? null : `${pattern}: path other than /*`;
}

const importSpecifier = /(?:\bfrom|(?<![\w$.])import)\s*["'`](\.\.?\/[^"'`\s]+)["'`]/g;
const dynamicImport = /(?<![\w$.])import\s*\(\s*(?:\/\*[^]*?\*\/\s*)?(?:["'`](\.\.?\/[^"'`\s]+)["'`]|chrome\.runtime\.getURL\(\s*["'`]([^"'`]+)["'`]\s*\))?/g;

/**
 * Every file the content script loads (its loaders' `getURL` imports, then static and dynamic
 * relative imports, transitively), relative to the build's root. The loaders themselves are
 * injected by the browser and need not be web accessible.
 */
function contentScriptFiles(dist: string, manifest: BuiltManifest): { loaders: Set<string>; loaded: Set<string> } {
  const loaders = new Set(manifest.content_scripts.flatMap((script) => (script.js as string[] | undefined) ?? []));
  const loaded = new Set<string>();
  const pending = [...loaders];
  while (pending.length) {
    const file = pending.pop()!;
    const source = readFileSync(path.join(dist, file), 'utf8');
    const targets = [
      ...[...source.matchAll(importSpecifier)].map((match) => path.posix.join(path.posix.dirname(file), match[1]!)),
      ...[...source.matchAll(dynamicImport)].flatMap((match) =>
        match[1] ? [path.posix.join(path.posix.dirname(file), match[1])] : match[2] ? [path.posix.normalize(match[2])] : [],
      ),
    ];
    for (const target of targets) {
      if (loaded.has(target) || loaders.has(target)) continue;
      loaded.add(target);
      pending.push(target);
    }
  }
  return { loaders, loaded };
}

/** What in built JS could run code that is not in the package, or a string as code or markup. */
function codeLoadingProblems(file: string, source: string, files: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const at = (index: number) => `${file}: …${source.slice(Math.max(0, index - 30), index + 60)}…`;
  // Calls only: webextension-polyfill's API table has a key `eval:` (devtools.inspectedWindow.eval), which is data.
  for (const pattern of [/(?<![\w$.])eval\s*\(/g, /(?<![\w$.])(?:new\s+)?Function\s*\(/g, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g, /\bimportScripts\s*\(/g, /\bcreateElement\s*\(\s*["'`]script["'`]/g]) {
    for (const match of source.matchAll(pattern)) problems.push(at(match.index));
  }
  // Markup sinks: page text must only ever reach the DOM as text (src/shared/dom.ts).
  for (const match of source.matchAll(/\.(?:inner|outer)HTML\s*\+?=(?!=)|\b(?:insertAdjacentHTML|setHTMLUnsafe|createContextualFragment|parseFromString|document\.write(?:ln)?)\s*\(|\.srcdoc\s*=(?!=)/g)) {
    problems.push(at(match.index));
  }
  // Static imports of anything but a relative path (a URL, `//host/…`).
  for (const match of source.matchAll(/(?:\bfrom|(?<![\w$.])import)\s*["'`]((?:[a-z][a-z0-9+.-]*:)?\/\/[^"'`]*)["'`]/gi)) problems.push(at(match.index));
  // Dynamic imports: only a relative literal, or the crxjs loader's chrome.runtime.getURL("<file of the build>").
  for (const match of source.matchAll(dynamicImport)) {
    const target = match[1] ? path.posix.join(path.posix.dirname(file), match[1]) : match[2];
    if (!target || !files.has(path.posix.normalize(target))) problems.push(at(match.index));
  }
  return problems;
}

/** A CSP policy string is at least as strict as MV3's default: scripts and objects from the package only. */
function cspProblems(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map((words) => [words[0]!.toLowerCase(), words.slice(1)] as const),
  );
  const problems: string[] = [];
  // 'wasm-unsafe-eval' is part of the MV3 default itself.
  const allowed: Record<string, readonly string[]> = { 'script-src': ["'self'", "'wasm-unsafe-eval'", "'none'"], 'object-src': ["'self'", "'none'"] };
  for (const [directive, sources] of Object.entries(allowed)) {
    const given = directives.get(directive) ?? directives.get('default-src');
    if (!given) problems.push(`${policy}: no ${directive}`);
    else for (const source of given) if (!sources.includes(source)) problems.push(`${policy}: ${directive} allows ${source}`);
  }
  return problems;
}

interface SendResult {
  reply: unknown;
  error: string | null;
}

/** Runs in an extension page: sends each message to the background in turn, and what came back. */
async function sendInExtensionPage(messages: unknown[]): Promise<SendResult[]> {
  const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const api = (scope.browser ?? scope.chrome) as Browser;
  const results: SendResult[] = [];
  for (const message of messages) {
    try {
      results.push({ reply: (await api.runtime.sendMessage(message)) ?? null, error: null });
    } catch (error) {
      // No listener answered (Chrome and Firefox reject then, with different messages).
      results.push({ reply: null, error: String(error) });
    }
  }
  return results;
}

/** A shipment as the content script sends it (src/shared/shipment.ts). */
function pageShipment(orderId: unknown, eventText = 'Hand over to airline'): Record<string, unknown> {
  return {
    orderId,
    pageKind: 'tracking',
    orderStatus: 'Awaiting delivery',
    packages: [
      {
        trackingNumber: 'LP00612345678901',
        carrierName: 'AliExpress standard shipping',
        lastMileCarrier: null,
        lastMileNumber: null,
        etaText: null,
        events: [{ timeText: 'Tue | Jul. 21 18:39', text: eventText, milestone: 'In transit', location: null, code: null }],
      },
    ],
  };
}

const shipmentsMessage = (...shipments: unknown[]) => ({ type: 'tracklight:shipments', shipments });

async function storageWhere(driver: BrowserDriver, wanted: (items: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const items = await driver.readStorage();
    if (wanted(items) || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** storage.local once the background's own upkeep after install has written what it writes. */
async function settledStorage(driver: BrowserDriver): Promise<Record<string, unknown>> {
  let previous = await driver.readStorage();
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const items = await driver.readStorage();
    if (JSON.stringify(items) === JSON.stringify(previous)) return items;
    previous = items;
  }
  return previous;
}

const mentions = (items: Record<string, unknown>, text: string) => JSON.stringify(items).includes(text);

export function leastPrivilegeScenarios(launch: DriverFactory): void {
  describe('least privilege', () => {
    let driver: BrowserDriver;
    let dist: string;
    let manifest: BuiltManifest;
    beforeAll(async () => {
      driver = await launch();
      dist = buildDirOf(driver);
      manifest = readManifest(dist);
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('asks for storage and nothing else', () => {
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
      expect((manifest.host_permissions ?? []).map(hostMatchProblem).filter(Boolean)).toEqual([]);
    });

    it('runs its content script only on AliExpress order and tracking pages, over https', () => {
      expect(manifest.content_scripts.length).toBeGreaterThan(0);
      for (const script of manifest.content_scripts) {
        // Keys that widen where or how it runs (all_frames, match_about_blank, world, …) are reviewed here first.
        expect(Object.keys(script)).toEqual(expect.arrayContaining(['js', 'matches']));
        expect(Object.keys(script).filter((key) => !['js', 'css', 'matches', 'run_at'].includes(key))).toEqual([]);
        const matches = script.matches as string[];
        expect(matches.length).toBeGreaterThan(0);
        expect(matches.map(contentMatchProblem).filter(Boolean)).toEqual([]);
      }
    });

    it("exposes only the content script's files to pages, and only to AliExpress hosts", () => {
      const { loaders, loaded } = contentScriptFiles(dist, manifest);
      const entries = manifest.web_accessible_resources ?? [];
      const contentHosts = new Set(manifest.content_scripts.flatMap((script) => (script.matches as string[]).map((pattern) => httpsHost(pattern)?.host)));
      for (const entry of entries) {
        expect(entry.extension_ids, 'no other extension may load our files').toBeUndefined();
        expect(entry.matches?.length).toBeGreaterThan(0);
        expect(entry.matches!.map(hostMatchProblem).filter(Boolean)).toEqual([]);
        expect(entry.matches!.filter((pattern) => !contentHosts.has(httpsHost(pattern)?.host))).toEqual([]);
        // use_dynamic_url (true would hide the files behind a per-session origin, so a page could
        // not probe for them at chrome-extension://<fixed id>/): @crxjs/vite-plugin 3.0.0 writes
        // `false` for manifest content scripts and has no option for them (defineDynamicResource
        // covers only scripts injected with scripting.executeScript); for Firefox it drops the
        // key, which Firefox does not support (its moz-extension:// origin is already random per
        // profile). Setting it to true after the build breaks the content script in Chromium 156:
        // runtime.getURL gives the dynamic origin and the loader's import of the entry goes
        // there, but the entry's relative imports resolve against the fixed origin and are
        // refused. Turning it on needs every chunk imported through runtime.getURL.
        expect(entry.use_dynamic_url).toBe(driver.name === 'firefox' ? undefined : false);
      }
      const exposed = entries.flatMap((entry) => entry.resources);
      expect(exposed.filter((resource) => /[*?]/.test(resource))).toEqual([]);
      // Exactly what the content script loads: nothing of the popup or the background, and
      // nothing the content script would fail without.
      expect([...new Set(exposed)].sort()).toEqual([...loaded].sort());
      expect(exposed.filter((resource) => loaders.has(resource))).toEqual([]);
    });

    it('loads no remote code and turns no string into code or markup', () => {
      const files = filesOf(dist);
      const fileSet = new Set(files);
      const problems = files.filter((file) => file.endsWith('.js')).flatMap((file) => codeLoadingProblems(file, readFileSync(path.join(dist, file), 'utf8'), fileSet));
      for (const file of files.filter((name) => name.endsWith('.html'))) {
        const html = readFileSync(path.join(dist, file), 'utf8');
        for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
          const src = /\bsrc\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
          // Inline scripts would be blocked by the CSP anyway; a src must be a file of the build.
          if (!src || !fileSet.has(path.posix.normalize(src.startsWith('/') ? src.slice(1) : path.posix.join(path.posix.dirname(file), src)))) problems.push(`${file}: ${tag}`);
        }
      }
      expect(problems).toEqual([]);
      // The browser's default CSP (no key), or one at least as strict.
      const csp = manifest.content_security_policy;
      if (csp !== undefined) {
        expect(typeof csp, 'the MV3 form: an object of policies').toBe('object');
        expect(Object.values(csp as Record<string, string>).flatMap(cspProblems)).toEqual([]);
      }
    });

    it('makes no network requests of its own', () => {
      const files = filesOf(dist);
      const problems: string[] = [];
      for (const file of files.filter((name) => name.endsWith('.js'))) {
        const source = readFileSync(path.join(dist, file), 'utf8');
        for (const match of source.matchAll(/(?<![\w$.])(?:fetch\s*\(|XMLHttpRequest\b|WebSocket\b|EventSource\b|RTCPeerConnection\b)|\.sendBeacon\s*\(/g)) {
          problems.push(`${file}: …${source.slice(Math.max(0, match.index - 30), match.index + 40)}…`);
        }
      }
      // The content script's code (the loader, what it loads) names no web address but the SVG namespace:
      // nothing it puts in AliExpress pages (styles, images) is fetched from elsewhere.
      const { loaders, loaded } = contentScriptFiles(dist, manifest);
      for (const file of [...loaders, ...loaded]) {
        for (const url of readFileSync(path.join(dist, file), 'utf8').match(/(?:\bhttps?:|(?<=["'`(])|\burl\(\s*)\/\/[^\s"'`)]+/gi) ?? []) {
          if (url !== 'http://www.w3.org/2000/svg') problems.push(`${file}: ${url}`);
        }
      }
      // The popup's page and styles fetch nothing either (its links to carriers' pages are followed only by a click).
      for (const file of files.filter((name) => name.endsWith('.css'))) {
        for (const url of readFileSync(path.join(dist, file), 'utf8').match(/(?:url\(\s*["']?|@import\s*["']?)(?:https?:)?\/\/[^)"'\s]*/gi) ?? []) problems.push(`${file}: ${url}`);
      }
      for (const file of files.filter((name) => name.endsWith('.html'))) {
        for (const tag of readFileSync(path.join(dist, file), 'utf8').match(/<(?:link|img|iframe|object|embed|source)\b[^>]*\b(?:href|src)\s*=\s*["'](?:[a-z][a-z0-9+.-]*:)?\/\/[^>]*>/gi) ?? []) problems.push(`${file}: ${tag}`);
      }
      expect(problems).toEqual([]);
    });

    it('opens no channel to web pages or other extensions', () => {
      // Without externally_connectable (or with one that names no page and no extension) no web
      // page can message the extension; other extensions could only reach listeners for
      // external messages, and there are none.
      const connectable = manifest.externally_connectable;
      expect(connectable?.matches ?? []).toEqual([]);
      expect(connectable?.ids ?? []).toEqual([]);
      const listeners = filesOf(dist)
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) => readFileSync(path.join(dist, file), 'utf8').match(/\.on(?:MessageExternal|ConnectExternal|Connect|UserScriptMessage)\s*\.\s*addListener\b/g) ?? []);
      expect(listeners).toEqual([]);
      // Nor does the content script listen to the page's window messages: a page reaches it only through the DOM it reads.
      const { loaders, loaded } = contentScriptFiles(dist, manifest);
      const windowListeners = [...loaders, ...loaded].flatMap(
        (file) => readFileSync(path.join(dist, file), 'utf8').match(/addEventListener\(\s*["'`]message["'`]|\bonmessage\s*=/g) ?? [],
      );
      expect(windowListeners).toEqual([]);
    });

    it('declares to Firefox that it collects no data', (context) => {
      if (driver.name !== 'firefox') return context.skip('Firefox-only manifest key');
      const gecko = manifest.browser_specific_settings?.gecko;
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    });

    it('stores a well-formed message from the extension and ignores malformed ones', async () => {
      const before = await settledStorage(driver);
      // Order ids only this test uses: each malformed message would leave its own in storage if accepted.
      const stored = '9100000000000001';
      const barrier = '9100000000000002';
      const oversized = `TRACKLIGHT-OVERSIZED-${'x'.repeat(579)}`;
      const malformed: [string, unknown][] = [
        ['wrong type', { type: 'tracklight:shipment', shipments: [pageShipment('9100000000000003')] }],
        ['the content script request type', { type: 'tracklight:page-state', shipments: [pageShipment('9100000000000004')] }],
        ['no type', { shipments: [pageShipment('9100000000000005')] }],
        ['an order id that is a path', shipmentsMessage(pageShipment('../x'))],
        ['an order id that is markup', shipmentsMessage(pageShipment('<img src=x onerror=alert(1)>'))],
        ['a numeric order id', shipmentsMessage(pageShipment(9100000000000006))],
        ['a 600-character event text', shipmentsMessage(pageShipment(stored, oversized))],
        ['a page kind that is not one', shipmentsMessage({ ...pageShipment('9100000000000007'), pageKind: 'product' })],
        ['shipments not an array', { type: 'tracklight:shipments', shipments: { 0: pageShipment('9100000000000008'), length: 1 } }],
        ['shipments a string', { type: 'tracklight:shipments', shipments: '9100000000000009' }],
        ['the message a string', 'tracklight:shipments'],
        ['the message null', null],
      ];
      const markers = ['../x', '<img', 'TRACKLIGHT-OVERSIZED', ...Array.from({ length: 7 }, (_, i) => `910000000000000${i + 3}`)];
      try {
        // The channel works: a valid message from an extension page (sender.id is ours) is stored.
        await inExtensionPage(driver, sendInExtensionPage, [shipmentsMessage(pageShipment(stored))]);
        const withStored = await storageWhere(driver, (items) => mentions(items, stored));
        expect(mentions(withStored, stored), 'a valid message is stored').toBe(true);
        const recordOf = (items: Record<string, unknown>) => Object.entries(items).filter(([key, value]) => mentions({ [key]: value }, stored));

        // Then the malformed ones, and a valid one last: the background writes one save at a
        // time, in order, so once the last is stored any accepted malformed message would be too.
        const results = await inExtensionPage(driver, sendInExtensionPage, [...malformed.map(([, message]) => message), shipmentsMessage(pageShipment(barrier))]);
        const after = await storageWhere(driver, (items) => mentions(items, barrier));
        expect(mentions(after, barrier), 'the message after the malformed ones is stored').toBe(true);

        // Ignored means no answer: the background returns nothing for a message it does not expect.
        const answered = malformed.filter((_, i) => results[i]!.reply !== null).map(([name]) => name);
        expect(answered).toEqual([]);
        expect(markers.filter((marker) => mentions(after, marker))).toEqual([]);
        expect(recordOf(after), 'the stored order is untouched').toEqual(recordOf(withStored));
        const newKeys = Object.keys(after).filter((key) => !(key in withStored));
        expect(newKeys.filter((key) => !mentions({ [key]: after[key] }, barrier))).toEqual([]);
      } finally {
        await driver.replaceStorage(before);
      }
      expect(await driver.readStorage()).toEqual(before);
    });
  });
}
