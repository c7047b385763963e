import { foldCase, splitWords } from './normalize.js';

/** A word of a resident's message, in the folded form the lexicon uses. */
export interface Token {
  text: string;
  /** Sentence number: phrases never match across sentences. */
  sentence: number;
}

/**
 * Turns a message into tokens: accents and case folded, apostrophes inside words dropped
 * ("m'n" → "mn"), letters repeated three or more times shortened ("heeeelp" → "heelp"),
 * and informal spellings expanded through `spreektaal` ("mn" → "mijn").
 */
export function tokenize(text: string, spreektaal: ReadonlyMap<string, readonly string[]>): Token[] {
  const folded = foldCase(text)
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
  const tokens: Token[] = [];
  folded.split(/[.!?;:\n]+/).forEach((sentenceText, sentence) => {
    for (const word of splitWords(sentenceText)) {
      for (const expanded of spreektaal.get(word) ?? [word]) tokens.push({ text: expanded, sentence });
    }
  });
  return tokens;
}

/** Prepares the `spreektaal` table: each informal form to the words it stands for. */
export function spreektaalMap(table: Readonly<Record<string, string>>): Map<string, string[]> {
  return new Map(
    Object.entries(table).map(([informal, full]) => [
      foldCase(informal).replace(/'/g, ''),
      splitWords(foldCase(full)),
    ]),
  );
}
