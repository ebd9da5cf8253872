// Compiles the per-language lexicons into one index that turns a normalised text into a
// concept mask: exact words, word prefixes ("depart*"), word sequences ("last mile"), one-typo
// matches for long words ("linehual"), and substring matching for scripts written without
// spaces or with attached particles.
import { CONCEPT_BIT, type Concept } from './concepts';
import type { Lexicon } from './lexicon/types';
import { normalizeWords } from './normalize';

interface Mask {
  lo: number;
  hi: number;
}

interface SequencePart {
  word: string;
  /** Matches any word starting with `word`. */
  stem: boolean;
}

interface Sequence extends Mask {
  /** The words after the first. */
  rest: readonly SequencePart[];
  /** The words after the second. */
  tail: readonly SequencePart[];
}

/** The sequences a word starts, looked up by the word that follows it. */
interface Followers {
  byWord: Map<string, Sequence[]>;
  /** Sequences whose second part is a prefix ("entreg*"). */
  byStem: Sequence[];
}

interface WordEntry extends Mask {
  sequences: Sequence[] | null;
  followers: Followers | null;
}

interface TrieNode extends Mask {
  /** Keyed by UTF-16 code unit: no one-character strings are made while scanning. */
  next: Map<number, TrieNode>;
  terminal: boolean;
}

const MIN_STEM = 3;
/** A pattern normalisation leaves as it is: one lower-case ASCII word, maybe a stem. */
const PLAIN_WORD = /^[a-z0-9]+\*?$/;
const SPACE = 32;
const MIN_TYPO_LENGTH = 7;
const TOKEN_CACHE_LIMIT = 20_000;
const NO_MATCH: WordEntry = { lo: 0, hi: 0, sequences: null, followers: null };

/** The mask of a lexicon entry's concept names (entries share few distinct lists: each is parsed once). */
function conceptMask(concepts: string, masks: Map<string, Mask>, lang: string): Mask {
  const known = masks.get(concepts);
  if (known) return known;
  let lo = 0;
  let hi = 0;
  for (const name of concepts.split(' ')) {
    if (!name) continue;
    const bit = CONCEPT_BIT[name as Concept];
    if (bit === undefined) throw new Error(`lexicon ${lang}: unknown concept "${name}" in "${concepts}"`);
    if (bit < 31) lo |= 1 << bit;
    else hi |= 1 << (bit - 31);
  }
  const mask = { lo, hi };
  masks.set(concepts, mask);
  return mask;
}

function followersOf(sequences: readonly Sequence[]): Followers {
  const followers: Followers = { byWord: new Map(), byStem: [] };
  for (const sequence of sequences) {
    const second = sequence.rest[0]!;
    if (second.stem) followers.byStem.push(sequence);
    else {
      const list = followers.byWord.get(second.word);
      if (list) list.push(sequence);
      else followers.byWord.set(second.word, [sequence]);
    }
  }
  return followers;
}

function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i++) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}

export class LexiconIndex {
  private readonly exact = new Map<string, WordEntry>();
  private readonly stems = new Map<string, WordEntry>();
  private readonly typoDeletions = new Map<string, WordEntry>();
  private typoReady = false;
  /** Every word a lexicon spells out (sequence parts included): such a word is not a typo. */
  private readonly knownWords = new Set<string>();
  /** Entries given sequences by the lexicons being added: their followers are indexed once, at the end. */
  private readonly withSequences = new Set<WordEntry>();
  private readonly cache = new Map<string, WordEntry>();
  private readonly trie: TrieNode = { lo: 0, hi: 0, next: new Map(), terminal: false };
  private maxStem = 0;

  private readonly languages = new Set<string>();

  constructor(lexicons: readonly Lexicon[] = []) {
    this.add(lexicons);
  }

  /** The languages whose lexicons are in the index. */
  has(lang: string): boolean {
    return this.languages.has(lang);
  }

