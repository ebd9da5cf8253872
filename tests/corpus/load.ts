import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Loads the labelled corpus (see README.md beside this file).

export interface CorpusText {
  text: string;
  lang: string;
  stage: string;
  status?: string | null;
  code: string | null;
  source: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

function readJsonl(file: string): CorpusText[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusText);
}

/** Real texts for writing and checking rules. */
export const loadRealDev = (): CorpusText[] => readJsonl(path.join(here, 'real-dev.jsonl'));
/** The frozen test split: only ever measured, never read while writing rules. */
export const loadRealTest = (): CorpusText[] => readJsonl(path.join(here, 'real-test.jsonl'));
/** Our own renderings of the standard texts, one file per language. */
export function loadOwn(): CorpusText[] {
  const dir = path.join(here, 'own');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readJsonl(path.join(dir, name)));
}
