import { readFileSync } from 'node:fs';
import { SAMPLE_KAART_FILE } from '../../bot/paths.js';

export const SAMPLE_KAART_TEXT = readFileSync(SAMPLE_KAART_FILE, 'utf8');

/** The sample kaart with `from` (which must occur exactly once) replaced by `to`. */
export function editSample(from: string, to: string): string {
  const at = SAMPLE_KAART_TEXT.indexOf(from);
  if (at < 0 || SAMPLE_KAART_TEXT.indexOf(from, at + 1) >= 0)
    throw new Error(`editSample(): "${from}" must occur once`);
  return SAMPLE_KAART_TEXT.slice(0, at) + to + SAMPLE_KAART_TEXT.slice(at + from.length);
}

/** 1-based line and column where `needle` first stands in `text` (after `after`, if given). */
export function placeOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`placeOf(): "${needle}" not found`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
