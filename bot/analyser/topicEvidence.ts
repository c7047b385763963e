import type { Language } from './lexicon.js';
import type { Occurrence } from './patternMatcher.js';

/**
 * How much each found word counts towards a levensgebied. Each rule takes occurrences and
 * gives them back reweighed (or fewer); the analyser applies them in order.
 */

const FOREIGN_WORD_FACTOR = 0.5;
const CONDITION_WORD_FACTOR = 0.5;
const FALLBACK_FACTOR = 0.4;

/**
 * A loose reading of a word (part of a compound, a typo) gives way where another levensgebied
 * has that very word: "gezinsvoogd" is listed under jeugdzorg, so it is not "gezin" (opvoeding).
 * Judged on the match itself, before any other weighing.
 */
export function preferExactReadings(topics: Occurrence[]): Occurrence[] {
  const exactAt = new Map<number, Set<string>>();
  for (const occurrence of topics) {
    if (occurrence.quality < 1) continue;
    for (const position of occurrence.positions) {
      exactAt.set(position, (exactAt.get(position) ?? new Set<string>()).add(occurrence.pattern.targetId));
    }
  }
  const overruled = (occurrence: Occurrence) =>
    occurrence.positions.every((position) =>
      [...(exactAt.get(position) ?? [])].some((target) => target !== occurrence.pattern.targetId),
    );
  return topics.filter((occurrence) => occurrence.quality >= 1 || !overruled(occurrence));
}

/**
 * A word that is part of a longer phrase found for another target, read at least as well, is not
 * evidence of its own: in "licht verstandelijke beperking" the "beperking" is the LVB's, not a
 * physical disability. ("mijn stiefvader" read loosely as "mijn vader" leaves "stiefvader" be.)
 */
export function preferLongerReadings(occurrences: Occurrence[]): Occurrence[] {
  const within = (inner: Occurrence, outer: Occurrence) =>
    outer.positions.length > inner.positions.length &&
    outer.quality >= inner.quality &&
    inner.positions.every((position) => outer.positions.includes(position));
  // A longer phrase holds the shorter one's first word: only those are compared, not all pairs.
  const covering = new Map<number, Occurrence[]>();
  for (const occurrence of occurrences) {
    for (const position of occurrence.positions) {
      const list = covering.get(position);
      if (list) list.push(occurrence);
      else covering.set(position, [occurrence]);
    }
  }
  return occurrences.filter(
    (occurrence) =>
      !(covering.get(occurrence.positions[0]!) ?? []).some(
        (other) => other.pattern.targetId !== occurrence.pattern.targetId && within(occurrence, other),
      ),
  );
}

/**
 * In a Dutch message an English word is often a Dutch word with another meaning ("lift",
 * "rent"): it counts half. An English message keeps its Dutch words ("huurtoeslag", "Wmo").
 */
export function weighForLanguage(topics: Occurrence[], language: Language): Occurrence[] {
  if (language === 'en') return topics;
  return topics.map((o) =>
    o.pattern.language === 'en' ? { ...o, quality: o.quality * FOREIGN_WORD_FACTOR } : o,
  );
}

/**
 * Words that say who the resident is ("herseninfarct", "depressief") count half towards a
 * levensgebied: "sinds mijn herseninfarct ben ik mijn werk kwijt" is a question about work.
 * `conditions` are the occurrences of doelgroepen with a fallback levensgebied (conditions,
 * ages), not of roles such as mantelzorger, whose words are the topic itself. Only where the
 * doelgroep reading is at least as good: "jeugdbescherming" merely starts with "jeugd".
 */
export function discountConditionWords(
  topics: Occurrence[],
  conditions: readonly Occurrence[],
): Occurrence[] {
  const conditionQuality = new Map<number, number>();
  for (const { positions, quality } of conditions) {
    for (const position of positions) {
      conditionQuality.set(position, Math.max(quality, conditionQuality.get(position) ?? 0));
    }
  }
  return topics.map((occurrence) =>
    occurrence.positions.every((position) => (conditionQuality.get(position) ?? 0) >= occurrence.quality)
      ? { ...occurrence, quality: occurrence.quality * CONDITION_WORD_FACTOR }
      : occurrence,
  );
}

/**
 * A doelgroep alone still says something about the question: "ik ben steeds overprikkeld
 * sinds mijn hersenschudding" is about care. The doelgroep's kaart `levensgebied` gets a
 * hint, not evidence: one per levensgebied, weaker than any word of its own, and it does not
 * decide which topic was mentioned first.
 */
export function doelgroepFallbacks(
  doelgroepOccurrences: readonly Occurrence[],
  fallbackLevensgebied: ReadonlyMap<string, string>,
): Occurrence[] {
  const best = new Map<string, Occurrence>();
  for (const occurrence of doelgroepOccurrences) {
    const levensgebied = fallbackLevensgebied.get(occurrence.pattern.targetId);
    if (!levensgebied || (best.get(levensgebied)?.quality ?? -1) >= occurrence.quality) continue;
    const pattern = { ...occurrence.pattern, category: 'levensgebied' as const, targetId: levensgebied };
    best.set(levensgebied, { ...occurrence, pattern, fallback: true });
  }
  return [...best.values()].map((occurrence) => ({
    ...occurrence,
    quality: occurrence.quality * FALLBACK_FACTOR,
  }));
}
