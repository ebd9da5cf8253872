import type { Explanation } from '../knowledge/explain';
import { EXPLANATION_LANGUAGES, type LanguagePack, type Severity } from '../knowledge/types';
import { h } from '../shared/dom';
import { icon, type BadgeKind } from '../shared/icons';
import type { Settings } from '../storage/schema';
import type { AdviceCard, EventItem, ListItem, NumberItem, PackageView, ShipmentView, StageItem } from './view-model';

// The popup's views: each turns part of the view model into DOM (text only, through h()).

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ViewContext {
  t: Translate;
  pack: LanguagePack;
  /** Formats an ISO date or date-time for the shopper. */
  date: (iso: string) => string;
}

const SEVERITY_ICON: Record<Severity, BadgeKind> = { info: 'info', wait: 'wait', watch: 'watch', act: 'act' };

function severityChip(severity: Severity | null, label: string): HTMLElement {
  const kind: BadgeKind = severity ? SEVERITY_ICON[severity] : 'unknown';
  return h('span', { className: `chip ${kind}` }, [icon(kind), label]);
}

function button(label: string, onClick: () => void, className = 'button', attrs: Record<string, string> = {}): HTMLButtonElement {
  const element = h('button', { className, text: label, attrs: { type: 'button', ...attrs } });
  element.addEventListener('click', onClick);
  return element;
}

function linkButton(name: Parameters<typeof icon>[0], label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const element = h('button', { className: 'link-button', attrs: { type: 'button', ...attrs } }, [icon(name), label]);
  element.addEventListener('click', onClick);
  return element;
}

function iconButton(name: Parameters<typeof icon>[0], label: string, onClick: () => void, className = 'icon-button'): HTMLButtonElement {
  const element = h('button', { className, attrs: { type: 'button', 'aria-label': label, title: label } }, [icon(name)]);
  element.addEventListener('click', onClick);
  return element;
}

// ---- empty state, errors, notices ----

export function emptyView({ t }: ViewContext): HTMLElement {
  return h('section', { className: 'empty', attrs: { 'data-view': 'empty' } }, [
    h('h2', { className: 'empty__title', text: t('popupEmptyTitle') }),
    h('p', { className: 'empty__body', text: t('popupEmptyBody') }),
  ]);
}

export function notice(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { className: `notice notice--${kind}`, text, attrs: { role: kind === 'error' ? 'alert' : 'status' } });
}

// ---- the list of shipments ----

export function listView(items: readonly ListItem[], { t, date }: ViewContext, onOpen: (orderId: string) => void): HTMLElement {
  return h('section', { className: 'list', attrs: { 'data-view': 'list' } }, [
    h('h2', { className: 'section-title', text: t('listTitle') }),
    h(
      'ul',
      { className: 'list__items' },
      items.map((item) => {
        const open = h('button', { className: 'list__item', attrs: { type: 'button', 'data-order': item.orderId } }, [
          h('span', { className: 'list__top' }, [
            h('span', { className: 'list__order', text: t('popupOrder', item.orderId) }),
            item.attention ? severityChip(item.attention, t(item.attention === 'act' ? 'attentionAct' : 'attentionWatch')) : null,
          ]),
          item.hint ? h('span', { className: 'list__hint', text: item.hint }) : null,
          h('span', { className: 'list__meta' }, [
            h('span', { className: 'progress', attrs: { 'aria-hidden': 'true' } }, [h('span', { className: 'progress__bar', attrs: { style: `width:${item.progress * 10}%` } })]),
            h('span', { text: item.stageName ? `${item.stageName} · ${t('listStep', String(item.progress))}` : t('listNoStage') }),
          ]),
          h('span', { className: 'list__meta' }, [
            item.lastActivity ? t('listUpdated', date(item.lastActivity)) : '',
            item.packages > 1 ? ` · ${t('listPackages', String(item.packages))}` : '',
          ]),
        ]);
        open.addEventListener('click', () => onOpen(item.orderId));
        return h('li', {}, [open]);
      }),
    ),
  ]);
}

// ---- one shipment ----

