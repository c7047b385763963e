import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RESIDENT_SERVICE_URL, Resident, type RunningBot, startBot } from '../support/botServer.js';
import { DirectLineResident, issueToken } from '../support/directLineResident.js';
import { StaffClient, addStaff } from '../support/staffClient.js';
import { type Turn, play } from '../support/turnTable.js';
import { lowdbRepository } from '../../bot/storage/lowdbRepository.js';
import { FakeChannel } from './fakeChannel.js';

// A Tuesday morning: the loket is open.
const TUESDAY_MORNING = () => new Date('2026-11-24T10:00:00+01:00');

interface QueueItem {
  id: string;
  state: string;
  reason: string;
  levensgebieden: string[];
  stap: string | null;
}
interface HandoffView extends QueueItem {
  transcript: { from: string; text: string; naam?: string }[];
  medewerker: { naam: string } | null;
}

let bot: RunningBot;
let anna: StaffClient;
let channel: FakeChannel;
const residents: DirectLineResident[] = [];

async function webResident(): Promise<DirectLineResident> {
  const resident = new DirectLineResident(bot.base, await issueToken(bot.base));
  residents.push(resident);
  return resident;
}

/**
 * A resident on the web page who consents, asks a question, comes to the grip question and then
 * asks for a person. `toGrip` is the question and whatever it takes to reach the grip question.
 */
async function askForPerson(resident: DirectLineResident, toGrip: Turn[]): Promise<void> {
  await play(resident, [
    ['join', { step: 'consent' }],
    [{ choice: 'yes' }, { step: 'question' }],
    ...toGrip,
    ['ik wil een medewerker spreken', { outcome: 'staff', says: 'Het loket is nu open' }],
  ]);
}

const queue = async () => (await anna.json<{ items: QueueItem[] }>('/api/staff/queue')).items;

beforeAll(async () => {
  channel = await FakeChannel.start();
  bot = await startBot(undefined, undefined, {
    now: TUESDAY_MORNING,
    allowedServiceHosts: [RESIDENT_SERVICE_URL, channel.url],
  });
  await addStaff(bot.dataDir, 'anna', 'loket', { naam: 'Anna de Vries' });
  await addStaff(bot.dataDir, 'kees', 'coordinator');
  anna = new StaffClient(bot.base);
  expect((await anna.login('anna')).status).toBe(200);
});

afterAll(async () => {
  for (const resident of residents) resident.end();
  await bot?.close();
  await channel?.close();
});

afterEach(() => {
  channel.reachable = true;
});

/** A resident whose channel is `channel`, queued for a person; answers the handoff's id. */
async function queuedOnChannel(userId: string): Promise<{ resident: Resident; id: string }> {
  const resident = new Resident(() => bot, userId, `${userId}-conv`, 'webchat', { serviceUrl: channel.url });
  await play(resident, [
    ['join', { step: 'consent' }],
    [{ choice: 'yes' }, { step: 'question' }],
    ['medewerker', { outcome: 'staff' }],
  ]);
  const items = await queue();
  const id = items.find((item) => item.state === 'waiting' && item.reason === 'gevraagd')?.id ?? '';
  expect(id).not.toBe('');
  return { resident, id };
}

