// Classifier throughput in Node (contract §6): classify_per_s over 10,000 mixed-language texts,
// against the floor tokenize_per_s (`text.toLowerCase().split(/\s+/)`) on the same texts.
import { classify } from '../src/knowledge/classifier/index';
import { loadOwn, loadRealDev, loadRealTest } from '../tests/corpus/load';

const PREFIXES = ['', '[Shatian Town] ', '[Xiaoshan District] ', '[Madrid] ', '[Dalingshan Town] - ', '【深圳】'];

/** 10,000 texts in every corpus language, as pages show them: prefixes, case, carrier notes. */
export function benchTexts(count = 10_000): string[] {
  const base = [...loadRealDev(), ...loadRealTest(), ...loadOwn()].map((item) => item.text);
  const texts: string[] = [];
  for (let i = 0; texts.length < count; i++) {
    const text = base[i % base.length]!;
    const variant = Math.floor(i / base.length);
    let shown = PREFIXES[variant % PREFIXES.length] + text;
    if (variant % 3 === 1) shown = shown.toUpperCase();
    if (variant % 4 === 2) shown = `${shown}, Carrier note: ${base[(i * 7) % base.length]}`;
    texts.push(shown);
  }
  return texts;
}

function ratePerSecond(texts: readonly string[], work: (text: string) => unknown): number {
  let sink = 0;
  const pass = () => {
    for (const text of texts) if (work(text)) sink++;
  };
  pass(); // warm up: JIT and the classifier's word cache
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    let passes = 0;
    const started = performance.now();
    while (performance.now() - started < 300) {
      pass();
      passes++;
    }
    rates.push((passes * texts.length) / ((performance.now() - started) / 1000));
  }
  if (sink < 0) console.log(sink);
  rates.sort((a, b) => a - b);
  return rates[2]!; // median of 5
}

export function classifierFigures(): Record<string, number> {
  const texts = benchTexts();
  const tokenize = ratePerSecond(texts, (text) => text.toLowerCase().split(/\s+/));
  const classified = ratePerSecond(texts, classify);
  return {
    classify_per_s: Math.round(classified),
    tokenize_per_s: Math.round(tokenize),
    classify_vs_tokenize_ratio: Number((tokenize / classified).toFixed(2)),
  };
}
