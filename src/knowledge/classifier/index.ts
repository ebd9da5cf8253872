// The classifier with every language's lexicon and the whole catalogue: `classify(text)`
// recognises a tracking event text in any language AliExpress serves; `classifyCode(code)` a
// Cainiao / AliExpress action code. Pure and synchronous. (The content script builds its own,
// lighter Classifier.)
import { STATUSES } from '../catalogue/index';
import { classifyCode } from './codes';
import { Classifier, type Classification } from './engine';
import { LEXICONS } from './lexicon/all';

export { Classifier, classifyCode, type Classification };

const classifier = new Classifier(LEXICONS, STATUSES);

export function classify(text: string): Classification | null {
  return classifier.classify(text);
}

/** An event's status from its code when the code is telling, else from its text. */
export function classifyEvent(event: { text: string; code?: string | null }): Classification | null {
  const byCode = event.code ? classifyCode(event.code) : null;
  if (byCode && byCode.confidence === 1) return byCode;
  return classifier.classify(event.text) ?? byCode;
}
