import { describe, expect, it } from 'vitest';
import { reader } from './reader.js';

describe('AnswerReader.asksForPerson', () => {
  it.each([
    ['een echt mens'],
    ['medewerker'],
    ['ik wil een medewerker spreken'],
    ['iemand spreken'],
    ['kan ik gebeld worden?'],
    ['liever bellen'],
    ['ik wil liever met een echt mens praten'],
    ['kunt u mij terugbellen'],
    ['talk to someone'],
    ['real person please'],
    ['human'],
    ['I would like to speak to a person about my debts'],
    ['geef mij maar een mens'],
    ['is er een medewerker die mij kan helpen'],
  ])('%s asks for a person', (text) => {
    expect(reader.asksForPerson(text)).toBe(true);
  });

  it.each([
    ['mijn medewerker van de thuiszorg komt niet'],
    ['ik wil niet gebeld worden'],
    ['bel me niet'],
    ['mijn moeder is geen mens meer sinds de dementie'],
    ['ik heb schulden'],
    ['nee'],
    // "belle" (bellen) is one typo from "belme", the joined form of "bel me": joined forms count only as written.
    ['wij wete nie wat we moete doen en wie we moete belle'],
  ])('%s does not', (text) => {
    expect(reader.asksForPerson(text)).toBe(false);
  });
});

describe('AnswerReader.asksBack', () => {
  it.each([
    ['wat is grip?'],
    ['Wat is een mantelzorger'],
    ['wat bedoel je'],
    ['wat bedoelt u daarmee?'],
    ['wat betekent dat'],
    ['hoezo'],
    ['what do you mean'],
    ['what does regie mean?'],
    ['?'],
    ['??'],
    ['snap de vraag nie'],
    ['wat is het verschil tussen hulp aanvragen en al hulp krijgen?'],
  ])('%s asks what the question means', (text) => {
    expect(reader.asksBack(text)).toBe(true);
  });

  it.each([['ja?'], ['nee'], ['wat is het adres van het loket in mijn wijk'], ['ik heb schulden'], ['']])(
    '%s does not',
    (text) => {
      expect(reader.asksBack(text)).toBe(false);
    },
  );
});
