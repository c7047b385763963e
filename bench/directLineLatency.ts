import { WebSocket } from 'ws';

interface StreamedActivity {
  type?: string;
  id?: string;
  replyToId?: string;
  from?: { role?: string };
}

/**
 * What a resident in the widget waits: from posting a message to the built-in Direct Line
 * channel until the bot's first answer arrives on their WebSocket stream. `conversations`
 * residents one after another, each sending `messages`.
 */
export async function directLineLatencies(base: string, conversations: number, messages: readonly string[]) {
  const latencies: number[] = [];
  const failures: string[] = [];
  for (let index = 0; index < conversations; index++) {
    try {
      latencies.push(...(await oneConversation(base, messages)));
    } catch (error) {
      failures.push(`direct line: ${String(error)}`);
    }
  }
  return { latencies, failures };
}

async function oneConversation(base: string, messages: readonly string[]): Promise<number[]> {
  const post = async (path: string, token: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body ?? {}),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  };
  const issued: { token: string } = await post('/api/directline/token', '');
  const started: { conversationId: string; streamUrl: string } = await post(
    '/v3/directline/conversations',
    issued.token,
  );
  const socket = new WebSocket(started.streamUrl);
  const waiting = new Map<string, (at: number) => void>();
  const arrived = new Map<string, number>();
  socket.on('message', (data) => {
    const text = String(data);
    if (!text) return;
    const group: { activities: StreamedActivity[] } = JSON.parse(text);
    for (const activity of group.activities) {
      const replyTo = activity.replyToId;
      if (activity.from?.role !== 'bot' || !replyTo || arrived.has(replyTo)) continue;
      arrived.set(replyTo, performance.now());
      waiting.get(replyTo)?.(performance.now());
    }
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const latencies: number[] = [];
  try {
    for (const text of messages) {
      const sent = performance.now();
      const { id }: { id: string } = await post(
        `/v3/directline/conversations/${started.conversationId}/activities`,
        issued.token,
        { type: 'message', text, from: { id: 'resident' } },
      );
      const at =
        arrived.get(id) ??
        (await new Promise<number>((resolve, reject) => {
          waiting.set(id, resolve);
          setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref();
        }));
      latencies.push(at - sent);
    }
  } finally {
    socket.close();
  }
  return latencies;
}
