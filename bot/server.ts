import { basename } from 'node:path';
import restify from 'restify';
import { CHANNEL_KEY_HEADER, type LocalDirectLine } from './directline/localDirectLine.js';
import { type WebChannel, addWebChannel } from './directline/webChannel.js';
import { BOT_ENDPOINT_PATH, type BotEndpoint, addBotEndpoint } from './http/botEndpoint.js';
import { type Rate, ClientLimit } from './http/clientLimit.js';
import { answerInternalErrors, jsonFormatter } from './http/internalErrors.js';
import { readJsonBodies } from './http/jsonBody.js';
import { limitEveryClient } from './http/requestLimit.js';
import { RestifyLog } from './http/restifyLog.js';
import { refuseUnreadableUrls } from './http/unreadableUrls.js';
import { addWidgetTexts } from './http/widgetTexts.js';
import type { Messages } from './berichten/messages.js';
import type { KaartStore } from './kaart/kaartStore.js';
import { kaartStatusView } from './kaart/kaartStatus.js';
import { silentLog } from './log.js';
import type { StorageStatus } from './storage/storageHealth.js';

export type { BotEndpoint } from './http/botEndpoint.js';

// Far above any real chat message (a 50 kB paste fits easily), far below what could hurt the server.
export const MAX_BODY_BYTES = 512 * 1024;
// An activity nests a few levels, a card in it a dozen; thousands run the code after parsing out of stack.
export const MAX_JSON_DEPTH = 64;
// Every request of one client, whatever the route: a page load is a handful, a polling chat one a
// second; room for a library's computers behind one address, not for a flood.
const EVERY_REQUEST: Rate = { burst: 600, perSecond: 20 };

/** The page with the chat widget, and how it reaches the bot. */
export interface WebSetup {
  channel: WebChannel;
  /** Other sites that may embed the widget. */
  allowedOrigins: readonly string[];
  /** Reverse proxies in front whose X-Forwarded-For entries tell clients apart (TRUST_PROXY). */
  trustProxy?: number;
  messages: Messages;
}

/**
 * The HTTP server: health and kaart status, the Bot Framework endpoint `/api/messages`, and the
 * resident's web page with its Direct Line channel. Every request is counted against its
 * client's limit, every body is JSON within limits, and restify logs through `endpoint.log`.
 * `storage`: whether data can be written.
 */
export function createServer(
  kaartStore: KaartStore,
  endpoint?: BotEndpoint,
  web?: WebSetup,
  storage?: { status(): StorageStatus },
): restify.Server {
  const log = endpoint?.log ?? silentLog;
  const server = restify.createServer({
    name: 'wegwijzer',
    log: new RestifyLog(log),
    formatters: { 'application/json': jsonFormatter(log) },
  });
  refuseUnreadableUrls(server);
  const trustProxy = web?.trustProxy ?? 0;
  const local = web?.channel.local?.channel;
  const everyRequest = new ClientLimit(EVERY_REQUEST, trustProxy);
  limitEveryClient(server, everyRequest, (request) => uncounted(request, endpoint, local));
  server.use(readJsonBodies({ maxBytes: MAX_BODY_BYTES, maxDepth: MAX_JSON_DEPTH }));
  answerInternalErrors(server, log);

  server.get('/healthz', async (_request, response) => {
    const status = kaartStore.status();
    const memory = process.memoryUsage();
    const stored = storage?.status() ?? { ok: true };
    // A server that cannot save what residents tell it is not healthy: a load balancer or a
    // monitor takes it out of service. A stale kaart still serves its last good version.
    response.json(stored.ok ? 200 : 503, {
      status: !stored.ok ? 'storage-error' : status.upToDate ? 'ok' : 'kaart-error',
      storage: stored,
      memory: { rssMb: Math.round(memory.rss / 1e6), heapUsedMb: Math.round(memory.heapUsed / 1e6) },
      kaart: { file: basename(status.file), ...kaartStatusView(kaartStore) },
    });
  });

  if (endpoint) addBotEndpoint(server, endpoint, local, trustProxy);
  if (web) {
    addWebChannel(
      server,
      web.channel,
      { allowedOrigins: web.allowedOrigins, trustProxy, limit: everyRequest },
      log,
    );
    addWidgetTexts(server, web.messages, kaartStore);
  }
  return server;
}

/**
 * Requests that are no single client's: the built-in channel's posts to the bot and the bot's
 * replies to the channel (both from this server itself, counted per resident where residents
 * post), and Azure Bot Service's posts when authentication is on (for all residents at once).
 */
function uncounted(
  request: restify.Request,
  endpoint: BotEndpoint | undefined,
  local: LocalDirectLine | undefined,
): boolean {
  const path = request.getPath();
  if (endpoint && path === BOT_ENDPOINT_PATH) {
    return (
      endpoint.allowedServiceHosts === undefined ||
      (local?.sentBy(request.header(CHANNEL_KEY_HEADER)) ?? false)
    );
  }
  return local !== undefined && path.startsWith(`${local.connectorPath}/`);
}
