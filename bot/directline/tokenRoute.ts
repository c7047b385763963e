import type restify from 'restify';
import { z } from 'zod';
import { clientKey } from '../http/clientAddress.js';
import { RateLimit } from '../http/rateLimit.js';
import { type Log, errorFields } from '../log.js';
import type { TokenSource } from './tokenSource.js';

export const TOKEN_PATH = '/api/directline/token';

const tokenRequestSchema = z.object({
  userId: z.string().max(100).optional(),
  conversationId: z.string().max(200).optional(),
});

// Every token can start a conversation the built-in channel keeps in memory: one client must
// not be able to use up the room all residents share. Generous for a family behind one router,
// or a library's public computers.
const TOKENS_PER_CLIENT = 60;
const WINDOW_MS = 10 * 60 * 1000;

/** The page's one call before it opens the chat: a Direct Line token for this resident. */
export function addTokenRoute(
  server: restify.Server,
  source: TokenSource | undefined,
  log: Log,
  trustProxy = 0,
): void {
  const limit = new RateLimit(TOKENS_PER_CLIENT, WINDOW_MS);
  server.post(TOKEN_PATH, async (request, response) => {
    const client = clientKey(request, trustProxy);
    if (!limit.allow(client)) {
      log.warn('token requests over the limit', { limit: TOKENS_PER_CLIENT });
      response.header('retry-after', String(Math.ceil(limit.retryAfterMs(client) / 1000)));
      response.json(429, { error: 'Too many new conversations from this address; try again later.' });
      return;
    }
    if (!source) {
      response.json(503, { error: 'The chat is not configured on this server (see DIRECT_LINE_SECRET).' });
      return;
    }
    const parsed = tokenRequestSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      response.json(400, { error: 'Send {"userId"?: string, "conversationId"?: string}.' });
      return;
    }
    try {
      response.header('cache-control', 'no-store');
      response.json(200, await source.issue(parsed.data));
    } catch (error) {
      log.error('no Direct Line token', errorFields(error));
      response.json(502, { error: 'The chat is not available right now.' });
    }
  });
}
