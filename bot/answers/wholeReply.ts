import type { PhraseMatch } from './phraseFinder.js';

/**
 * The meaning a reply *is*: every word belongs to an answer phrase or is filler ("ja hoor",
 * "een beetje wel"), and one meaning has the longest phrase ("een beetje wel" is deels, not ja;
 * "ochtend of middag, allebei goed" is maakt-niet-uit). When the longest phrases of two meanings
 * are as long ("ja nee"), or a word is neither answer nor filler, there is no clear answer.
 */
export function wholeReplyMeaning<M extends string>(
  length: number,
  matches: readonly PhraseMatch<M>[],
  filler: readonly PhraseMatch<string>[],
): M | undefined {
  if (length === 0 || matches.length === 0) return undefined;
  const longest = new Map<M, number>();
  for (const match of matches)
    longest.set(match.meaning, Math.max(longest.get(match.meaning) ?? 0, match.words));
  const ranked = [...longest.entries()].sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (runnerUp && runnerUp[1] === best![1]) return undefined;
  const meaning = best![0];
  const winning = matches.filter((match) => match.meaning === meaning);
  return covers(length, winning, [...filler, ...matches]) ? meaning : undefined;
}

/** Whether `phrases`, with `filler` between them, cover all `length` tokens (at least one of `phrases`). */
function covers(
  length: number,
  phrases: readonly PhraseMatch<string>[],
  filler: readonly PhraseMatch<string>[],
): boolean {
  // reached[i][used]: tokens before i are covered, with (1) or without (0) a phrase among them.
  const reached = Array.from({ length: length + 1 }, () => [false, false]);
  reached[0]![0] = true;
  const startingAt = (list: readonly PhraseMatch<string>[]) => {
    const byStart = new Map<number, number[]>();
    for (const { start, end } of list) byStart.set(start, [...(byStart.get(start) ?? []), end]);
    return byStart;
  };
  const phraseEnds = startingAt(phrases);
  const fillerEnds = startingAt(filler);
  for (let i = 0; i < length; i++) {
    const [plain, used] = reached[i]!;
    if (!plain && !used) continue;
    for (const end of fillerEnds.get(i) ?? []) {
      if (plain) reached[end]![0] = true;
      if (used) reached[end]![1] = true;
    }
    for (const end of phraseEnds.get(i) ?? []) reached[end]![1] = true;
  }
  return reached[length]![1]!;
}
