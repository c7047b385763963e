import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer } from 'ws';
import type { ClientLimit } from '../http/clientLimit.js';
import { upgradeListener } from '../http/upgrades.js';
import { type Log, silentLog } from '../log.js';
import type { ChannelTokens } from './channelToken.js';
import type { LocalDirectLine } from './localDirectLine.js';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/** Where a client streams a conversation's activities; the token rides in the URL, as with Azure. */
export function streamUrl(
  request: IncomingMessage,
  conversationId: string,
  token: string,
  watermark: string | null,
): string {
  const secure = request.headers['x-forwarded-proto'] === 'https';
  const url = new URL(
    `/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`,
    `${secure ? 'wss' : 'ws'}://${request.headers.host ?? 'localhost'}`,
  );
  url.searchParams.set('t', token);
  if (watermark) url.searchParams.set('watermark', watermark);
  return url.href;
}

/** What the stream needs besides the channel: the per-client limit it shares with all routes, and a log. */
export interface StreamOptions {
  limit?: ClientLimit;
  log?: Log;
}

/**
 * Direct Line's WebSocket stream: once connected, the client gets every new activity of its
 * conversation as `{activities, watermark}` the moment it is added, instead of polling for it.
 * A `watermark` in the URL first sends what the client missed since then. This is the server's
 * only upgrade listener, so it answers every upgrade: every other path is a 404.
 */
export function addActivityStream(
  server: Server,
  channel: LocalDirectLine,
  tokens: ChannelTokens,
  now: () => Date,
  options: StreamOptions = {},
): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const listener = upgradeListener(options.log ?? silentLog, (request, socket, head) => {
    const wait = options.limit?.wait(request) ?? 0;
    if (wait > 0) return { status: 429, retryAfterMs: wait };
    const url = requestUrl(request);
    if (!url) return { status: 400 };
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return { status: 404 };
    const conversationId = decoded(match[1]!);
    if (conversationId === undefined) return { status: 400 };
    const claims = tokens.verify(url.searchParams.get('t') ?? '', now());
    const conversation = channel.conversation(conversationId);
    if (!claims || !conversation || claims.conv !== conversation.id) return { status: 403 };
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      const send = (activities: unknown[], watermark: number) =>
        webSocket.send(JSON.stringify({ activities, watermark: String(watermark) }));
      const watermark = url.searchParams.get('watermark');
      const missed = conversation.since(watermark ? Number(watermark) : undefined);
      if (missed.length > 0) send(missed, conversation.watermark);
      const stop = conversation.subscribe((activity, mark) => send([activity], mark));
      // Clients ping with empty messages to notice a broken line; there is nothing to answer.
      webSocket.on('close', stop);
      webSocket.on('error', stop);
    });
    return 'taken';
  });
  server.on('upgrade', listener);
}

/** The request's URL, or undefined when it is not one (`//[`). */
function requestUrl(request: IncomingMessage): URL | undefined {
  try {
    return new URL(request.url ?? '', 'http://local');
  } catch {
    return undefined;
  }
}

/** A percent-decoded path segment, or undefined when it is malformed (`%E0%A4%A`). */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
