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
