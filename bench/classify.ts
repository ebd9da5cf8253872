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

/** Texts per second over passes of `texts` lasting about `ms`. */
function rate(texts: readonly string[], work: (text: string) => unknown, ms: number): number {
  let sink = 0;
  let passes = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (const text of texts) if (work(text)) sink++;
    passes++;
  }
  if (sink < 0) console.log(sink);
  return (passes * texts.length) / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The floor and the classifier are measured in alternating rounds, so a slower or faster
 * moment of the machine affects both alike; each figure is the median of 7 rounds, and the
 * ratio the median of the rounds' ratios.
 */
export function classifierFigures(): Record<string, number> {
  const texts = benchTexts();
  const tokenize = (text: string) => text.toLowerCase().split(/\s+/);
  rate(texts, tokenize, 200); // warm up: JIT and the classifier's word cache
  rate(texts, classify, 400);
  const floors: number[] = [];
  const rates: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < 7; round++) {
    const floor = rate(texts, tokenize, 250);
    const classified = rate(texts, classify, 250);
    floors.push(floor);
    rates.push(classified);
    ratios.push(floor / classified);
  }
  return {
    classify_per_s: Math.round(median(rates)),
    tokenize_per_s: Math.round(median(floors)),
    classify_vs_tokenize_ratio: Number(median(ratios).toFixed(2)),
  };
}
