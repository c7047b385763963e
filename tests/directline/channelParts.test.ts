import { describe, expect, it } from 'vitest';
import { KEPT_ACTIVITIES, ChannelConversation } from '../../bot/directline/channelConversation.js';
import { ChannelTokens } from '../../bot/directline/channelToken.js';
import { LocalDirectLine } from '../../bot/directline/localDirectLine.js';
import { silentLog } from '../../bot/log.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('the local channel tokens', () => {
  const tokens = new ChannelTokens(Buffer.from('a key of thirty-two bytes, or so'), 3600);

  it('grant their own conversation and user until they expire', () => {
    const { token, expiresIn } = tokens.issue('conv-1', 'dl_user', NOW);
    expect(expiresIn).toBe(3600);
    expect(tokens.verify(token, later(3599))).toMatchObject({ conv: 'conv-1', user: 'dl_user' });
    expect(tokens.verify(token, later(3600))).toBeUndefined();
  });

  it('refuse a token signed with another key, or altered in any part', () => {
    const { token } = tokens.issue('conv-1', 'dl_user', NOW);
    const other = new ChannelTokens(Buffer.from('another key entirely, also long'));
    expect(other.verify(token, NOW)).toBeUndefined();
    const [header, payload, signature] = token.split('.');
    const altered = Buffer.from(
      JSON.stringify({ conv: 'conv-2', user: 'dl_user', iat: 0, exp: 4e9 }),
    ).toString('base64url');
    expect(tokens.verify(`${header}.${altered}.${signature}`, NOW)).toBeUndefined();
    expect(tokens.verify(`${header}.${payload}.${signature}x`, NOW)).toBeUndefined();
    expect(tokens.verify(`${header}.${payload}`, NOW)).toBeUndefined();
    expect(tokens.verify('', NOW)).toBeUndefined();
  });
});

describe('a channel conversation', () => {
  it('keeps its watermark counting when old activities are dropped, so clients miss nothing new', () => {
    const conversation = new ChannelConversation('c', 'dl_user', NOW);
    for (let index = 0; index < KEPT_ACTIVITIES + 10; index++) {
      conversation.add({ type: 'message', text: `bericht ${index}` }, NOW);
    }
    expect(conversation.watermark).toBe(KEPT_ACTIVITIES + 10);
    expect(conversation.since(KEPT_ACTIVITIES + 8).map((activity) => activity.text)).toEqual([
      `bericht ${KEPT_ACTIVITIES + 8}`,
      `bericht ${KEPT_ACTIVITIES + 9}`,
    ]);
    expect(conversation.since(undefined)).toHaveLength(KEPT_ACTIVITIES);
    expect(conversation.since(3)[0]?.text).toBe('bericht 10');
  });

  it('gives activities ids in order and never shows a serviceUrl', () => {
    const conversation = new ChannelConversation('c', 'dl_user', NOW);
    const seen: unknown[] = [];
    conversation.subscribe((activity) => seen.push(activity));
    const id = conversation.add(
      { type: 'message', text: 'hoi', serviceUrl: 'http://127.0.0.1/geheim/' },
      NOW,
    );
    expect(id).toBe('c|0000000');
    expect(conversation.since(0)).toEqual([
      { type: 'message', text: 'hoi', id, timestamp: NOW.toISOString() },
    ]);
    expect(seen).toEqual(conversation.since(0));
  });
});

describe("the local channel's room", () => {
  it("refuses new conversations when full, until idle ones are forgotten; a conversation stays its owner's", async () => {
    let now = NOW;
    const channel = new LocalDirectLine({
      key: 'k',
      bot: { id: 'wegwijzer', name: 'Wegwijzer' },
      log: silentLog,
      maxConversations: 2,
      idleMinutes: 60,
      now: () => now,
    });
    // No bot listens there: the channel still keeps its conversations.
    channel.attach('http://127.0.0.1:9');
    expect(await channel.start('a', 'dl_anna')).toEqual({ created: true });
    expect(await channel.start('a', 'dl_anna')).toEqual({ created: false });
    expect(await channel.start('a', 'dl_bram')).toEqual({ refused: 'other user' });
    expect(await channel.start('b', 'dl_bram')).toEqual({ created: true });
    expect(await channel.start('c', 'dl_carla')).toEqual({ refused: 'busy' });
    now = later(61 * 60);
    expect(await channel.start('c', 'dl_carla')).toEqual({ created: true });
    expect(channel.conversation('a')).toBeUndefined();
  });
});

describe('a bot that is busy with the conversation', () => {
  it('makes the channel tell the client to slow down (429), not that the bot failed (502)', async () => {
    const { createServer } = await import('node:http');
    let answer = 429;
    const bot = createServer((_request, response) => {
      response.writeHead(answer).end();
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
    const address = bot.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    try {
      const channel = new LocalDirectLine({
        key: 'k',
        bot: { id: 'wegwijzer', name: 'Wegwijzer' },
        log: silentLog,
        now: () => NOW,
      });
      channel.attach(`http://127.0.0.1:${address.port}`);
      answer = 200;
      await channel.start('conv-busy', 'dl_user');
      const conversation = channel.conversation('conv-busy');
      if (!conversation) throw new Error('not started');
      answer = 429;
      expect(await channel.post(conversation, { type: 'message', text: 'hallo' })).toMatchObject({
        status: 429,
        code: 'TooManyRequests',
      });
      answer = 500;
      expect(await channel.post(conversation, { type: 'message', text: 'hallo' })).toMatchObject({
        status: 502,
        code: 'BotError',
      });
    } finally {
      bot.close();
    }
  });
});
