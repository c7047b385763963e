import { randomBytes } from 'node:crypto';
import type restify from 'restify';
import type { ClientLimit } from '../http/clientLimit.js';
import { allowCrossOrigin } from '../http/cors.js';
import { addStaticFiles } from '../http/staticFiles.js';
import { webChatFiles } from '../http/webChatFiles.js';
import { WIDGET_TEXTS_PATH } from '../http/widgetTexts.js';
import type { Log } from '../log.js';
import { AzureTokenSource } from './azureTokenSource.js';
import { ChannelTokens } from './channelToken.js';
import { addActivityStream } from './activityStream.js';
import { addConnectorRoutes } from './connectorRoutes.js';
import { addDirectLineRoutes } from './directLineRoutes.js';
import { LocalDirectLine } from './localDirectLine.js';
import { LocalTokenSource } from './localTokenSource.js';
import { TOKEN_PATH, addTokenRoute } from './tokenRoute.js';
import type { TokenSource } from './tokenSource.js';

/** How residents reach the bot from a web page: Azure's Direct Line, or the built-in channel. */
export interface WebChannel {
  /** Undefined when neither is available (authentication on, no Direct Line secret). */
  tokenSource: TokenSource | undefined;
  local: { channel: LocalDirectLine; tokens: ChannelTokens; now: () => Date } | undefined;
  /** Origins the page connects to besides its own server. */
  connectSources: string[];
}

export interface WebChannelSettings {
  directLine: { secret: string; domain: string } | undefined;
  /** Whether /api/messages authenticates callers; the local channel cannot, so it is off then. */
  authenticated: boolean;
  log: Log;
  now?: () => Date;
}

export function createWebChannel(settings: WebChannelSettings): WebChannel {
  if (settings.directLine) {
    const { secret, domain } = settings.directLine;
    return {
      tokenSource: new AzureTokenSource(secret, domain),
      local: undefined,
      connectSources: [origins(domain)],
    };
  }
  if (settings.authenticated) return { tokenSource: undefined, local: undefined, connectSources: [] };
  const now = settings.now ?? (() => new Date());
  const tokens = new ChannelTokens(randomBytes(32));
  const channel = new LocalDirectLine({
    key: randomBytes(24).toString('base64url'),
    bot: { id: 'wegwijzer', name: 'Wegwijzer' },
    log: settings.log,
    now,
  });
  return {
    tokenSource: new LocalTokenSource(channel, tokens, now),
    local: { channel, tokens, now },
    connectSources: [],
  };
}

/** Azure streams over WebSocket from the same host, so the page may connect to both schemes. */
function origins(domain: string): string {
  const { host } = new URL(domain);
  return `https://${host} wss://${host}`;
}

/** The page, the widget, the token endpoint, and the local channel's routes when it runs. */
export function addWebChannel(
  server: restify.Server,
  web: WebChannel,
  options: { allowedOrigins: readonly string[]; trustProxy: number; limit?: ClientLimit },
  log: Log,
): void {
  allowCrossOrigin(
    server,
    [TOKEN_PATH, WIDGET_TEXTS_PATH, '/v3/directline/', '/wegwijzer-chat.', '/webchat/'],
    options.allowedOrigins,
  );
  addStaticFiles(server, webChatFiles(web.connectSources));
  addTokenRoute(server, web.tokenSource, log, options.trustProxy);
  if (web.local) {
    const { channel, tokens, now } = web.local;
    addDirectLineRoutes(server, channel, tokens, now, options.trustProxy);
    addActivityStream(server.server, channel, tokens, now, { log, limit: options.limit });
    addConnectorRoutes(server, channel);
  }
}
