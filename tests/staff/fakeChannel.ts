import { createServer } from 'node:http';

/**
 * A Bot Framework channel on loopback, as far as the bot's proactive messages need one: it
 * takes what the bot sends to a conversation, or, when not `reachable`, answers as a channel
 * does for a conversation that is gone (404).
 */
export class FakeChannel {
  readonly received: string[] = [];
  reachable = true;
  url = '';

  private readonly server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      if (!this.reachable) {
        response.statusCode = 404;
        response.end(JSON.stringify({ error: { code: 'ConversationNotFound', message: 'gone' } }));
        return;
      }
      const activity: { text?: unknown } = body ? JSON.parse(body) : {};
      if (typeof activity.text === 'string') this.received.push(activity.text);
      response.end(JSON.stringify({ id: `fake-${this.received.length}` }));
    });
  });

  static async start(): Promise<FakeChannel> {
    const channel = new FakeChannel();
    await new Promise<void>((resolve) => channel.server.listen(0, '127.0.0.1', resolve));
    const address = channel.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('fake channel has no TCP address');
    channel.url = `http://127.0.0.1:${address.port}/`;
    return channel;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
