import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { rawRequest } from './support/rawSocket.js';

describe('a request whose URL cannot be read', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('gets a plain 400, and the server keeps running (found by the fuzz suite: GET http://[)', async () => {
    for (const target of ['http://[', 'http://[/healthz', 'http://[::1/x?y']) {
      const answer = await rawRequest(
        bot.base,
        `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status, target).toBe(400);
      expect(answer.text, target).not.toMatch(/TypeError|ERR_INVALID_URL|\bat \S+:\d+/);
    }
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });
});
