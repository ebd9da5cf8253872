import type { Explanation } from '../../knowledge/explain';
import type { LanguagePack } from '../../knowledge/types';
import { h } from '../../shared/dom';
import { logger } from '../../shared/logger';
import { icon, type BadgeKind } from '../../shared/icons';
import { BADGE_CSS } from './styles';

// The badge after a status text. It opens its tooltip on hover, keyboard focus or tap; the
// tooltip's code loads on first use. Everything lives in the badge's own shadow root (one
// `tracklight-badge` element per annotation); every text goes in as text, never as markup.

export const BADGE_TAG = 'tracklight-badge';
export type { BadgeKind };

/** What the tooltip shows; supplied once the language module has loaded. */
export interface BadgeContent {
  pack: LanguagePack;
  /** Null for a text Tracklight does not recognise. */
  explanation: Explanation | null;
}

export interface BadgeOptions {
  kind: BadgeKind;
  /** The page's own text for the status, quoted in the tooltip. */
  pageText: string;
  /** Resolves what to show when the tooltip opens (loads the language module on first use). */
  content: () => Promise<BadgeContent | null>;
  /** The accessible name, when already known (else set later with setBadgeLabel). */
  label?: string;
}

/** An open tooltip, as the lazily loaded tooltip module hands it back. */
export interface OpenTip {
  element: HTMLElement;
  close(): void;
}

type OpenedBy = 'hover' | 'focus' | 'click';

let openBadge: BadgeController | null = null;
let tooltipModule: Promise<typeof import('./tooltip')> | null = null;

// Escape closes the open tooltip wherever focus is (a tooltip opened by hover has none).
function onEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || !openBadge) return;
  event.stopPropagation();
  openBadge.close();
}

class BadgeController {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly button: HTMLButtonElement;
  private tip: OpenTip | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private openedBy: OpenedBy | null = null;

  constructor(
    private readonly options: BadgeOptions,
    doc: Document,
  ) {
    this.host = doc.createElement(BADGE_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });
    this.button = h('button', { className: `badge ${options.kind}`, attrs: { type: 'button', 'aria-expanded': 'false' } }, [icon(options.kind, doc)], doc);
    if (options.label) this.button.setAttribute('aria-label', options.label);
    this.root.append(h('style', { text: BADGE_CSS }, [], doc), this.button);
    this.listen();
  }

  private listen(): void {
    // The badge may sit inside a page link (the order detail's logistics line): its clicks are
    // Tracklight's, never the page's.
    this.host.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (!this.button.contains(event.composedPath()[0] as Node)) return;
      if (this.tip && this.openedBy !== 'hover') this.close();
      else void this.open('click');
    });
    this.host.addEventListener('mouseenter', () => {
      clearTimeout(this.hoverTimer);
      if (!this.tip) this.hoverTimer = setTimeout(() => void this.open('hover'), 120);
    });
    this.host.addEventListener('mouseleave', () => {
      clearTimeout(this.hoverTimer);
      if (this.openedBy === 'hover') this.hoverTimer = setTimeout(() => this.close(), 250);
    });
    this.button.addEventListener('focus', () => void this.open('focus'));
    this.host.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if ((!next || !this.host.contains(next)) && this.openedBy === 'focus') this.close();
    });
    this.root.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Escape' || !this.tip) return;
      event.stopPropagation();
      this.close();
      this.button.focus({ preventScroll: true });
    });
  }

  setLabel(label: string): void {
    this.button.setAttribute('aria-label', label);
  }

  async open(by: OpenedBy): Promise<void> {
    if (this.tip || (this.openedBy && this.openedBy !== 'hover')) {
      if (by !== 'hover') this.openedBy = by;
      return;
    }
    if (openBadge && openBadge !== this) openBadge.close();
    openBadge = this;
    this.openedBy = by;
    try {
      const [content, tooltip] = await Promise.all([this.options.content(), (tooltipModule ??= import('./tooltip'))]);
      if (!content || openBadge !== this || this.openedBy === null || this.tip) return;
      this.tip = tooltip.openTooltip({
        root: this.root,
        anchor: this.button,
        kind: this.options.kind,
        pageText: this.options.pageText,
        content,
        onClose: () => {
          this.close();
          this.button.focus({ preventScroll: true });
        },
      });
      this.button.setAttribute('aria-expanded', 'true');
      this.button.setAttribute('aria-describedby', this.tip.element.id);
      this.host.ownerDocument.addEventListener('keydown', onEscape, true);
    } catch (error) {
      logger.errorOnce('tooltip', error);
      if (openBadge === this) this.close();
    }
  }

  close(): void {
    clearTimeout(this.hoverTimer);
    if (this.tip) this.host.ownerDocument.removeEventListener('keydown', onEscape, true);
    this.tip?.close();
    this.tip = null;
    this.openedBy = null;
    this.button.setAttribute('aria-expanded', 'false');
    this.button.removeAttribute('aria-describedby');
    if (openBadge === this) openBadge = null;
  }
}

const controllers = new WeakMap<HTMLElement, BadgeController>();

/** A new badge element (not yet in the page). */
export function createBadge(options: BadgeOptions, doc: Document = document): HTMLElement {
  const controller = new BadgeController(options, doc);
  controllers.set(controller.host, controller);
  return controller.host;
}

export function setBadgeLabel(badge: HTMLElement, label: string): void {
  controllers.get(badge)?.setLabel(label);
}

export function closeBadge(badge: HTMLElement): void {
  controllers.get(badge)?.close();
}
