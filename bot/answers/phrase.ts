import { foldCase } from '../analyser/normalize.js';
import { tokenize } from '../analyser/tokenize.js';

/** One place in a phrase: a word, the start of a word ("aanvra*"), a word class ("{relatie}", "{zorgvorm}"), or a gap ("..."). */
export type PhrasePart =
  | { kind: 'word'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'class'; name: string }
  | { kind: 'gap' };

export interface Phrase {
  parts: PhrasePart[];
  /** How many words it names (gaps not counted): the longer phrase wins. */
  words: number;
  /** As written in the vocabulary, to explain a reading. */
  source: string;
}

/** Up to this many words may stand where a phrase has "...". */
export const MAX_GAP_WORDS = 3;
export const WORD_CLASSES = ['relatie', 'zorgvorm'] as const;
const MIN_PREFIX_LENGTH = 3;

/**
 * Reads a phrase as the vocabulary writes it: words pass through the same tokenizer as a
 * message (so "m'n" and "mn" are "mijn"), "woord*", "{klasse}" and "..." are kept as they are.
 * Throws an Error in plain Dutch when the phrase cannot be used.
 */
export function compilePhrase(source: string, spreektaal: ReadonlyMap<string, readonly string[]>): Phrase {
  const parts: PhrasePart[] = [];
  for (const chunk of source.trim().split(/\s+/)) {
    const classMatch = /^\{(.+)\}$/.exec(chunk);
    if (chunk === '...' || chunk === '…') {
      if (parts.length === 0) throw new Error(`"${source}": een zinsdeel mag niet met ... beginnen`);
      parts.push({ kind: 'gap' });
    } else if (classMatch) {
      const name = classMatch[1]!;
      if (!(WORD_CLASSES as readonly string[]).includes(name)) {
        throw new Error(`"${source}": onbekende woordsoort {${name}}; bedoelt u {relatie} of {zorgvorm}?`);
      }
      parts.push({ kind: 'class', name });
    } else if (chunk.endsWith('*')) {
      const text = foldCase(chunk.slice(0, -1)).replace(/'/g, '');
      if (!/^[\p{L}\p{N}]+$/u.test(text) || text.length < MIN_PREFIX_LENGTH) {
        throw new Error(
          `"${source}": voor * moeten minstens ${MIN_PREFIX_LENGTH} letters staan, zonder spaties of tekens`,
        );
      }
      parts.push({ kind: 'prefix', text });
    } else {
      for (const token of tokenize(chunk, spreektaal)) parts.push({ kind: 'word', text: token.text });
    }
  }
  const words = parts.filter((part) => part.kind !== 'gap').length;
  if (words === 0) throw new Error(`"${source}": dit zinsdeel heeft geen woorden`);
  if (parts.some((part, i) => part.kind === 'gap' && parts[i + 1]?.kind === 'gap')) {
    throw new Error(`"${source}": twee keer ... achter elkaar`);
  }
  return { parts, words, source };
}

/** The phrase written as one word ("weet ik niet" → "weetikniet"), when it has only plain words. */
export function joinedForm(phrase: Phrase): string | undefined {
  if (phrase.parts.length < 2 || phrase.parts.some((part) => part.kind !== 'word')) return undefined;
  return phrase.parts.map((part) => (part.kind === 'word' ? part.text : '')).join('');
}