function stageRow(stage: StageItem, context: ViewContext): HTMLElement {
  const { t, date } = context;
  const spent = stage.daysSpent;
  const usual = stage.usual;
  // The bar: time spent against the usual range (the range's end at 80% of the width).
  const scale = usual ? usual.maxDays / 0.8 : Math.max(spent ?? 0, 1);
  const width = spent === null ? 0 : Math.min(100, (spent / scale) * 100);
  const details: string[] = [];
  if (stage.state === 'upcoming') details.push(t('stageNotReached'));
  else {
    details.push(stage.enteredAt ? date(stage.enteredAt) : t('stageNoDate'));
    if (spent !== null) details.push(t('stageDays', String(Math.max(0, Math.round(spent)))));
    if (usual) details.push(t('stageUsual', [String(usual.minDays), String(usual.maxDays)]));
  }
  return h('li', { className: `stage stage--${stage.state}${stage.slow ? ' stage--slow' : ''}`, attrs: { 'data-stage': stage.stage, ...(stage.state === 'current' ? { 'aria-current': 'step' } : {}) } }, [
    h('span', { className: 'stage__dot', attrs: { 'aria-hidden': 'true' } }),
    h('span', { className: 'stage__body' }, [
      h('span', { className: 'stage__name', text: stage.name }),
      h('span', { className: 'stage__details', text: details.join(' · ') }),
      stage.state !== 'upcoming' && usual && spent !== null
        ? h('span', { className: 'range', attrs: { 'aria-hidden': 'true' } }, [
            h('span', { className: 'range__usual', attrs: { style: `inset-inline-start:${(usual.minDays / scale) * 100}%;width:${((usual.maxDays - usual.minDays) / scale) * 100}%` } }),
            h('span', { className: 'range__spent', attrs: { style: `width:${width}%` } }),
          ])
        : null,
      stage.slow ? h('span', { className: 'stage__slow', text: t('stageSlow') }) : null,
    ]),
  ]);
}

function adviceCard(advice: AdviceCard, context: ViewContext): HTMLElement {
  const { t, date } = context;
  return h('section', { className: `advice advice--${advice.severity}`, attrs: { 'data-view': 'advice' } }, [
    h('div', { className: 'advice__head' }, [severityChip(advice.severity, advice.severityLabel), h('h3', { className: 'advice__title', text: advice.title })]),
    h('h4', { text: t('adviceHappening') }),
    h('p', { text: advice.happening }),
    advice.action ? h('h4', { text: t('adviceToDo') }) : h('h4', { text: t('adviceNext') }),
    h('p', { text: advice.action ?? advice.next }),
    h('p', { className: 'muted', text: advice.worry }),
    advice.worryFrom ? h('p', { className: 'advice__worry', text: t('adviceWorryFrom', date(advice.worryFrom)) }) : null,
    advice.contacts.length
      ? h('div', { className: 'advice__contacts' }, [h('h4', { text: t('adviceContacts') }), h('ul', {}, advice.contacts.map((contact) => h('li', { text: contact })))])
      : null,
    advice.regionNotes.length
      ? h('div', { className: 'advice__notes' }, [h('h4', { text: context.pack.ui.regionNotes }), ...advice.regionNotes.map((note) => h('p', { text: note }))])
      : null,
  ]);
}

function explanationDetails(explanation: Explanation, pack: LanguagePack): HTMLElement {
  const ui = pack.ui;
  const part = (title: string, text: string | null) => (text ? [h('h5', { text: title }), h('p', { text })] : []);
  return h('div', { className: 'event__more' }, [
    ...part(ui.meaning, explanation.meaning),
    ...part(ui.next, `${explanation.next} ${explanation.usualWait}`),
    ...part(ui.worry, explanation.worry),
    ...part(ui.action, explanation.action),
  ]);
}

function eventRow(event: EventItem, context: ViewContext): HTMLElement {
  const { t, date, pack } = context;
  const head = h('span', { className: 'event__head' }, [
    h('span', { className: `event__dot ${event.severity ?? 'unknown'}`, attrs: { 'aria-hidden': 'true' } }),
    h('span', { className: 'event__title', text: event.title ?? t('historyUnknown') }),
    event.time ? h('time', { className: 'event__time', text: date(event.time), attrs: { datetime: event.time } }) : null,
  ]);
  const quote = h('span', { className: 'event__text' }, [h('bdi', { text: event.pageText })]);
  if (!event.explanation) return h('li', { className: 'event' }, [h('div', { className: 'event__summary' }, [head, quote])]);
  return h('li', { className: 'event' }, [
    h('details', {}, [h('summary', { className: 'event__summary' }, [head, quote]), explanationDetails(event.explanation, pack)]),
  ]);
}

