import type { KaartProblem } from './problem.js';

/**
 * The largest kaart read, in bytes: seven times the sample kaart (8 providers, 75 kB). Parsing
 * takes some 90 bytes of memory per byte of YAML, and the server runs in 192 MB.
 */
export const MAX_KAART_BYTES = 512 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The kaart's text from the file's bytes (UTF-8 only) or from text, at most MAX_KAART_BYTES
 * of it: a file too large is refused before anything of it is parsed.
 */
export function kaartText(source: string | Uint8Array): { text: string } | { problem: KaartProblem } {
  const size = typeof source === 'string' ? Buffer.byteLength(source) : source.length;
  if (size > MAX_KAART_BYTES) {
    const message = `het bestand is te groot: een kaart is hoogstens ${MAX_KAART_BYTES / 1024} kB`;
    return { problem: { severity: 'error', message, line: 1, column: 1, path: [] } };
  }
  if (typeof source === 'string') return { text: source };
  try {
    return { text: UTF8.decode(source) };
  } catch {
    return { problem: { severity: 'error', message: NOT_UTF8, ...placeOfByte(source), path: [] } };
  }
}

const NOT_UTF8 =
  'hier staat een teken dat geen UTF-8 is: sla het bestand op als UTF-8 en controleer dit teken';

/** Line and column (in characters, as editors count) of the first byte that is not UTF-8. */
function placeOfByte(bytes: Uint8Array): { line: number; column: number } {
  const at = firstInvalidByte(bytes);
  if (at < 0) return { line: 1, column: 1 };
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < at; index += 1) {
    if (bytes[index] === 0x0a) [line, lineStart] = [line + 1, index + 1];
  }
  // Everything before `at` is valid UTF-8, so this decodes.
  return { line, column: UTF8.decode(bytes.subarray(lineStart, at)).length + 1 };
}

/** Where the first ill-formed UTF-8 sequence starts (Unicode table 3-7), or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) return index;
    // The second byte's range is narrower after some leads: no overlong forms, surrogates or
    // code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let offset = 1; offset < length; offset += 1) {
      const byte = bytes[index + offset];
      const [min, max] = offset === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}
