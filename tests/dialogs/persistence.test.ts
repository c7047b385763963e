import { lowdbRepository } from '../../bot/storage/lowdbRepository.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotPerTest } from '../support/botPerTest.js';
import { createLog } from '../../bot/log.js';
import { DocumentFolder } from '../../bot/storage/documentFolder.js';
import { Resident } from '../support/botServer.js';
import { play } from '../support/turnTable.js';

const bots = new BotPerTest();
const running = bots.running;

/** Every file under a folder, as text. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

describe('conversations kept on disk', () => {
  it('survive a server restart at the step they were at', async () => {
    await bots.start();
    const resident = new Resident(running, 'restart-user', 'restart-conv');
    await play(resident, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      // "red het niet meer" tells the grip is lost: the referral rule needs no meetlat question,
      // and one clear topic is not asked back.
      [
        'Ik heb veel schulden en red het niet meer',
        { step: 'doelgroepen', says: 'Ik begrijp dat uw vraag gaat over Geld en schulden' },
      ],
    ]);
    const { dataDir } = running();
    await running().close();
    await bots.start(dataDir);
    await play(resident, [
      [{ choice: 'migranten' }, { step: 'moment' }],
      [{ choice: 'toegang' }, { step: 'aanbieder', says: 'VluchtelingenWerk' }],
    ]);
  });

  it('cost one file write per ordinary turn: the conversation, not the resident', async () => {
    await bots.start();
    const resident = new Resident(running, 'write-user', 'write-conv');
    await play(resident, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['Ik heb veel schulden en red het niet meer', { step: 'doelgroepen' }],
    ]);
    const file = (key: string) => join(running().dataDir, 'state', DocumentFolder.fileName(key));
    const modified = (key: string) => statSync(file(key)).mtimeMs;
    const before = {
      user: modified('webchat/users/write-user/'),
      conversation: modified('webchat/conversations/write-conv/'),
    };
    await new Promise((resolve) => setTimeout(resolve, 20));
    await play(resident, [[{ choice: 'migranten' }, { step: 'moment' }]]);
    expect(modified('webchat/conversations/write-conv/')).toBeGreaterThan(before.conversation);
    expect(modified('webchat/users/write-user/')).toBe(before.user);
  });

  it('keep nothing a resident typed without consent, while they still get information', async () => {
    await bots.start();
    const secret = 'Mijn schoonmoeder Henriette verzwijgt haar gokschulden';
    await play(new Resident(running, 'private-user', 'private-conv'), [
      ['join', { step: 'consent' }],
      ['nee', { step: 'question', says: 'Ik bewaar niets' }],
      // A mother-in-law: for someone the resident cares for, and of an older age.
      [secret, { step: 'meetlat-regie', says: 'Het is voor iemand om wie u geeft' }],
      [{ choice: 'ja' }, { step: 'moment' }],
      // A handover without consent: the providers to contact themselves, as information.
      [{ choice: 'toegang' }, { outcome: 'information', says: 'Ik bewaar dit gesprek niet' }],
      ['medewerker', { outcome: 'staff', says: '14 0123' }],
    ]);
    const stored = allText(running().dataDir);
    expect(stored).not.toContain('Henriette');
    expect(stored).not.toContain('gokschulden');
    expect(stored).not.toContain('private-user');
    expect(readdirSync(join(running().dataDir, 'handovers'))).toEqual([]);
    expect(readdirSync(join(running().dataDir, 'handoffs'))).toEqual([]);
    // What the coordinators' report counts: a bare tally per case (its outcome), no keys, no text,
    // and only the day: a precise time could be matched with a log line of the conversation.
    const tallies = await lowdbRepository(running().dataDir).intakes.all();
    tallies.sort((x, y) => x.outcome.localeCompare(y.outcome));
    expect(tallies).toEqual([
      {
        id: expect.any(String),
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T12:00:00\.000Z$/),
        outcome: 'information',
        levensgebieden: ['inkomen-schulden'],
        doelgroepen: ['ouderen', 'mantelzorgers'],
        moment: 'toegang',
        aanbieders: [
          'ouderenadvies-voorbeeld',
          'sociaal-raadslieden',
          'wijkteam-voorbeeld',
          'schuldhulp-voorbeeld',
        ],
        contacts: 1,
      },
      // "medewerker" after the information starts a new case: a request for a person, nothing else known.
      {
        id: expect.any(String),
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T12:00:00\.000Z$/),
        outcome: 'staff',
        levensgebieden: [],
        doelgroepen: [],
        aanbieders: [],
        contacts: 1,
      },
    ]);
  });
});

describe('contacts 2 and 3', () => {
  it('welcome a returning resident with where they were, and offer a handover at the third contact', async () => {
    await bots.start();
    const user = 'returning-user';
    await play(new Resident(running, user, 'first-visit'), [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['Ik voel me zo eenzaam sinds ik weduwe ben', { step: 'levensgebieden' }],
      [{ choice: 'yes' }, { step: 'meetlat-regie' }],
    ]);
    await play(new Resident(running, user, 'second-visit'), [
      ['join', { step: 'terugkomst', says: /Welkom terug!.*Meedoen, Zingeving.*of u de grip kwijt bent/s }],
      [{ choice: 'verder' }, { step: 'meetlat-regie' }],
      [{ choice: 'nee' }, { step: 'meetlat-zelf' }],
      [{ choice: 'nee' }, { step: 'doelgroepen' }],
      [{ choice: 'ouderen' }, { step: 'moment' }],
    ]);
    // The moment was left unanswered; the rest of the case is kept, so the handover asks only that.
    await play(new Resident(running, user, 'third-visit'), [
      ['join', { step: 'terugkomst', says: '3e keer' }],
      [{ choice: 'overdracht' }, { step: 'moment' }],
      [{ choice: 'reflectie' }, { step: 'contact', says: 'Ouderenadvies' }],
    ]);
  });
});

describe('logs', () => {
  it('hold no message text at info level', async () => {
    const lines: string[] = [];
    await bots.start(
      undefined,
      createLog('info', (line) => lines.push(line)),
    );
    const resident = new Resident(running, 'log-user', 'log-conv');
    await play(resident, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['Mijn dochter Fenna spijbelt en ik weet niet meer wat ik moet doen', { step: 'moment' }],
    ]);
    expect(lines.join('\n')).not.toContain('Fenna');
  });
});