function numberRow(number: NumberItem, context: ViewContext, onCopy: (text: string, done: string) => void): HTMLElement {
  const { t } = context;
  return h('li', { className: 'number' }, [
    h('span', { className: 'number__label', text: `${number.label === 'tracking' ? t('numberTracking') : t('numberLastMile')}${number.carrier ? ` · ${number.carrier}` : ''}` }),
    h('span', { className: 'number__row' }, [
      h('code', { className: 'number__value', text: number.number }),
      iconButton('copy', t('copyNumber', number.number), () => onCopy(number.number, t('copied')), 'icon-button copy'),
      number.url
        ? h('a', { className: 'number__link', attrs: { href: number.url, target: '_blank', rel: 'noopener noreferrer' } }, [
            t('trackOn', number.carrier ?? ''),
            icon('external'),
          ])
        : null,
    ]),
  ]);
}

function facts(pkg: PackageView, context: ViewContext): HTMLElement {
  const { t } = context;
  const items: string[] = [];
  // Counts below 2 are said in words or as a date: the UI strings have no singular forms.
  if (pkg.daysSinceOrdered !== null) {
    items.push(pkg.daysSinceOrdered >= 2 || !pkg.firstEventAt ? t('daysSinceOrdered', String(pkg.daysSinceOrdered)) : t('trackedSince', context.date(pkg.firstEventAt)));
  }
  const update = pkg.daysSinceUpdate;
  if (update !== null) items.push(update === 0 ? t('updatedToday') : update === 1 ? t('updatedYesterday') : t('daysSinceUpdate', String(update)));
  return h('div', { className: 'facts' }, [
    h('p', { className: 'facts__line', text: items.join(' · ') }),
    // The page's own ETA line, which carries its own label ("Estimated delivery: Nov 27 - Dec 3").
    pkg.etaText ? h('p', { className: 'facts__line', attrs: { title: t('eta') } }, [h('bdi', { text: pkg.etaText })]) : null,
  ]);
}

/** Events shown before "Show all": the newest, which tell the story; the rest on request. */
const HISTORY_PREVIEW = 12;

function historySection(pkg: PackageView, context: ViewContext): HTMLElement {
  const { t } = context;
  const section = h('section', { className: 'history' }, [h('h3', { className: 'section-title', text: t('historyTitle') })]);
  const total = pkg.groups.reduce((sum, group) => sum + group.events.length, 0);
  const render = (limit: number) => {
    let left = limit;
    const groups: HTMLElement[] = [];
    for (const group of pkg.groups) {
      if (left <= 0) break;
      const events = group.events.slice(0, left);
      left -= events.length;
      groups.push(h('div', { className: 'group' }, [h('h4', { className: 'group__stage', text: group.name }), h('ol', { className: 'events' }, events.map((event) => eventRow(event, context)))]));
    }
    return groups;
  };
  section.append(...render(HISTORY_PREVIEW));
  if (total > HISTORY_PREVIEW) {
    const more = button(t('historyShowAll', String(total)), () => {
      more.remove();
      section.replaceChildren(section.firstChild!, ...render(total));
    }, 'button', { 'data-action': 'show-all-events' });
    section.append(more);
  }
  return section;
}

export interface ShipmentHandlers {
  selectPackage: (index: number) => void;
  copy: (text: string, done: string) => void;
  copySummary: () => void;
  back: (() => void) | null;
}

export function shipmentView(view: ShipmentView, selected: number, context: ViewContext, handlers: ShipmentHandlers): HTMLElement {
  const { t } = context;
  const pkg = view.packages[Math.min(selected, view.packages.length - 1)]!;
  const tabs =
    view.packages.length > 1
      ? h(
          'div',
          { className: 'tabs', attrs: { role: 'tablist', 'aria-label': t('packagesLabel') } },
          view.packages.map((item) => {
            const tab = button(t('packageTab', String(item.index + 1)), () => handlers.selectPackage(item.index), 'tab', {
              role: 'tab',
              'aria-selected': String(item.index === pkg.index),
              tabindex: item.index === pkg.index ? '0' : '-1',
              'data-package': String(item.index),
            });
            tab.addEventListener('keydown', (event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step) handlers.selectPackage((item.index + step + view.packages.length) % view.packages.length);
            });
            return tab;
          }),
        )
      : null;
  const current = pkg.sideStage?.name ?? pkg.currentStageName;
  return h('section', { className: 'shipment', attrs: { 'data-view': 'shipment', 'data-order': view.orderId } }, [
    handlers.back ? h('p', {}, [linkButton('back', t('backToList'), handlers.back, { 'data-action': 'back' })]) : null,
    h('h2', { className: 'order', text: t('popupOrder', view.orderId) }),
    tabs,
    h('div', { className: 'where', attrs: { role: tabs ? 'tabpanel' : 'region', 'aria-label': t('whereNow') } }, [
      h('p', { className: 'where__label', text: t('whereNow') }),
      h('p', { className: 'where__stage', text: current ?? t('listNoStage') }),
      pkg.sideStage ? null : h('p', { className: 'where__step', text: t('stepOf', String(pkg.progress)) }),
      facts(pkg, context),
      pkg.stalled ? h('p', { className: 'stalled', text: t('stalled'), attrs: { role: 'note' } }, []) : null,
    ]),
    pkg.advice ? adviceCard(pkg.advice, context) : null,
    h('section', { className: 'journey' }, [h('h3', { className: 'section-title', text: t('journeyTitle') }), h('ol', { className: 'stages' }, pkg.stages.map((stage) => stageRow(stage, context)))]),
    pkg.numbers.length || pkg.localCarrier
      ? h('section', { className: 'numbers' }, [
          h('h3', { className: 'section-title', text: t('numbersTitle') }),
          pkg.localCarrier ? h('p', { className: 'muted', text: `${t('localCarrier')}: ${pkg.localCarrier.name}` }) : null,
          h('ul', {}, pkg.numbers.map((number) => numberRow(number, context, handlers.copy))),
        ])
      : null,
    historySection(pkg, context),
    h('div', { className: 'actions' }, [button(t('copySummary'), handlers.copySummary, 'button button--primary', { 'data-action': 'copy-summary' })]),
  ]);
}

