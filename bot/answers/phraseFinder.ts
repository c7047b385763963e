import { MAX_GAP_WORDS, type Phrase, type PhrasePart, joinedForm } from './phrase.js';
import type { ReplyToken } from './replyTokens.js';
import { type WordHits, WordIndex } from './wordIndex.js';

/** Where a phrase of one meaning occurs in a reply. */
export interface PhraseMatch<M extends string> {
  meaning: M;
  /** The first token, and the token after the last. */
  start: number;
  end: number;
  /** How many words the phrase names: the longer phrase wins. */
  words: number;
  /** Tokens that stood where the phrase has "...". */
  gaps: number[];
  source: string;
}

export interface MeaningPhrase<M extends string> {
  meaning: M;
  phrase: Phrase;
}

/**
 * Finds every occurrence of a set of phrases in a reply. Each token is looked up once, and
 * only the phrases that start with one of its words are tried: linear in the reply's length.
 */
export class PhraseFinder<M extends string> {
  private readonly byFirst = new Map<string, MeaningPhrase<M>[]>();
  private readonly index: WordIndex;

  /**
   * `skippable`: adverbs that may stand between the words of any phrase ("ik weet het echt niet
   * meer" is "ik weet het niet meer"), at most MAX_SKIPPED in one phrase.
   */
  constructor(
    entries: readonly MeaningPhrase<M>[],
    classes: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly skippable: ReadonlySet<string> = new Set(),
  ) {
    const words = new Set<string>();
    const prefixes = new Set<string>();
    // A phrase typed as one word ("belme") counts only as written: one typo away from two short
    // words is another word ("belle", that is "bellen", is no "bel me").
    const joinedOnly = new Set<string>();
    const add = (entry: MeaningPhrase<M>) => {
      const key = keyOf(entry.phrase.parts[0]!);
      this.byFirst.set(key, [...(this.byFirst.get(key) ?? []), entry]);
      for (const part of entry.phrase.parts) {
        if (part.kind === 'word') words.add(part.text);
        if (part.kind === 'prefix') prefixes.add(part.text);
      }
    };
    for (const entry of entries) {
      add(entry);
      const joined = joinedForm(entry.phrase);
      if (joined) {
        joinedOnly.add(joined);
        const parts: PhrasePart[] = [{ kind: 'word', text: joined }];
        add({ meaning: entry.meaning, phrase: { ...entry.phrase, parts } });
      }
    }
    for (const members of classes.values()) for (const member of members) words.add(member);
    // A joined form that is also a word of its own (of another phrase) keeps its typos.
    for (const entry of entries)
      for (const part of entry.phrase.parts) if (part.kind === 'word') joinedOnly.delete(part.text);
    this.index = new WordIndex(words, [...prefixes], classes, joinedOnly);
  }

  find(tokens: readonly ReplyToken[]): PhraseMatch<M>[] {
    const hits = tokens.map((token) => this.index.hits(token.text));
    const matches: PhraseMatch<M>[] = [];
    hits.forEach((hit, start) => {
      for (const key of keysOf(hit)) {
        for (const { meaning, phrase } of this.byFirst.get(key) ?? []) {
          const gaps: number[] = [];
          const end = matchFrom(
            phrase.parts,
            1,
            start + 1,
            { tokens, hits, skippable: this.skippable },
            gaps,
            0,
          );
          if (end !== undefined)
            matches.push({ meaning, start, end, words: phrase.words, gaps, source: phrase.source });
        }
      }
    });
    return matches;
  }
}

interface Reply {
  tokens: readonly ReplyToken[];
  hits: readonly WordHits[];
  skippable: ReadonlySet<string>;
}

const MAX_SKIPPED = 2;

/** Where the rest of a phrase ends when it matches from `position`, filling `gaps`. */
function matchFrom(
  parts: readonly PhrasePart[],
  partIndex: number,
  position: number,
  reply: Reply,
  gaps: number[],
  skipped: number,
): number | undefined {
  if (partIndex === parts.length) return position;
  const { tokens, hits, skippable } = reply;
  const part = parts[partIndex]!;
  const sentence = tokens[position - 1]!.sentence;
  const inSentence = (at: number) => at < tokens.length && tokens[at]!.sentence === sentence;
  if (part.kind === 'gap') {
    let room = 0;
    while (room < MAX_GAP_WORDS && inSentence(position + room)) room++;
    if (partIndex === parts.length - 1) {
      // A trailing gap takes what follows it ("wat is de wmo"), so the phrase covers the reply.
      for (let i = 0; i < room; i++) gaps.push(position + i);
      return position + room;
    }
    for (let skip = 0; skip <= room; skip++) {
      const found = matchFrom(parts, partIndex + 1, position + skip, reply, gaps, skipped);
      if (found !== undefined) {
        for (let i = 0; i < skip; i++) gaps.push(position + i);
        return found;
      }
    }
    return undefined;
  }
  if (!inSentence(position)) return undefined;
  if (partMatches(part, hits[position]!))
    return matchFrom(parts, partIndex + 1, position + 1, reply, gaps, skipped);
  if (skipped < MAX_SKIPPED && skippable.has(tokens[position]!.text)) {
    return matchFrom(parts, partIndex, position + 1, reply, gaps, skipped + 1);
  }
  return undefined;
}

function partMatches(part: PhrasePart, hit: WordHits): boolean {
  switch (part.kind) {
    case 'word':
      return hit.words.has(part.text);
    case 'prefix':
      return hit.prefixes.has(part.text);
    case 'class':
      return hit.classes.has(part.name);
    case 'gap':
      return true;
  }
}

function keyOf(part: PhrasePart): string {
  switch (part.kind) {
    case 'word':
      return `w:${part.text}`;
    case 'prefix':
      return `p:${part.text}`;
    case 'class':
      return `c:${part.name}`;
    case 'gap':
      return 'gap';
  }
}

function keysOf(hit: WordHits): string[] {
  return [
    ...[...hit.words].map((word) => `w:${word}`),
    ...[...hit.prefixes].map((prefix) => `p:${prefix}`),
    ...[...hit.classes].map((name) => `c:${name}`),
  ];
}
