/**
 * Whether JSON `text` nests objects and arrays deeper than `maxDepth`. JSON.parse copes with
 * any depth, but the code after it (JSON.stringify, zod, botbuilder) recurses and runs out of
 * stack on a few thousand levels; one linear pass over the text, before parsing, keeps such
 * a body out. Brackets inside strings do not count.
 */
export function jsonDepthOver(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth--;
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
