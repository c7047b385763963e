import { editDistance } from '../analyser/editDistance.js';

/** Words of this length or more may have one typo. */
export const MIN_TYPO_LENGTH = 5;
// A longer word is no typo of a vocabulary word, and its deletions would cost more than they find.
const MAX_TYPO_LENGTH = 40;

/** What one word of a reply stands for in the vocabulary. */
export interface WordHits {
  /** Vocabulary words it is, or is with one typo. */
  words: ReadonlySet<string>;
  /** Prefixes ("aanvra" of "aanvra*") it starts with. */
  prefixes: ReadonlySet<string>;
  /** Word classes ("relatie") one of its words belongs to. */
  classes: ReadonlySet<string>;
}

/**
 * Finds which vocabulary words a reply's word stands for: the word itself, or, for a word of
 * MIN_TYPO_LENGTH letters or more that is no vocabulary word itself, one typo away.
 */
export class WordIndex {
  private readonly deletions = new Map<string, string[]>();
  private readonly classOf = new Map<string, string[]>();

  /** `exactOnly`: words that count only as written, never one typo away. */
  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly prefixes: readonly string[],
    classes: ReadonlyMap<string, ReadonlySet<string>>,
    exactOnly: ReadonlySet<string> = new Set(),
  ) {
    for (const word of words) {
      if (word.length < MIN_TYPO_LENGTH || exactOnly.has(word)) continue;
      for (const key of [word, ...deletionsOf(word)]) {
        const list = this.deletions.get(key);
        if (list) list.push(word);
        else this.deletions.set(key, [word]);
      }
    }
    for (const [name, members] of classes) {
      for (const member of members) this.classOf.set(member, [...(this.classOf.get(member) ?? []), name]);
    }
  }

  hits(token: string): WordHits {
    const words = new Set<string>();
    if (this.words.has(token)) words.add(token);
    else if (token.length >= MIN_TYPO_LENGTH && token.length <= MAX_TYPO_LENGTH) {
      for (const key of [token, ...deletionsOf(token)]) {
        for (const word of this.deletions.get(key) ?? []) {
          if (editDistance(token, word, 1) <= 1) words.add(word);
        }
      }
    }
    const prefixes = new Set(this.prefixes.filter((prefix) => token.startsWith(prefix)));
    const classes = new Set([...words].flatMap((word) => this.classOf.get(word) ?? []));
    return { words, prefixes, classes };
  }
}

function deletionsOf(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}
