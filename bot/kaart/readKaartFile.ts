import { readFileSync } from 'node:fs';
import { parseKaart, type KaartParseResult } from './parseKaart.js';

/** Reads and checks a kaart file; an unreadable file is one problem at 1:1, not an exception. */
export function readKaartFile(file: string, today = new Date()): KaartParseResult {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    const reason = missing
      ? 'het bestand bestaat niet'
      : `het bestand kan niet worden gelezen (${String(error)})`;
    return { kaart: null, problems: [{ severity: 'error', message: reason, line: 1, column: 1, path: [] }] };
  }
  return parseKaart(source, { today });
}
