import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Analyser } from '../../bot/analyser/analyser.js';
import { MAX_CHOICE_TEXT } from '../../dialogs/prompts/stepPrompt.js';
import { Resident, type RunningBot, startBot, stepOf, textOf } from '../support/botServer.js';
import { atQuestion, play } from '../support/turnTable.js';

let bot: RunningBot;
let next = 0;
const resident = () => {
  next += 1;
  return new Resident(() => bot, `long-user-${next}`, `long-conv-${next}`);
};

/** About `size` characters of a resident's story: it says "ja" and "niet" many times. */
function story(size: number): string {
  const sentence = 'Ja, ik heb een vraag over mijn rekeningen, die kan ik niet betalen. ';
  return sentence.repeat(Math.ceil(size / sentence.length));
}

const analyse = vi.spyOn(Analyser.prototype, 'analyse');

beforeAll(async () => {
  bot = await startBot();
});
afterEach(() => {
  analyse.mockClear();
});
afterAll(async () => bot.close());

describe('a message is analysed once per turn', () => {
  it('the answer to "what is your question?": crisis check and topics share one analysis', async () => {
    const someone = await atQuestion(resident());
    analyse.mockClear();
    // Two topics (money, housing): the bot asks whether it understood them.
    await play(someone, [
      ['Ik kan mijn huur niet betalen', { step: 'levensgebieden', says: 'Geld en schulden, Wonen' }],
    ]);
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('a question typed before the welcome: remembered, and checked for a crisis, with one analysis', async () => {
    const someone = resident();
    await play(someone, [
      ['Ik kan mijn huur niet betalen', { step: 'consent', says: 'Ik heb uw vraag gelezen' }],
    ]);
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('a long paste as the question: one analysis, its topic from the start', async () => {
    const someone = await atQuestion(resident());
    analyse.mockClear();
    const long = story(200_000);
    // One clear topic is not asked back: the bot says what it understood and goes on.
    await play(someone, [
      [long, { step: 'meetlat-regie', says: 'Ik begrijp dat uw vraag gaat over Geld en schulden' }],
    ]);
    expect(analyse).toHaveBeenCalledTimes(1);
  });
});

describe('a long text at a button step is not read as a choice', () => {
  it('asks again when the answer to the consent question is a story, even one that says "ja"', async () => {
    const long = story(MAX_CHOICE_TEXT + 1);
    const answers = [long, story(200_000)];
    for (const answer of answers) {
      const someone = resident();
      await play(someone, [
        ['join', { step: 'consent' }],
        [answer, { step: 'consent', says: 'Dat begreep ik niet. Mag ik dit gesprek bewaren?' }],
        ['ja hoor', { step: 'question' }],
      ]);
    }
  });

  it('still answers a crisis told at the end of a long text at a button step', async () => {
    const someone = resident();
    await play(someone, [['join', { step: 'consent' }]]);
    const replies = await someone.say(`${story(200_000)} Ik wil niet meer leven.`);
    expect(textOf(replies)).toContain('0800-0113');
    expect(stepOf(replies)).not.toBe('question');
  });
});
