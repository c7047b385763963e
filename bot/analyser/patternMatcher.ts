import type { CompiledPattern, Language } from './lexicon.js';
import type { Token } from './tokenize.js';
import type { WordHit } from './wordMatcher.js';
import type { PatternWord } from './wordPattern.js';

/** Where a pattern was found: the positions of its words in the message. */
export interface Occurrence {
  pattern: CompiledPattern;
  positions: number[];
  /** Mean quality of the word matches (1 = the words exactly as in the kaart). */
  quality: number;
  /** Inferred from a doelgroep rather than said: it does not decide which was mentioned first. */
  fallback?: boolean;
}

/** Words of a phrase may have at most this many other words between them. */
export const MAX_GAP = 2;
const STRICT_LOOSE_MATCH_LENGTH = 7;
const SHORTEST_LOOSE_WORD = 3;
const STRICT_SHORTEST_LOOSE_WORD = 4;

/** Finds every occurrence of the lexicon's patterns in a tokenized message. */
export function findOccurrences(
  tokens: readonly Token[],
  hits: readonly (readonly WordHit[])[],
  byFirstWord: ReadonlyMap<string, readonly CompiledPattern[]>,
  inflections: Readonly<Record<Language, ReadonlySet<string>>>,
): Occurrence[] {
  const accepts = (pattern: CompiledPattern, word: PatternWord, hit: WordHit) =>
    acceptsHit(pattern, word, hit, inflections[pattern.language]);
  const found: Occurrence[] = [];
  hits.forEach((tokenHits, start) => {
    for (const hit of tokenHits) {
      for (const pattern of byFirstWord.get(hit.word) ?? []) {
        if (!accepts(pattern, pattern.words[0]!, hit)) continue;
        const occurrence = extend(pattern, start, hit.quality, tokens, hits, accepts);
        if (occurrence) found.push(occurrence);
      }
    }
  });
  return found;
}

// Runs for every pattern that starts at every word of a message, up to 400 kB of it for crisis
// signals: hence plain loops, and no arrays made for a phrase that is not there.
function extend(
  pattern: CompiledPattern,
  start: number,
  firstQuality: number,
  tokens: readonly Token[],
  hits: readonly (readonly WordHit[])[],
  accepts: (pattern: CompiledPattern, word: PatternWord, hit: WordHit) => boolean,
): Occurrence | undefined {
  const { words } = pattern;
  if (words.length === 1) return { pattern, positions: [start], quality: firstQuality };
  const sentence = tokens[start]!.sentence;
  let positions: number[] | undefined;
  let previous = start;
  let qualitySum = firstQuality;
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    let next = -1;
    for (
      let position = previous + 1;
      position <= previous + 1 + MAX_GAP && position < tokens.length;
      position++
    ) {
      if (tokens[position]!.sentence !== sentence) break;
      const hit = acceptedHit(hits[position]!, pattern, word, accepts);
      if (hit) {
        next = position;
        qualitySum += hit.quality;
        break;
      }
    }
    if (next < 0) return undefined;
    (positions ??= [start]).push(next);
    previous = next;
  }
  const found = positions ?? [start];
  return { pattern, positions: found, quality: qualitySum / found.length };
}

function acceptedHit(
  hits: readonly WordHit[],
  pattern: CompiledPattern,
  word: PatternWord,
  accepts: (pattern: CompiledPattern, word: PatternWord, hit: WordHit) => boolean,
): WordHit | undefined {
  for (const hit of hits) {
    if (hit.word === word.text && accepts(pattern, word, hit)) return hit;
  }
  return undefined;
}

/**
 * Which kinds of word match a pattern word accepts, by its language and strictness. Very
 * short words match only exactly: "me" must not match "meer", nor "ov" "over".
 */
function acceptsHit(
  pattern: CompiledPattern,
  word: PatternWord,
  hit: WordHit,
  inflections: ReadonlySet<string>,
): boolean {
  const shortest = pattern.strict ? STRICT_SHORTEST_LOOSE_WORD : SHORTEST_LOOSE_WORD;
  if (word.exact || word.text.length < shortest) return hit.kind === 'exact';
  switch (hit.kind) {
    case 'exact':
      return true;
    case 'inflection':
      return hit.ending !== undefined && inflections.has(hit.ending);
    case 'fuzzy':
      return !pattern.strict || word.text.length >= STRICT_LOOSE_MATCH_LENGTH;
    case 'compoundHead':
      return pattern.language === 'nl' && (!pattern.strict || word.text.length >= STRICT_LOOSE_MATCH_LENGTH);
    case 'compoundTail':
      return pattern.language === 'nl' && !pattern.strict;
  }
}
