import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKaartFile } from '../../bot/kaart/readKaartFile.js';
import { SAMPLE_KAART_TEXT, editSample, placeOf } from '../support/kaartEdits.js';

const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-kaartfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TODAY = new Date('2026-11-24T12:00:00Z');

function written(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('readKaartFile', () => {
  it('reads the sample kaart', () => {
    expect(readKaartFile(written('goed.yaml', SAMPLE_KAART_TEXT), TODAY).kaart?.versie).toBe('2026.11');
  });

  it('refuses bytes that are not UTF-8, at the line and column of the first bad one', () => {
    const text = editSample('  naam: Gemeente Voorbeeld', '  naam: Gemeente Voorbeeld, café');
    const [before, after] = text.split('café') as [string, string];
    // "café" as Latin-1: the é is the one byte 0xE9, which UTF-8 does not allow here.
    const bytes = Buffer.concat([Buffer.from(`${before}caf`), Buffer.from([0xe9]), Buffer.from(after)]);
    const { kaart, problems } = readKaartFile(written('latin1.yaml', bytes), TODAY);
    expect(kaart).toBeNull();
    const { line, column } = placeOf(text, 'café');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line,
        column: column + 3,
        message: expect.stringMatching(/UTF-8/),
      }),
    ]);
  });

  it('finds a bad byte after other non-ASCII text on its line', () => {
    const text = editSample('  naam: Gemeente Voorbeeld', '  naam: "Gemeente ’s-Voorbeeld café"');
    const [before, after] = text.split('café') as [string, string];
    const bytes = Buffer.concat([Buffer.from(`${before}caf`), Buffer.from([0xc3, 0x28]), Buffer.from(after)]);
    const { line, column } = placeOf(text, 'café');
    expect(readKaartFile(written('half.yaml', bytes), TODAY).problems).toEqual([
      expect.objectContaining({ line, column: column + 3 }),
    ]);
  });

  it('refuses a file too large to be a sociale kaart, without parsing it', () => {
    const padding = `# ${'opvulling '.repeat(100)}\n`.repeat(1000);
    const { kaart, problems } = readKaartFile(written('groot.yaml', SAMPLE_KAART_TEXT + padding), TODAY);
    expect(kaart).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        column: 1,
        message: expect.stringMatching(/te groot/),
      }),
    ]);
  });
});
