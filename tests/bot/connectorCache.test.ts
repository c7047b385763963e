import { ClaimsIdentity } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { CachingBotFrameworkAuthentication } from '../../bot/connectorCache.js';

const anonymous = () => new ClaimsIdentity([], true);
const fromAzure = (appId: string) =>
  new ClaimsIdentity(
    [
      { type: 'aud', value: appId },
      { type: 'appid', value: 'channel' },
    ],
    true,
  );

describe('connector clients across turns', () => {
  it('gives every turn for the same channel and identity the same client, and others their own', async () => {
    const auth = new CachingBotFrameworkAuthentication({});
    const first = await auth
      .createConnectorFactory(anonymous())
      .create('https://channel.example/', undefined);
    const again = await auth
      .createConnectorFactory(anonymous())
      .create('https://channel.example/', undefined);
    const elsewhere = await auth
      .createConnectorFactory(anonymous())
      .create('https://other.example/', undefined);
    const otherBot = await auth.createConnectorFactory(fromAzure('bot-2')).create('https://channel.example/');
    expect(again).toBe(first);
    expect(elsewhere).not.toBe(first);
    expect(otherBot).not.toBe(first);
  });

  it('reuses the user-token client per identity', async () => {
    const auth = new CachingBotFrameworkAuthentication({});
    const one = await auth.createUserTokenClient(anonymous());
    expect(await auth.createUserTokenClient(anonymous())).toBe(one);
    expect(await auth.createUserTokenClient(fromAzure('bot-2'))).not.toBe(one);
  });
});
