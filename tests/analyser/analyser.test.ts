import { describe, expect, it } from 'vitest';
import { sampleAnalyser } from '../support/sampleKaart.js';

const analyser = sampleAnalyser();
const top = (text: string) => analyser.analyse(text).levensgebieden[0]?.id;
const doelgroepen = (text: string) => analyser.analyse(text).doelgroepen.map((match) => match.id);

describe('Analyser: what a question is about', () => {
  it('reads "ik kan mijn huur niet betalen" as money first, housing second, and says why', () => {
    const { levensgebieden } = analyser.analyse('Ik kan mijn huur niet betalen');
    expect(levensgebieden.map((match) => match.id).slice(0, 2)).toEqual(['inkomen-schulden', 'wonen']);
    expect(levensgebieden[0]?.matched).toEqual(['huur niet betalen']);
    expect(levensgebieden[0]!.score).toBeGreaterThan(levensgebieden[1]!.score);
  });

  it.each([
    ['compound: huurachterstand', 'Ik heb een huurachterstand', 'inkomen-schulden'],
    ['compound: schuldhulpverlening', 'Hoe kom ik bij de schuldhulpverlening', 'inkomen-schulden'],
    [
      'inflection: mishandelde is not needed to find vrijwilligers',
      'Ik zoek vrijwilligers voor de buurt',
      'participatie',
    ],
    ['typo: scheulden', 'ik heb veel scheulden', 'inkomen-schulden'],
    ['typo: solicitatie', 'hulp bij mijn solicitatie', 'werken'],
    ['stem of a verb: ik betaal', 'ik betaal mijn rekeningen te laat', 'inkomen-schulden'],
    ['stem of a verb: beweeglessen', 'zijn er beweeglessen in de wijk', 'preventie'],
    ['informal spelling: mn', 'mn scootmobiel is kapot', 'mobiliteit'],
    ['English', 'I cannot pay my bills', 'inkomen-schulden'],
    [
      'a condition says who, the problem says what',
      'Sinds mijn hersenbloeding ben ik mijn baan kwijt',
      'werken',
    ],
    [
      'a condition alone points to care',
      'Ik ben overprikkeld sinds mijn hersenschudding',
      'zorg-ouderen-gehandicapten-ggz',
    ],
    ['a weak word yields to the topic', 'Is er een cursus over opvoeden?', 'opvoeding'],
    ['an exact word is not found inside another', 'hoe werkt de regiotaxi', 'mobiliteit'],
    [
      "a derived stem does not override the kaart's own weak word",
      'Ik kan mijn huis niet meer schoonhouden',
      'zorg-wmo',
    ],
    ['a concept pair: searching + a place to live', 'Mijn dochter zoekt een kamer', 'wonen'],
  ])('%s', (_name, text, expected) => {
    expect(top(text)).toBe(expected);
  });

  it('reads a word inside a longer phrase of another doelgroep as part of that phrase', () => {
    expect(doelgroepen('Ik heb een licht verstandelijke beperking.')).toEqual(['lvb']);
    expect(doelgroepen('Mijn zoon heeft een beperking en zit in een rolstoel')).toContain(
      'lichamelijke-beperking',
    );
    // A loose reading ("mijn stiefvader" as "mijn vader") does not swallow an exact one.
    expect(doelgroepen('Mijn stiefvader zit aan me')).toContain('jeugd');
  });

  it('finds several problems in one message', () => {
    const ids = analyser
      .analyse('Ik heb schulden, ik ben mijn werk kwijt en mijn zoon gaat niet naar school')
      .levensgebieden.map((match) => match.id);
    expect(ids).toEqual(expect.arrayContaining(['inkomen-schulden', 'werken', 'onderwijs']));
  });

  it('says "anders" with score 0 when it recognises nothing', () => {
    for (const text of ['', '   ', '🙂🙂🙂', 'qwerty asdf']) {
      expect(analyser.analyse(text).levensgebieden).toEqual([{ id: 'anders', score: 0, matched: [] }]);
    }
  });
});

describe('Analyser: who a question is for', () => {
  it.each([
    ['Mijn moeder is erg vergeetachtig', ['dementie', 'ouderen', 'mantelzorgers']],
    ['mijn vader van 88 woont alleen', ['ouderen']],
    ['my 15 year old daughter stays out all night', ['jeugd']],
    ['Ik ben statushouder uit Syrie', ['migranten']],
    ['Ik ben slechtziend en doof', ['zintuiglijke-beperking']],
  ])('%s', (text, expected) => {
    expect(doelgroepen(text)).toEqual(expect.arrayContaining(expected));
  });

  it('does not read an amount of money as an age', () => {
    expect(doelgroepen('ik moet een boete van 90 euro betalen')).not.toContain('ouderen');
  });
});