  /** Adds lexicons (a language already in the index is skipped). */
  add(lexicons: readonly Lexicon[]): void {
    const added = lexicons.filter((lexicon) => !this.languages.has(lexicon.lang));
    if (!added.length) return;
    const masks = new Map<string, Mask>();
    for (const lexicon of added) {
      this.languages.add(lexicon.lang);
      const substrings = lexicon.matching === 'substrings';
      for (const [pattern, concepts] of lexicon.entries) {
        const mask = conceptMask(concepts, masks, lexicon.lang);
        if (substrings) this.addSubstring(normalizeWords(pattern), mask);
        else this.addWordPattern(pattern, mask, lexicon.lang);
      }
    }
    for (const entry of this.withSequences) entry.followers = followersOf(entry.sequences!);
    this.withSequences.clear();
    this.typoReady = false;
    this.cache.clear();
  }

  /** One-letter deletions of every long word, for typo matching: built when a word first needs it. */
  private buildTypoDeletions(): void {
    this.typoDeletions.clear();
    this.typoReady = true;
    for (const [word, entry] of this.exact) {
      if (word.length < MIN_TYPO_LENGTH || !entry.lo && !entry.hi) continue;
      for (const deletion of deletions(word)) if (!this.typoDeletions.has(deletion)) this.typoDeletions.set(deletion, entry);
      if (!this.typoDeletions.has(word)) this.typoDeletions.set(word, entry);
    }
  }

  private entryFor(map: Map<string, WordEntry>, key: string): WordEntry {
    let entry = map.get(key);
    if (!entry) {
      entry = { lo: 0, hi: 0, sequences: null, followers: null };
      map.set(key, entry);
    }
    return entry;
  }

  private addWordPattern(pattern: string, mask: Mask, lang: string): void {
    // "last-mile" normalises to two words, as it will in a text; a plain lower-case word is already normal.
    const parts = PLAIN_WORD.test(pattern) ? [pattern] : pattern.split(' ').flatMap((part) => {
      const stem = part.endsWith('*');
      const words = normalizeWords(stem ? part.slice(0, -1) : part).split(' ');
      if (!words[0]) throw new Error(`lexicon ${lang} "${pattern}": bad part "${part}"`);
      if (stem) words[words.length - 1] += '*';
      return words;
    });
    for (const part of parts) if (!part.endsWith('*')) this.knownWords.add(part);
    const first = parts[0]!;
    const isStem = first.endsWith('*');
    const key = isStem ? first.slice(0, -1) : first;
    if (isStem && key.length < MIN_STEM) throw new Error(`lexicon ${lang} "${pattern}": stem shorter than ${MIN_STEM}`);
    const entry = this.entryFor(isStem ? this.stems : this.exact, key);
    if (isStem) this.maxStem = Math.max(this.maxStem, key.length);
    if (parts.length === 1) {
      entry.lo |= mask.lo;
      entry.hi |= mask.hi;
    } else {
      const rest = parts.slice(1).map((part) => (part.endsWith('*') ? { word: part.slice(0, -1), stem: true } : { word: part, stem: false }));
      (entry.sequences ??= []).push({ rest, tail: rest.slice(1), lo: mask.lo, hi: mask.hi });
      this.withSequences.add(entry);
    }
  }

