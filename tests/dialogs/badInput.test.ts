import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Resident, type RunningBot, startBot, stepOf, textOf } from '../support/botServer.js';
import { atQuestion, play } from '../support/turnTable.js';

let bot: RunningBot;
let next = 0;
const resident = () => {
  next += 1;
  return new Resident(() => bot, `odd-user-${next}`, `odd-conv-${next}`);
};

beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => bot.close());

describe('bad input gets a clear answer and never breaks the conversation', () => {
  it('a message without text (a sticker, an attachment) is answered and the question stays', async () => {
    const someone = await atQuestion(resident());
    const response = await someone.post({
      type: 'message',
      attachments: [{ contentType: 'image/png', contentUrl: 'http://localhost/x.png' }],
    });
    const { activities } = await response.json();
    expect(textOf(activities)).toContain('Ik kan alleen tekst lezen');
    expect(stepOf(activities)).toBe('question');
  });

  it('emoji only is not a question; 50 kB of text is one', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [['🙂🙂🙂 !!!', { step: 'question', says: 'Ik zie geen woorden' }]]);
    const long = `Ik heb schulden en kan de huur niet betalen. ${'Het is allemaal heel veel. '.repeat(1900)}`;
    expect(long.length).toBeGreaterThan(50_000);
    // One clear topic is not asked back: the bot says what it understood and goes on.
    await play(someone, [
      [long, { step: 'meetlat-regie', says: 'Ik begrijp dat uw vraag gaat over Geld en schulden' }],
    ]);
  });

  it('an unknown button value asks the question again', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      // Two topics: the bot asks whether it understood them.
      ['Ik kan mijn huur niet betalen', { step: 'levensgebieden', says: 'Geld en schulden, Wonen' }],
      [
        { choice: 'iets-dat-niet-bestaat' },
        { step: 'levensgebieden', says: 'Dat begreep ik niet. Klopt wat ik begreep?' },
      ],
      [{ choice: 'yes' }, { step: 'meetlat-regie' }],
      [
        { choice: 'bestaat-ook-niet' },
        { step: 'meetlat-regie', says: 'Dat begreep ik niet. Bent u de grip kwijt?' },
      ],
      [{ choice: 'nee' }, { step: 'meetlat-zelf' }],
    ]);
  });

  it('help and a switch to English work at any step, and the open question is asked again', async () => {
    const someone = await atQuestion(resident());
    await play(someone, [
      ['help', { step: 'question', says: 'medewerker' }],
      ['English please', { step: 'question', says: 'How can I help you?' }],
      [
        'I lost my job and cannot pay my rent',
        {
          step: 'levensgebieden',
          says: /I understand your question is about .*Money and debts.*Is that right\?/s,
        },
      ],
      ['stop', { says: 'we stop here' }],
    ]);
  });

  it('a body that is not an activity gets 400 with what is missing, not 500', async () => {
    const someone = resident();
    const missing = await someone.post({ type: 'message', conversation: undefined, serviceUrl: 'not a url' });
    expect(missing.status).toBe(400);
    const body = await missing.json();
    expect(body.problems).toMatch(/conversation/);
    expect(body.problems).toMatch(/serviceUrl/);
    const broken = await fetch(`${bot.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "mess',
    });
    expect(broken.status).toBe(400);
    const huge = await someone.post({ type: 'message', text: 'x'.repeat(600_000) });
    expect(huge.status).toBe(413);
  });

  it('lists of attachments, entities or actions that hold no objects get 400, not a failed turn (found by the fuzz suite)', async () => {
    for (const fields of [
      { attachments: [null] },
      { attachments: {} },
      { entities: ['x'] },
      { suggestedActions: { actions: [null] } },
    ]) {
      const response = await resident().post({ type: 'message', text: 'Ik heb schulden', ...fields });
      expect(response.status, JSON.stringify(fields)).toBe(400);
    }
    const fine = await resident().post({ type: 'message', text: 'Ik heb schulden', attachments: [{}] });
    expect(fine.status).toBe(200);
  });

  it('refuses to post replies to a serviceUrl that is not allow-listed while authentication is off', async () => {
    const response = await resident().post({
      type: 'message',
      text: 'hallo',
      serviceUrl: 'https://attacker.example/',
    });
    expect(response.status).toBe(403);
  });
});
