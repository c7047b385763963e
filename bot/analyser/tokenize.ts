import { foldCase, splitWords } from './normalize.js';

/** A word of a resident's message, in the folded form the lexicon uses. */
export interface Token {
  text: string;
  /** Sentence number: phrases never match across sentences. */
  sentence: number;
  /**
   * The signs between the previous word and this one, when there are any, each run of spaces
   * as one space: "-" in "12-03", ":" in "15:00", " € " in "is € 300", ", " after a clause.
   * At most the last few characters.
   */
  gap?: string;
}

const SENTENCE_END = /[.!?;:\n]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_GAP = 8;

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
  let sentence = 0;
  let end = 0;
  for (const match of folded.matchAll(WORD)) {
    const between = folded.slice(end, match.index);
    sentence += between.match(SENTENCE_END)?.length ?? 0;
    const signs = /[^\s]/.test(between) ? between.replace(/\s+/g, ' ').slice(-MAX_GAP) : '';
    end = match.index + match[0].length;
    const word = match[0];
    (spreektaal.get(word) ?? [word]).forEach((expanded, index) => {
      tokens.push(
        index === 0 && signs ? { text: expanded, sentence, gap: signs } : { text: expanded, sentence },
      );
    });
  }
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
