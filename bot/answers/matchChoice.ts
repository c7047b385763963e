import type { MeaningPhrase, PhraseMatch } from './phraseFinder.js';

// Choosing among the phrases found in a reply: the longest wins, a tie means no clear answer.

/** The meaning of the longest phrase; null when there is none, or two meanings tie. */
export function strongest<M extends string>(matches: readonly PhraseMatch<M>[]): M | null {
  return strongestMatch(matches)?.meaning ?? null;
}

/** The longest phrase; undefined when there is none, or phrases of two meanings are as long. */
export function strongestMatch<M extends string>(
  matches: readonly PhraseMatch<M>[],
): PhraseMatch<M> | undefined {
  let best: PhraseMatch<M> | undefined;
  let tie = false;
  for (const match of matches) {
    if (!best || match.words > best.words) [best, tie] = [match, false];
    else if (match.words === best.words && match.meaning !== best.meaning) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * Leaves out phrases that share words with a longer one: in "I can't manage this on my own",
 * "on my own" (netwerk) and "i can not manage" (regieKwijt) are read as part of
 * "can not manage ... on my own" (zelf).
 */
export function outermost<M extends string>(matches: readonly PhraseMatch<M>[]): PhraseMatch<M>[] {
  return matches.filter(
    (shorter) =>
      !matches.some(
        (longer) => longer.words > shorter.words && longer.start < shorter.end && shorter.start < longer.end,
      ),
  );
}

/** Each phrase that starts with a filler word also without it ("ik snap het niet" → "snap het niet"). */
export function withoutLeadingFiller<M extends string>(
  list: readonly MeaningPhrase<M>[],
  fillerWords: ReadonlySet<string>,
): MeaningPhrase<M>[] {
  return list.flatMap((entry) => {
    const [first, ...rest] = entry.phrase.parts;
    const shorter =
      first?.kind === 'word' && fillerWords.has(first.text) && rest.some((part) => part.kind !== 'gap');
    if (!shorter || rest[0]?.kind === 'gap') return [entry];
    return [
      entry,
      { meaning: entry.meaning, phrase: { ...entry.phrase, parts: rest, words: entry.phrase.words - 1 } },
    ];
  });
}

export function span(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
