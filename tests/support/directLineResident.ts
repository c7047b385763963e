import type { Activity as DirectLineActivity } from 'botframework-directlinejs';
import XMLHttpRequest from 'xhr2';
import { WebSocket } from 'ws';
import type { Input, Reply } from './botServer.js';
import type { Talker } from './turnTable.js';

// botframework-directlinejs is a browser library: in Node it needs the two browser classes it uses.
Object.assign(globalThis, { XMLHttpRequest, WebSocket });
const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');

/** What a test reads of an activity the client received. */
export interface SeenActivity extends Reply {
  role: string | undefined;
}

function seenAs(activity: DirectLineActivity): SeenActivity {
  return {
    type: activity.type,
    role: activity.from.role,
    text: 'text' in activity ? activity.text : undefined,
    replyToId:
      'replyToId' in activity && typeof activity.replyToId === 'string' ? activity.replyToId : undefined,
    channelData: activity.channelData,
    attachments:
      'attachments' in activity
        ? activity.attachments?.map((card) => ({ content: 'content' in card ? card.content : undefined }))
        : undefined,
    suggestedActions: 'suggestedActions' in activity ? activity.suggestedActions : undefined,
  };
}

export interface Issued {
  token: string;
  conversationId: string;
  userId: string;
  resumed: boolean;
}

/** Asks the server's token endpoint for a token, as the page does. */
export async function issueToken(
  base: string,
  body: { userId?: string; conversationId?: string } = {},
): Promise<Issued> {
  const response = await fetch(`${base}/api/directline/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`token endpoint: HTTP ${response.status}`);
  return response.json();
}

const QUIET_MS = 80;

/**
 * A resident using the real `botframework-directlinejs` client against the server's Direct
 * Line channel, as Web Chat does: WebSocket streaming by default, or polling.
 */
export class DirectLineResident implements Talker {
  readonly seen: SeenActivity[] = [];
  private readonly directLine: InstanceType<typeof DirectLine>;

  constructor(
    base: string,
    readonly issued: Issued,
    options: { webSocket?: boolean } = {},
  ) {
    this.directLine = new DirectLine({
      token: issued.token,
      domain: `${base}/v3/directline`,
      webSocket: options.webSocket ?? true,
      pollingInterval: 200,
      conversationId: issued.resumed ? issued.conversationId : undefined,
    });
    this.directLine.activity$.subscribe({
      next: (activity) => this.seen.push(seenAs(activity)),
      // end() ends the stream with an error; the connection status tells the tests what happened.
      error: () => undefined,
    });
  }

  get status(): number {
    return this.directLine.connectionStatus$.getValue();
  }

  async join(): Promise<Reply[]> {
    return this.settle(0, () => this.seen.some((activity) => activity.role === 'bot'));
  }

  async say(input: Input): Promise<Reply[]> {
    const start = this.seen.length;
    const id = await this.send(input);
    return this.settle(
      start,
      () => this.seen.some((seen) => seen.role === 'bot' && seen.replyToId === id),
      id,
    );
  }

  /** Posts a message without waiting for an answer (a staff member may answer it, or nobody). */
  async send(input: Input): Promise<string> {
    const from = { id: this.issued.userId };
    const activity: DirectLineActivity =
      typeof input === 'string'
        ? { type: 'message', from, text: input }
        : { type: 'message', from, text: '', value: input };
    return new Promise<string>((resolve, reject) =>
      this.directLine.postActivity(activity).subscribe({ next: resolve, error: reject }),
    );
  }

  /** Waits until a bot message containing `text` arrives (after the first `after` activities seen). */
  async waitForText(text: string, after = 0): Promise<SeenActivity> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = this.seen.slice(after).find((seen) => seen.role === 'bot' && seen.text?.includes(text));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no bot message with "${text}" (status ${this.status})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  end(): void {
    this.directLine.end();
  }

  /** Waits for the bot's answer to arrive, and a moment of quiet after it. */
  private async settle(from: number, arrived: () => boolean, replyTo?: string): Promise<Reply[]> {
    const deadline = Date.now() + 5000;
    while (!arrived()) {
      if (Date.now() > deadline) throw new Error(`no answer from the bot (status ${this.status})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    let count = -1;
    while (count !== this.seen.length) {
      count = this.seen.length;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
    return this.seen
      .slice(replyTo === undefined ? from : 0)
      .filter((activity) => activity.type === 'message' && activity.role === 'bot')
      .filter((activity) => replyTo === undefined || activity.replyToId === replyTo);
  }
}

export { ConnectionStatus };
