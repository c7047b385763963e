import { editDistance } from '../analyser/editDistance.js';
import { tokenize } from '../analyser/tokenize.js';
import type { PhraseMatch } from './phraseFinder.js';
import type { ReplyToken } from './replyTokens.js';
import { MIN_TYPO_LENGTH } from './wordIndex.js';
import { wholeReplyMeaning } from './wholeReply.js';

export interface NamedAanbieder {
  id: string;
  naam: string;
}

const MIN_PREFIX = 4;
const MIN_SHARED_START = 6;
const SHARED_START_SHARE = 0.75;

/**
 * The provider a reply names among those offered: by its place in the list ("de tweede", "2"),
 * or by words of its name ("die van mee", "wijkteam", "ouderenadviseur", "wijkteem"). Every word
 * that is no filler must belong to an offered name, and the words that tell the names apart
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
      ? [{ meaning: String(Number(token.text) - 1), start, end: start + 1, words: 1, gaps: [], source: token.text }]
      : [],
  );
  const place = wholeReplyMeaning(tokens.length, [...places, ...numbers], filler);
  if (place !== undefined) return aanbieders[Number(place)]?.id;

  const fillerAt = new Set(filler.flatMap(({ start, end }) => range(start, end)));
  const names = aanbieders.map(({ id, naam }) => tokenize(`${naam} ${id}`, spreektaal).map((token) => token.text));
  const owners = new Map<string, number>();
  for (const words of names) for (const word of new Set(words)) owners.set(word, (owners.get(word) ?? 0) + 1);
  const scores = aanbieders.map(() => 0);
  for (const [position, token] of tokens.entries()) {
    if (fillerAt.has(position)) continue;
    let named = false;
    names.forEach((words, index) => {
      const word = words.find((candidate) => sameNameWord(token.text, candidate));
      if (word === undefined) return;
      named = true;
      if (owners.get(word) === 1) scores[index]!++;
    });
    if (!named) return undefined;
  }
  const best = Math.max(...scores);
  const winners = scores.flatMap((score, index) => (score === best ? [index] : []));
  return best > 0 && winners.length === 1 ? aanbieders[winners[0]!]!.id : undefined;
}

/** A reply's word for a word of a name: the same, its start, one typo, or the same stem. */
function sameNameWord(typed: string, name: string): boolean {
  if (typed === name) return true;
  const [shorter, longer] = typed.length <= name.length ? [typed, name] : [name, typed];
  if (shorter.length >= MIN_PREFIX && longer.startsWith(shorter)) return true;
  let shared = 0;
  while (shared < shorter.length && shorter[shared] === longer[shared]) shared++;
  if (shared >= MIN_SHARED_START && shared >= SHARED_START_SHARE * shorter.length) return true;
  return shorter.length >= MIN_TYPO_LENGTH && editDistance(typed, name, 1) <= 1;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
