import type { Occurrence } from './patternMatcher.js';
import type { Token } from './tokenize.js';

const NEGATION_WINDOW = 2;

/**
 * Keeps the crisis occurrences that really signal a crisis: not inside an idiom the kaart
 * lists as an exception ("ik schrok me dood", "zombies doden"), and not negated
 * ("ik heb geen zelfmoordgedachten") unless the signal itself is a negation ("niet meer leven").
 */
export function genuineCrisisOccurrences(
  crisis: readonly Occurrence[],
  exceptions: readonly Occurrence[],
  tokens: readonly Token[],
  negations: ReadonlySet<string>,
): Occurrence[] {
  const masked = new Set(exceptions.flatMap((occurrence) => occurrence.positions));
  return crisis.filter((occurrence) => {
    if (occurrence.positions.some((position) => masked.has(position))) return false;
    return occurrence.pattern.negated || !isNegated(occurrence, tokens, negations);
  });
}

/**
 * A negation just before the signal, or anywhere between its words (also between the two parts
 * of a concept pair: "ik wil niet dat hij doodgaat"), cancels it.
 */
function isNegated(
  occurrence: Occurrence,
  tokens: readonly Token[],
  negations: ReadonlySet<string>,
): boolean {
  const { positions } = occurrence;
  const first = positions[0]!;
  const sentence = tokens[first]!.sentence;
  for (
    let position = Math.max(0, first - NEGATION_WINDOW);
    position < positions[positions.length - 1]!;
    position++
  ) {
    const token = tokens[position]!;
    if (token.sentence === sentence && negations.has(token.text) && !positions.includes(position))
      return true;
  }
  return false;
}
