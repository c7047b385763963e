/**
 * Characters of a message read for its topics and doelgroepen. A resident says what the question
 * is about in the first few sentences; reading a pasted book for topics would only cost time.
 */
export const MAX_TOPIC_CHARS = 4096;

// What may be inside a word: cutting here would leave a different word ("schuldhulp" as "schuld").
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}'\u2018\u2019\u02bc`-]/u;

function insideWord(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // Half of a character outside the BMP (an emoji, a rare letter): never cut between its halves.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHARACTER.test(text.charAt(index));
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The start of a message that topic analysis reads: all of it up to MAX_TOPIC_CHARS, else the
 * first MAX_TOPIC_CHARS cut before the word that crosses the limit. Crisis detection reads all.
 */
export function topicText(text: string): string {
  if (text.length <= MAX_TOPIC_CHARS) return text;
  let end = MAX_TOPIC_CHARS;
  while (end > 0 && insideWord(text, end - 1) && insideWord(text, end)) end--;
  // One "word" of 4 kB is no word: cut it anywhere, but not between the halves of a character.
  if (end === 0) end = isLowSurrogate(text, MAX_TOPIC_CHARS) ? MAX_TOPIC_CHARS - 1 : MAX_TOPIC_CHARS;
  return text.slice(0, end);
}
