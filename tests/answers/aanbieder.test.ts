import { describe, expect, it } from 'vitest';
import { sampleKaart } from '../support/sampleKaart.js';
import { reader } from './reader.js';

const aanbieders = sampleKaart().aanbieders.map(({ id, naam }) => ({ id, naam }));

describe('AnswerReader.aanbieder', () => {
  it('reads the sample kaart in the order these tests assume', () => {
    expect(aanbieders.map(({ id }) => id).slice(0, 4)).toEqual([
      'mee-voorbeeld',
      'ouderenadvies-voorbeeld',
      'mantelzorgpunt-voorbeeld',
      'wijkteam-voorbeeld',
    ]);
  });

  it.each([
    ['MEE Voorbeeld', 'mee-voorbeeld'],
    ['die van mee', 'mee-voorbeeld'],
    ['mee', 'mee-voorbeeld'],
    ['wijkteam', 'wijkteam-voorbeeld'],
    ['het sociaal wijkteam graag', 'wijkteam-voorbeeld'],
    ['wijkteem', 'wijkteam-voorbeeld'],
    ['ouderenadviseur', 'ouderenadvies-voorbeeld'],
    ['de ouderen', 'ouderenadvies-voorbeeld'],
    ['steunpunt mantelzorg', 'mantelzorgpunt-voorbeeld'],
    ['de tweede', 'ouderenadvies-voorbeeld'],
    ['2', 'ouderenadvies-voorbeeld'],
    ['the first one', 'mee-voorbeeld'],
    ['ouderen advies', 'ouderenadvies-voorbeeld'],
    ['sociaal wijkteam', 'wijkteam-voorbeeld'],
  ])('%s → %s', (text, expected) => {
    expect(reader.aanbieder(text, aanbieders)).toBe(expected);
  });

  it.each([['voorbeeld'], ['de bakker'], ['ik wil er geen'], ['mee of het wijkteam'], ['12']])(
    '%s names no offered provider',
    (text) => {
      expect(reader.aanbieder(text, aanbieders)).toBeUndefined();
    },
  );

  it('reads the kind of provider (soort) when it is given', () => {
    const withKind = sampleKaart().aanbieders;
    expect(reader.aanbieder('die met ervaringsdeskundigen', withKind)).toBe('zelfregie-ggz');
    expect(reader.aanbieder('die met ervaringsdeskundigen', aanbieders)).toBeUndefined();
  });

  it('chooses only among the providers offered', () => {
    const offered = aanbieders.filter(({ id }) => id !== 'mee-voorbeeld');
    expect(reader.aanbieder('die van mee', offered)).toBeUndefined();
    expect(reader.aanbieder('de eerste', offered)).toBe('ouderenadvies-voorbeeld');
  });
});
