import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';

// Behind a trusted proxy each test is its own client (its own X-Forwarded-For), so one test's
// flood does not spend another's allowance.
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot(undefined, undefined, { trustProxy: true });
});
afterAll(() => bot.close());

const from = (address: string) => ({ 'x-forwarded-for': address, 'content-type': 'application/json' });

async function directLineConversation(address: string) {
  const issued = await (
    await fetch(`${bot.base}/api/directline/token`, { method: 'POST', headers: from(address), body: '{}' })
  ).json();
  const headers = { ...from(address), authorization: `Bearer ${issued.token}` };
  expect((await fetch(`${bot.base}/v3/directline/conversations`, { method: 'POST', headers })).status).toBe(
    201,
  );
  const path = `${bot.base}/v3/directline/conversations/${issued.conversationId}/activities`;
  return (text: string) =>
    fetch(path, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }) });
}

function botFrameworkPost(address: string, conversation: string, body: Record<string, unknown> = {}) {
  return fetch(`${bot.base}/api/messages`, {
    method: 'POST',
    headers: from(address),
    body: JSON.stringify({
      type: 'message',
      text: 'ja',
      channelId: 'webchat',
      serviceUrl: 'http://localhost:9/',
      from: { id: `${conversation}-user` },
      recipient: { id: 'wegwijzer' },
      conversation: { id: conversation },
      deliveryMode: 'expectReplies',
      ...body,
    }),
  });
}

/** What a 429 said: how long to wait, and its body. */
interface Refusal {
  retryAfter: number;
  body: unknown;
}

/** Sends until the first 429 (at most `most` times): the statuses until then, and the refusal. */
async function untilRefused(send: () => Promise<Response>, most: number) {
  const statuses: number[] = [];
  for (let n = 0; n < most; n++) {
    const response = await send();
    statuses.push(response.status);
    if (response.status === 429) {
      const refused: Refusal = {
        retryAfter: Number(response.headers.get('retry-after')),
        body: await response.json(),
      };
      return { statuses, refused };
    }
    await response.arrayBuffer();
  }
  return { statuses, refused: undefined };
}

describe('per-client rate limits', () => {
  it('lets a Direct Line resident send 30 messages in a row, then answers 429 in Direct Line style', async () => {
    const say = await directLineConversation('198.51.100.1');
    const { statuses, refused } = await untilRefused(() => say('hallo'), 80);
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(refused?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused?.body).toMatchObject({ error: { code: 'TooManyRequests' } });
  });

  it('does not put the residents of the built-in channel in one bucket at /api/messages', async () => {
    // 5 residents x 26 activities: more than one client may post to /api/messages, all accepted.
    const residents = await Promise.all(
      ['198.51.100.11', '198.51.100.12', '198.51.100.13', '198.51.100.14', '198.51.100.15'].map(
        directLineConversation,
      ),
    );
    const statuses = await Promise.all(
      residents.map(async (say) => {
        const mine: number[] = [];
        for (let n = 0; n < 25; n++) mine.push((await say(`bericht ${n}`)).status);
        return mine;
      }),
    );
    expect(statuses.flat().filter((status) => status !== 200)).toEqual([]);
  });

  it('limits an unauthenticated caller of /api/messages per conversation', async () => {
    const { statuses, refused } = await untilRefused(
      () => botFrameworkPost('198.51.100.2', 'limit-conv'),
      80,
    );
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(refused?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused?.body).toEqual({
      error: expect.stringMatching(/^Too many activities in this conversation/),
    });
    // Another conversation of another caller is not held up by it.
    expect((await botFrameworkPost('198.51.100.3', 'other-conv')).status).toBe(200);
  });

  it('limits an unauthenticated caller of /api/messages per address, whatever conversation it names', async () => {
    let n = 0;
    const { refused } = await untilRefused(
      () => botFrameworkPost('198.51.100.4', `rotating-${n++}`, { type: 'typing' }),
      600,
    );
    expect(refused?.body).toEqual({ error: expect.stringMatching(/^Too many activities from this address/) });
    expect((await botFrameworkPost('198.51.100.5', 'fresh-conv')).status).toBe(200);
  });

  it('limits every route per client: a flood of page requests gets 429, another client does not', async () => {
    const texts = (address: string) =>
      fetch(`${bot.base}/api/widget/texts`, { headers: { 'x-forwarded-for': address } });
    const { refused } = await untilRefused(() => texts('198.51.100.6'), 3000);
    expect(refused?.retryAfter).toBeGreaterThanOrEqual(1);
    expect((await texts('198.51.100.7')).status).toBe(200);
  });
});