describe('a person takes over a conversation live, and gives it back', () => {
  let resident: DirectLineResident;
  let id = '';

  it('queues a resident who asks for a person, with the intake summary so far and the whole transcript', async () => {
    resident = await webResident();
    // Two groups (elderly, dementia) are asked back before the grip question.
    await askForPerson(resident, [
      ['Mijn moeder van 84 vergeet steeds meer', { step: 'levensgebieden' }],
      [{ choice: 'yes' }, { step: 'meetlat-regie' }],
    ]);
    const [item] = await queue();
    id = item?.id ?? '';
    expect(item).toMatchObject({ state: 'waiting', reason: 'gevraagd', stap: 'of u de grip kwijt bent' });
    expect(item?.levensgebieden.join(' ')).toMatch(/ouderen/i);
    const handoff = await anna.json<HandoffView>(`/api/staff/handoffs/${id}`);
    const lines = handoff.transcript.map((entry) => `${entry.from}: ${entry.text}`);
    expect(lines).toContain('bewoner: Mijn moeder van 84 vergeet steeds meer');
    expect(lines.some((line) => line.startsWith('bot: Ik heb een medewerker van het loket gevraagd'))).toBe(
      true,
    );
  });

  it('puts a crisis ahead of whoever has waited longer', async () => {
    const other = await webResident();
    await play(other, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['Ik wil niet meer leven', { outcome: 'crisis', step: 'persoon' }],
      [{ choice: 'yes' }, { outcome: 'staff' }],
    ]);
    const items = await queue();
    expect(items.map((item) => item.reason)).toEqual(['crisis', 'gevraagd']);
  });

  it('stops the bot on take-over; the resident is told who joined, and both sides write live', async () => {
    const before = resident.seen.length;
    const taken = await anna.post(`/api/staff/handoffs/${id}/takeover`);
    expect(taken.status).toBe(200);
    await resident.waitForText('Anna de Vries van het loket is nu bij het gesprek', before);

    const typed = 'Dank u. <script>alert("x")</script> Het gaat om mijn moeder.';
    const seenBefore = resident.seen.length;
    await resident.send(typed);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(
      resident.seen.slice(seenBefore).filter((seen) => seen.role === 'bot'),
      'the bot says nothing while a person has the conversation',
    ).toEqual([]);
    const handoff = await anna.json<HandoffView>(`/api/staff/handoffs/${id}`);
    expect(handoff.transcript.at(-1)).toMatchObject({ from: 'bewoner', text: typed });

    const said = await anna.post(`/api/staff/handoffs/${id}/messages`, {
      text: 'Goedemorgen, ik kijk met u mee.',
    });
    expect(said.status).toBe(200);
    const shown = await resident.waitForText('Goedemorgen, ik kijk met u mee', seenBefore);
    expect(shown.text).toContain('**Anna de Vries**');
  });

  it('gives the conversation back to the bot, which then takes a new question', async () => {
    const before = resident.seen.length;
    expect((await anna.post(`/api/staff/handoffs/${id}/giveback`)).status).toBe(200);
    await resident.waitForText('U praat weer met Wegwijzer', before);
    expect((await queue()).map((item) => item.id)).not.toContain(id);
    const replies = await resident.say('Ik heb ook schulden en kan de huur niet betalen');
    // The new question is understood as itself (debts, one clear topic), not as the earlier one
    // about the mother: the sentence of what was understood, then the grip question.
    expect(replies.map((reply) => reply.channelData?.wegwijzer?.step)).toContain('meetlat-regie');
    expect(replies.map((reply) => reply.text ?? '').join('\n')).toContain(
      'Ik begrijp dat uw vraag gaat over Geld en schulden',
    );
  });

  it('refuses what no longer fits: a message without taking over, a second give-back', async () => {
    expect((await anna.post(`/api/staff/handoffs/${id}/giveback`)).status).toBe(409);
    expect((await anna.post(`/api/staff/handoffs/${id}/messages`, { text: 'hallo' })).status).toBe(409);
    expect((await anna.post(`/api/staff/handoffs/${id}/messages`, { text: '' })).status).toBe(400);
    expect((await anna.get('/api/staff/handoffs/does-not-exist')).status).toBe(404);
  });

  it('closes a conversation politely', async () => {
    const [crisis] = await queue();
    expect((await anna.post(`/api/staff/handoffs/${crisis?.id}/takeover`)).status).toBe(200);
    expect((await anna.post(`/api/staff/handoffs/${crisis?.id}/close`)).status).toBe(200);
    await residents[1]?.waitForText('Anna de Vries heeft het gesprek afgesloten');
    expect(await queue()).toEqual([]);
  });

  it('records who opened, took over, wrote, gave back and closed, for the coordinator', async () => {
    const kees = new StaffClient(bot.base);
    await kees.login('kees');
    const { entries } = await kees.json<{ entries: { username: string; action: string; case?: string }[] }>(
      '/api/staff/audit?from=2026-11-24&to=2026-11-24',
    );
    const annaDid = entries
      .filter((entry) => entry.username === 'anna' && entry.case === id)
      .map((entry) => entry.action);
    expect(annaDid.sort()).toEqual(['bericht', 'geopend', 'overgenomen', 'teruggegeven']);
    expect(JSON.stringify(entries)).not.toContain('Goedemorgen');
  });
});

