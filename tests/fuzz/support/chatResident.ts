import { ANSWER_MS } from './answers.js';
import { ownClient } from './clientAddresses.js';

/** What a resident sends: typed text, or a button's id. */
export type Said = string | { choice: string };

/** One turn as the resident saw it: the HTTP status, and the text and step of the bot's messages. */
export interface Heard {
  status: number;
  text: string;
  step: string | undefined;
  /** Why there was no answer (the server died...). */
  failure?: string;
}

interface ReplyActivity {
  type?: string;
  text?: string;
  attachments?: { content?: unknown }[];
  channelData?: { wegwijzer?: { step?: string } };
}

/**
 * A resident talking to a server in a child process over /api/messages (expectReplies), as
 * Web Chat would through a channel. Never throws: a server that died mid-turn is a status 0.
 */
export class ChatResident {
  constructor(
    private readonly base: () => string,
    readonly userId: string,
    readonly conversationId: string,
  ) {}

  async join(): Promise<Heard> {
    return this.post({
      type: 'conversationUpdate',
      membersAdded: [{ id: this.userId }, { id: 'wegwijzer' }],
    });
  }

  async say(said: Said): Promise<Heard> {
    return this.post(
      typeof said === 'string' ? { type: 'message', text: said } : { type: 'message', text: '', value: said },
    );
  }

  private async post(fields: Record<string, unknown>): Promise<Heard> {
    try {
      const response = await fetch(`${this.base()}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ownClient() },
        body: JSON.stringify({
          channelId: 'webchat',
          serviceUrl: 'http://localhost:9/',
          from: { id: this.userId },
          recipient: { id: 'wegwijzer' },
          conversation: { id: this.conversationId },
          locale: 'nl-NL',
          deliveryMode: 'expectReplies',
          ...fields,
        }),
        signal: AbortSignal.timeout(ANSWER_MS),
      });
      const body = await response.text();
      if (response.status !== 200) return { status: response.status, text: body, step: undefined };
      const { activities }: { activities: ReplyActivity[] } = JSON.parse(body);
      const messages = activities.filter((activity) => activity.type === 'message');
      return {
        status: 200,
        text: messages
          .map((reply) => [
            reply.text ?? '',
            ...(reply.attachments ?? []).map((card) => JSON.stringify(card.content)),
          ])
          .flat()
          .join('\n'),
        step: messages
          .map((reply) => reply.channelData?.wegwijzer?.step)
          .filter(Boolean)
          .pop(),
      };
    } catch (error) {
      return { status: 0, text: '', step: undefined, failure: String(error) };
    }
  }
}
