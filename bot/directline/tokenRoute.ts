import type restify from 'restify';
import { z } from 'zod';
import { type Log, errorFields } from '../log.js';
import type { TokenSource } from './tokenSource.js';

export const TOKEN_PATH = '/api/directline/token';

const tokenRequestSchema = z.object({
  userId: z.string().max(100).optional(),
  conversationId: z.string().max(200).optional(),
});

/** The page's one call before it opens the chat: a Direct Line token for this resident. */
export function addTokenRoute(server: restify.Server, source: TokenSource | undefined, log: Log): void {
  server.post(TOKEN_PATH, async (request, response) => {
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
