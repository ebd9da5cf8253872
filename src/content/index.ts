import './start-mark';
import { fillSlots } from '../knowledge/fill-slots';
import { contained, logger } from '../shared/logger';
import { isContentRequest, type PageKind, type PageState } from '../shared/messages';
import type { PageShipment } from '../shared/shipment';
import { SETTINGS_KEY } from '../storage/keys';
import { Annotator, removeAllAnnotations } from './annotate/annotator';
import type { BadgeContent } from './annotate/badge';
import { classifyOnPage, ensureAllLexicons, ensureLexicons, hasLexicon, initialLexicons, STATUS_CORE } from './classifier';
import { extensionAlive, onMessage, readLocal, sendMessage, uiLanguage } from './extension-api';
import { chooseLanguage, Explanations, shopperCountry } from './explanations';
import { PageObserver, type ChangeBatch } from './observer';
import { ADAPTERS, identifyPage, loadFallbackAdapter } from './pages/index';
import type { PageAdapter, StatusEntry } from './pages/types';

// The content script on AliExpress order and tracking pages: finds every status entry, marks
// and explains it, and sends the shipment it shows to the background for the popup. Its
// performance marks (`tracklight:*`, the first in ./start-mark) are what the benchmark reads;
// they carry no page data.

/** Longest run of work before yielding to the page. */
const SLICE_MS = 8;
/** How long the page must stay quiet before its shipment is read and sent. */
const EXTRACT_DELAY_MS = 400;

/** Runs `work` inside a performance measure (the benchmark's longest-block figure reads them). */
function measured<T>(name: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start: started, end: performance.now() });
  }
}

class ContentScript {
  private kind: PageKind;
  /** The adapter of the page kind. */
  private adapter: PageAdapter;
  /** Finds statuses by their text, when the adapter's selectors find none. */
  private fallback: PageAdapter | null = null;
  private usingFallback = false;
  private readonly observer = new PageObserver(document, (batch) => this.onBatch(batch));
  private readonly annotator: Annotator;
  private explanations: Explanations | null = null;
  private readonly ready: Promise<Explanations>;
  private queue: StatusEntry[] = [];
  private draining = false;
  private extractTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSent = '';
  private stopped = false;
  private allLexicons = false;

  constructor(kind: PageKind) {
    this.kind = kind;
    this.adapter = ADAPTERS[kind];
    this.ready = this.loadSettings().then((language) => {
      const browserLanguage = uiLanguage();
      this.explanations = new Explanations(
        chooseLanguage({ setting: language, uiLanguage: browserLanguage, pageLanguage: document.documentElement.lang }),
        shopperCountry(browserLanguage, location.hostname),
      );
      return this.explanations;
    });
    this.annotator = new Annotator({
      contentFor: (status) => this.contentFor(status),
      labelFor: (status) => this.labelFor(status),
    });
  }

  private async loadSettings(): Promise<string> {
    try {
      const stored = (await readLocal(SETTINGS_KEY)) as { language?: unknown } | undefined;
      return typeof stored?.language === 'string' ? stored.language : 'auto';
    } catch (error) {
      logger.errorOnce('settings', error);
      return 'auto';
    }
  }

  private async contentFor(status: string | null): Promise<BadgeContent | null> {
    const explanations = await this.ready;
    const pack = await explanations.loadPack();
    return { pack, explanation: status ? await explanations.explain(status) : null };
  }

  private labelFor(status: string | null): string | null {
    const pack = this.explanations?.pack;
    if (!pack) return null;
    const record = status ? STATUS_CORE.get(status) : undefined;
    const title = record ? `${pack.statuses[record.id]?.title ?? record.id} (${pack.phrases.severity[record.severity]})` : pack.ui.unknownTitle;
    return fillSlots(pack.ui.badgeLabel, { title });
  }

  async start(): Promise<void> {
    // A Tracklight that ran here before an update leaves badges its successor must not double.
    removeAllAnnotations(document);
    onMessage((message) => (isContentRequest(message) ? contained('page-state', () => this.pageState(), null) : undefined));
    this.observer.start();
    // English is bundled: an English page is scanned at once; another language's lexicon loads first.
    const pageLanguage = document.documentElement.lang || location.hostname.split('.')[0] || 'en';
    const lexicons = initialLexicons(pageLanguage);
    if (lexicons.some((lang) => !hasLexicon(lang))) await ensureLexicons(lexicons);
    this.onBatch({ roots: [], full: true });
    void this.ready
      .then((explanations) => explanations.loadPack())
      .then(() => measured('tracklight:relabel', () => this.annotator.relabel()))
      .catch((error: unknown) => logger.errorOnce('language-pack', error));
  }

