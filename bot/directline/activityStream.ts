import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
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

/**
 * Direct Line's WebSocket stream: once connected, the client gets every new activity of its
 * conversation as `{activities, watermark}` the moment it is added, instead of polling for it.
 * A `watermark` in the URL first sends what the client missed since then.
 */
export function addActivityStream(
  server: Server,
  channel: LocalDirectLine,
  tokens: ChannelTokens,
  now: () => Date,
): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '', 'http://local');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return;
    const claims = tokens.verify(url.searchParams.get('t') ?? '', now());
    const conversation = channel.conversation(decodeURIComponent(match[1]!));
    if (!claims || !conversation || claims.conv !== conversation.id) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
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
  });
}
