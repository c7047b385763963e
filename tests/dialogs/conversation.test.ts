import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Resident, type RunningBot, outcomeOf, startBot, textOf } from '../support/botServer.js';
import { atQuestion, play } from '../support/turnTable.js';

let bot: RunningBot;
let next = 0;
const resident = () => {
  next += 1;
  return new Resident(() => bot, `user-${next}`, `conv-${next}`);
};

beforeAll(async () => {
  // A Tuesday morning: the loket is open.
  bot = await startBot(undefined, undefined, { now: () => new Date('2026-11-24T10:00:00+01:00') });
});
afterAll(async () => bot.close());

describe('the first message is the question', () => {
  it('a question typed before consent is kept, never read as the consent answer', async () => {
    await play(resident(), [
      [
        'ik heb brief van gemeente ik snap niet, mijn uitkering stop',
        { step: 'consent', says: 'Ik heb uw vraag gelezen' },
      ],
      ['ja', { step: 'meetlat-regie', says: 'Geld en schulden' }],
    ]);
  });

  it('a question typed instead of the consent answer is kept, and consent is asked again, short', async () => {
    const replies = await play(resident(), [
      ['join', { step: 'consent' }],
      ['Kan ik bijzondere bijstand krijgen voor een nieuwe wasmachine?', { step: 'consent' }],
      ['ja hoor, dat mag', { step: 'meetlat-regie', says: 'Geld en schulden' }],
    ]);
    expect(replies[3], 'asked again without the whole welcome').toMatch(
      /^Ik heb uw vraag gelezen.*bewaren\?/s,
    );
    expect(replies[3]).not.toContain('Hallo!');
  });

  it('"hallo" is no question: consent is asked again and then the question', async () => {
    await play(resident(), [
      ['Hallo', { step: 'consent' }],
      ['hallo ik heb een vraag', { step: 'consent', says: 'Dat begreep ik niet' }],
      ['ja', { step: 'question' }],
    ]);
  });
});

describe("typed answers at every step, in the resident's own words", () => {
  it.each<[string, string, string | RegExp]>([
    ['een beetje', 'handover', /grip/],
    ['soms wel', 'handover', /grip/],
    ['jazeker', 'handover', /grip/],
  ])('meetlat-regie "%s" counts as lost grip (a degree, not refused)', async (answer, _, says) => {
    const someone = await atQuestion(resident());
    await play(someone, [
      ['Ik heb schulden en kan mijn huur niet betalen', { step: 'meetlat-regie' }],
      [answer, { step: 'doelgroepen' }],
      [{ choice: 'geen' }, { step: 'moment' }],
      [{ choice: 'toegang' }, { step: 'aanbieder', says }],
    ]);
  });

  it('"weet ik niet" is stored as not known, never as no: the bot asks on instead of handing over', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      ['Hoe vraag ik huishoudelijke hulp aan via de Wmo?', { step: 'meetlat-regie' }],
      ['weet ik niet', { step: 'meetlat-zelf' }],
      ['geen idee', { step: 'doelgroepen' }],
    ]);
  });

  it('a question back gets one line of explanation and the question again, short; it is no miss', async () => {
    const someone = await atQuestion(resident());
    const lines = await play(someone, [
      ['Hoe vraag ik huishoudelijke hulp aan via de Wmo?', { step: 'meetlat-regie' }],
      ['wat is grip?', { step: 'meetlat-regie', says: 'Grip kwijt betekent' }],
      ['wat bedoel je', { step: 'meetlat-regie', says: 'Grip kwijt betekent' }],
    ]);
    expect(lines.at(-1)).not.toContain('Praten met een medewerker');
    expect(lines.at(-1)).not.toContain('Ook als het maar even is');
  });

  it('an answer not understood: said so, asked shorter, a person offered after two, and the bot goes on after three', async () => {
    const someone = await atQuestion(resident());
    const first = await someone.say('Hoe vraag ik huishoudelijke hulp aan via de Wmo?');
    expect(textOf(first)).toContain('Ook als het maar even is');
    const once = await someone.say('blauw');
    expect(textOf(once)).toMatch(/^Dat begreep ik niet\. Bent u de grip kwijt\?$/);
    const twice = await someone.say('paars');
    expect(textOf(twice)).toContain('Wilt u liever met een mens praten?');
    // Five buttons already (the answers and "Dat klopt niet"): the person is offered in words.
    expect(textOf(twice)).toContain('"medewerker"');
    expect(twice.at(-1)?.suggestedActions?.actions.length).toBeLessThanOrEqual(5);
    await play(someone, [['groen', { step: 'meetlat-zelf', says: 'Dan ga ik verder' }]]);
  });

  it('voor-wie, moment and provider are understood as typed', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      ['Ik heb een licht verstandelijke beperking en schulden', { step: 'levensgebieden' }],
      ['alleen geld en schulden', { step: 'meetlat-regie' }],
      ['nee hoor', { step: 'meetlat-zelf' }],
      ['niet echt', { step: 'moment' }],
      ['ik wil het aanvragen', { step: 'aanbieder' }],
      ['de raadslieden', { step: 'contact', says: 'Sociaal Raadslieden' }],
    ]);
  });

  it('for my mother, typed in English, makes the resident a mantelzorger', async () => {
    const someone = await atQuestion(resident());
    const replies = await someone.say('My mother has dementia and I cannot cope any more');
    expect(textOf(replies)).toMatch(/iemand om wie u geeft|someone you care for/);
  });
});

