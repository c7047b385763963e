import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { ReferenceKeeper } from '../handoff/referenceKeeper.js';
import { type Log, errorFields } from '../log.js';
import { type ChannelActivity, ChannelConversation } from './channelConversation.js';
import type { ClientActivity } from './clientActivity.js';

/** The header by which the bot's endpoint knows an activity comes from this channel. */
export const CHANNEL_KEY_HEADER = 'x-wegwijzer-channel-key';

/** Where the bot-facing endpoints live; beneath it, the key. */
const CONNECTOR_ROOT = '/directline-channel';

export interface LocalDirectLineOptions {
  /** Secret shared with the bot's endpoint; also the unguessable part of the channel's serviceUrl. */
  key: string;
  bot: { id: string; name: string };
  log: Log;
  /** Conversations held in memory at most; a new one beyond that is refused until others expire. */
  maxConversations?: number;
  /** A conversation nobody used for this long is forgotten. */
  idleMinutes?: number;
  now?: () => Date;
}

export type PostResult = { id: string } | { status: number; code: string; message: string };

/**
 * A Direct Line 3.0 channel inside the server, for local use without Azure. Toward the bot it
 * is a channel like any other: it POSTs activities to `/api/messages` over HTTP and receives
 * the bot's replies on its own serviceUrl. Toward clients it keeps each conversation's
 * activities in memory only, so nothing a resident types reaches the disk through it. Its
 * serviceUrl holds the key, so references to its conversations are stored without it.
 */
export class LocalDirectLine implements ReferenceKeeper {
  readonly channelId = 'directline';
  private readonly conversations = new Map<string, ChannelConversation>();
  private base: string | undefined;
  private readonly now: () => Date;
  private lastSweep = 0;

  constructor(private readonly options: LocalDirectLineOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Where the server listens (e.g. `http://127.0.0.1:3978`); known only once it does. */
  attach(base: string): void {
    this.base = base.replace(/\/$/, '');
  }

  /** The path prefix of the bot-facing endpoints; secret, because it accepts "bot" messages. */
  get connectorPath(): string {
    return `${CONNECTOR_ROOT}/${this.options.key}`;
  }

  /** A reference to one of this channel's conversations as it may be stored: without the key. */
  storable(reference: Partial<ConversationReference>): Partial<ConversationReference> {
    if (!this.base || reference.serviceUrl !== this.serviceUrl) return reference;
    return { ...reference, serviceUrl: this.keylessServiceUrl };
  }

  /** A stored reference with the key (of this run) put back, for the bot to send with. */
  usable(reference: Partial<ConversationReference>): Partial<ConversationReference> {
    if (!this.base || reference.serviceUrl !== this.keylessServiceUrl) return reference;
    return { ...reference, serviceUrl: this.serviceUrl };
  }

  /** The serviceUrl of the activities it sends the bot; known once attached. */
  get serviceUrl(): string | undefined {
    return this.base === undefined ? undefined : `${this.base}${this.connectorPath}/`;
  }

  /** Whether a request to the bot's endpoint carries this channel's key (compared in constant time). */
  sentBy(headerValue: string | undefined): boolean {
    const digest = (text: string) => createHash('sha256').update(text).digest();
    return headerValue !== undefined && timingSafeEqual(digest(headerValue), digest(this.options.key));
  }

  newConversationId(): string {
    return randomBytes(16).toString('base64url');
  }

  conversation(id: string): ChannelConversation | undefined {
    return this.conversations.get(id);
  }

  /** Starts the conversation a token names (once), and tells the bot the resident joined. */
  async start(
    id: string,
    userId: string,
  ): Promise<{ created: boolean } | { refused: 'busy' | 'other user' }> {
    const existing = this.conversations.get(id);
    if (existing) return existing.userId === userId ? { created: false } : { refused: 'other user' };
    const now = this.now();
    this.sweep(now);
    if (this.conversations.size >= (this.options.maxConversations ?? 10_000)) return { refused: 'busy' };
    const conversation = new ChannelConversation(id, userId, now);
    this.conversations.set(id, conversation);
    await this.deliver(conversation, {
      type: 'conversationUpdate',
      from: this.userAccount(conversation),
      membersAdded: [this.botAccount(), { id: userId, role: 'user' }],
    });
    return { created: true };
  }

  /** A client's activity: shown back to the client, then delivered to the bot. */
  async post(conversation: ChannelConversation, activity: ClientActivity): Promise<PostResult> {
    const from = this.userAccount(conversation, activity.from?.name);
    const id = conversation.add(
      { ...activity, from, channelId: this.channelId, conversation: { id: conversation.id } },
      this.now(),
    );
    const status = await this.deliver(conversation, { ...activity, id, from });
    // The bot takes one turn per conversation at a time; a client that sends faster is told to
    // slow down, as Azure's Direct Line does, rather than that the bot failed.
    if (status === 429) {
      return {
        status: 429,
        code: 'TooManyRequests',
        message: 'Too many messages at once; send it again shortly.',
      };
    }
    if (status < 200 || status > 299) {
      return { status: 502, code: 'BotError', message: 'The bot did not accept the activity.' };
    }
    return { id };
  }

  /** An activity from the bot (its reply, or a proactive message). Undefined: no such conversation. */
  receive(conversationId: string, activity: ChannelActivity): string | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    // Like Azure's Direct Line: trace activities are for the Emulator, not for residents.
    if (activity.type === 'trace') return `${conversationId}|trace`;
    return conversation.add(activity, this.now());
  }

  /** Forgets conversations idle for longer than the idle time. */
  sweep(now: Date): void {
    const idleMs = (this.options.idleMinutes ?? 60) * 60_000;
    if (now.getTime() - this.lastSweep < 60_000 && this.conversations.size < 100) return;
    this.lastSweep = now.getTime();
    for (const [id, conversation] of this.conversations) {
      if (now.getTime() - conversation.lastActive.getTime() > idleMs) this.conversations.delete(id);
    }
  }

  /** The bot's HTTP status for the activity; 0 when it could not be reached. */
  private async deliver(conversation: ChannelConversation, activity: ChannelActivity): Promise<number> {
    if (!this.base) throw new Error('LocalDirectLine.deliver(): attach() the server address first');
    const body = {
      ...activity,
      channelId: this.channelId,
      serviceUrl: this.serviceUrl,
      conversation: { id: conversation.id },
      recipient: this.botAccount(),
      timestamp: this.now().toISOString(),
    };
    try {
      const response = await fetch(`${this.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CHANNEL_KEY_HEADER]: this.options.key },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      if (!response.ok) this.options.log.warn('bot refused a channel activity', { status: response.status });
      return response.status;
    } catch (error) {
      this.options.log.error('could not reach the bot', errorFields(error));
      return 0;
    }
  }

  /** The same address without the key: no route answers it. */
  private get keylessServiceUrl(): string {
    return `${this.base}${CONNECTOR_ROOT}/`;
  }

  private botAccount() {
    return { ...this.options.bot, role: 'bot' };
  }

  /** The resident as the token says, whatever id the client put in `from`. */
  private userAccount(conversation: ChannelConversation, name = '') {
    return { id: conversation.userId, name, role: 'user' };
  }
}
