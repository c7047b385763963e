import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFrom } from '../../bot/config.js';
import { isAllowedServiceUrl } from '../../bot/http/serviceUrls.js';
import { Resident, type RunningBot, startBot } from '../support/botServer.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const postNaming = (serviceUrl: string) =>
  fetch(`${bot.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text: 'hallo',
      channelId: 'webchat',
      serviceUrl,
      from: { id: 'service-url-user' },
      recipient: { id: 'wegwijzer' },
      conversation: { id: 'service-url-conv' },
      deliveryMode: 'expectReplies',
    }),
  });

describe('the serviceUrl allow-list without authentication', () => {
  it('takes the allow-listed address, and refuses the same host on another port or path', async () => {
    expect((await new Resident(() => bot, 'allowed-user', 'allowed-conv').join()).length).toBeGreaterThan(0);
    const { port } = new URL(bot.base);
    for (const refused of [
      'http://127.0.0.1:1/',
      `http://127.0.0.1:${Number(port) + 1}/api/`,
      // The built-in channel's host and port, but not its connector path.
      `${bot.base}/api/staff/`,
      `${bot.base}/directline-channel/guess/`,
      // Its very address, named by anyone but the channel itself.
      bot.web.local?.channel.serviceUrl ?? 'the channel is attached',
      'http://localhost:10/',
      'http://localhost/',
    ]) {
      const response = await postNaming(refused);
      expect(response.status, refused).toBe(403);
    }
  });

  it('matches entries on scheme, host, port and path prefix; a bare host is its default port, any path', () => {
    const allowed = [
      'example.org',
      'localhost:3978',
      'https://smba.trafficmanager.net/emea/',
      'http://127.0.0.1:4000/directline-channel/key',
    ];
    const table: [string, boolean][] = [
      ['https://example.org/any/path/', true],
      ['http://example.org/', true],
      ['https://example.org:8443/', false],
      ['http://localhost:3978/', true],
      ['http://localhost:3979/', false],
      ['https://smba.trafficmanager.net/emea/', true],
      ['https://smba.trafficmanager.net/emea/v3/conversations', true],
      ['https://smba.trafficmanager.net/emea', true],
      ['https://smba.trafficmanager.net/amer/', false],
      ['https://smba.trafficmanager.net/emea-evil/', false],
      ['https://smba.trafficmanager.net/emea/../amer/', false],
      ['http://smba.trafficmanager.net/emea/', false],
      ['https://smba.trafficmanager.net:444/emea/', false],
      ['http://127.0.0.1:4000/directline-channel/key/', true],
      ['http://127.0.0.1:4000/directline-channel/keyx/', false],
      ['http://127.0.0.1:4000/directline-channel/', false],
      ['http://user:pw@example.org/', false],
      ['not a url', false],
    ];
    for (const [serviceUrl, expected] of table) {
      expect(isAllowedServiceUrl(serviceUrl, allowed), serviceUrl).toBe(expected);
    }
  });

  it('says which ALLOWED_SERVICE_HOSTS entry it cannot read', () => {
    expect(configFrom({ ALLOWED_SERVICE_HOSTS: 'https://Host.Example/Path/' }).allowedServiceHosts).toEqual([
      'https://host.example/Path/',
    ]);
    expect(() => configFrom({ ALLOWED_SERVICE_HOSTS: 'ftp://example.org/' })).toThrow(
      'ALLOWED_SERVICE_HOSTS: "ftp://example.org/" is not a host, host:port or http(s) address',
    );
    expect(() => configFrom({ ALLOWED_SERVICE_HOSTS: 'example.org/pad' })).toThrow('ALLOWED_SERVICE_HOSTS');
  });
});