describe('a message that does not reach the resident', () => {
  const stateOf = async (id: string) => (await anna.json<HandoffView>(`/api/staff/handoffs/${id}`)).state;

  it('changes nothing on a failed take-over (502), and says so in plain Dutch', async () => {
    const { id } = await queuedOnChannel('unreachable-user');
    channel.reachable = false;
    const notTaken = await anna.post(`/api/staff/handoffs/${id}/takeover`);
    expect(notTaken.status).toBe(502);
    expect(await stateOf(id)).toBe('waiting');
    expect((await queue()).find((item) => item.id === id)?.state).toBe('waiting');
    expect((await notTaken.json()).error).toMatch(/niet overgenomen.*niet meer in de chat/);

    channel.reachable = true;
    expect((await anna.post(`/api/staff/handoffs/${id}/takeover`)).status).toBe(200);
    expect(channel.received.at(-1)).toContain('Anna de Vries van het loket is nu bij het gesprek');
    await anna.post(`/api/staff/handoffs/${id}/close`);
  });

  it('changes nothing on a failed give-back (502); closing still works', async () => {
    const { resident, id } = await queuedOnChannel('gone-user');
    expect((await anna.post(`/api/staff/handoffs/${id}/takeover`)).status).toBe(200);
    channel.reachable = false;
    const notGiven = await anna.post(`/api/staff/handoffs/${id}/giveback`);
    expect(notGiven.status).toBe(502);
    expect(await stateOf(id)).toBe('staff');
    expect((await notGiven.json()).error).toMatch(/niet teruggegeven.*nog van u/);
    expect(await resident.say('Is daar iemand?'), 'the bot stays silent: the staff member has it').toEqual(
      [],
    );

    // The loket must be able to clear a conversation whose resident has left.
    const closed = await anna.post(`/api/staff/handoffs/${id}/close`);
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({
      state: 'closed',
      melding: expect.stringMatching(/niet meer in de chat/),
    });
  });
});

describe('a removed account', () => {
  it('loses its live event stream at the next event', async () => {
    await addStaff(bot.dataDir, 'vertrekker', 'loket');
    const leaver = new StaffClient(bot.base);
    expect((await leaver.login('vertrekker')).status).toBe(200);
    const response = await leaver.get('/api/staff/events');
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('retry:');
    // What `wegwijzer staff remove vertrekker` does, from another process.
    await lowdbRepository(bot.dataDir).staff.delete('vertrekker');

    const { id } = await queuedOnChannel('after-removal-user');
    let received = '';
    let ended = false;
    while (!ended && !received.includes('event:')) {
      const chunk = await reader.read();
      ended = chunk.done;
      received += new TextDecoder().decode(chunk.value);
    }
    expect(received).not.toContain('event:');
    expect(ended).toBe(true);
    await anna.post(`/api/staff/handoffs/${id}/close`);
  });
});

describe('the live queue', () => {
  it('tells the loket console of a new request at once, by server-sent events', async () => {
    const response = await anna.get('/api/staff/events');
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const resident = await webResident();
    // One clear topic: the grip question comes at once.
    const waiting = askForPerson(resident, [['Ik heb schulden', { step: 'meetlat-regie' }]]);
    let received = '';
    while (!received.includes('event: queue'))
      received += new TextDecoder().decode((await reader.read()).value);
    await waiting;
    await reader.cancel();
    expect(received).not.toContain('schulden');
    for (const item of await queue()) await anna.post(`/api/staff/handoffs/${item.id}/close`);
  });
});

describe('a restart', () => {
  it('keeps a taken-over conversation with its staff member: the bot stays silent in it', async () => {
    const dataDir = bot.dataDir;
    for (const open of residents.splice(0)) open.end();
    const { resident, id } = await queuedOnChannel('restart-user');
    expect((await anna.post(`/api/staff/handoffs/${id}/takeover`)).status).toBe(200);
    await bot.close();
    bot = await startBot(dataDir, undefined, {
      now: TUESDAY_MORNING,
      allowedServiceHosts: [RESIDENT_SERVICE_URL, channel.url],
    });
    anna = new StaffClient(bot.base);
    await anna.login('anna');
    expect((await queue()).find((entry) => entry.id === id)?.state).toBe('staff');
    expect(await resident.say('Is daar iemand?')).toEqual([]);
  });
});
