import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog } from '../../bot/log.js';
import { type RunningBot, startBot } from '../support/botServer.js';
import { type ChildBot, startChildBot } from './support/childServer.js';

const SECRETS = { cookie: 'wegwijzer_staff=COOKIE-SECRET-4711', authorization: 'Bearer AUTH-SECRET-0815' };

let child: ChildBot;
beforeAll(async () => {
  child = await startChildBot({ env: { WEGWIJZER_TEST_AUTH: 'on' } });
}, 30_000);
afterAll(() => child.stop());

describe("restify's own logging", () => {
  it('never writes a request (cookies, body) to the log, and answers with plain JSON instead of failing to format', async () => {
    // Without an Authorization header the adapter answers 401 in words; a client that accepts
    // no format restify knows made restify log the whole request as "could not format".
    const response = await fetch(`${child.base}/api/messages`, {
      method: 'POST',
      headers: {
        accept: 'image/png',
        'content-type': 'application/json',
        cookie: SECRETS.cookie,
      },
      body: JSON.stringify({
        type: 'message',
        text: 'BODY-SECRET-mijn-bsn-is-123456782',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        from: { id: 'someone' },
        recipient: { id: 'wegwijzer' },
        conversation: { id: 'conv' },
      }),
    });
    const answer = {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
    // A second request, so a log line written on the way out of the first has arrived.
    expect((await fetch(`${child.base}/healthz`)).status).toBe(200);
    const output = child.output();
    expect(output).not.toContain('COOKIE-SECRET-4711');
    expect(output).not.toContain('BODY-SECRET');
    expect(output).not.toMatch(/"req":|rawHeaders/);
    // botbuilder's CloudAdapter printed the refused authentication itself (console.error, a
    // stack); it goes through Wegwijzer's log now, as one line without the error's text.
    expect(output).not.toMatch(/AuthenticationError|Unauthorized Access/);
    expect(output).toContain('"event":"activity not authenticated"');
    expect(answer).toEqual({
      status: 401,
      type: 'application/json',
      body: JSON.stringify({ error: 'This request is not authenticated.' }),
    });
    expect(child.alive()).toBe(true);
  });
});

describe('responses restify cannot format', () => {
  const lines: string[] = [];
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot(
      undefined,
      createLog('debug', (line) => lines.push(line)),
    );
    // Stand-ins for a handler that gets a response wrong: words for a client that accepts
    // neither JSON nor text, and a body JSON cannot write.
    bot.app.server.get('/test/words', (_request, response, next) => {
      response.send(200, 'BODY-SECRET words');
      next();
    });
    bot.app.server.get('/test/bigint', (_request, response, next) => {
      response.json(200, { count: 1n });
      next();
    });
  });
  afterAll(() => bot.close());

  it("logs restify's complaint through Wegwijzer's log, without the request, and answers plainly", async () => {
    const words = await fetch(`${bot.base}/test/words`, { headers: { ...SECRETS, accept: 'image/png' } });
    expect(words.status).toBe(406);
    expect(await words.text()).toBe('');
    const bigint = await fetch(`${bot.base}/test/bigint`, { headers: SECRETS });
    expect(bigint.status).toBe(500);
    expect(await bigint.json()).toEqual({ error: 'Something went wrong on the server; try again later.' });
    const events = lines.map((line) => JSON.parse(line));
    expect(events).toContainEqual(
      expect.objectContaining({ level: 'warn', event: 'restify', error: 'NotAcceptableError', status: 406 }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ level: 'error', event: 'response not formatted' }),
    );
    const written = lines.join('\n');
    for (const secret of ['COOKIE-SECRET', 'AUTH-SECRET', 'BODY-SECRET'])
      expect(written).not.toContain(secret);
  });
});
