import { prefetched, type Prefetched } from './boot';
import { loadLanguagePack, loadRegionNoteTexts, pickLanguage } from '../knowledge/language-packs';
import type { LanguagePack, RegionNoteTexts } from '../knowledge/types';
import { h } from '../shared/dom';
import { icon } from '../shared/icons';
import { shopperCountry } from '../shared/locale';
import { logger } from '../shared/logger';
import { deleteEverything, forgetShipment, parseStored, saveSettings, type StoredData } from '../storage/popup-store';
import type { Settings } from '../storage/schema';
import { localizeDocument, t } from './i18n';
import { listItems, shipmentView as buildShipmentView, summaryText } from './view-model';
import { confirmDialog, emptyView, listView, notice, settingsView, shipmentView, type ViewContext } from './views';

// The popup. On an AliExpress order or tracking tab it shows that order; elsewhere the list of
// tracked shipments (or how to start). ./boot, its entry, has already asked for the data.

type Screen = { name: 'list' } | { name: 'shipment'; orderId: string; selected: number } | { name: 'settings'; previous: Screen };

interface State {
  data: StoredData;
  pack: LanguagePack;
  regionTexts: RegionNoteTexts;
  pageOrderId: string | null;
  screen: Screen;
  message: { text: string; kind: 'info' | 'error' } | null;
}

const { uiLanguage } = prefetched;
const now = new Date();
const country = shopperCountry(uiLanguage, '');

function languageOf(settings: Settings) {
  return pickLanguage([settings.language === 'auto' ? null : settings.language, uiLanguage]);
}

// Building a date format is costly (a list of 300 orders shows 600 dates): two, made once.
let dayMonth: Intl.DateTimeFormat | undefined;
let dayMonthYear: Intl.DateTimeFormat | undefined;

function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (date.getFullYear() === now.getFullYear()) return (dayMonth ??= new Intl.DateTimeFormat(uiLanguage, { day: 'numeric', month: 'short' })).format(date);
  return (dayMonthYear ??= new Intl.DateTimeFormat(uiLanguage, { day: 'numeric', month: 'short', year: 'numeric' })).format(date);
}

class Popup {
  private state!: State;
  private readonly app = document.getElementById('app')!;
  private readonly settingsButton: HTMLButtonElement;

  constructor() {
    this.settingsButton = h('button', { className: 'icon-button', attrs: { type: 'button', 'aria-label': t('settingsOpen'), title: t('settingsOpen'), 'data-action': 'settings' } }, [icon('settings')]);
    this.settingsButton.addEventListener('click', () => this.openSettings());
    document.querySelector('.bar')?.append(this.settingsButton);
  }

  private context(): ViewContext {
    return { t, pack: this.state.pack, date: formatDate };
  }

  async start({ stored, pageState, likely, likelyTexts }: Prefetched): Promise<void> {
    localizeDocument();
    let data: StoredData;
    try {
      data = parseStored(await stored);
    } catch (error) {
      logger.errorOnce('popup-read', error);
      this.app.replaceChildren(notice(t('readError'), 'error'));
      this.ready();
      return;
    }
    const language = languageOf(data.settings);
    const texts = language === likely ? likelyTexts : Promise.all([loadLanguagePack(language), loadRegionNoteTexts(language)]);
    const [[pack, regionTexts], page] = await Promise.all([texts, pageState]);
    performance.mark('tracklight:popup-data');
    const pageOrderId = page?.orderId ?? null;
    const onPage = pageOrderId ? data.shipments.find((shipment) => shipment.orderId === pageOrderId) : undefined;
    this.state = {
      data,
      pack,
      regionTexts,
      pageOrderId,
      screen: onPage ? { name: 'shipment', orderId: onPage.orderId, selected: 0 } : { name: 'list' },
      message: pageOrderId && !onPage ? { text: t('noOrderYet'), kind: 'info' } : data.unreadable.length ? { text: t('unreadableRecords', String(data.unreadable.length)), kind: 'error' } : null,
    };
    this.render();
    this.ready();
  }

  private ready(): void {
    document.body.dataset.ready = 'true';
    // The benchmark's popup figures: navigation start to the first frame with the view painted.
    requestAnimationFrame(() => performance.mark('tracklight:popup-painted'));
  }

  private show(screen: Screen, message: State['message'] = null): void {
    this.state.screen = screen;
    this.state.message = message;
    this.render();
  }

