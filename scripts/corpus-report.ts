// Classifier accuracy on the corpus, for people writing lexicons and rules:
//   npx tsx scripts/corpus-report.ts [--lang xx] [--errors]
// Reports stage accuracy per language on the real dev texts and on our own texts, and with
// --errors lists the misclassified ones. The frozen test split is reported as figures only
// (with --test), never as texts.
import { classify } from '../src/knowledge/classifier/index';
import { loadOwn, loadRealDev, loadRealTest, type CorpusText } from '../tests/corpus/load';

const args = process.argv.slice(2);
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const showErrors = args.includes('--errors');

function report(name: string, texts: CorpusText[], listErrors: boolean): void {
  const selected = lang ? texts.filter((text) => text.lang === lang) : texts;
  const perLang = new Map<string, [number, number]>();
  let correct = 0;
  for (const item of selected) {
    const result = classify(item.text);
    const ok = result?.stage === item.stage;
    const counts = perLang.get(item.lang) ?? [0, 0];
    perLang.set(item.lang, counts);
    counts[1]++;
    if (ok) {
      correct++;
      counts[0]++;
    } else if (listErrors) {
      console.log(`  ✗ ${item.lang} want ${item.stage}${item.status ? `/${item.status}` : ''} got ${result ? `${result.stage}/${result.status}` : 'null'}: ${item.text}`);
    }
  }
  const pct = (a: number, b: number) => (b ? ((a / b) * 100).toFixed(1) : '–');
  console.log(`${name}: ${correct}/${selected.length} = ${pct(correct, selected.length)}%`);
  console.log(`  ${[...perLang].map(([code, [a, b]]) => `${code} ${a}/${b}`).join('  ')}`);
}

report('real dev', loadRealDev(), showErrors);
report('own texts', loadOwn(), showErrors);
if (args.includes('--test')) report('real test (figures only)', loadRealTest(), false);