describe('Analyser: language', () => {
  it.each([
    ['Ik heb hulp nodig met mijn schulden', 'nl'],
    ['I need help with my debts', 'en'],
    ['', 'nl'],
  ])('%s → %s', (text, language) => {
    expect(analyser.analyse(text).language).toBe(language);
  });
});

describe('Analyser: crisis on every message', () => {
  it.each([
    ['Ik wil niet meer leven', 'suicide'],
    ['ik denk aan zelfmoord', 'suicide'],
    ['Mijn zus wil een eind aan haar leven maken', 'suicide'],
    ['ik zie geen reden meer om te leven', 'suicide'],
    ['I want to kill myself', 'suicide'],
    ['Mijn man slaat mij', 'violence'],
    ['Mijn vader mishandelt mijn moeder', 'violence'],
    ['my husband threatens to kill me', 'violence'],
    ['Mijn vader ligt op de grond en ademt niet', 'acute'],
    ['Er is brand in ons huis', 'acute'],
    ['My neighbour collapsed and is unconscious', 'acute'],
    // concept pairs: two ideas in one sentence, in any order, with other words between
    ['Ik heb gedachten om mezelf van het leven te beroven', 'suicide'],
    ['Mijn vriend duwt me tegen de muur als hij boos is', 'violence'],
    ['Hij heeft gedreigd haar te vermoorden', 'violence'],
    ['Ik denk dat mijn moeder een beroerte heeft, haar gezicht hangt scheef', 'acute'],
    ['My child swallowed cleaning liquid', 'acute'],
  ])('%s → %s', (text, type) => {
    expect(analyser.analyse(text).crisis?.type).toBe(type);
  });

  it.each([
    'Ik ben doodmoe van al die formulieren',
    'Ik schrok me dood van die brief',
    'Mijn zoon speelt games waarin hij zombies moet doden',
    'Ik lach me dood om die regels',
    'Ik ga dood van de stress van de rekeningen',
    'Ik heb geen zelfmoordgedachten, maar ik ben wel somber',
    'Die ambtenaar slaat nergens op',
    'Ik kan ze wel vermoorden met die herrie',
    'Is there emergency housing for a mother with a baby?',
    'Ik wil een cursus brandveilig wonen',
    'Mijn vader is vorig jaar overleden',
    'Ik wil met iemand praten over de dood van mijn broer',
    'Mijn kind van 9 slaat andere kinderen op school',
    'Ik wil stoppen met roken voor een gezonder leven',
    'Ik heb vroeger huiselijk geweld meegemaakt en wil daar nu over praten',
    'I was abused as a child and want to talk about it',
    'Ik ga nog dood aan die wachtlijsten',
  ])('no crisis in: %s', (text) => {
    expect(analyser.analyse(text).crisis).toBeNull();
  });

  it('still flags a suicide attempt told as the past: the kaart says the past counts for suicide', () => {
    expect(analyser.analyse('Ik heb vorig jaar geprobeerd zelfmoord te plegen').crisis?.type).toBe('suicide');
  });

  it('gives the help line from the kaart, and the words that triggered it', () => {
    const { crisis } = analyser.analyse('ik wil er een eind aan maken');
    expect(crisis).toMatchObject({ type: 'suicide', matched: ['eind aan maken'] });
    expect(crisis?.hulplijn).toMatchObject({ naam: '113 Zelfmoordpreventie', telefoon: '0800-0113' });
    expect(crisis?.hulplijnen.map((line) => line.telefoon)).toContain('112');
  });

  it('finds a crisis at the end of a very long message', () => {
    const text = `${'Ik heb een vraag over mijn rekeningen. '.repeat(1_200)} Ik wil niet meer leven.`;
    expect(text.length).toBeGreaterThan(45_000);
    expect(analyser.analyse(text).crisis?.type).toBe('suicide');
  });

  it('answers the same way every time', () => {
    const text = 'Mijn moeder met dementie woont alleen en ik zorg voor haar, ik kan het niet meer';
    expect(analyser.analyse(text)).toEqual(analyser.analyse(text));
  });
});
