import { z } from 'zod';
import { type IssuedToken, type TokenRequest, type TokenSource, residentUserId } from './tokenSource.js';

const conversationSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

/** Conversations remembered for a reload, at most; older ones start anew. */
const REMEMBERED = 10_000;

/**
 * Tokens from Azure Bot Service's Direct Line, in exchange for the channel secret. The secret
 * stays on this server; the page gets a token for one conversation that expires within the hour.
 */
export class AzureTokenSource implements TokenSource {
  /** Which resident each conversation was issued to, so only they can continue it. */
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly secret: string,
    private readonly domain: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async issue(request: TokenRequest): Promise<IssuedToken> {
    const userId = residentUserId(request.userId);
    const open = request.conversationId;
    if (open !== undefined && this.owners.get(open) === userId) {
      const resumed = await this.call('GET', `/conversations/${encodeURIComponent(open)}`).catch(
        () => undefined,
      );
      if (resumed) return this.answer(resumed, userId, true);
    }
    const generated = await this.call('POST', '/tokens/generate', { user: { id: userId } });
    this.owners.set(generated.conversationId, userId);
    if (this.owners.size > REMEMBERED) this.owners.delete(this.owners.keys().next().value ?? '');
    return this.answer(generated, userId, false);
  }

  private answer(
    conversation: z.infer<typeof conversationSchema>,
    userId: string,
    resumed: boolean,
  ): IssuedToken {
    return {
      token: conversation.token,
      conversationId: conversation.conversationId,
      userId,
      expiresIn: conversation.expires_in,
      domain: this.domain,
      webSocket: true,
      resumed,
    };
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown) {
    const response = await this.fetchImpl(`${this.domain}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.secret}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`AzureTokenSource: Direct Line answered ${response.status} to ${method} ${path}`);
    }
    return conversationSchema.parse(await response.json());
  }
}