describe('commands only when the message is the command', () => {
  it('"ik wil hulp" is an answer, not the help menu', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [['Ik heb schulden en kan mijn huur niet betalen', { step: 'meetlat-regie' }]]);
    const replies = await someone.say('ik wil hulp');
    expect(textOf(replies)).not.toContain('U kunt altijd typen');
  });

  it('a question with "medewerker" in it stays a question', async () => {
    const someone = await atQuestion(resident());
    const replies = await someone.say('mijn medewerker van de thuiszorg komt niet meer');
    expect(outcomeOf(replies)?.type).not.toBe('staff');
  });
});

describe("a person, in the resident's own words", () => {
  it.each(['kan ik iemand spreken', 'ik wil liever met een echt mens praten', 'can I talk to a real person'])(
    '"%s" asks for a person, and the question so far is kept',
    async (request) => {
      const someone = await atQuestion(resident());
      await play(someone, [
        ['Ik heb schulden en kan mijn huur niet betalen', { step: 'meetlat-regie' }],
        [request, { outcome: 'staff', says: 'medewerker van het loket' }],
      ]);
    },
  );

  it('a person asked for before consent is asked once consent is given', async () => {
    await play(resident(), [
      ['join', { step: 'consent' }],
      ['ik wil een mens spreken', { step: 'consent', says: 'Eerst dit' }],
      ['ja', { outcome: 'staff', says: 'medewerker van het loket' }],
    ]);
  });
});

describe('confirm piece by piece, and correct what was understood', () => {
  it('two topics: each can be kept alone', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      [
        'Ik ben mijn baan kwijt en ik kan de huur niet meer betalen',
        {
          step: 'levensgebieden',
          buttons: ['yes', 'alleen:werken', 'alleen:inkomen-schulden', 'alleen:wonen', 'iets-anders'],
        },
      ],
      ['alleen werk', { step: 'meetlat-regie' }],
      ['ja', { step: 'doelgroepen' }],
      [{ choice: 'geen' }, { outcome: 'gap' }],
    ]);
  });

  it('"Dat klopt niet" after the sentence of what was understood asks what it is about instead', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      [
        'Hoe vraag ik huishoudelijke hulp aan via de Wmo?',
        { step: 'meetlat-regie', buttons: ['ja', 'deels', 'nee', 'weet-niet', 'klopt-niet'] },
      ],
      [{ choice: 'klopt-niet' }, { step: 'levensgebied-kiezen', says: 'Sorry' }],
      ['het gaat over geld', { step: 'meetlat-regie' }],
    ]);
  });

  it('an amount of money is not an age', async () => {
    const someone = await atQuestion(resident());
    const replies = await someone.say('Ik heb 15 euro per week over en 300 euro schuld bij de energie');
    expect(textOf(replies)).not.toContain('Jeugd');
  });
});

describe("the resident's own words for the question asked", () => {
  it('"ik weet het niet meer" at the grip question is grip lost, not "weet ik niet"', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      ['Hoe vraag ik huishoudelijke hulp aan via de Wmo?', { step: 'meetlat-regie' }],
      ['ik weet het niet meer', { step: 'doelgroepen' }],
      [{ choice: 'geen' }, { says: 'grip' }],
    ]);
  });
});

describe('asking for a client supporter is asking for the handover', () => {
  it('"kan er een onafhankelijke cliëntondersteuner bij zijn?" leads to a handover, not to the loket queue', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      [
        'Mijn vader van 79 krijgt volgende week een keukentafelgesprek. Kan er een onafhankelijke cliëntondersteuner bij zijn?',
        { step: 'aanbieder', says: 'U vroeg zelf om iemand die met u meedenkt' },
      ],
    ]);
  });
});

describe('the offer of a person fits the screen too', () => {
  it('a question with five buttons offers a person in words after two misses, not as a sixth button', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      ['Ik ben mijn baan kwijt en ik kan de huur niet meer betalen', { step: 'levensgebieden' }],
      ['blauw', { step: 'levensgebieden' }],
      ['paars', { step: 'levensgebieden', says: 'Typ dan op elk moment "medewerker"' }],
    ]);
  });
});

describe('the offer of a person as a button', () => {
  it('where there is room, the second answer not understood adds "Praten met een medewerker"', async () => {
    await play(resident(), [
      ['join', { step: 'consent' }],
      ['blauw', { step: 'consent', buttons: ['yes', 'no'] }],
      ['paars', { step: 'consent', buttons: ['yes', 'no', 'medewerker'] }],
    ]);
  });
});
