import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../bot/adapter.js';
import { silentLog } from '../../bot/log.js';

/** What the adapter wrote to an HTTP response. */
class RecordedResponse {
  socket = undefined;
  code = 0;
  body: unknown;
  status(code: number) {
    this.code = code;
  }
  header() {}
  send(body: unknown) {
    this.body = body;
  }
  end() {}
}

const errors = { log: silentLog, apology: async () => 'sorry', recover: async () => undefined };

function post(
  adapter: ReturnType<typeof createAdapter>,
  conversation: string,
  logic: (context: TurnContext) => Promise<void>,
) {
  const response = new RecordedResponse();
  const request = {
    method: 'POST',
    headers: {},
    body: {
      type: 'message',
      text: 'hallo',
      channelId: 'webchat',
      serviceUrl: 'http://localhost:9/',
      deliveryMode: 'expectReplies',
      from: { id: `${conversation}-user` },
      recipient: { id: 'wegwijzer' },
      conversation: { id: conversation },
    },
  };
  return { response, done: adapter.process(request, response, logic) };
}

describe('the adapter', () => {
  it('refuses with 429 a turn for which too many wait in its conversation, and answers others', async () => {
    const adapter = createAdapter(undefined, errors, { perKey: 1, total: 10 });
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow = async () => gate;
    const running = post(adapter, 'busy-conv', slow);
    const waiting = post(adapter, 'busy-conv', slow);
    const refused = post(adapter, 'busy-conv', slow);
    await refused.done;
    expect(refused.response.code).toBe(429);
    expect(JSON.stringify(refused.response.body)).toContain('Too many messages at once');
    const other = post(adapter, 'quiet-conv', async () => undefined);
    await other.done;
    expect(other.response.code).toBe(200);
    open();
    await Promise.all([running.done, waiting.done]);
    expect([running.response.code, waiting.response.code]).toEqual([200, 200]);
  });
});
