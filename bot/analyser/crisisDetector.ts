import type { Occurrence } from './patternMatcher.js';
import type { Token } from './tokenize.js';

const NEGATION_WINDOW = 2;

/** What tells a real crisis from words that only look like one. */
export interface CrisisContext {
  /** Idioms the kaart lists as no crisis ("ik schrok me dood", "zombies doden"). */
  exceptions: readonly Occurrence[];
  /** Words placing something in the past ("vroeger", "as a child"). */
  past: readonly Occurrence[];
  /** Crisis types that count in the past too (a suicide attempt last year still matters). */
  pastCounts: ReadonlySet<string>;
  negations: ReadonlySet<string>;
}

/**
 * Keeps the crisis occurrences that really signal a crisis now: not inside an idiom, not
 * negated ("ik heb geen zelfmoordgedachten") unless the signal itself is a negation ("niet
 * meer leven"), and not told as the past ("ik heb vroeger huiselijk geweld meegemaakt") for a
 * type where the past does not count.
 */
export function genuineCrisisOccurrences(
  crisis: readonly Occurrence[],
  tokens: readonly Token[],
  context: CrisisContext,
): Occurrence[] {
  const masked = new Set(context.exceptions.flatMap((occurrence) => occurrence.positions));
  const pastSentences = new Set(context.past.map((occurrence) => tokens[occurrence.positions[0]!]!.sentence));
  return crisis.filter((occurrence) => {
    if (occurrence.positions.some((position) => masked.has(position))) return false;
    const sentence = tokens[occurrence.positions[0]!]!.sentence;
    if (pastSentences.has(sentence) && !context.pastCounts.has(occurrence.pattern.targetId)) return false;
    return occurrence.pattern.negated || !isNegated(occurrence, tokens, context.negations);
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
