import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { type ChildBot, startChildBot } from './support/childServer.js';
import { rawRequest, upgradeRequest } from './support/rawSocket.js';

describe('WebSocket upgrades the server does not serve', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('answers a malformed path with 400 and closes the line, and keeps running', async () => {
    for (const path of [
      '/v3/directline/conversations/%E0%A4%A/stream',
      '//[',
      '/v3/directline/conversations/%/stream',
    ]) {
      const answer = await rawRequest(bot.base, upgradeRequest(path));
      expect(answer.status, path).toBe(400);
    }
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });

  it('answers an upgrade to any other path with 404 and closes the line', async () => {
    const answers = await Promise.all(
      ['/x', '/', '/api/messages', '/v3/directline/conversations/abc/activities'].map((path) =>
        rawRequest(bot.base, upgradeRequest(path)),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
  });

  it('refuses a stream without a valid token with 403, and closes the line', async () => {
    const answer = await rawRequest(
      bot.base,
      upgradeRequest('/v3/directline/conversations/abc/stream?t=forged'),
    );
    expect(answer.status).toBe(403);
  });
});

describe('a flood of unanswered upgrades, under a small file-descriptor limit', () => {
  let child: ChildBot;
  beforeAll(async () => {
    child = await startChildBot({ fileLimit: 120 });
  }, 30_000);
  afterAll(() => child.stop());

  it('closes every one of 300 upgrades itself, so the server still answers afterwards', async () => {
    const statuses: number[] = [];
    for (let batch = 0; batch < 12; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 25 }, () => rawRequest(child.base, upgradeRequest('/x'))),
      );
      statuses.push(...answers.map((answer) => answer.status));
    }
    expect(statuses.filter((status) => status === 404)).toHaveLength(300);
    expect((await fetch(`${child.base}/healthz`)).status).toBe(200);
    expect(child.alive()).toBe(true);
  }, 60_000);
});
