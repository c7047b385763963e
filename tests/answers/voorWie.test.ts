import { describe, expect, it } from 'vitest';
import { reader } from './reader.js';

describe('AnswerReader.voorWie: a reply to "for whom?"', () => {
  it.each([
    ['voor mij', 'zelf'],
    ['voor mezelf', 'zelf'],
    ['ik', 'zelf'],
    ['ikzelf', 'zelf'],
    ['myself', 'zelf'],
    ['for me please', 'zelf'],
    ['mijn moeder', 'naaste'],
    ['voor mijn moeder', 'naaste'],
    ['mijn buurman', 'naaste'],
    ['for my dad', 'naaste'],
    ["m'n zoon", 'naaste'],
    ['mn zoon', 'naaste'],
    ['voor mijn man', 'naaste'],
    ['moeder', 'naaste'],
    ['mijn dochtr', 'naaste'],
    ['iemand anders', 'naaste'],
    ['het is voor mijn oma', 'naaste'],
    ['voor me zus', 'naaste'],
    ['voor mijn vader van 80', 'naaste'],
    ['voor mijn zoon, hij is 17', 'naaste'],
    ['voor een vriendin van mij', 'naaste'],
    ['niet voor mij maar voor mijn broer', 'naaste'],
    ['ikzelf, ik woon alleen', 'zelf'],
  ])('%s → %s', (text, expected) => {
    expect(reader.voorWie(text)).toBe(expected);
  });

  it.each([
    ['ik en mijn moeder'],
    ['mijn moeder heeft schulden en ik weet niet wat ik moet doen'],
    ['ja'],
    ['weet ik niet'],
  ])('%s is no clear answer', (text) => {
    expect(reader.voorWie(text)).toBeUndefined();
  });
});

describe('AnswerReader.voorWieIn: whom an opening question is about', () => {
  it.each([
    ['mijn vader kan niet meer alleen wonen', 'naaste'],
    ['ik maak me zorgen om mn moeder', 'naaste'],
    ['my mum has dementia', 'naaste'],
    ['ik zoek hulp voor iemand anders', 'naaste'],
    ['ik heb schulden', 'zelf'],
    ['kheb een brief gekregen', 'zelf'],
    ['I lost my job', 'zelf'],
    ['ik ben een alleenstaande moeder met schulden', 'zelf'],
  ])('%s → %s', (text, expected) => {
    expect(reader.voorWieIn(text)).toBe(expected);
  });

  it.each([
    ['hoe vraag je thuiszorg aan'],
    ['wat is de wmo'],
    ['ik wil iets vragen'],
    ['waar kan ik een rolstoel lenen'],
  ])('%s says nothing about whom', (text) => {
    expect(reader.voorWieIn(text)).toBeUndefined();
  });

  it('does not count a relation that is negated', () => {
    expect(reader.voorWieIn('het is niet voor mijn moeder maar voor mezelf')).toBe('zelf');
  });
});
