import type { PhraseMatch } from './phraseFinder.js';
import type { ReplyToken } from './replyTokens.js';

/** How far from a phrase a negation still negates it ("niet" in "ik wil niet gebeld worden"). */
const WORDS_BEFORE = 2;
const WORDS_AFTER = 2;

/**
 * Tells whether a phrase found inside a sentence is negated: a negation word in its gaps
 * ("grip niet kwijt" for "grip ... kwijt"), just before it, or (with `after`) just after it
 * ("mijn dochter helpt me niet"), in the same clause and not beyond a conjunction. A negation
 * the phrase itself names ("ik kan het niet meer aan") does not count against it.
 */
export class NegationCheck {
  constructor(
    private readonly negations: ReadonlySet<string>,
    private readonly conjunctions: ReadonlySet<string>,
  ) {}

  isNegated(match: PhraseMatch<string>, tokens: readonly ReplyToken[], options: { after: boolean }): boolean {
    if (match.gaps.some((position) => this.negations.has(tokens[position]!.text))) return true;
    const clause = tokens[match.start]!.clause;
    const look = (from: number, step: number, count: number): boolean => {
      for (let i = 0, at = from; i < count && at >= 0 && at < tokens.length; i++, at += step) {
        const token = tokens[at]!;
        if (token.clause !== clause || this.conjunctions.has(token.text)) return false;
        if (this.negations.has(token.text)) return true;
      }
      return false;
    };
    return look(match.start - 1, -1, WORDS_BEFORE) || (options.after && look(match.end, 1, WORDS_AFTER));
  }
}
