import en from './en';
import es from './es';
import fr from './fr';
import de from './de';
import it from './it';
import pt from './pt';
import ru from './ru';
import pl from './pl';
import nl from './nl';
import tr from './tr';
import ja from './ja';
import ko from './ko';
import th from './th';
import vi from './vi';
import ar from './ar';
import he from './he';
import zh from './zh';
import type { Lexicon } from './types';

/** Every language's lexicon; the classifier merges them, so a text needs no language tag. */
export const LEXICONS: readonly Lexicon[] = [en, es, fr, de, it, pt, ru, pl, nl, tr, ja, ko, th, vi, ar, he, zh];
