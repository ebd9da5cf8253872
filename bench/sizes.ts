import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Build-size figures of contract §6, read from a built dist/.

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;

/** A chunk and every chunk it imports statically (what loads before it runs; not import()). */
export function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(path.resolve(path.dirname(file), match[1]!));
  }
  return [...seen];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

interface Manifest {
  content_scripts: { js: string[] }[];
  action: { default_popup: string };
}

/** The content script's files before its first annotation: the loader, the entry and its static imports. */
export function contentInitialFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const files: string[] = [];
  for (const loader of manifest.content_scripts.flatMap((script) => script.js)) {
    const loaderFile = path.join(dist, loader);
    files.push(loaderFile);
    // crxjs's loader is a classic script that import()s the real entry by its extension URL.
    const entry = /getURL\("([^"]+)"\)/.exec(readFileSync(loaderFile, 'utf8'))?.[1];
    if (entry) files.push(...staticClosure(path.join(dist, entry)));
  }
  return [...new Set(files)];
}

export function popupScriptFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const html = readFileSync(path.join(dist, manifest.action.default_popup), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => path.join(dist, match[1]!));
  return [...new Set(scripts.flatMap(staticClosure))];
}

export function sizeFigures(dist: string): Record<string, number> {
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);
  return {
    content_initial_gzip_bytes: sum(contentInitialFiles(dist)),
    popup_gzip_bytes: sum(popupScriptFiles(dist)),
    dist_total_bytes: allFiles(dist).reduce((total, file) => total + statSync(file).size, 0),
  };
}
