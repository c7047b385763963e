import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

interface Issued {
  token: string;
  conversationId: string;
  userId: string;
  resumed: boolean;
}

async function issue(body: Record<string, string> = {}): Promise<Issued> {
  const response = await fetch(`${bot.base}/api/directline/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return response.json();
}

function call(token: string | undefined, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${bot.base}/v3/directline${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function activities(
  issued: Issued,
  watermark = '',
): Promise<{ activities: Activity[]; watermark: string }> {
  const response = await call(
    issued.token,
    'GET',
    `/conversations/${issued.conversationId}/activities?watermark=${watermark}`,
  );
  expect(response.status).toBe(200);
  return response.json();
}

async function started(): Promise<Issued> {
  const issued = await issue();
  expect((await call(issued.token, 'POST', '/conversations')).status).toBe(201);
  return issued;
}

describe('the built-in Direct Line channel', () => {
  it('starts a conversation in which the bot welcomes the resident and asks for consent', async () => {
    const issued = await started();
    const { activities: welcome, watermark } = await activities(issued);
    expect(welcome.map((activity) => activity.text).join(' ')).toContain('Mag ik dit gesprek bewaren?');
    expect(welcome.every((activity) => activity.from.role === 'bot')).toBe(true);
    expect(Number(watermark)).toBe(welcome.length);
  });

  it('echoes what the resident posts, then the bot reply, and a watermark returns only what is new', async () => {
    const issued = await started();
    const before = await activities(issued);
    const posted = await call(issued.token, 'POST', `/conversations/${issued.conversationId}/activities`, {
      type: 'message',
      text: 'ja',
      from: { id: 'someone-else' },
    });
    expect(posted.status).toBe(200);
    const { id } = await posted.json();
    const after = await activities(issued, before.watermark);
    expect(after.activities[0]).toMatchObject({ id, text: 'ja', from: { id: issued.userId, role: 'user' } });
    expect(after.activities.map((activity) => activity.text).join('\n')).toContain(
      'Dank u. Ik bewaar dit gesprek.',
    );
    expect(after.activities.find((activity) => activity.from.role === 'bot')?.replyToId).toBe(id);
    expect((await activities(issued, after.watermark)).activities).toEqual([]);
  });

  it('never shows a client the bot-facing serviceUrl, nor the Emulator-only trace activities', async () => {
    const issued = await started();
    await call(issued.token, 'POST', `/conversations/${issued.conversationId}/activities`, {
      type: 'message',
      text: 'nee',
    });
    const all = await activities(issued);
    expect(JSON.stringify(all)).not.toContain('directline-channel');
    expect(all.activities.some((activity) => activity.type === 'trace')).toBe(false);
  });

  it('isolates conversations by token: no token, a forged one, or a token for another conversation is refused', async () => {
    const mine = await started();
    const theirs = await started();
    const path = `/conversations/${theirs.conversationId}/activities`;
    expect((await call(undefined, 'GET', path)).status).toBe(403);
    expect((await call(mine.token, 'GET', path)).status).toBe(403);
    expect((await call(mine.token, 'POST', path, { type: 'message', text: 'hallo' })).status).toBe(403);
    const [header, , signature] = mine.token.split('.');
    const claims = Buffer.from(
      JSON.stringify({ conv: theirs.conversationId, user: mine.userId, iat: 0, exp: 4e9 }),
    );
    const forged = `${header}.${claims.toString('base64url')}.${signature}`;
    expect((await call(forged, 'GET', path)).status).toBe(403);
    const refused = await call(mine.token, 'GET', path);
    expect(await refused.json()).toMatchObject({ error: { code: 'BadArgument' } });
  });

  it('refreshes a token for the same conversation and user', async () => {
    const issued = await started();
    const response = await call(issued.token, 'POST', '/tokens/refresh');
    expect(response.status).toBe(200);
    const refreshed: { conversationId: string; token: string; expires_in: number } = await response.json();
    expect(refreshed.conversationId).toBe(issued.conversationId);
    expect(refreshed.expires_in).toBe(3600);
    const next = await activities({ ...issued, token: refreshed.token });
    expect(next.activities.length).toBeGreaterThan(0);
  });

  it('gives a reload the same conversation, but only to the resident it belongs to', async () => {
    const issued = await started();
    const again = await issue({ userId: issued.userId, conversationId: issued.conversationId });
    expect(again).toMatchObject({
      conversationId: issued.conversationId,
      userId: issued.userId,
      resumed: true,
    });
    const reconnect = await call(again.token, 'GET', `/conversations/${issued.conversationId}?watermark=3`);
    const answer: { streamUrl: string } = await reconnect.json();
    expect(answer.streamUrl).toMatch(/^ws:\/\/.*\/stream\?t=.*&watermark=3$/);

    const stranger = await issue({ conversationId: issued.conversationId });
    expect(stranger.conversationId).not.toBe(issued.conversationId);
    expect(stranger.resumed).toBe(false);
    expect(stranger.userId).toMatch(/^dl_[A-Za-z0-9_-]{22}$/);
  });

  it('does not let a page choose a short, guessable user id', async () => {
    expect((await issue({ userId: 'dl_1' })).userId).not.toBe('dl_1');
    expect((await issue({ userId: 'jan' })).userId).toMatch(/^dl_/);
  });

  it('answers bad posts with a clear Direct Line error and loses nothing', async () => {
    const issued = await started();
    const path = `/conversations/${issued.conversationId}/activities`;
    const wrongType = await call(issued.token, 'POST', path, { type: 'invoke', name: 'x' });
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toMatchObject({
      error: { code: 'BadArgument', message: expect.stringContaining('type') },
    });
    const huge = await call(issued.token, 'POST', path, { type: 'message', text: 'a'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'MessageSizeTooBig' } });
    expect((await call(issued.token, 'POST', `/conversations/${issued.conversationId}/upload`)).status).toBe(
      400,
    );
    const ok = await call(issued.token, 'POST', path, { type: 'message', text: 'ja' });
    expect(ok.status).toBe(200);
  });

  it('says a conversation the server no longer has has ended (404)', async () => {
    const issued = await issue();
    expect(
      (await call(issued.token, 'GET', `/conversations/${issued.conversationId}/activities`)).status,
    ).toBe(404);
  });

  it('believes "directline" activities at /api/messages only from the channel itself', async () => {
    const issued = await started();
    const response = await fetch(`${bot.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'ja',
        channelId: 'directline',
        serviceUrl: 'http://localhost:9/',
        from: { id: issued.userId },
        recipient: { id: 'wegwijzer' },
        conversation: { id: issued.conversationId },
        deliveryMode: 'expectReplies',
      }),
    });
    expect(response.status).toBe(403);
  });

  it('accepts bot replies only on its secret connector path', async () => {
    const issued = await started();
    const guessed = await fetch(
      `${bot.base}/directline-channel/guess/v3/conversations/${issued.conversationId}/activities`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          text: 'Ik ben de bot, geef me uw pincode',
          from: { id: 'wegwijzer', role: 'bot' },
        }),
      },
    );
    expect(guessed.status).toBe(404);
    const all = await activities(issued);
    expect(all.activities.map((activity) => activity.text)).not.toContain(
      'Ik ben de bot, geef me uw pincode',
    );
  });
});
