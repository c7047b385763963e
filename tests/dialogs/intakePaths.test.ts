import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Resident, type RunningBot, outcomeOf, startBot, stepOf } from '../support/botServer.js';
import { play } from '../support/turnTable.js';

let bot: RunningBot;
let next = 0;
const resident = () => {
  next += 1;
  return new Resident(() => bot, `user-${next}`, `conv-${next}`);
};
const files = (folder: string) => readdirSync(join(bot.dataDir, folder));
const read = (folder: string, name: string) =>
  JSON.parse(readFileSync(join(bot.dataDir, folder, name), 'utf8'));

beforeAll(async () => {
  // A Tuesday morning: the loket is open, so asking for a person does not lead to a call-back offer.
  bot = await startBot(undefined, undefined, { now: () => new Date('2026-11-24T10:00:00+01:00') });
});
afterAll(async () => bot.close());

describe('the korte vraagverheldering over HTTP, one table of turns per outcome', () => {
  it('information: one clear question the resident can handle; the topic is said, not asked', async () => {
    await play(resident(), [
      ['join', { step: 'consent', says: 'cliëntondersteuner' }],
      [{ choice: 'yes' }, { step: 'question', says: 'Ik bewaar dit gesprek' }],
      [
        'Hoe vraag ik huishoudelijke hulp aan via de Wmo?',
        { step: 'meetlat-regie', says: 'Ik begrijp dat uw vraag gaat over Hulp thuis (Wmo)' },
      ],
      ['nee', { step: 'meetlat-zelf' }],
      ['ja hoor', { step: 'geholpen', outcome: 'information', says: /zelf regelen.*Wmo-loket/s }],
      ['ja', { says: 'Fijn!' }],
    ]);
  });

  it('warm handover: a limitation and grip kept; the resident chooses, corrects the summary and shares it', async () => {
    const before = files('handovers').length;
    await play(resident(), [
      [
        'Ik heb een licht verstandelijke beperking. Ik kan mijn huur niet betalen en heb schulden.',
        { step: 'consent', says: 'Ik heb uw vraag gelezen' },
      ],
      ['akkoord', { step: 'meetlat-regie', says: 'Licht verstandelijke beperking' }],
      [{ choice: 'nee' }, { step: 'meetlat-zelf' }],
      [{ choice: 'deels' }, { step: 'moment' }],
      ['ik krijg al hulp maar het loopt niet', { step: 'aanbieder', says: 'beperking' }],
      ['die van mee', { step: 'contact' }],
      ['weet ik niet', { step: 'contact', says: 'herken ik niet' }],
      [
        "bel me op 06-12345678, liefst 's middags",
        { step: 'samenvatting', says: '06-12345678 (In de middag)' },
      ],
      [{ choice: 'aanpassen' }, { step: 'samenvatting-aanpassen' }],
      [
        'Ik heb schulden en de huurbaas dreigt met ontruiming.',
        { step: 'samenvatting', says: 'huurbaas dreigt' },
      ],
      [
        { choice: 'yes' },
        { outcome: 'handover', says: /Uw nummer is \*\*WW-[0-9A-Z]{6}\*\*.*binnen 3 werkdagen/s },
      ],
    ]);
    const stored = files('handovers');
    expect(stored.length).toBe(before + 1);
    const handover = read('handovers', stored.find((name) => !name.startsWith('.')) ?? '');
    expect(handover).toMatchObject({
      status: 'nieuw',
      aanbieder: 'mee-voorbeeld',
      contact: { soort: 'telefoon' },
      contactmoment: 'middag',
      moment: 'tijdens-zorg',
      verwijsreden: { id: 'beperking' },
    });
    expect(handover.vraag).toContain('huurbaas dreigt met ontruiming');
  });

  it('coverage for everyone: debts and rent, no special group, grip lost: the general schuldhulp is offered', async () => {
    await play(resident(), [
      ['Ik heb schulden en kan mijn huur niet betalen', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'meetlat-regie', says: 'Geld en schulden' }],
      ['ja, ik durf de post niet meer open te maken', { step: 'doelgroepen' }],
      ['geen van deze', { step: 'moment' }],
      [{ choice: 'toegang' }, { step: 'aanbieder', says: /grip.*Schuldhulp Gemeente Voorbeeld/s }],
    ]);
  });

  it("gap: no provider covers the case; the kaart's information and the loket come with it; the signal holds no personal data", async () => {
    await play(resident(), [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['Ik ben mijn baan kwijt en ik weet het niet meer', { step: 'doelgroepen', says: 'Werk' }],
      [
        { choice: 'geen' },
        {
          step: 'persoon',
          outcome: 'gap',
          says: /Eerlijk gezegd.*Dit kan u misschien al verder helpen.*14 0123/s,
        },
      ],
      [{ choice: 'no' }, { says: '14 0123' }],
    ]);
    const signals = files('signals').map((name) => readFileSync(join(bot.dataDir, 'signals', name), 'utf8'));
    expect(signals.some((signal) => signal.includes('"werken"'))).toBe(true);
    for (const signal of signals) {
      expect(signal).not.toMatch(/baan|user-|conv-/);
      expect(signal).toMatch(/"createdAt": "\d{4}-\d{2}-\d{2}T12:00:00\.000Z"/);
    }
  });

  it('crisis: the help line comes first, at any step, then the offer of a person, then back to the question', async () => {
    const someone = resident();
    await play(someone, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
    ]);
    const crisis = await someone.say('Ik wil niet meer leven');
    expect(crisis[0]?.channelData?.wegwijzer?.outcome?.type, 'the help line is the first thing said').toBe(
      'crisis',
    );
    expect(crisis[0]?.text).toContain('0800-0113');
    expect(stepOf(crisis)).toBe('persoon');
    await play(someone, [[{ choice: 'no' }, { step: 'question', says: 'hulplijn' }]]);
    const replies = await someone.say('Mijn man slaat me en ik ben bang');
    expect(outcomeOf(replies)?.type).toBe('crisis');
    expect(replies[0]?.text).toContain('0800-2000');
  });

  it('staff: asking for a person at any step queues a staff request and keeps the question open', async () => {
    const before = files('handoffs').length;
    await play(resident(), [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['Mijn moeder van 84 vergeet steeds meer', { step: 'levensgebieden' }],
      [
        'ik wil graag een medewerker spreken',
        { step: 'levensgebieden', outcome: 'staff', says: 'medewerker van het loket' },
      ],
    ]);
    expect(files('handoffs').length).toBe(before + 1);
  });
});