  private addSubstring(pattern: string, mask: Mask): void {
    let node = this.trie;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = node.next.get(code);
      if (!next) {
        next = { lo: 0, hi: 0, next: new Map(), terminal: false };
        node.next.set(code, next);
      }
      node = next;
    }
    node.terminal = true;
    node.lo |= mask.lo;
    node.hi |= mask.hi;
  }

  /** The lexicon entry of one word: exact, by prefix, or within one typo of a long word. */
  private lookupWord(word: string): WordEntry {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const exact = this.exact.get(word);
    if (exact && (exact.lo || exact.hi)) return this.remember(word, exact);
    let found: WordEntry = NO_MATCH;
    let sequences: Sequence[] | null = exact?.sequences ?? null;
    for (let length = Math.min(word.length, this.maxStem); length >= MIN_STEM; length--) {
      const stem = this.stems.get(word.slice(0, length));
      if (!stem) continue;
      sequences ??= stem.sequences;
      if (stem.lo || stem.hi) {
        found = stem;
        break;
      }
    }
    if (found === NO_MATCH && word.length >= MIN_TYPO_LENGTH && !this.knownWords.has(word)) found = this.lookupTypo(word);
    // A word that starts sequences ("collection" of "collection point") keeps them, and takes
    // its meaning alone from a prefix ("collect*").
    if (sequences && sequences !== found.sequences) found = { lo: found.lo, hi: found.hi, sequences, followers: followersOf(sequences) };
    return this.remember(word, found);
  }

  private remember(word: string, entry: WordEntry): WordEntry {
    if (this.cache.size >= TOKEN_CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, entry);
    return entry;
  }

  private lookupTypo(word: string): WordEntry {
    if (!this.typoReady) this.buildTypoDeletions();
    const direct = this.typoDeletions.get(word); // one letter missing
    if (direct) return direct;
    for (const deletion of deletions(word)) {
      const entry = this.exact.get(deletion) ?? this.typoDeletions.get(deletion); // one extra, or swapped/changed
      if (entry && (entry.lo || entry.hi)) return entry;
    }
    return NO_MATCH;
  }

  /** Whether the words of `rest` follow in `text` from `position` (just after a word). */
  private static sequenceAt(text: string, position: number, rest: readonly SequencePart[]): boolean {
    let at = position;
    for (let k = 0; k < rest.length; k++) {
      const { word, stem } = rest[k]!;
      if (text.charCodeAt(at) !== SPACE || text.charCodeAt(at + 1) !== word.charCodeAt(0)) return false;
      at++;
      if (!text.startsWith(word, at)) return false;
      at += word.length;
      if (stem) {
        while (at < text.length && text.charCodeAt(at) !== SPACE) at++;
      } else if (at < text.length && text.charCodeAt(at) !== SPACE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The concepts a normalised text mentions, as two masks written into `out`. `wide`: whether the
   * text has characters of the substring-matched scripts (normalizeWords tells).
   */
  conceptsOf(normalized: string, out: Mask, wide: boolean = HAS_SUBSTRING_SCRIPT.test(normalized)): void {
    let lo = 0;
    let hi = 0;
    // Walk the words without splitting: one slice per word, no array. A sequence is checked
    // only when its second word has just been read.
    let start = 0;
    let previous: Followers | null = null;
    while (start < normalized.length) {
      let end = normalized.indexOf(' ', start);
      if (end < 0) end = normalized.length;
      const word = normalized.slice(start, end);
      if (previous) {
        const candidates = previous.byWord.get(word);
        if (candidates) {
          for (let k = 0; k < candidates.length; k++) {
            const sequence = candidates[k]!;
            if (LexiconIndex.sequenceAt(normalized, end, sequence.tail)) {
              lo |= sequence.lo;
              hi |= sequence.hi;
            }
          }
        }
        for (let k = 0; k < previous.byStem.length; k++) {
          const sequence = previous.byStem[k]!;
          if (word.startsWith(sequence.rest[0]!.word) && LexiconIndex.sequenceAt(normalized, end, sequence.tail)) {
            lo |= sequence.lo;
            hi |= sequence.hi;
          }
        }
      }
      const entry = this.lookupWord(word);
      lo |= entry.lo;
      hi |= entry.hi;
      previous = entry.followers;
      start = end + 1;
    }
    if (wide && this.trie.next.size) {
      for (let start = 0; start < normalized.length; start++) {
        let node: TrieNode | undefined = this.trie;
        for (let i = start; i < normalized.length; i++) {
          node = node.next.get(normalized.charCodeAt(i));
          if (!node) break;
          if (node.terminal) {
            lo |= node.lo;
            hi |= node.hi;
          }
        }
      }
    }
    out.lo = lo;
    out.hi = hi;
  }
}

// Han, kana, Hangul, Thai, Arabic, Hebrew: the scripts whose lexicons match substrings.
const HAS_SUBSTRING_SCRIPT = /[\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
