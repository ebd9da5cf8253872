import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/knowledge/classifier/index';
import { loadOwn, loadRealDev, loadRealTest, type CorpusText } from '../../corpus/load';

// Stage accuracy on the labelled corpus (tests/corpus/README.md). The real dev texts must
// reach 97%; the frozen test split, each language and our own texts are reported.

interface Accuracy {
  correct: number;
  total: number;
}

function accuracy(texts: readonly CorpusText[], level: 'stage' | 'status' = 'stage'): Accuracy {
  let correct = 0;
  for (const item of texts) if (classify(item.text)?.[level] === item[level]) correct++;
  return { correct, total: texts.length };
}

const percent = ({ correct, total }: Accuracy) => (total ? (100 * correct) / total : NaN);
const show = (name: string, result: Accuracy) =>
  `${name}: ${result.correct}/${result.total} = ${percent(result).toFixed(1)}%`;

function byLanguage(texts: readonly CorpusText[]): string {
  const languages = [...new Set(texts.map((text) => text.lang))].sort();
  return languages.map((lang) => show(lang, accuracy(texts.filter((text) => text.lang === lang)))).join(', ');
}

describe('classifier accuracy on the corpus', () => {
  const dev = loadRealDev();
  const test = loadRealTest();
  const own = loadOwn();

  it('recognises at least 97% of the real texts outside the test split by stage', () => {
    const result = accuracy(dev);
    console.info(`[corpus] ${show('real dev', result)}\n[corpus]   by language: ${byLanguage(dev)}`);
    expect(percent(result)).toBeGreaterThanOrEqual(97);
  });

  it('reports the frozen test split and our own texts', () => {
    const testResult = accuracy(test);
    const ownResult = accuracy(own);
    console.info(`[corpus] ${show('real test split', testResult)}\n[corpus]   by language: ${byLanguage(test)}`);
    console.info(`[corpus] ${show('own texts', ownResult)}\n[corpus]   by language: ${byLanguage(own)}`);
    // The exact status (finer than the stage the threshold is about), for information.
    console.info(
      `[corpus] status level: ${show('real dev', accuracy(dev, 'status'))}; ${show('real test split', accuracy(test, 'status'))}; ${show('own texts', accuracy(own, 'status'))}`,
    );
    expect(test.length).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThan(0);
  });

  it('keeps the test split apart from the texts rules are written on', () => {
    const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const devTexts = new Set(dev.map((item) => normalize(item.text)));
    expect(test.filter((item) => devTexts.has(normalize(item.text))).length).toBe(0);
    // A source is a repository (owner/repo, also for its GitHub issue pages) or a web site (host).
    const sourceOf = (item: CorpusText) => {
      if (!item.source.startsWith('http')) return item.source.split(':')[0];
      const url = new URL(item.source);
      return url.hostname === 'github.com' ? url.pathname.split('/').slice(1, 3).join('/') : url.hostname;
    };
    const devSources = new Set(dev.map(sourceOf));
    expect(test.filter((item) => devSources.has(sourceOf(item))).length).toBe(0);
  });
});
