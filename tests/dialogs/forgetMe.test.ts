import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, Resident, type RunningBot, startBot, stepOf, textOf } from '../support/botServer.js';
import { PROVIDER_TO_HANDOVER, TO_PROVIDER_CHOICE } from '../support/intakeTables.js';
import { StaffClient, addStaff } from '../support/staffClient.js';
import { play } from '../support/turnTable.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const files = (folder: string) =>
  existsSync(join(bot.dataDir, folder))
    ? readdirSync(join(bot.dataDir, folder)).filter((name) => !name.startsWith('.'))
    : [];

describe('"vergeet mij": the resident withdraws consent', () => {
  it('erases the conversation, the resident and their handover, and keeps nothing from then on', async () => {
    const anna = new Resident(() => bot, 'anna', 'anna-1');
    await play(anna, [...TO_PROVIDER_CHOICE, ...PROVIDER_TO_HANDOVER]);
    expect(textOf(await anna.say('help'))).toContain('vergeet mij');
    expect(files('state').length).toBeGreaterThan(0);
    expect(files('handovers').length).toBe(1);

    const forgotten = await anna.say('Vergeet mij');
    expect(textOf(forgotten)).toContain('Ik heb alles gewist wat ik van u bewaarde');
    expect(files('state')).toEqual([]);
    expect(files('handovers')).toEqual([]);
    expect(files('intakes')).toEqual([]);

    // The conversation goes on, and nothing reaches the disk any more.
    const next = await anna.say('Ik zoek werk');
    expect(textOf(next)).toContain('Ik begrijp dat uw vraag gaat over Werk');
    expect(stepOf(next)).toBe('meetlat-regie');
    expect(files('state')).toEqual([]);

    // A later visit is a stranger's: no "welcome back", the consent question again.
    const later = new Resident(() => bot, 'anna', 'anna-2');
    const welcome = await later.join();
    expect(textOf(welcome)).not.toContain('Welkom terug');
    expect(stepOf(welcome)).toBe('consent');
  });

  it('works in English, and for a resident who never consented', async () => {
    const bram = new Resident(() => bot, 'bram', 'bram-1');
    await play(bram, [
      ['join', { step: 'consent' }],
      [{ choice: 'no' }, { step: 'question' }],
      ['English', { says: 'English' }],
      ['forget me', { says: 'I have erased everything I kept about you' }],
    ]);
  });
});

describe('"vergeet mij" while the resident waits for a person', () => {
  // A Tuesday morning: the loket is open, so asking for a person queues the resident.
  const TUESDAY_MORNING = () => new Date('2026-11-24T10:00:00+01:00');
  let open: RunningBot;
  let loket: StaffClient;
  beforeAll(async () => {
    open = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
    await addStaff(open.dataDir, 'loket', 'loket');
    loket = new StaffClient(open.base);
    expect((await loket.login('loket')).status).toBe(200);
  });
  afterAll(() => open.close());
  const queue = async () => (await loket.json<{ items: { id: string }[] }>('/api/staff/queue')).items;
  const apology = MESSAGES.text('nl', 'fout.tekst', { telefoon: '' }).slice(0, 30);

  it('leaves the loket queue at once, and the next message gets an answer, not an apology', async () => {
    const carla = new Resident(() => open, 'carla', 'carla-1');
    await play(carla, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['medewerker', { outcome: 'staff' }],
    ]);
    expect(await queue()).toHaveLength(1);

    const forgotten = textOf(await carla.say('Vergeet mij'));
    expect(forgotten).toContain('Ik heb alles gewist wat ik van u bewaarde');
    expect(forgotten).not.toContain(apology);
    expect(await queue(), 'no ghost in the queue').toEqual([]);

    const next = textOf(await carla.say('Ik zoek werk'));
    expect(next).not.toContain(apology);
    expect(next).toContain('Werk');
  });
});
