import { readFileSync } from 'node:fs';
import { Analyser } from '../../bot/analyser/analyser.js';
import { loadTaal } from '../../bot/analyser/taal.js';
import { parseKaart } from '../../bot/kaart/parseKaart.js';
import type { SocialeKaart } from '../../bot/kaart/schema.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../../bot/paths.js';

/** The shipped sample kaart, parsed; fails loudly if it does not parse. */
export function sampleKaart(): SocialeKaart {
  const { kaart, problems } = parseKaart(readFileSync(SAMPLE_KAART_FILE, 'utf8'));
  if (!kaart) throw new Error(`sample kaart is invalid: ${JSON.stringify(problems)}`);
  return kaart;
}

export function sampleAnalyser(): Analyser {
  return new Analyser(sampleKaart(), loadTaal(TAAL_FILE));
}
