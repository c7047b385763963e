import type { ConceptPair } from './lexicon.js';
import type { Occurrence } from './patternMatcher.js';
import type { Token } from './tokenize.js';

/** The parts of a concept pair must lie within this many words of each other. */
export const MAX_CONCEPT_SPAN = 8;

/**
 * Finds concept pairs ("mezelf|zichzelf + doden|ophangen") from the occurrences of their
 * parts: one part of every slot, in one sentence, in any order, within MAX_CONCEPT_SPAN words.
 */
export function combineConceptPairs(
  occurrences: readonly Occurrence[],
  concepts: readonly ConceptPair[],
  tokens: readonly Token[],
): Occurrence[] {
  const partsByConcept = new Map<number, Occurrence[]>();
  for (const occurrence of occurrences) {
    const partOf = occurrence.pattern.partOf;
    if (!partOf) continue;
    const list = partsByConcept.get(partOf.concept);
    if (list) list.push(occurrence);
    else partsByConcept.set(partOf.concept, [occurrence]);
  }
  const found: Occurrence[] = [];
  for (const [index, parts] of partsByConcept) {
    const concept = concepts[index]!;
    for (const anchor of parts) {
      const pair = completePair(anchor, parts, concept.slots, tokens);
      if (pair) found.push({ ...pair, pattern: concept.pattern });
    }
  }
  return found;
}

function completePair(
  anchor: Occurrence,
  parts: readonly Occurrence[],
  slots: number,
  tokens: readonly Token[],
): Omit<Occurrence, 'pattern'> | undefined {
  const start = anchor.positions[0]!;
  const sentence = tokens[start]!.sentence;
  const chosen: Occurrence[] = [];
  for (let slot = 0; slot < slots; slot++) {
    let best: Occurrence | undefined;
    for (const part of parts) {
      if (part.pattern.partOf?.slot !== slot || tokens[part.positions[0]!]!.sentence !== sentence) continue;
      if (!best || Math.abs(part.positions[0]! - start) < Math.abs(best.positions[0]! - start)) best = part;
    }
    if (!best) return undefined;
    chosen.push(best);
  }
  const positions = [...new Set(chosen.flatMap((part) => part.positions))].sort((a, b) => a - b);
  if (positions[positions.length - 1]! - positions[0]! > MAX_CONCEPT_SPAN) return undefined;
  return {
    positions,
    quality: chosen.reduce((sum, part) => sum + part.quality, 0) / chosen.length,
  };
}
