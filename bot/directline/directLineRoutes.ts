import type restify from 'restify';
import type { Request, Response } from 'restify';
import { streamUrl } from './activityStream.js';
import { type Rate, ClientLimit } from '../http/clientLimit.js';
import { answerTooMany } from '../http/errorAnswer.js';
import { TokenBuckets } from '../http/tokenBuckets.js';
import type { ChannelTokens } from './channelToken.js';
import { MAX_CLIENT_ACTIVITY_BYTES, checkClientActivity } from './clientActivity.js';
import { bearerToken, directLineError } from './directLineErrors.js';
import type { LocalDirectLine } from './localDirectLine.js';

const BASE = '/v3/directline';

// Each post is a turn of the bot. A resident types a message every few seconds at most: 30 in a
// row and one a second after that lets a quick typist through and stops a script; per address,
// room for a family or a library behind one router.
const PER_CONVERSATION: Rate = { burst: 30, perSecond: 1 };
const PER_CLIENT: Rate = { burst: 120, perSecond: 5 };

/**
 * The client side of the local channel, on Azure's Direct Line 3.0 paths: start or reconnect
 * to a conversation, post an activity, read activities after a watermark (polling; the
 * WebSocket stream is in activityStream.ts), refresh the token.
 * Every call needs a token, and a token opens only its own conversation.
 */
export function addDirectLineRoutes(
  server: restify.Server,
  channel: LocalDirectLine,
  tokens: ChannelTokens,
  now: () => Date,
  trustProxy = 0,
): void {
  const clients = new ClientLimit(PER_CLIENT, trustProxy);
  const conversations = new TokenBuckets(PER_CONVERSATION.burst, PER_CONVERSATION.perSecond);
  const claimsOf = (request: Request, response: Response, conversationId?: string) => {
    const claims = tokens.verify(bearerToken(request.header('authorization')) ?? '', now());
    if (!claims) {
      directLineError(response, 403, 'TokenExpired', 'The token is missing, not valid, or expired.');
      return undefined;
    }
    if (conversationId !== undefined && claims.conv !== conversationId) {
      directLineError(response, 403, 'BadArgument', 'The token is not valid for this conversation.');
      return undefined;
    }
    return claims;
  };
  const conversationOf = (request: Request, response: Response) => {
    const claims = claimsOf(request, response, String(request.params.conversationId));
    if (!claims) return undefined;
    const conversation = channel.conversation(claims.conv);
    if (!conversation) directLineError(response, 404, 'NotFound', 'This conversation has ended.');
    return conversation;
  };
  const conversationAnswer = (request: Request, conversationId: string, userId: string) => {
    const { token, expiresIn } = tokens.issue(conversationId, userId, now());
    const watermark = new URL(request.url ?? '', 'http://local').searchParams.get('watermark');
    return {
      conversationId,
      token,
      expires_in: expiresIn,
      streamUrl: streamUrl(request, conversationId, token, watermark),
    };
  };

  server.post(`${BASE}/conversations`, async (request, response) => {
    const claims = claimsOf(request, response);
    if (!claims) return;
    const started = await channel.start(claims.conv, claims.user);
    if ('refused' in started && started.refused === 'other user') {
      directLineError(response, 403, 'BadArgument', 'This conversation belongs to someone else.');
      return;
    }
    if ('refused' in started) {
      directLineError(
        response,
        503,
        'ServiceUnavailable',
        'No new conversations can start now; try again later.',
      );
      return;
    }
    response.json(started.created ? 201 : 200, conversationAnswer(request, claims.conv, claims.user));
  });

  server.get(`${BASE}/conversations/:conversationId`, async (request, response) => {
    const conversation = conversationOf(request, response);
    if (!conversation) return;
    response.json(200, conversationAnswer(request, conversation.id, conversation.userId));
  });

  server.get(`${BASE}/conversations/:conversationId/activities`, async (request, response) => {
    const conversation = conversationOf(request, response);
    if (!conversation) return;
    const watermark = new URL(request.url ?? '', 'http://local').searchParams.get('watermark');
    const activities = conversation.since(watermark ? Number(watermark) : undefined);
    response.json(200, { activities, watermark: String(conversation.watermark) });
  });

  server.post(`${BASE}/conversations/:conversationId/activities`, async (request, response) => {
    const conversation = conversationOf(request, response);
    if (!conversation) return;
    const wait = Math.max(clients.wait(request), conversations.take(conversation.id));
    if (wait > 0) {
      answerTooMany(request, response, wait, 'Too many messages; slow down a little.');
      return;
    }
    if (Buffer.byteLength(JSON.stringify(request.body ?? null)) > MAX_CLIENT_ACTIVITY_BYTES) {
      directLineError(response, 413, 'MessageSizeTooBig', 'The activity is larger than 256 kB.');
      return;
    }
    const checked = checkClientActivity(request.body);
    if ('problems' in checked) {
      directLineError(response, 400, 'BadArgument', checked.problems);
      return;
    }
    const result = await channel.post(conversation, checked.activity);
    if ('status' in result) directLineError(response, result.status, result.code, result.message);
    else response.json(200, result);
  });

  server.post(`${BASE}/conversations/:conversationId/upload`, async (request, response) => {
    if (!conversationOf(request, response)) return;
    directLineError(response, 400, 'BadArgument', 'This channel does not accept files.');
  });

  server.post(`${BASE}/tokens/refresh`, async (request, response) => {
    const claims = claimsOf(request, response);
    if (claims) response.json(200, conversationAnswer(request, claims.conv, claims.user));
  });
}
