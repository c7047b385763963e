import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O and U: nothing to misread when it is said over the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short reference a resident can read out, such as "WW-7K3P9Q" (about a billion possibilities). */
export function newReference(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `WW-${code}`;
}
