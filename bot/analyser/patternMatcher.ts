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

function extend(
  pattern: CompiledPattern,
  start: number,
  firstQuality: number,
  tokens: readonly Token[],
  hits: readonly (readonly WordHit[])[],
  accepts: (pattern: CompiledPattern, word: PatternWord, hit: WordHit) => boolean,
): Occurrence | undefined {
  const positions = [start];
  let qualitySum = firstQuality;
  for (const word of pattern.words.slice(1)) {
    const previous = positions[positions.length - 1]!;
    let next: { position: number; quality: number } | undefined;
    for (
      let position = previous + 1;
      position <= previous + 1 + MAX_GAP && position < tokens.length;
      position++
    ) {
      if (tokens[position]!.sentence !== tokens[start]!.sentence) break;
      const hit = hits[position]!.find(
        (candidate) => candidate.word === word.text && accepts(pattern, word, candidate),
      );
      if (hit) {
        next = { position, quality: hit.quality };
        break;
      }
    }
    if (!next) return undefined;
    positions.push(next.position);
    qualitySum += next.quality;
  }
  return { pattern, positions, quality: qualitySum / positions.length };
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
