import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h } from '../../shared/dom';
import { logger } from '../../shared/logger';
import type { BadgeContent, OpenTip } from './badge';
import { icon, type BadgeKind } from '../../shared/icons';
import { TOOLTIP_CSS } from './styles';

// The tooltip: loaded the first time a badge opens, built from the explanation with DOM APIs
// only, placed by Floating UI so it stays inside the viewport, and kept in place while the
// page scrolls.

let tipCounter = 0;

export interface TooltipOptions {
  root: ShadowRoot;
  anchor: HTMLElement;
  kind: BadgeKind;
  pageText: string;
  content: BadgeContent;
  onClose: () => void;
}

function build({ root, kind, pageText, content, onClose }: TooltipOptions): HTMLElement {
  const doc = root.ownerDocument ?? document;
  const { pack, explanation } = content;
  const ui = pack.ui;
  const closeButton = h('button', { className: 'close', attrs: { type: 'button', 'aria-label': ui.close } }, [icon('close', doc)], doc);
  closeButton.addEventListener('click', (event) => {
    event.stopPropagation();
    onClose();
  });
  const section = (title: string, children: Node[]) => h('section', {}, [h('h3', { text: title }, [], doc), ...children], doc);
  const paragraph = (text: string, className?: string) => h('p', { text, className }, [], doc);
  const body: (Node | null)[] = explanation
    ? [
        paragraph(explanation.step, 'step'),
        section(ui.meaning, [paragraph(explanation.meaning)]),
        section(ui.next, [paragraph(explanation.next), paragraph(explanation.usualWait, 'wait-line')]),
        section(ui.worry, [paragraph(explanation.worry)]),
        explanation.action ? section(ui.action, [paragraph(explanation.action)]) : null,
        explanation.contacts.length
          ? section(ui.contacts, [h('ul', {}, explanation.contacts.map((contact) => h('li', { text: contact }, [], doc)), doc)])
          : null,
        explanation.regionNotes.length
          ? section(ui.regionNotes, [h('div', { className: 'notes' }, explanation.regionNotes.map((note) => paragraph(note)), doc)])
          : null,
      ]
    : [paragraph(ui.unknownMeaning)];
  return h(
    'div',
    { className: `tip ${kind}`, attrs: { id: `tracklight-tip-${++tipCounter}`, role: 'tooltip', lang: pack.lang, dir: 'ltr' } },
    [
      h('div', { className: 'head' }, [
        h('div', { className: 'heading' }, [
          h('span', { className: `chip ${kind}` }, [icon(kind, doc), explanation ? explanation.severityLabel : ui.unknownTitle], doc),
          h('p', { className: 'title', text: explanation ? explanation.title : ui.unknownTitle }, [], doc),
        ], doc),
        closeButton,
      ], doc),
      // The page's own words, isolated so a right-to-left text keeps its quotes in place.
      h('p', { className: 'quote' }, ['“', h('bdi', { text: pageText }, [], doc), '”'], doc),
      ...body,
    ],
    doc,
  );
}

export function openTooltip(options: TooltipOptions): OpenTip {
  const { root, anchor } = options;
  const doc = root.ownerDocument ?? document;
  if (!root.querySelector('style[data-tooltip]')) root.append(h('style', { text: TOOLTIP_CSS, attrs: { 'data-tooltip': '' } }, [], doc));
  const element = build(options);
  root.append(element);
  const stop = autoUpdate(anchor, element, () => {
    computePosition(anchor, element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({ padding: 8, apply: ({ availableHeight }) => element.style.setProperty('max-height', `${Math.max(140, availableHeight)}px`) }),
      ],
    })
      .then(({ x, y }) => {
        element.style.left = `${x}px`;
        element.style.top = `${y}px`;
      })
      .catch((error: unknown) => logger.errorOnce('tooltip-position', error));
  });
  return {
    element,
    close() {
      stop();
      element.remove();
    },
  };
}
