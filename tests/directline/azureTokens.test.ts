import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../support/botServer.js';
import { issueToken } from '../support/directLineResident.js';

const SECRET = 'azure-direct-line-secret-never-in-a-browser';

/** Azure Bot Service's Direct Line token service, as far as the token endpoint uses it (the edge we cannot run). */
class FakeAzureDirectLine {
  readonly calls: { method: string; path: string; authorization: string; body: string }[] = [];
  failing = false;
  private server: Server | undefined;
  private next = 0;
  domain = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    this.domain = `http://127.0.0.1:${address.port}/v3/directline`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    const path = request.url ?? '';
    this.calls.push({
      method: request.method ?? '',
      path,
      authorization: request.headers.authorization ?? '',
      body,
    });
    response.setHeader('content-type', 'application/json');
    if (this.failing || request.headers.authorization !== `Bearer ${SECRET}`) {
      response.statusCode = this.failing ? 500 : 403;
      response.end('{"error":{"code":"BadArgument"}}');
      return;
    }
    const conversationId = path.startsWith('/v3/directline/conversations/')
      ? decodeURIComponent(path.split('/')[4] ?? '')
      : `azure-conversation-${++this.next}`;
    response.end(
      JSON.stringify({ conversationId, token: `azure-token-${conversationId}`, expires_in: 3600 }),
    );
  }
}

const azure = new FakeAzureDirectLine();
let bot: RunningBot;
beforeAll(async () => {
  await azure.start();
  bot = await startBot(undefined, undefined, { directLine: { secret: SECRET, domain: azure.domain } });
});
afterAll(async () => {
  await bot.close();
  await azure.close();
});

describe('the token endpoint with Azure Bot Service configured', () => {
  it('exchanges the secret for a token bound to the resident; the secret never reaches the page', async () => {
    const response = await fetch(`${bot.base}/api/directline/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    const issued = JSON.parse(text);
    expect(issued).toMatchObject({
      token: 'azure-token-azure-conversation-1',
      domain: azure.domain,
      webSocket: true,
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const call = azure.calls.at(-1);
    expect(call).toMatchObject({
      method: 'POST',
      path: '/v3/directline/tokens/generate',
      authorization: `Bearer ${SECRET}`,
    });
    expect(JSON.parse(call?.body ?? '{}')).toEqual({ user: { id: issued.userId } });

    const page = await fetch(`${bot.base}/`);
    expect(await page.text()).not.toContain(SECRET);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' https://127.0.0.1:");
  });

  it('lets a reload continue the conversation only for the resident it was issued to', async () => {
    const first = await issueToken(bot.base);
    const again = await issueToken(bot.base, { userId: first.userId, conversationId: first.conversationId });
    expect(again).toMatchObject({ conversationId: first.conversationId, resumed: true });
    expect(azure.calls.at(-1)).toMatchObject({
      method: 'GET',
      path: `/v3/directline/conversations/${first.conversationId}`,
    });

    const stranger = await issueToken(bot.base, { conversationId: first.conversationId });
    expect(stranger.conversationId).not.toBe(first.conversationId);
    expect(stranger.resumed).toBe(false);
  });

  it('says the chat is not available when Azure fails, without details', async () => {
    azure.failing = true;
    const response = await fetch(`${bot.base}/api/directline/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    azure.failing = false;
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: 'The chat is not available right now.' });
  });

  it('does not run the built-in channel next to Azure', async () => {
    expect((await fetch(`${bot.base}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