// ---- settings ----

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch', pt: 'Português', ru: 'Русский', it: 'Italiano', pl: 'Polski',
};
const KEEP_OPTIONS = [30, 90, 365, 0];

export interface SettingsHandlers {
  change: (settings: Settings) => void;
  forget: (() => void) | null;
  deleteAll: () => void;
  close: () => void;
}

export function settingsView(settings: Settings, { t }: ViewContext, handlers: SettingsHandlers): HTMLElement {
  const language = h('select', { attrs: { id: 'setting-language' } }, [
    h('option', { text: t('settingsLanguageAuto'), attrs: { value: 'auto' } }),
    ...EXPLANATION_LANGUAGES.map((lang) => h('option', { text: LANGUAGE_NAMES[lang] ?? lang, attrs: { value: lang, lang } })),
  ]);
  language.value = settings.language;
  const keep = h(
    'select',
    { attrs: { id: 'setting-keep' } },
    KEEP_OPTIONS.map((days) => h('option', { text: days === 0 ? t('keepForever') : days === 365 ? t('keepYear') : t('keepDays', String(days)), attrs: { value: String(days) } })),
  );
  keep.value = String(settings.keepDeliveredDays);
  // Both fields are read on every change, so two quick changes never undo each other.
  const changed = () => handlers.change({ ...settings, language: language.value as Settings['language'], keepDeliveredDays: Number(keep.value) });
  language.addEventListener('change', changed);
  keep.addEventListener('change', changed);
  return h('section', { className: 'settings', attrs: { 'data-view': 'settings' } }, [
    h('p', {}, [linkButton('back', t('settingsClose'), handlers.close, { 'data-action': 'close-settings' })]),
    h('h2', { className: 'section-title', text: t('settingsTitle') }),
    h('div', { className: 'field' }, [h('label', { text: t('settingsLanguage'), attrs: { for: 'setting-language' } }), language, h('p', { className: 'muted', text: t('settingsLanguageHelp') })]),
    h('div', { className: 'field' }, [h('label', { text: t('settingsKeep'), attrs: { for: 'setting-keep' } }), keep]),
    h('div', { className: 'field danger' }, [
      handlers.forget ? button(t('settingsForget'), handlers.forget, 'button', { 'data-action': 'forget' }) : null,
      button(t('settingsDeleteAll'), handlers.deleteAll, 'button button--danger', { 'data-action': 'delete-all' }),
      h('p', { className: 'muted', text: t('settingsDeleteHelp') }),
    ]),
  ]);
}

/** A confirmation as a modal dialog; resolves true when confirmed. */
export function confirmDialog(message: string, confirmLabel: string, { t }: ViewContext): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = h('dialog', { className: 'confirm', attrs: { 'aria-label': message } }, [
      h('p', { text: message }),
      h('div', { className: 'confirm__buttons' }, [
        button(t('cancel'), () => dialog.close('cancel'), 'button', { 'data-action': 'cancel', autofocus: '' }),
        button(confirmLabel, () => dialog.close('confirm'), 'button button--danger', { 'data-action': 'confirm' }),
      ]),
    ]);
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
