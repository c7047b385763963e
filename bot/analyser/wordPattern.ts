import { foldCase, splitWords } from './normalize.js';

/** One word of a pattern: matched exactly, or also as the start of longer words. */
export interface PatternWord {
  text: string;
  exact: boolean;
}

/** A word or phrase from the kaart, ready for matching. */
export interface WordPattern {
  source: string;
  words: PatternWord[];
  /** A trailing "?" marks a weak word: it counts half, as it often belongs to other topics. */
  weak: boolean;
}

export const MAX_PATTERN_WORDS = 6;

/**
 * Parses a kaart word such as "schuld", "=zorg", "cursus?" or "huur niet betalen". A leading
 * "=" on a word means: only exactly this word. A trailing "?" makes the pattern weak.
 * Hyphens and punctuation split words ("burn-out").
 */
export function parseWordPattern(source: string): WordPattern | { error: string } {
  const trimmed = source.trim();
  const weak = trimmed.endsWith('?');
  const words: PatternWord[] = [];
  for (const chunk of (weak ? trimmed.slice(0, -1) : trimmed).split(/\s+/)) {
    const exact = chunk.startsWith('=');
    for (const text of splitWords(foldCase(exact ? chunk.slice(1) : chunk))) words.push({ text, exact });
  }
  if (words.length === 0) return { error: `"${source}" bevat geen letters of cijfers` };
  if (words.length > MAX_PATTERN_WORDS) {
    return {
      error: `"${source}" is te lang: houd een zinsdeel kort (hoogstens ${MAX_PATTERN_WORDS} woorden)`,
    };
  }
  if (words.length === 1 && words[0]!.text.length < 2) return { error: `"${source}" is te kort` };
  return { source, words, weak };
}

/** A kaart word, phrase or concept pair: slots of alternatives ("mezelf|zichzelf + doden|ophangen"). */
export interface ConceptPattern {
  source: string;
  /** Every slot must be found in one sentence; within a slot, any alternative will do. */
  slots: WordPattern[][];
}

/**
 * Parses any kaart word: a plain word or phrase is one slot with one alternative; "a|b" gives
 * alternatives; "a + b" (with spaces: "18+" is a word) asks for both in one sentence, in
 * either order, close together.
 */
export function parseConceptPattern(source: string): ConceptPattern | { error: string } {
  const slots: WordPattern[][] = [];
  for (const slotSource of source.split(/\s\+\s/)) {
    const alternatives: WordPattern[] = [];
    for (const alternative of slotSource.split('|')) {
      const parsed = parseWordPattern(alternative);
      if ('error' in parsed) {
        return {
          error: alternative.trim() === source.trim() ? parsed.error : `${parsed.error} (in "${source}")`,
        };
      }
      alternatives.push(parsed);
    }
    slots.push(alternatives);
  }
  return { source, slots };
}
