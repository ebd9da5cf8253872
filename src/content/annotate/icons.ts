import type { Severity } from '../../knowledge/types';

export type BadgeKind = Severity | 'unknown';

const SVG_NS = 'http://www.w3.org/2000/svg';

// One shape per severity, so the badge never speaks by colour alone.
const ICONS: Record<BadgeKind | 'close', string> = {
  info: 'M3.5 8.5l3 3 6-6.5', // check: all normal
  wait: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11M8 5v3.3l2.2 1.4', // clock: slow but normal
  watch: 'M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8s-2.5 4.5-6.5 4.5S1.5 8 1.5 8zM8 6.4a1.6 1.6 0 1 0 0 3.2a1.6 1.6 0 1 0 0-3.2', // eye: keep an eye on it
  act: 'M8 3v6M8 12.6v.2', // exclamation mark: act now
  unknown: 'M6 6.2a2 2 0 1 1 2.9 1.8c-.6.3-.9.8-.9 1.4M8 12.4v.2', // question mark
  close: 'M4 4l8 8M12 4l-8 8',
};

export function icon(kind: BadgeKind | 'close', doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[kind]);
  svg.append(path);
  return svg;
}
