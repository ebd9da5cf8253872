import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Build-size figures of contract §6, read from a built dist/ and Vite's build manifest (which
// chunk holds which source module).

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;

/** A chunk and every chunk it imports statically (what loads before it runs; not import()). */
export function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
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

type BuildManifest = Record<string, { file: string; name?: string; src?: string; dynamicImports?: string[] }>;

function readBuildManifest(dist: string): BuildManifest {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} missing: build with TRACKLIGHT_BUILD_MANIFEST=1`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
}

/** The chunk of a source module, and what it imports statically. */
function moduleFiles(dist: string, manifest: BuildManifest, source: string): string[] {
  const chunk = manifest[source];
  if (!chunk) throw new Error(`no chunk for ${source} in the build manifest`);
  return staticClosure(path.join(dist, chunk.file));
}

/**
 * What an English tracking page loads before its first annotation: the loader, the entry and
 * its static imports (the adapters and the English lexicon are bundled), plus one explanation
 * language (English), as the contract counts it. (A page in another language also loads its
 * lexicon first: one of the lexicon chunks, 2–6 KB.)
 */
export function contentInitialFiles(dist: string, manifest: BuildManifest = readBuildManifest(dist)): string[] {
  const extension = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const files: string[] = [];
  for (const loader of extension.content_scripts.flatMap((script) => script.js)) {
    const loaderFile = path.join(dist, loader);
    files.push(path.resolve(loaderFile));
    // crxjs's loader is a classic script that import()s the real entry by its extension URL.
    const entry = /getURL\("([^"]+)"\)/.exec(readFileSync(loaderFile, 'utf8'))?.[1];
    if (entry) files.push(...staticClosure(path.join(dist, entry)));
  }
  files.push(...moduleFiles(dist, manifest, 'src/knowledge/texts/en.ts'));
  return [...new Set(files)];
}

/** The largest explanation-language chunk (with anything it alone imports). */
export function largestLocaleChunk(dist: string, manifest: BuildManifest = readBuildManifest(dist)): { lang: string; bytes: number } {
  let largest = { lang: '', bytes: 0 };
  for (const source of Object.keys(manifest).filter((name) => /^src\/knowledge\/texts\/[a-z]{2}\.ts$/.test(name))) {
    const bytes = gzipBytes(path.join(dist, manifest[source]!.file));
    if (bytes > largest.bytes) largest = { lang: path.basename(source, '.ts'), bytes };
  }
  return largest;
}

export function popupScriptFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const html = readFileSync(path.join(dist, manifest.action.default_popup), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => path.join(dist, match[1]!));
  return [...new Set(scripts.flatMap(staticClosure))];
}

/** Size figures; removes the build manifest afterwards, so dist/ stays what ships. */
export function sizeFigures(dist: string): Record<string, number> {
  const manifest = readBuildManifest(dist);
  rmSync(path.join(dist, '.vite'), { recursive: true, force: true });
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);
  return {
    content_initial_gzip_bytes: sum(contentInitialFiles(dist, manifest)),
    locale_chunk_max_gzip_bytes: largestLocaleChunk(dist, manifest).bytes,
    popup_gzip_bytes: sum(popupScriptFiles(dist)),
    dist_total_bytes: allFiles(dist).reduce((total, file) => total + statSync(file).size, 0),
  };
}
