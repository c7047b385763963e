import { editDistance } from '../analyser/editDistance.js';
import { tokenize } from '../analyser/tokenize.js';
import type { PhraseMatch } from './phraseFinder.js';
import type { ReplyToken } from './replyTokens.js';
import { MIN_TYPO_LENGTH } from './wordIndex.js';
import { wholeReplyMeaning } from './wholeReply.js';

export interface NamedAanbieder {
  id: string;
  naam: string;
  /** What kind of provider it is (the kaart's `soort`): its words count less than the name's. */
  soort?: string;
}

/** A word that tells one name apart counts this much more than one from `soort`. */
const NAME_WEIGHT = 2;

const MIN_PREFIX = 4;
const MIN_SHARED_START = 6;
const SHARED_START_SHARE = 0.75;

/**
 * The provider a reply names among those offered, in the order they were shown: by its place
 * ("de tweede", "2"), or by words of its name or kind ("die van mee", "wijkteam",
 * "ouderenadviseur", "wijkteem", "ouderen advies", "die met ervaringsdeskundigen"). Every word
 * that is no filler must belong to an offered provider, and the words that tell them apart
 * ("mee", not "voorbeeld") must point to one provider only.
 */
export function matchAanbieder(
  tokens: readonly ReplyToken[],
  filler: readonly PhraseMatch<string>[],
  places: readonly PhraseMatch<string>[],
  aanbieders: readonly NamedAanbieder[],
  spreektaal: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  if (tokens.length === 0 || aanbieders.length === 0) return undefined;
  const numbers = tokens.flatMap((token, start): PhraseMatch<string>[] =>
    /^\d{1,2}$/.test(token.text)
      ? [
          {
            meaning: String(Number(token.text) - 1),
            start,
            end: start + 1,
            words: 1,
            gaps: [],
            source: token.text,
          },
        ]
      : [],
  );
  const place = wholeReplyMeaning(tokens.length, [...places, ...numbers], filler);
  if (place !== undefined) return aanbieders[Number(place)]?.id;

  const fillerAt = new Set(filler.flatMap(({ start, end }) => range(start, end)));
  const words = (text: string | undefined) => tokenize(text ?? '', spreektaal).map((token) => token.text);
  const names = aanbieders.map(({ id, naam }) => words(`${naam} ${id}`));
  const kinds = aanbieders.map(({ soort }, index) =>
    words(soort).filter((word) => !names[index]!.includes(word)),
  );
  const owners = new Map<string, number>();
  for (const list of [...names, ...kinds])
    for (const word of new Set(list)) owners.set(word, (owners.get(word) ?? 0) + 1);
  const lists = [
    ...names.map((list, index) => ({ list, index, weight: NAME_WEIGHT })),
    ...kinds.map((list, index) => ({ list, index, weight: 1 })),
  ];
  /** Adds what `typed` tells about each provider; false when it belongs to none. */
  const credit = (typed: string, scores: number[], whole = false): boolean => {
    let named = false;
    for (const { list, index, weight } of lists) {
      const word = list.find((candidate) =>
        whole ? sameWord(typed, candidate) : sameNameWord(typed, candidate),
      );
      if (word === undefined) continue;
      named = true;
      if (owners.get(word) === 1) scores[index]! += weight;
    }
    return named;
  };
  const scores = aanbieders.map(() => 0);
  for (let position = 0; position < tokens.length; position++) {
    if (fillerAt.has(position)) continue;
    const next = tokens[position + 1];
    // "ouderen advies": a word of a name typed as two.
    if (next && !fillerAt.has(position + 1) && credit(tokens[position]!.text + next.text, scores, true)) {
      position++;
      continue;
    }
    if (!credit(tokens[position]!.text, scores)) return undefined;
  }
  const best = Math.max(...scores);
  const winners = scores.flatMap((score, index) => (score === best ? [index] : []));
  return best > 0 && winners.length === 1 ? aanbieders[winners[0]!]!.id : undefined;
}

/** The same word, or one typo away. */
function sameWord(typed: string, name: string): boolean {
  return (
    typed === name ||
    (Math.min(typed.length, name.length) >= MIN_TYPO_LENGTH && editDistance(typed, name, 1) <= 1)
  );
}

/** A reply's word for a word of a name: the same, its start, one typo, or the same stem. */
function sameNameWord(typed: string, name: string): boolean {
  if (sameWord(typed, name)) return true;
  const [shorter, longer] = typed.length <= name.length ? [typed, name] : [name, typed];
  if (shorter.length >= MIN_PREFIX && longer.startsWith(shorter)) return true;
  let shared = 0;
  while (shared < shorter.length && shorter[shared] === longer[shared]) shared++;
  return shared >= MIN_SHARED_START && shared >= SHARED_START_SHARE * shorter.length;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
