import { ActivityHandler } from 'botbuilder';
import type restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../bot/adapter.js';
import { loadTaal } from '../../bot/analyser/taal.js';
import { createWebChannel } from '../../bot/directline/webChannel.js';
import { KaartStore } from '../../bot/kaart/kaartStore.js';
import { silentLog } from '../../bot/log.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../../bot/paths.js';
import { createServer } from '../../bot/server.js';
import { MESSAGES } from '../support/botServer.js';
import { DirectLineResident, issueToken } from '../support/directLineResident.js';

/** A bot whose answer to "langzaam" takes a second, as a turn on an overloaded server might. */
class SlowBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'langzaam') await new Promise((resolve) => setTimeout(resolve, 1000));
      await context.sendActivity(`antwoord op ${context.activity.text}`);
      await next();
    });
  }
}

let server: restify.Server;
let base: string;
beforeAll(async () => {
  const web = createWebChannel({ directLine: undefined, authenticated: false, log: silentLog });
  const adapter = createAdapter(undefined, {
    log: silentLog,
    apology: async () => 'sorry',
    recover: async () => {},
  });
  const kaartStore = KaartStore.open(SAMPLE_KAART_FILE, { taal: loadTaal(TAAL_FILE) });
  server = createServer(
    kaartStore,
    { adapter, bot: new SlowBot(), allowedServiceHosts: ['127.0.0.1'], log: silentLog },
    { channel: web, allowedOrigins: [], messages: MESSAGES },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${address.port}`;
  web.local?.channel.attach(base);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the typing indicator', () => {
  it('shows while a slow turn works, and not for a quick one', async () => {
    const resident = new DirectLineResident(base, await issueToken(base));
    await resident.say('snel');
    expect(resident.seen.filter((activity) => activity.type === 'typing')).toEqual([]);
    await resident.say('langzaam');
    const types = resident.seen.map((activity) => `${activity.role}:${activity.type}`);
    expect(types.slice(-3)).toEqual(['user:message', 'bot:typing', 'bot:message']);
    resident.end();
  });
});
