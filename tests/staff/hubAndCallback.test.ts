import { afterAll, describe, expect, it } from 'vitest';
import { Resident, type RunningBot, startBot } from '../support/botServer.js';
import { StaffClient, addStaff } from '../support/staffClient.js';
import { play } from '../support/turnTable.js';

const running: RunningBot[] = [];
afterAll(async () => {
  for (const bot of running) await bot.close();
});

async function bot(options: Parameters<typeof startBot>[2]): Promise<RunningBot> {
  const started = await startBot(undefined, undefined, options);
  running.push(started);
  return started;
}

/** Posts an activity with expectReplies and returns all activities in the answer (events too). */
async function post(target: RunningBot, conversation: string, body: Record<string, unknown>) {
  const response = await fetch(`${target.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'webchat',
      serviceUrl: 'http://localhost:9/',
      from: { id: `${conversation}-user` },
      recipient: { id: 'wegwijzer' },
      conversation: { id: conversation },
      deliveryMode: 'expectReplies',
      ...body,
    }),
  });
  const answer: {
    activities: { type: string; name?: string; text?: string; attachments?: { content: unknown }[] }[];
  } = await response.json();
  return answer.activities;
}

async function queuedResident(target: RunningBot, conversation: string): Promise<void> {
  await play(new Resident(() => target, `${conversation}-user`, conversation), [
    ['join', { step: 'consent' }],
    [{ choice: 'yes' }, { step: 'question' }],
    ['Ik kom er met mijn schulden niet meer uit', { step: 'meetlat-regie', says: 'Geld en schulden' }],
  ]);
}

describe('a contact-centre hub (Bot Framework handoff events)', () => {
  it('gets handoff.initiate with the transcript, and silences the bot on handoff.status accepted', async () => {
    const hubBot = await bot({ hubEnabled: true, now: () => new Date('2026-11-24T10:00:00+01:00') });
    await queuedResident(hubBot, 'hub-conv');
    const replies = await post(hubBot, 'hub-conv', { type: 'message', text: 'medewerker' });
    const initiate = replies.find(
      (activity) => activity.type === 'event' && activity.name === 'handoff.initiate',
    );
    expect(JSON.stringify(initiate?.attachments?.[0]?.content)).toContain(
      'Ik kom er met mijn schulden niet meer uit',
    );
    const status = (state: string) =>
      post(hubBot, 'hub-conv', { type: 'event', name: 'handoff.status', value: { state } });
    await status('accepted');
    expect(await post(hubBot, 'hub-conv', { type: 'message', text: 'hallo?' })).toEqual([]);
    await status('completed');
    const after = await post(hubBot, 'hub-conv', { type: 'message', text: 'Ik heb nog een vraag over zorg' });
    expect(after.some((activity) => activity.type === 'message')).toBe(true);
  });

  it('ignores handoff.status when no hub is configured, so nobody can silence the bot', async () => {
    const plain = await bot({ now: () => new Date('2026-11-24T10:00:00+01:00') });
    await queuedResident(plain, 'nohub-conv');
    await post(plain, 'nohub-conv', { type: 'message', text: 'medewerker' });
    await post(plain, 'nohub-conv', { type: 'event', name: 'handoff.status', value: { state: 'accepted' } });
    const replies = await post(plain, 'nohub-conv', { type: 'message', text: 'help' });
    expect(replies.some((activity) => activity.type === 'message')).toBe(true);
  });
});

describe('outside opening hours', () => {
  it('says the loket is closed and takes a call-back request for the queue', async () => {
    // Tuesday 20:00: the sample loket closed at 17:00.
    const evening = await bot({ now: () => new Date('2026-11-24T20:00:00+01:00') });
    await addStaff(evening.dataDir, 'anna', 'loket');
    await play(new Resident(() => evening, 'late-user', 'late-conv'), [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
      ['medewerker', { step: 'terugbellen', says: 'Het loket is nu dicht' }],
      [{ choice: 'yes' }, { step: 'terugbellen-telefoon' }],
      ['bel maar naar mijn mail', { step: 'terugbellen-telefoon', says: 'niet als telefoonnummer' }],
      ['06 12345678', { step: 'terugbellen-moment' }],
      [{ choice: 'ochtend' }, { says: 'Het loket belt u terug op 06 12345678 (in de ochtend)' }],
    ]);
    const anna = new StaffClient(evening.base);
    await anna.login('anna');
    const { items } = await anna.json<{ items: { terugbellen: unknown }[] }>('/api/staff/queue');
    expect(items.map((item) => item.terugbellen)).toEqual([{ telefoon: '06 12345678', moment: 'ochtend' }]);
  });
});
