import type { Doelgroep } from '../kaart/schema.js';
import type { Occurrence } from './patternMatcher.js';
import type { Taal } from './taal.js';
import type { Token } from './tokenize.js';

export interface AgeMention {
  age: number;
  position: number;
}

const MAX_AGE = 120;

/**
 * Ages a message mentions: "88 jaar", "15-jarige", "15 year old", "mijn vader van 88".
 * A number followed by a unit ("van 88 euro") is not an age.
 */
export function findAgeMentions(tokens: readonly Token[], words: Taal['leeftijd']): AgeMention[] {
  const after = new Set(words.woordenNa);
  const before = new Set(words.woordenVoor);
  const notAge = new Set(words.nietAlsErnaStaat);
  const mentions: AgeMention[] = [];
  tokens.forEach((token, position) => {
    if (!/^\d{1,3}$/.test(token.text)) return;
    const age = Number(token.text);
    const next = tokens[position + 1];
    const previous = tokens[position - 1];
    const sameSentence = (other: Token | undefined) =>
      other !== undefined && other.sentence === token.sentence;
    if (age > MAX_AGE || (sameSentence(next) && notAge.has(next!.text))) return;
    const saidAsAge =
      (sameSentence(next) && after.has(next!.text)) || (sameSentence(previous) && before.has(previous!.text));
    if (saidAsAge) mentions.push({ age, position });
  });
  return mentions;
}

/** Doelgroep occurrences for the ages a message mentions, by each doelgroep's kaart `leeftijd`. */
export function ageOccurrences(
  tokens: readonly Token[],
  words: Taal['leeftijd'],
  doelgroepen: readonly Doelgroep[],
): Occurrence[] {
  return findAgeMentions(tokens, words).flatMap(({ age, position }) =>
    doelgroepen
      .filter(({ leeftijd }) => leeftijd && age >= (leeftijd.van ?? 0) && age < (leeftijd.tot ?? Infinity))
      .map((doelgroep) => ({
        pattern: {
          category: 'doelgroep' as const,
          targetId: doelgroep.id,
          language: 'nl' as const,
          source: `leeftijd ${age}`,
          words: [{ text: String(age), exact: true }],
          weight: 1,
          strict: false,
          negated: false,
        },
        positions: [position],
        quality: 1,
      })),
  );
}
