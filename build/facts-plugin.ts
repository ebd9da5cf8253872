import type { Plugin } from 'vite';
import { CARRIERS } from '../src/knowledge/facts/carriers.ts';
import { DURATIONS } from '../src/knowledge/facts/durations.ts';
import { REGION_NOTES } from '../src/knowledge/facts/regions.ts';

// The facts keep their sources (what each source says, where, how certain) beside every
// figure: that is for people and for the tests. The extension needs only the figures, so the
// build replaces each facts module with the same data without its sources and notes.
const STRIPPED_KEYS = new Set(['sources', 'source', 'says', 'note', 'dependsOn', 'why']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !STRIPPED_KEYS.has(key))
        .map(([key, item]) => [key, strip(item)]),
    );
  }
  return value;
}

const MODULES: Record<string, () => string> = {
  'src/knowledge/facts/regions.ts': () => `export const REGION_NOTES = ${JSON.stringify(strip(REGION_NOTES))};`,
  'src/knowledge/facts/durations.ts': () => `export const DURATIONS = ${JSON.stringify(strip(DURATIONS))};`,
  'src/knowledge/facts/carriers.ts': () => `export const CARRIERS = ${JSON.stringify(strip(CARRIERS))};`,
};

export function factsWithoutSourcesPlugin(): Plugin {
  return {
    name: 'tracklight-facts-without-sources',
    enforce: 'pre',
    load(id) {
      const normalized = id.replace(/\\/g, '/');
      const entry = Object.entries(MODULES).find(([file]) => normalized.endsWith(`/${file}`));
      return entry ? entry[1]() : null;
    },
  };
}
