/** Lower case without accents, so "Cliënt" and "client" are the same word. */
export function foldCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Splits folded text into words of letters and digits; everything else separates them. */
export function splitWords(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}
