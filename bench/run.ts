// `npm run bench`: builds the extension and measures the figures of contract §6 that exist so
// far, prints a table and writes bench-results.json at the repository root.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifierFigures } from './classify';
import { sizeFigures } from './sizes';

interface Row {
  figure: string;
  value: number;
  note: string;
}

const started = performance.now();
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const buildSeconds = (performance.now() - started) / 1000;

const rows: Row[] = [];
const sizes = sizeFigures(path.resolve('dist'));
rows.push({ figure: 'content_initial_gzip_bytes', value: sizes.content_initial_gzip_bytes!, note: 'loader + entry + static imports, gzip -9' });
rows.push({ figure: 'popup_gzip_bytes', value: sizes.popup_gzip_bytes!, note: "popup's scripts, gzip -9" });
rows.push({ figure: 'dist_total_bytes', value: sizes.dist_total_bytes!, note: 'every file of dist/' });

const classifier = classifierFigures();
rows.push({ figure: 'classify_per_s', value: classifier.classify_per_s!, note: '10,000 mixed-language texts, median of 5' });
rows.push({ figure: 'tokenize_per_s', value: classifier.tokenize_per_s!, note: 'floor: toLowerCase().split(/\\s+/), same texts' });
rows.push({ figure: 'classify_vs_tokenize_ratio', value: classifier.classify_vs_tokenize_ratio!, note: 'tokenize_per_s / classify_per_s' });

const results: Record<string, number> = Object.fromEntries(rows.map((row) => [row.figure, row.value]));
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);

const width = Math.max(...rows.map((row) => row.figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(12)}  note`);
for (const row of rows) console.log(`${row.figure.padEnd(width)}  ${String(row.value).padStart(12)}  ${row.note}`);
console.log(`\nbuild ${buildSeconds.toFixed(1)} s; wrote bench-results.json`);
