import type { ChannelTokens } from './channelToken.js';
import type { LocalDirectLine } from './localDirectLine.js';
import { type IssuedToken, type TokenRequest, type TokenSource, residentUserId } from './tokenSource.js';

/** Tokens of the built-in channel: a reload continues the resident's open conversation. */
export class LocalTokenSource implements TokenSource {
  constructor(
    private readonly channel: LocalDirectLine,
    private readonly tokens: ChannelTokens,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async issue(request: TokenRequest): Promise<IssuedToken> {
    const userId = residentUserId(request.userId);
    const open = request.conversationId ? this.channel.conversation(request.conversationId) : undefined;
    const resumed = open !== undefined && open.userId === userId;
    const conversationId = resumed ? open.id : this.channel.newConversationId();
    const { token, expiresIn } = this.tokens.issue(conversationId, userId, this.now());
    return { token, conversationId, userId, expiresIn, webSocket: true, resumed };
  }
}