  private useAdapterFor(kind: PageKind): void {
    this.kind = kind;
    this.adapter = ADAPTERS[kind];
    this.usingFallback = false;
    this.fallback = null;
  }

  private stop(): void {
    this.stopped = true;
    this.observer.stop();
    clearTimeout(this.extractTimer);
    this.queue = [];
  }

  private pageState(): PageState {
    return { type: 'tracklight:page-state', url: location.href, ...identifyPage(location.href)! };
  }

  private onBatch(batch: ChangeBatch): void {
    if (this.stopped) return;
    if (!extensionAlive()) {
      this.stop();
      return;
    }
    // Single-page navigation: the same tab may now show another kind of page.
    const identity = identifyPage(location.href);
    if (identity && identity.pageKind !== this.kind) {
      this.useAdapterFor(identity.pageKind);
      batch = { roots: [], full: true };
    }
    const adapter = this.usingFallback ? this.fallback : this.adapter;
    if (!adapter) return; // the fallback is still loading; a full scan follows
    const started = performance.now();
    const entries = batch.full ? this.findAll() : batch.roots.flatMap((root) => contained('find-entries', () => adapter.findEntries(root), []));
    performance.measure('tracklight:scan', { start: started, end: performance.now() });
    if (entries.length) {
      this.queue.push(...entries);
      this.drain();
    }
    this.scheduleExtraction();
  }

  /** Every entry of the page: by the adapter's selectors, else by what the texts say. */
  private findAll(): StatusEntry[] {
    const adapter = this.adapter;
    const byKnown = contained('find-entries', () => adapter.findEntries(document), []);
    if (byKnown.length || !document.body) {
      this.usingFallback = false;
      return byKnown;
    }
    if (!this.fallback) {
      void loadFallbackAdapter(this.kind)
        .then((fallback) => {
          this.fallback = fallback;
          this.observer.requestFullScan();
        })
        .catch((error: unknown) => logger.errorOnce('fallback', error));
      return [];
    }
    const fallback = this.fallback;
    const byText = contained('fallback', () => fallback.findEntries(document.body), []);
    if (byText.length && !this.usingFallback) logger.info('page markup not recognised; finding statuses by their text');
    this.usingFallback = byText.length > 0;
    return byText;
  }

  /** Annotates the queue in slices, yielding to the page between them. */
  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    const slice = () => {
      if (this.stopped) return;
      const started = performance.now();
      let annotated = 0;
      while (this.queue.length && performance.now() - started < SLICE_MS) {
        annotated += contained('annotate', () => this.annotator.annotate(this.queue.splice(0, 200)), 0);
      }
      performance.measure('tracklight:batch', { start: started, end: performance.now() });
      if (annotated) performance.mark('tracklight:annotated', { detail: { count: annotated } });
      if (this.queue.length) {
        setTimeout(slice, 0);
        return;
      }
      this.draining = false;
      if (this.annotator.unknownCount() && !this.allLexicons) void this.retryUnknown();
    };
    slice();
  }

  /** Texts the first lexicons did not know may be in another language: load them all, look again. */
  private async retryUnknown(): Promise<void> {
    this.allLexicons = true;
    await ensureAllLexicons();
    this.annotator.forgetUnknown();
    this.observer.requestFullScan();
  }

  private scheduleExtraction(): void {
    clearTimeout(this.extractTimer);
    this.extractTimer = setTimeout(() => void this.extractAndSend(), EXTRACT_DELAY_MS);
  }

  private async extractAndSend(): Promise<void> {
    const adapter = this.usingFallback ? this.fallback : this.adapter;
    if (this.stopped || !adapter || !extensionAlive()) return;
    const identity = identifyPage(location.href);
    const shipments: PageShipment[] = measured('tracklight:extract', () =>
      contained('extract', () => adapter.extract(document, identity?.orderId ?? null), []),
    );
    if (!shipments.length) return;
    const payload = measured('tracklight:extract', () => {
      // The statuses the badges show, so the popup tells the same story as the page.
      for (const pkg of shipments.flatMap((shipment) => shipment.packages)) {
        for (const event of pkg.events) event.status = classifyOnPage(event.text)?.status ?? null;
      }
      return JSON.stringify(shipments);
    });
    if (payload === this.lastSent) return;
    this.lastSent = payload;
    try {
      await sendMessage({ type: 'tracklight:shipments', shipments });
    } catch (error) {
      logger.errorOnce('send-shipment', error);
    }
  }
}

try {
  const identity = identifyPage(location.href);
  if (identity) new ContentScript(identity.pageKind).start().catch((error: unknown) => logger.errorOnce('content-start', error));
} catch (error) {
  logger.errorOnce('content-start', error);
}
performance.mark('tracklight:ready');
