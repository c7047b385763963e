/**
 * Kaart files written to hurt the loader rather than to describe a municipality: each must
 * come back as a kaart problem with its place, never as an exception or a stalled server.
 */

/** "Billion laughs": nine levels of nine aliases, a few hundred bytes that expand to 9^9 strings. */
export const BILLION_LAUGHS = [
  'versie: "2026.11"',
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, index) => {
    const previous = 'abcdefgh'[index];
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`;
  }),
  '',
].join('\n');

/** Whether line:column of `text` stands on an alias (`*name`). */
export function isAliasAt(text: string, place: { line: number; column: number }): boolean {
  return text.split('\n')[place.line - 1]?.[place.column - 1] === '*';
}
