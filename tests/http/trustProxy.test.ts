import { afterAll, describe, expect, it } from 'vitest';
import { configFrom } from '../../bot/config.js';
import { type RunningBot, startBot } from '../support/botServer.js';

const running: RunningBot[] = [];
afterAll(async () => {
  for (const bot of running) await bot.close();
});

const askToken = (bot: RunningBot, forwardedFor: string) =>
  fetch(`${bot.base}/api/directline/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: '{}',
  });

/** An address a client makes up for itself, different every time. */
let made = 0;
const madeUp = () => `192.0.2.${made++ % 250}`;

describe('TRUST_PROXY: the client is the right-most address the trusted proxies did not add', () => {
  it('with one proxy, believes only the entry that proxy added, so a made-up first entry does not help', async () => {
    const bot = await startBot(undefined, undefined, { trustProxy: true });
    running.push(bot);
    for (let n = 0; n < 60; n++) expect((await askToken(bot, `${madeUp()}, 203.0.113.9`)).status).toBe(200);
    expect((await askToken(bot, `${madeUp()}, 203.0.113.9`)).status).toBe(429);
    expect((await askToken(bot, '203.0.113.9')).status).toBe(429);
    expect((await askToken(bot, `203.0.113.9, 203.0.113.10`)).status).toBe(200);
  });

  it('with two proxies, takes the second entry from the right', async () => {
    const bot = await startBot(undefined, undefined, { trustProxy: 2 });
    running.push(bot);
    for (let n = 0; n < 60; n++) {
      expect((await askToken(bot, `${madeUp()}, 203.0.113.9, 10.0.0.2`)).status).toBe(200);
    }
    expect((await askToken(bot, `${madeUp()}, 203.0.113.9, 10.0.0.3`)).status).toBe(429);
    expect((await askToken(bot, `203.0.113.9, 203.0.113.11, 10.0.0.2`)).status).toBe(200);
  });

  it('counts an IPv6 client by its /64, the block one subscriber gets', async () => {
    const bot = await startBot(undefined, undefined, { trustProxy: true });
    running.push(bot);
    for (let n = 0; n < 60; n++)
      expect((await askToken(bot, `2001:db8:1:2::${n.toString(16)}`)).status).toBe(200);
    expect((await askToken(bot, '2001:db8:1:2:ffff::1')).status).toBe(429);
    expect((await askToken(bot, '2001:db8:1:3::1')).status).toBe(200);
  });

  it('reads TRUST_PROXY as true (one proxy), false, or a number of proxies', () => {
    expect(configFrom({}).trustProxy).toBe(0);
    expect(configFrom({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(configFrom({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(configFrom({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => configFrom({ TRUST_PROXY: 'yes' })).toThrow(
      'TRUST_PROXY must be true, false or the number of proxies in front (1 to 10), not "yes"',
    );
    expect(() => configFrom({ TRUST_PROXY: '0.5' })).toThrow('TRUST_PROXY must be');
  });
});
