import type { Doelgroep } from '../kaart/schema.js';
import type { Occurrence } from './patternMatcher.js';
import type { Taal } from './taal.js';
import type { Token } from './tokenize.js';

export interface AgeMention {
  age: number;
  position: number;
}

const MAX_AGE = 120;
/** How far before a number a word such as "huisnummer" still says what the number is. */
const LOOK_BACK = 2;
/** A currency sign just before a number ("€ 300") or just after it ("300€"). */
const CURRENCY_BEFORE = /[€$£] ?$/;
const CURRENCY_AFTER = /^[€$£]/;
/** Signs that join two numbers into a date, time or phone number: 12-03, 15:00, 12.03, 06/123. */
const NUMBER_JOINER = /^[-/:.]$/;

/**
 * Ages a message mentions: "88 jaar", "15-jarige", "15 year old", "mijn vader van 88".
 * A number followed by a unit ("van 88 euro", "is 12 maart") or after a word such as
 * "huisnummer" is not an age, nor an amount (€ 300), a date or time (12-03, 15:00), a
 * duration ("al 40 jaar"), or a number with a leading zero (06 12345678).
 */
export function findAgeMentions(tokens: readonly Token[], words: Taal['leeftijd']): AgeMention[] {
  const after = new Set(words.woordenNa);
  const before = new Set(words.woordenVoor);
  const notAgeAfter = new Set(words.nietAlsErnaStaat);
  const notAgeBefore = new Set(words.nietAlsErvoorStaat);
  const duration = new Set(words.duurWoorden);
  const mentions: AgeMention[] = [];
  tokens.forEach((token, position) => {
    if (!/^[1-9]\d{0,2}$/.test(token.text)) return;
    const age = Number(token.text);
    const next = tokens[position + 1];
    const previous = tokens[position - 1];
    const sameSentence = (other: Token | undefined) =>
      other !== undefined && other.sentence === token.sentence;
    if (age > MAX_AGE || (sameSentence(next) && notAgeAfter.has(next!.text))) return;
    if (isPartOfOtherNumber(token, previous, next)) return;
    const beforePrevious = tokens[position - 2];
    const saysDuration =
      sameSentence(previous) &&
      duration.has(previous!.text) &&
      !(sameSentence(beforePrevious) && before.has(beforePrevious!.text));
    if (saysDuration) return;
    for (let back = 1; back <= LOOK_BACK; back++) {
      const earlier = tokens[position - back];
      if (sameSentence(earlier) && notAgeBefore.has(earlier!.text)) return;
    }
    const saidAsAge =
      (sameSentence(next) && after.has(next!.text)) || (sameSentence(previous) && before.has(previous!.text));
    if (saidAsAge) mentions.push({ age, position });
  });
  return mentions;
}

/** An amount ("€ 300", "300€ kwijt") or one part of a date, time or phone number. */
function isPartOfOtherNumber(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (CURRENCY_BEFORE.test(token.gap ?? '') || CURRENCY_AFTER.test(next?.gap ?? '')) return true;
  const joined = (gap: string | undefined, other: Token | undefined) =>
    other !== undefined && /^\d+$/.test(other.text) && NUMBER_JOINER.test(gap ?? '');
  return joined(token.gap, previous) || joined(next?.gap, next);
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