  private render(): void {
    const { data, screen, message } = this.state;
    const context = this.context();
    const children: (HTMLElement | null)[] = [message ? notice(message.text, message.kind) : null];
    if (screen.name === 'settings') {
      const orderId = screen.previous.name === 'shipment' ? screen.previous.orderId : null;
      children.push(
        settingsView(data.settings, context, {
          change: (settings) => void this.changeSettings(settings),
          forget: orderId ? () => void this.forget(orderId) : null,
          deleteAll: () => void this.deleteAll(),
          close: () => this.show(screen.previous),
        }),
      );
    } else if (screen.name === 'shipment') {
      const shipment = data.shipments.find((item) => item.orderId === screen.orderId);
      if (!shipment) return this.show({ name: 'list' });
      const view = buildShipmentView(shipment, this.state.pack, country, now, this.state.regionTexts);
      children.push(
        shipmentView(view, screen.selected, context, {
          selectPackage: (index) => {
            this.show({ ...screen, selected: index });
            this.app.querySelector<HTMLElement>(`[data-package="${index}"]`)?.focus();
          },
          copy: (text, done) => void this.copy(text, done),
          copySummary: () => void this.copy(summaryText(view, this.summaryLabels(), now), t('summaryCopied')),
          back: data.shipments.length > 1 || shipment.orderId !== this.state.pageOrderId ? () => this.show({ name: 'list' }) : null,
        }),
      );
    } else if (data.shipments.length) {
      children.push(listView(listItems(data.shipments, this.state.pack, now), context, (orderId) => this.show({ name: 'shipment', orderId, selected: 0 })));
    } else {
      children.push(emptyView(context));
    }
    this.app.replaceChildren(...children.filter((child): child is HTMLElement => child !== null));
    this.settingsButton.hidden = screen.name === 'settings';
  }

  private summaryLabels() {
    return {
      order: t('summaryOrder'),
      package: t('summaryPackage', ['{n}', '{total}']),
      trackingNumber: t('numberTracking'),
      lastMileNumber: t('numberLastMile'),
      status: t('summaryStatus'),
      eta: t('summaryEta'),
      history: t('summaryHistory'),
      generated: t('summaryGenerated'),
    };
  }

  private openSettings(): void {
    if (this.state.screen.name !== 'settings') this.show({ name: 'settings', previous: this.state.screen });
    this.app.querySelector<HTMLElement>('select')?.focus();
  }

  private async changeSettings(settings: Settings): Promise<void> {
    const languageChanged = settings.language !== this.state.data.settings.language;
    await saveSettings(settings);
    this.state.data.settings = settings;
    if (languageChanged) {
      const language = languageOf(settings);
      [this.state.pack, this.state.regionTexts] = await Promise.all([loadLanguagePack(language), loadRegionNoteTexts(language)]);
    }
    this.show(this.state.screen, { text: t('saved'), kind: 'info' });
  }

  private async forget(orderId: string): Promise<void> {
    if (!(await confirmDialog(t('confirmForget', orderId), t('confirmDelete'), this.context()))) return;
    await forgetShipment(orderId);
    this.state.data.shipments = this.state.data.shipments.filter((shipment) => shipment.orderId !== orderId);
    this.show({ name: 'list' }, { text: t('forgotten'), kind: 'info' });
  }

  private async deleteAll(): Promise<void> {
    if (!(await confirmDialog(t('confirmDeleteAll'), t('confirmDelete'), this.context()))) return;
    await deleteEverything();
    this.state.data = { shipments: [], settings: this.state.data.settings, unreadable: [] };
    this.show({ name: 'list' }, { text: t('deletedAll'), kind: 'info' });
  }

  private async copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.flash(done);
    } catch (error) {
      logger.errorOnce('clipboard', error);
    }
  }

  /** A short confirmation, announced to screen readers, that does not move the layout. */
  private flash(text: string): void {
    document.querySelector('.toast')?.remove();
    const toast = h('p', { className: 'toast', text, attrs: { role: 'status' } });
    document.body.append(toast);
    setTimeout(() => toast.remove(), 2500);
  }
}

new Popup().start(prefetched).catch((error: unknown) => {
  logger.errorOnce('popup', error);
  document.getElementById('app')?.replaceChildren(notice(t('readError'), 'error'));
  document.body.dataset.ready = 'true';
});
