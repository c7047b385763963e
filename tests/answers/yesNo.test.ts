import { describe, expect, it } from 'vitest';
import { reader } from './reader.js';

describe('AnswerReader.yesNo', () => {
  it.each([
    ['ja', 'ja'],
    ['Ja hoor!', 'ja'],
    ['klopt', 'ja'],
    ['dat klopt wel', 'ja'],
    ['ik denk het wel', 'ja'],
    ['jaa', 'ja'],
    ['yes', 'ja'],
    ['yeah sure', 'ja'],
    ['soms', 'deels'],
    ['een beetje', 'deels'],
    ['een beetje wel', 'deels'],
    ['af en toe', 'deels'],
    ['misschien', 'deels'],
    ['sort of', 'deels'],
    ['sometimes', 'deels'],
    ['ja, soms niet', 'deels'],
    ['nee', 'nee'],
    ['nee hoor', 'nee'],
    ['niet echt', 'nee'],
    ['ik denk het niet', 'nee'],
    ['klopt niet', 'nee'],
    ['nope', 'nee'],
    ['not really', 'nee'],
    ['weet ik niet', 'weet-niet'],
    ['geen idee', 'weet-niet'],
    ['kweet niet', 'weet-niet'],
    ['weetikniet', 'weet-niet'],
    ['ik weet het niet zo goed', 'weet-niet'],
    ['dat weet ik eigenlijk niet zo goed', 'weet-niet'],
    ['zeker weten', 'ja'],
    ["I don't know", 'weet-niet'],
    ['not sure', 'weet-niet'],
  ])('%s → %s', (text, expected) => {
    expect(reader.yesNo(text)).toBe(expected);
  });

  it.each([
    ['ik heb brief van gemeente ik snap niet, mijn uitkering stop'],
    ['nee, ik krijg al hulp van mijn dochter'],
    ['ja nee'],
    ['ja of nee'],
    ['wat is grip?'],
    ['ik'],
    [''],
    ['jaloers'],
  ])('%s is no clear answer', (text) => {
    expect(reader.yesNo(text)).toBeUndefined();
  });

  it('never reads "weet ik niet" as nee', () => {
    for (const text of ['weet ik niet', 'ik weet het niet', 'weet niet', 'geen idee']) {
      expect(reader.yesNo(text)).not.toBe('nee');
    }
  });
});
