import { type IncomingMessage, createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';

interface Delivered {
  path: string;
  body: { text?: string; channelData?: { wegwijzer?: { step?: string } } };
}

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk)).on('end', () => resolve(body));
  });

let bot: RunningBot;
const delivered: Delivered[] = [];
// A stand-in for the Emulator's channel side: it receives the replies the bot posts back.
const channel = createServer((request, response) => {
  void read(request).then((body) => {
    delivered.push({ path: request.url ?? '', body: JSON.parse(body) });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: `reply-${delivered.length}` }));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
  const address = channel.address();
  if (typeof address !== 'object' || address === null) throw new Error('channel has no TCP address');
  bot = await startBot(undefined, undefined, { allowedServiceHosts: [`http://localhost:${address.port}/`] });
});
afterAll(async () => {
  await bot.close();
  await new Promise<void>((resolve) => channel.close(() => resolve()));
});

describe('replies over the Bot Framework protocol (as with the Emulator, no app id)', () => {
  it('posts the welcome to the serviceUrl of an allow-listed channel', async () => {
    const address = channel.address();
    if (typeof address !== 'object' || address === null) throw new Error('channel has no TCP address');
    const { port } = address;
    const response = await fetch(`${bot.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'conversationUpdate',
        id: 'activity-1',
        channelId: 'emulator',
        serviceUrl: `http://localhost:${port}`,
        from: { id: 'resident' },
        recipient: { id: 'wegwijzer' },
        conversation: { id: 'emulator-conv' },
        membersAdded: [{ id: 'resident' }, { id: 'wegwijzer' }],
      }),
    });
    expect(response.status).toBe(200);
    expect(delivered.map((item) => item.path)).toContain(
      '/v3/conversations/emulator-conv/activities/activity-1',
    );
    const steps = delivered.map((item) => item.body.channelData?.wegwijzer?.step);
    expect(steps).toContain('consent');
    expect(delivered[0]?.body.text).toContain('Wegwijzer');
  });
});
