import { describe, expect, it } from 'vitest';
import { findAgeMentions } from '../../bot/analyser/ageMentions.js';
import { loadTaal } from '../../bot/analyser/taal.js';
import { spreektaalMap, tokenize } from '../../bot/analyser/tokenize.js';
import { TAAL_FILE } from '../../bot/paths.js';

const taal = loadTaal(TAAL_FILE);
const spreektaal = spreektaalMap(taal.spreektaal);
const ages = (text: string) => findAgeMentions(tokenize(text, spreektaal), taal.leeftijd).map(({ age }) => age);

describe('findAgeMentions', () => {
  it.each([
    ['mijn zoon is 15', [15]],
    ['mijn vader van 88', [88]],
    ['een 15-jarige', [15]],
    ['ik ben 45, mijn zoon is 12', [45, 12]],
    ['she is 16 years old', [16]],
    ['ik ben 300€ kwijt en mijn vader is 80', [80]],
    ['mijn moeder is al 85 jaar', [85]],
  ])('%s → %j', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });

  it.each([
    ['ik heb 15 euro'],
    ['de huur is € 90'],
    ['de huur is €90'],
    ['mijn huisnummer is 12'],
    ['huisnummer 12'],
    ['op 12 maart'],
    ['mijn afspraak is 12 maart'],
    ['om 15 uur'],
    ['de afspraak is 15:00'],
    ['de datum is 12-03'],
    ['het bedrag is 90'],
    ['0612345678'],
    ['mijn nummer is 06 12345678'],
    ['ik woon al 40 jaar in dit huis'],
  ])('%s has no age', (text) => {
    expect(ages(text)).toEqual([]);
  });
});

describe('tokenize: the signs between words', () => {
  it('keeps them beside the words, and the words and sentences as before', () => {
    expect(tokenize('Om 15:00, € 30?', spreektaal)).toEqual([
      { text: 'om', sentence: 0 },
      { text: '15', sentence: 0 },
      { text: '00', sentence: 1, gap: ':' },
      { text: '30', sentence: 1, gap: ', € ' },
    ]);
  });
});
