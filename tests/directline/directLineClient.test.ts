import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { ConnectionStatus, DirectLineResident, issueToken } from '../support/directLineResident.js';
import { PROVIDER_TO_HANDOVER, TO_PROVIDER_CHOICE } from '../support/intakeTables.js';
import { play } from '../support/turnTable.js';

let bot: RunningBot;
const clients: DirectLineResident[] = [];
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  for (const client of clients) client.end();
  await bot.close();
});

async function resident(options: { webSocket?: boolean; userId?: string; conversationId?: string } = {}) {
  const { webSocket, ...asked } = options;
  const client = new DirectLineResident(bot.base, await issueToken(bot.base, asked), { webSocket });
  clients.push(client);
  return client;
}

describe('the real botframework-directlinejs client against the built-in channel', () => {
  it('walks an intake to a stored warm handover over the WebSocket stream', async () => {
    const client = await resident();
    await play(client, [...TO_PROVIDER_CHOICE, ...PROVIDER_TO_HANDOVER]);
    expect(client.status).toBe(ConnectionStatus.Online);
  });

  it('works by polling too, for networks that block WebSockets', async () => {
    const client = await resident({ webSocket: false });
    await play(client, [
      ['join', { step: 'consent' }],
      ['nee', { step: 'question', says: 'Ik bewaar niets' }],
    ]);
  });

  it('reconnects a reloaded page to its conversation with the history, and the intake goes on', async () => {
    const first = await resident();
    await play(first, TO_PROVIDER_CHOICE.slice(0, 4));
    const seenBefore = first.seen.length;
    first.end();

    const reloaded = await resident({
      userId: first.issued.userId,
      conversationId: first.issued.conversationId,
    });
    expect(reloaded.issued.resumed).toBe(true);
    // The history comes back first: the resident sees the conversation as they left it.
    await reloaded.join();
    expect(reloaded.seen.map((activity) => activity.text)).toEqual(
      first.seen.map((activity) => activity.text),
    );
    expect(seenBefore).toBeGreaterThan(5);
    await play(reloaded, TO_PROVIDER_CHOICE.slice(4));
  });

  it("never lets one resident read another one's activities, whatever they post", async () => {
    const anna = await resident();
    const bram = await resident();
    await play(anna, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
    ]);
    await play(bram, [
      ['join', { step: 'consent' }],
      [{ choice: 'yes' }, { step: 'question' }],
    ]);
    await anna.say('Mijn moeder heeft dementie en ik kan het niet meer aan.');
    await bram.say('Ik zoek werk.');
    const bramSaw = bram.seen.map((activity) => activity.text ?? '').join('\n');
    expect(bramSaw).not.toContain('dementie');
    expect(anna.seen.map((activity) => activity.text ?? '').join('\n')).not.toContain('Ik zoek werk');
  });
});
