import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { issueToken } from '../support/directLineResident.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

const activity = (fields: Record<string, unknown> = {}) => ({
  type: 'message',
  text: 'hallo',
  channelId: 'webchat',
  serviceUrl: 'http://localhost:9/',
  from: { id: 'body-user' },
  recipient: { id: 'wegwijzer' },
  conversation: { id: 'body-conv' },
  deliveryMode: 'expectReplies',
  ...fields,
});

const post = (path: string, body: string | Buffer, headers: Record<string, string>) =>
  fetch(`${bot.base}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

/** A value nested `depth` levels deep: `{"a":{"a":...}}`. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A Direct Line conversation that has started, and the path to post its activities to. */
async function conversation(): Promise<{ token: string; path: string }> {
  const issued = await issueToken(bot.base);
  const headers = { authorization: `Bearer ${issued.token}` };
  await fetch(`${bot.base}/v3/directline/conversations`, { method: 'POST', headers });
  return { token: issued.token, path: `/v3/directline/conversations/${issued.conversationId}/activities` };
}

describe('request bodies', () => {
  it('refuses compressed bodies (gzip, deflate, br, stacked) with 415 instead of inflating them', async () => {
    const json = Buffer.from(JSON.stringify(activity()));
    const encoded: [string, Buffer][] = [
      ['gzip', gzipSync(json)],
      ['deflate', deflateSync(json)],
      ['br', brotliCompressSync(json)],
      ['gzip, gzip', gzipSync(gzipSync(json))],
      ['x-unknown', json],
    ];
    for (const [encoding, body] of encoded) {
      const response = await post('/api/messages', body, {
        'content-type': 'application/json',
        'content-encoding': encoding,
      });
      expect(response.status, encoding).toBe(415);
      expect((await response.json()).error, encoding).toMatch(/Content-Encoding/);
    }
    // A body that would inflate far beyond the limit is refused the same way, unread.
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, ' '));
    const response = await post('/api/messages', bomb, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(415);
  });

  it('refuses multipart bodies with 415 on every route, and writes nothing to disk', async () => {
    const uploads = mkdtempSync(join(tmpdir(), 'wegwijzer-uploads-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = uploads;
    try {
      const { token, path } = await conversation();
      const statuses: Record<string, number> = {};
      for (const [route, headers] of [
        ['/api/messages', {}],
        ['/api/directline/token', {}],
        ['/api/staff/login', {}],
        [path, { authorization: `Bearer ${token}` }],
      ] as const) {
        const form = new FormData();
        form.append('username', 'loket1');
        form.append('file', new Blob([Buffer.alloc(64 * 1024, 'x')]), 'groot.bin');
        const response = await fetch(`${bot.base}${route}`, { method: 'POST', headers, body: form });
        statuses[route === path ? 'direct line' : route] = response.status;
      }
      expect(readdirSync(uploads)).toEqual([]);
      expect(statuses).toEqual({
        '/api/messages': 415,
        '/api/directline/token': 415,
        '/api/staff/login': 415,
        'direct line': 415,
      });
    } finally {
      process.env.TMPDIR = before;
    }
  });

  it('refuses a body that is not JSON, or JSON without a JSON content type, with 415 or 400', async () => {
    const text = await post('/api/messages', 'hallo', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const form = await post('/api/directline/token', 'userId=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const broken = await post('/api/messages', '{"type": "mess', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: 'The body is not valid JSON.' });
  });

  it('answers a body over 512 kB with 413', async () => {
    const huge = JSON.stringify(activity({ text: 'a'.repeat(600 * 1024) }));
    const response = await post('/api/messages', huge, { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
  });

  it('answers deeply nested JSON with a plain 400, on every route, with no internal error text', async () => {
    const { token, path } = await conversation();
    const deep = `{"type":"message","text":"x","value":${nested(50_000)}}`;
    const directLine = await post(path, deep, {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    });
    expect(directLine.status).toBe(400);
    expect(await directLine.json()).toEqual({
      error: { code: 'BadArgument', message: 'The JSON is nested too deeply.' },
    });
    for (const route of ['/api/messages', '/api/directline/token', '/api/staff/login']) {
      const response = await post(route, nested(50_000), { 'content-type': 'application/json' });
      expect(response.status, route).toBe(400);
      const body = await response.text();
      expect(body, route).toContain('nested too deeply');
      expect(body, route).not.toMatch(/RangeError|stack|at .*\.js/);
    }
    // An ordinary activity still goes through.
    const ok = await post('/api/messages', JSON.stringify(activity()), {
      'content-type': 'application/json',
    });
    expect(ok.status).toBe(200);
  });
});
