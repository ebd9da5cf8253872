// The badge's and tooltip's CSS, placed inside each badge's shadow root (identical text, so the
// browser parses it once). `:host { all: initial }` keeps the page's styles out.

export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 6px; line-height: 0; }
.badge {
  all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; justify-content: center;
  width: 18px; height: 18px; border-radius: 50%; color: #fff; background: var(--tl-badge);
  box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.08);
}
.badge:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.badge svg { width: 12px; height: 12px; fill: none; stroke: currentColor; stroke-width: 2.4; stroke-linecap: round; stroke-linejoin: round; }
.info { --tl-badge: #1e8e5a; }
.wait { --tl-badge: #2f6fb3; }
.watch { --tl-badge: #b26a00; }
.act { --tl-badge: #c62828; }
.unknown { --tl-badge: #6b7280; }
@media (prefers-color-scheme: dark) {
  .info { --tl-badge: #3ccf8e; }
  .wait { --tl-badge: #6aa8ef; }
  .watch { --tl-badge: #f0a640; }
  .act { --tl-badge: #ff6b6b; }
  .unknown { --tl-badge: #9aa3ad; }
  .badge { color: #111; }
}
`;

// The tooltip's CSS, added to a badge's shadow root the first time its tooltip opens.
export const TOOLTIP_CSS = `
.tip {
  position: fixed; top: 0; left: 0; z-index: 2147483647; box-sizing: border-box;
  width: max-content; max-width: min(380px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto;
  padding: 12px 14px 12px; border-radius: 10px; border: 1px solid #dfe3e8; background: #ffffff; color: #1c2127;
  box-shadow: 0 10px 30px rgba(20, 30, 40, 0.18), 0 2px 6px rgba(20, 30, 40, 0.08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  text-align: start; white-space: normal; letter-spacing: normal; text-transform: none; cursor: auto;
  line-height: 1.45; overflow-wrap: anywhere;
}
.tip[hidden] { display: none; }
.head { display: flex; align-items: flex-start; gap: 10px; margin-bottom: 6px; }
.heading { flex: 1; min-width: 0; }
.title { font-size: 15px; font-weight: 650; margin: 0; line-height: 1.3; flex: 1; }
.chip {
  display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px 2px 6px; border-radius: 999px;
  font-size: 11.5px; font-weight: 600; color: var(--tl-badge); background: color-mix(in srgb, var(--tl-badge) 12%, transparent);
  white-space: nowrap;
}
.chip svg { width: 11px; height: 11px; fill: none; stroke: currentColor; stroke-width: 2.6; stroke-linecap: round; stroke-linejoin: round; }
.step { margin: 0 0 8px; color: #5b6570; font-size: 12px; }
.quote { margin: 0 0 8px; color: #5b6570; font-size: 12px; font-style: italic; }
section { margin: 8px 0 0; }
h3 { margin: 0 0 2px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #5b6570; }
p { margin: 0; }
.wait-line { color: #5b6570; margin-top: 2px; }
ul { margin: 2px 0 0; padding-inline-start: 18px; }
li { margin: 1px 0; }
.notes p + p { margin-top: 4px; }
.close {
  all: unset; cursor: pointer; width: 22px; height: 22px; border-radius: 6px; display: inline-flex; align-items: center; justify-content: center;
  color: #5b6570; flex: none;
}
.close:hover { background: #eef1f4; }
.close:focus-visible { outline: 2px solid #1a73e8; }
.close svg { width: 12px; height: 12px; stroke: currentColor; stroke-width: 2.2; stroke-linecap: round; fill: none; }
@media (prefers-color-scheme: dark) {
  .tip { background: #1f2429; color: #e8ecef; border-color: #343b43; box-shadow: 0 10px 30px rgba(0, 0, 0, 0.5); }
  .step, .quote, h3, .wait-line, .close { color: #a3adb8; }
  .close:hover { background: #2c333a; }
}
@media (prefers-reduced-motion: no-preference) {
  .tip { animation: tl-in 120ms ease-out; }
  @keyframes tl-in { from { opacity: 0; transform: translateY(-2px); } to { opacity: 1; transform: none; } }
}
`;
