import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_KAART_BYTES } from './kaartText.js';
import { parseKaart, type KaartParseResult } from './parseKaart.js';

/** Reads and checks a kaart file; an unreadable file is one problem at 1:1, not an exception. */
export function readKaartFile(file: string, today = new Date()): KaartParseResult {
  let bytes: Uint8Array;
  try {
    bytes = readAtMost(file, MAX_KAART_BYTES + 1);
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    const reason = missing
      ? 'het bestand bestaat niet'
      : `het bestand kan niet worden gelezen (${String(error)})`;
    return { kaart: null, problems: [{ severity: 'error', message: reason, line: 1, column: 1, path: [] }] };
  }
  return parseKaart(bytes, { today });
}

/** The file's first `limit` bytes: a huge file (or a device) is not read into memory whole. */
function readAtMost(file: string, limit: number): Uint8Array {
  const buffer = Buffer.alloc(limit);
  const descriptor = openSync(file, 'r');
  try {
    let length = 0;
    while (length < limit) {
      const read = readSync(descriptor, buffer, length, limit - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(descriptor);
  }
}
