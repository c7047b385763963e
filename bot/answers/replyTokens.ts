import { type Token, tokenize } from '../analyser/tokenize.js';

/** Only the start of a long message is read: a reply is short, and the work must stay small. */
export const MAX_REPLY_CHARS = 1_000;

/** A word of a reply, with the clause it stands in: a comma or a sentence end starts a new one. */
export interface ReplyToken extends Token {
  clause: number;
}

/** The words of a reply (its first MAX_REPLY_CHARS characters), as the analyser tokenizes them. */
export function replyTokens(text: string, spreektaal: ReadonlyMap<string, readonly string[]>): ReplyToken[] {
  let clause = 0;
  let previous: Token | undefined;
  return tokenize(text.slice(0, MAX_REPLY_CHARS), spreektaal).map((token) => {
    if (previous && (token.sentence !== previous.sentence || token.gap?.includes(','))) clause++;
    previous = token;
    return { ...token, clause };
  });
}
