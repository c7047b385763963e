import { describe, expect, it } from 'vitest';
import { reader } from './reader.js';

describe('AnswerReader.moment', () => {
  it.each([
    ['ik wil eerst nadenken', 'reflectie'],
    ['ik wil me eerst orienteren', 'reflectie'],
    ['just exploring', 'reflectie'],
    ['ik wil het aanvragen', 'toegang'],
    ['hoe vraag ik dat aan', 'toegang'],
    ['applying', 'toegang'],
    ['ik heb binnenkort een keukentafelgesprek', 'toegang'],
    ['ik heb binnenkort een keukentafelgesprek', 'toegang'],
    ['keukentafelgesprk', 'toegang'],
    ['ik krijg al thuiszorg', 'tijdens-zorg'],
    ['ze krijgt al thuiszorg maar het is niet genoeg', 'tijdens-zorg'],
    ['already get help', 'tijdens-zorg'],
    ['we hebben al hulp maar het gaat niet goed', 'tijdens-zorg'],
    ['mijn moeder gaat al naar de dagbesteding', 'tijdens-zorg'],
    ['er komt al iemand van de wijkverpleging', 'tijdens-zorg'],
    ['she already has home care', 'tijdens-zorg'],
    ['ik heb een formulier ingevuld en wacht op antwoord', 'toegang'],
    ['ik wil eerst weten wat er allemaal mogelijk is', 'reflectie'],
  ])('%s → %s', (text, expected) => {
    expect(reader.moment(text)).toBe(expected);
  });

  it.each([
    ['ik wil het niet aanvragen'],
    ['ik heb schulden'],
    ['hoe krijg ik hulp'],
    ['ik heb hulp nodig'],
    ['ja'],
  ])('%s says no moment', (text) => {
    expect(reader.moment(text)).toBeUndefined();
  });
});
