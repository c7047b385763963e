import { describe, expect, it } from 'vitest';
import { reader } from './reader.js';

describe('AnswerReader.contactmoment', () => {
  it.each([
    ["'s ochtends", 'ochtend'],
    ['s morgens', 'ochtend'],
    ['in de ochtend graag', 'ochtend'],
    ['voor 12 uur', 'ochtend'],
    ['om 10 uur', 'ochtend'],
    ['9:30', 'ochtend'],
    ['tussen 9 en 11', 'ochtend'],
    ['in the morning', 'ochtend'],
    ['10 am', 'ochtend'],
    ["'s middags", 'middag'],
    ['middag', 'middag'],
    ['na 5 uur', 'middag'],
    ['na 2 uur', 'middag'],
    ['om 14:30', 'middag'],
    ['15uur', 'middag'],
    ['3 pm', 'middag'],
    ["'s avonds", 'middag'],
    ['after lunch', 'middag'],
    ['maakt niet uit', 'maakt-niet-uit'],
    ['maakt me niet uit', 'maakt-niet-uit'],
    ['altijd', 'maakt-niet-uit'],
    ['any time', 'maakt-niet-uit'],
    ['both are fine', 'maakt-niet-uit'],
    ['ochtend of middag, allebei goed', 'maakt-niet-uit'],
    ['maakt mij niks uit', 'maakt-niet-uit'],
    ['niet in de ochtend', 'middag'],
  ])('%s → %s', (text, expected) => {
    expect(reader.contactmoment(text)).toBe(expected);
  });

  it.each([
    ['voor 3 uur'],
    ['na 10 uur'],
    ['ochtend of middag'],
    ['mijn moeder heeft s middags dagbesteding dus bel maar een andere keer'],
    ['0612345678'],
  ])('%s is no clear answer', (text) => {
    expect(reader.contactmoment(text)).toBeUndefined();
  });
});
