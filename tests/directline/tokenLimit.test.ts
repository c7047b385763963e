import { afterAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';

const running: RunningBot[] = [];
afterAll(async () => {
  for (const bot of running) await bot.close();
});

const ask = (bot: RunningBot, forwardedFor?: string) =>
  fetch(`${bot.base}/api/directline/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: '{}',
  });

describe('the token endpoint under a flood', () => {
  it('gives one client 60 new conversations per 10 minutes, then 429 with Retry-After', async () => {
    const bot = await startBot();
    running.push(bot);
    for (let n = 0; n < 60; n++) expect((await ask(bot)).status).toBe(200);
    const refused = await ask(bot);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500);
    // A made-up X-Forwarded-For does not help when no proxy is trusted.
    expect((await ask(bot, '203.0.113.7')).status).toBe(429);
  });

  it('tells clients apart by X-Forwarded-For behind a trusted proxy', async () => {
    const bot = await startBot(undefined, undefined, { trustProxy: true });
    running.push(bot);
    for (let n = 0; n < 60; n++) expect((await ask(bot, '203.0.113.7')).status).toBe(200);
    expect((await ask(bot, '203.0.113.7')).status).toBe(429);
    expect((await ask(bot, '198.51.100.23, 10.0.0.1')).status).toBe(200);
  });
});
