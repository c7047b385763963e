import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Reply, Resident, type RunningBot, startBot, stepOf, textOf } from '../support/botServer.js';

const BOT = '28:3f1c2a9e-5b7d-4e8f-9a01-23456789abcd';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

/** Someone in Teams, with the fields Teams puts on every activity. */
function teamsUser(name: string, conversationType: 'personal' | 'groupChat' | 'channel') {
  const userId = `29:1${name}`;
  const conversationId = `a:1${name}-${conversationType}`;
  return new Resident(() => bot, userId, conversationId, 'msteams', {
    from: { id: userId, name, aadObjectId: `aad-${name}` },
    recipient: { id: BOT, name: 'Wegwijzer' },
    conversation: {
      id: conversationId,
      conversationType,
      tenantId: TENANT,
      ...(conversationType === 'personal' ? {} : { isGroup: true }),
    },
    channelData: { tenant: { id: TENANT } },
    entities: [
      { type: 'clientInfo', locale: 'nl-NL', country: 'NL', platform: 'Web', timezone: 'Europe/Amsterdam' },
    ],
  });
}

async function repliesOf(response: Response): Promise<Reply[]> {
  expect(response.status).toBe(200);
  const body: { activities: Reply[] } = await response.json();
  return body.activities.filter((activity) => activity.type === 'message');
}

/** The buttons a reply shows in Teams: those of its hero cards. */
function heroButtons(replies: Reply[]): string[] {
  return replies
    .flatMap((reply) => reply.attachments ?? [])
    .flatMap((card) => JSON.stringify(card.content).match(/"title":"[^"]+"/g) ?? []);
}

describe('Microsoft Teams', () => {
  it('welcomes a resident who installs the app for themselves, with the choices as hero cards', async () => {
    const anna = teamsUser('anna', 'personal');
    const replies = await repliesOf(
      await anna.post({ type: 'conversationUpdate', membersAdded: [{ id: BOT }] }),
    );
    expect(textOf(replies)).toContain('Hallo! Ik ben Wegwijzer');
    expect(stepOf(replies)).toBe('consent');
    expect(heroButtons(replies)).toEqual(['"title":"Ja, dat mag"', '"title":"Nee, liever niet"']);
    expect(replies.some((reply) => reply.suggestedActions)).toBe(false);
  });

  it('runs the intake in a personal chat; lists longer than three stay whole on hero cards', async () => {
    const bram = teamsUser('bram', 'personal');
    await repliesOf(await bram.post({ type: 'conversationUpdate', membersAdded: [{ id: BOT }] }));
    const steps: string[] = [];
    const everyReply: Reply[] = [];
    for (const input of [
      { choice: 'yes' },
      'Ik kan mijn huur niet betalen en heb schulden.',
      { choice: 'nee' },
      { choice: 'nee' },
    ]) {
      const replies = await bram.say(input);
      everyReply.push(...replies);
      steps.push(stepOf(replies) ?? '');
    }
    // One clear topic (debts) is not asked back: the grip question comes at once.
    expect(steps).toEqual(['question', 'meetlat-regie', 'meetlat-zelf', 'doelgroepen']);
    // Teams shows at most three suggested actions; hero cards carry the whole list.
    expect(everyReply.some((reply) => reply.suggestedActions)).toBe(false);
    expect(heroButtons(everyReply.slice(-1)).length).toBeGreaterThan(3);
  });

  it('keeps out of group chats and channels: it says so, and starts no intake there', async () => {
    const team = teamsUser('team', 'channel');
    const added = await repliesOf(
      await team.post({ type: 'conversationUpdate', membersAdded: [{ id: BOT }] }),
    );
    expect(textOf(added)).toContain('praat ik niet in een groep');
    const group = teamsUser('groep', 'groupChat');
    const replies = await group.say('<at>Wegwijzer</at> mijn buurman heeft schulden');
    expect(textOf(replies)).toContain('Open een chat met alleen mij');
    expect(stepOf(replies)).toBeUndefined();
  });
});
