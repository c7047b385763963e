import type { ConceptPair } from './lexicon.js';
import type { Occurrence } from './patternMatcher.js';
import type { Token } from './tokenize.js';

/** The parts of a concept pair must lie within this many words of each other. */
export const MAX_CONCEPT_SPAN = 8;

/**
 * Finds concept pairs ("mezelf|zichzelf + doden|ophangen") from the occurrences of their
 * parts: one part of every slot, in one sentence, in any order, within MAX_CONCEPT_SPAN words.
 * `occurrences` come in message order, as `findOccurrences` gives them: of two parts as near,
 * the earlier one is taken.
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
    const bySlot = firstPartAt(parts);
    for (const anchor of parts) {
      const pair = completePair(concept, anchor, bySlot, tokens);
      if (pair) found.push(pair);
    }
  }
  return found;
}

/** Per slot, the first part (in message order) that starts at each position. */
function firstPartAt(parts: readonly Occurrence[]): Map<number, Occurrence[]> {
  const bySlot = new Map<number, Occurrence[]>();
  for (const part of parts) {
    const slot = part.pattern.partOf!.slot;
    let at = bySlot.get(slot);
    if (!at) bySlot.set(slot, (at = []));
    at[part.positions[0]!] ??= part;
  }
  return bySlot;
}

function completePair(
  { pattern, slots }: ConceptPair,
  anchor: Occurrence,
  bySlot: ReadonlyMap<number, readonly Occurrence[]>,
  tokens: readonly Token[],
): Occurrence | undefined {
  const start = anchor.positions[0]!;
  const sentence = tokens[start]!.sentence;
  const chosen: Occurrence[] = [];
  let first = start;
  let last = start;
  for (let slot = 0; slot < slots; slot++) {
    const best = nearestPart(bySlot.get(slot), start, sentence, tokens);
    if (!best) return undefined;
    chosen.push(best);
    first = Math.min(first, best.positions[0]!);
    last = Math.max(last, best.positions[best.positions.length - 1]!);
  }
  if (last - first > MAX_CONCEPT_SPAN) return undefined;
  const positions: number[] = [];
  let qualitySum = 0;
  for (const part of chosen) {
    for (const position of part.positions) if (!positions.includes(position)) positions.push(position);
    qualitySum += part.quality;
  }
  return { pattern, positions: positions.sort((a, b) => a - b), quality: qualitySum / chosen.length };
}

/**
 * The part of a slot nearest to `start` in its sentence, the earlier one on a tie. Only within
 * MAX_CONCEPT_SPAN words: a part further away makes the pair too long, so the search per anchor
 * is bounded however many parts a long message holds.
 */
function nearestPart(
  at: readonly Occurrence[] | undefined,
  start: number,
  sentence: number,
  tokens: readonly Token[],
): Occurrence | undefined {
  if (!at) return undefined;
  let nearest = partAt(at, start, sentence, tokens);
  for (let distance = 1; !nearest && distance <= MAX_CONCEPT_SPAN; distance++) {
    nearest =
      partAt(at, start - distance, sentence, tokens) ?? partAt(at, start + distance, sentence, tokens);
  }
  return nearest;
}

function partAt(
  at: readonly Occurrence[],
  position: number,
  sentence: number,
  tokens: readonly Token[],
): Occurrence | undefined {
  const part = at[position];
  return part && tokens[position]!.sentence === sentence ? part : undefined;
}
