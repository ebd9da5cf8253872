import type { Severity } from '../knowledge/types';

export type BadgeKind = Severity | 'unknown';

const SVG_NS = 'http://www.w3.org/2000/svg';

// One shape per severity, so the badge never speaks by colour alone.
const ICONS: Record<BadgeKind | 'close' | 'copy' | 'settings' | 'back' | 'external', string> = {
  info: 'M3.5 8.5l3 3 6-6.5', // check: all normal
  wait: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11M8 5v3.3l2.2 1.4', // clock: slow but normal
  watch: 'M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8s-2.5 4.5-6.5 4.5S1.5 8 1.5 8zM8 6.4a1.6 1.6 0 1 0 0 3.2a1.6 1.6 0 1 0 0-3.2', // eye: keep an eye on it
  act: 'M8 3v6M8 12.6v.2', // exclamation mark: act now
  unknown: 'M6 6.2a2 2 0 1 1 2.9 1.8c-.6.3-.9.8-.9 1.4M8 12.4v.2', // question mark
  close: 'M4 4l8 8M12 4l-8 8',
  copy: 'M5.5 5.5V3.5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M3.5 5.5h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-6a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1z',
  settings: 'M8 5.6a2.4 2.4 0 1 0 0 4.8a2.4 2.4 0 1 0 0-4.8M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  back: 'M10 3.5L5.5 8l4.5 4.5',
  external: 'M9.5 2.5h4v4M13.5 2.5L7.5 8.5M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3',
};

export type IconName = keyof typeof ICONS;

export function icon(kind: IconName, doc: Document = document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[kind]);
  svg.append(path);
  return svg;
}
