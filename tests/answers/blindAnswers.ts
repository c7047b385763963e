import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { findAgeMentions } from '../../bot/analyser/ageMentions.js';
import { loadTaal } from '../../bot/analyser/taal.js';
import { spreektaalMap, tokenize } from '../../bot/analyser/tokenize.js';
import { AnswerReader } from '../../bot/answers/answerReader.js';
import { TAAL_FILE } from '../../bot/paths.js';
import { sampleKaart } from '../support/sampleKaart.js';

/**
 * Prints, per section of the blind set (antwoorden-blind.yaml, written without reading the
 * readers), how many typed answers the readers get right: `npx tsx tests/answers/blindAnswers.ts`.
 * Add `--misses` to list the ones they get wrong.
 */
const item = z.strictObject({ tekst: z.string(), verwacht: z.unknown() });
const blindSet = z
  .record(z.string(), z.array(item))
  .parse(parse(readFileSync(fileURLToPath(new URL('./antwoorden-blind.yaml', import.meta.url)), 'utf8')));

const reader = AnswerReader.fromFiles();
const taal = loadTaal(TAAL_FILE);
const spreektaal = spreektaalMap(taal.spreektaal);
const aanbieders = sampleKaart().aanbieders;
const MEETLAT_NAMES: Record<string, string> = { regieKwijt: 'regie', zelf: 'zelf', netwerk: 'netwerk' };

const readers: Record<string, (text: string) => unknown> = {
  'voor-wie': (text) => reader.voorWie(text) ?? null,
  'ja-nee': (text) => reader.yesNo(text) ?? null,
  moment: (text) => reader.moment(text) ?? null,
  contactmoment: (text) => reader.contactmoment(text) ?? null,
  persoon: (text) => reader.asksForPerson(text),
  'vraag-terug': (text) => reader.asksBack(text),
  aanbieder: (text) => reader.aanbieder(text, aanbieders) ?? null,
  'meetlat-in-tekst': (text) =>
    Object.fromEntries(
      Object.entries(reader.meetlatIn(text)).map(([field, answer]) => [MEETLAT_NAMES[field], answer]),
    ),
  'voor-wie-in-tekst': (text) => reader.voorWieIn(text) ?? null,
  leeftijd: (text) => findAgeMentions(tokenize(text, spreektaal), taal.leeftijd)[0]?.age ?? null,
};

const showMisses = process.argv.includes('--misses');
let correct = 0;
let total = 0;
for (const [section, items] of Object.entries(blindSet)) {
  const read = readers[section];
  if (!read) {
    console.log(`${section}: no reader for this section`);
    continue;
  }
  const misses = items.filter(({ tekst, verwacht }) => !same(read(tekst), verwacht ?? null));
  correct += items.length - misses.length;
  total += items.length;
  console.log(`${section.padEnd(20)} ${items.length - misses.length}/${items.length}`);
  if (showMisses) {
    for (const { tekst, verwacht } of misses) {
      console.log(
        `  ✗ ${JSON.stringify(tekst)}: expected ${JSON.stringify(verwacht)}, got ${JSON.stringify(read(tekst))}`,
      );
    }
  }
}
console.log(`${'all'.padEnd(20)} ${correct}/${total} (${((100 * correct) / total).toFixed(1)}%)`);

/** Equal values; objects (meetlat) equal when they have the same fields with the same answers. */
function same(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    return [...keys].every((key) => a[key] === e[key]);
  }
  return actual === expected;
}
