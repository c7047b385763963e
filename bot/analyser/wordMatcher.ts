import { editDistance } from './editDistance.js';

/**
 * How a token relates to a lexicon word: the same word, the word with an inflection
 * ("schulden"), a compound that starts with it ("schuldhulp") or ends with it
 * ("huurachterstand"), or the word with one typo ("scheulden").
 */
export type MatchKind = 'exact' | 'inflection' | 'compoundHead' | 'compoundTail' | 'fuzzy';

export interface WordHit {
  word: string;
  kind: MatchKind;
  /** For an inflection: the ending after the word ("en" in "schulden"). */
  ending?: string;
  /** 1 for the word itself; less the further the token is from it. */
  quality: number;
}

const MIN_FUZZY_LENGTH = 6;
const MIN_HEAD_LENGTH = 4;
const MIN_TAIL_LENGTH = 5;
const MIN_COMPOUND_REST = 3;
const MAX_TOKEN_LENGTH = 40;
const CACHE_LIMIT = 50_000;

/** Finds, for a token, every lexicon word it stands for. Deterministic; caches per token. */
export class WordMatcher {
  private readonly deletions = new Map<string, string[]>();
  private readonly cache = new Map<string, WordHit[]>();

  constructor(
    private readonly words: ReadonlySet<string>,
    private readonly inflections: ReadonlySet<string>,
    private readonly stopwords: ReadonlySet<string>,
  ) {
    for (const word of words) {
      if (word.length < MIN_FUZZY_LENGTH) continue;
      for (const key of [word, ...deletionsOf(word)]) {
        const list = this.deletions.get(key);
        if (list) list.push(word);
        else this.deletions.set(key, [word]);
      }
    }
  }

  match(token: string): WordHit[] {
    if (token.length > MAX_TOKEN_LENGTH) return [];
    const cached = this.cache.get(token);
    if (cached) return cached;
    const own = ownCopy(token);
    const hits = this.compute(own);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(own, hits);
    return hits;
  }

  private compute(token: string): WordHit[] {
    const best = new Map<string, WordHit>();
    const add = (word: string, kind: MatchKind, quality: number, ending?: string) => {
      const known = best.get(word);
      if (!known || known.quality < quality)
        best.set(word, { word, kind, quality, ...(ending ? { ending } : {}) });
    };
    if (this.words.has(token)) add(token, 'exact', 1);
    for (let length = 2; length < token.length; length++) {
      const head = token.slice(0, length);
      if (!this.words.has(head)) continue;
      const rest = token.slice(length);
      if (this.inflections.has(rest)) add(head, 'inflection', 1, rest);
      else if (head.length >= MIN_HEAD_LENGTH && rest.length >= MIN_COMPOUND_REST) {
        add(head, 'compoundHead', 0.6 + (0.4 * head.length) / token.length);
      }
    }
    for (const base of this.withoutInflection(token)) {
      for (let start = MIN_COMPOUND_REST; base.length - start >= MIN_TAIL_LENGTH; start++) {
        const tail = base.slice(start);
        if (this.words.has(tail)) add(tail, 'compoundTail', 0.75 + (0.25 * tail.length) / token.length);
      }
    }
    if (best.size === 0 && token.length >= MIN_FUZZY_LENGTH && !this.stopwords.has(token)) {
      for (const key of [token, ...deletionsOf(token)]) {
        for (const word of this.deletions.get(key) ?? []) {
          if (editDistance(token, word, 1) <= 1) add(word, 'fuzzy', 0.8);
        }
      }
    }
    return [...best.values()];
  }

  /** The token itself and the token without each inflection it ends with. */
  private withoutInflection(token: string): string[] {
    const bases = [token];
    for (const ending of this.inflections) {
      if (token.length - ending.length >= MIN_TAIL_LENGTH + MIN_COMPOUND_REST && token.endsWith(ending)) {
        bases.push(token.slice(0, -ending.length));
      }
    }
    return bases;
  }
}

/**
 * The same text in a string of its own. V8 cuts a word out of a message as a view on the whole
 * message: cached as it is, each word would keep a pasted 400 kB message in memory.
 */
function ownCopy(token: string): string {
  return token.split('').join('');
}

function deletionsOf(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}
