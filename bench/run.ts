// `npm run bench`: builds the extension and measures the figures of contract §6, prints a table
// (browser figures: the median of 9 runs, with their spread) and writes bench-results.json at
// the repository root.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifierFigures } from './classify';
import { contentFigures } from './content';
import { heapFigure } from './heap';
import { popupFigures } from './popup';
import { sizeFigures } from './sizes';

interface Row {
  figure: string;
  value: number;
  spread?: string;
  note: string;
}

const started = performance.now();
const log = (line: string) => console.log(line);
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, TRACKLIGHT_BUILD_MANIFEST: '1' },
});
const sizes = sizeFigures(path.resolve('dist'));

const rows: Row[] = [];
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

const classifier = classifierFigures();
rows.push({ figure: 'classify_per_s', value: classifier.classify_per_s!, note: '10,000 mixed-language texts, median of 5 passes' });
rows.push({ figure: 'tokenize_per_s', value: classifier.tokenize_per_s!, note: 'floor: toLowerCase().split(/\\s+/), same texts' });
rows.push({ figure: 'classify_vs_tokenize_ratio', value: classifier.classify_vs_tokenize_ratio!, note: 'tokenize_per_s / classify_per_s' });

log('Measuring the content script in Chromium…');
const content = await contentFigures(log);
const browserRow = (figure: string, note: string) => {
  const value = content[figure]!;
  rows.push({ figure, value: round(value.median, 2), spread: `${round(value.min, 2)}–${round(value.max, 2)}`, note });
};
browserRow('annotate_60_ms', 'content script start → last status annotated, 60 events');
browserRow('annotate_1000_ms', 'the same, 1,000 events');
browserRow('bare_scan_1000_ms', 'floor: TreeWalker over every text node, same page');
rows.push({
  figure: 'annotate_vs_scan_ratio',
  value: round(content.annotate_1000_ms!.median / content.bare_scan_1000_ms!.median, 2),
  note: 'annotate_1000_ms / bare_scan_1000_ms (medians)',
});
browserRow('longest_block_ms', 'longest single run of Tracklight work: 1,000-event load + 200 nodes in bursts');
browserRow('mutation_batch_ms', "Tracklight's work for 50 status nodes appended at once");

log('Measuring the heap of the content script in Chromium…');
const heap = await heapFigure(log);
rows.push({
  figure: 'content_heap_bytes',
  value: heap.median,
  spread: `${heap.min}–${heap.max}`,
  note: 'JS heap after GC on the 1,000-event page, with the extension minus without (CDP), median of 3',
});

log('Measuring the popup in Chromium…');
const popup = await popupFigures(log);
for (const [figure, note] of [
  ['popup_render_ms', 'popup page navigation → timeline painted, 100-event shipment'],
  ['popup_list_render_ms', 'the same for the list of 300 stored shipments'],
  ['popup_blank_page_ms', 'floor (not a contract figure): an extension page with one empty script, same browser'],
] as const) {
  const value = popup[figure]!;
  rows.push({ figure, value: round(value.median, 2), spread: `${round(value.min, 2)}–${round(value.max, 2)}`, note });
}

rows.push({ figure: 'content_initial_gzip_bytes', value: sizes.content_initial_gzip_bytes!, note: 'entry + static imports + adapter + English lexicon + English texts, gzip -9' });
rows.push({ figure: 'locale_chunk_max_gzip_bytes', value: sizes.locale_chunk_max_gzip_bytes!, note: 'largest explanation-language chunk, gzip -9' });
rows.push({ figure: 'popup_gzip_bytes', value: sizes.popup_gzip_bytes!, note: "popup's scripts, gzip -9" });
rows.push({ figure: 'dist_total_bytes', value: sizes.dist_total_bytes!, note: 'every file of dist/' });

const results: Record<string, number> = Object.fromEntries(rows.map((row) => [row.figure, row.value]));
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);

const width = Math.max(...rows.map((row) => row.figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(12)}  ${'spread (min–max)'.padEnd(18)}  note`);
for (const row of rows) {
  console.log(`${row.figure.padEnd(width)}  ${String(row.value).padStart(12)}  ${(row.spread ?? '').padEnd(18)}  ${row.note}`);
}
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s in all; wrote bench-results.json`);
