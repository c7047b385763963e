import { basename } from 'node:path';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import restify from 'restify';
import { checkActivity } from './http/inboundActivity.js';
import { CHANNEL_KEY_HEADER } from './directline/localDirectLine.js';
import { type WebChannel, addWebChannel } from './directline/webChannel.js';
import { adapterResponse } from './http/adapterResponse.js';
import { answerInternalErrors, jsonFormatter } from './http/internalErrors.js';
import { readJsonBodies } from './http/jsonBody.js';
import { RestifyLog } from './http/restifyLog.js';
import { isAllowedServiceUrl } from './http/serviceUrls.js';
import { addWidgetTexts } from './http/widgetTexts.js';
import type { Messages } from './berichten/messages.js';
import type { KaartStore } from './kaart/kaartStore.js';
import { kaartStatusView } from './kaart/kaartStatus.js';
import { type Log, errorFields, silentLog } from './log.js';

// Far above any real chat message (a 50 kB paste fits easily), far below what could hurt the server.
export const MAX_BODY_BYTES = 512 * 1024;
// An activity nests a few levels, a card in it a dozen; thousands run the code after parsing out of stack.
export const MAX_JSON_DEPTH = 64;

/** The bot's endpoint, when the server hosts one. */
export interface BotEndpoint {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  /**
   * Where replies may go (see ALLOWED_SERVICE_HOSTS); undefined when requests are authenticated
   * (Azure Bot Service). The built-in channel's own address needs no entry.
   */
  allowedServiceHosts: readonly string[] | undefined;
  log: Log;
}

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
 * resident's web page with its Direct Line channel. Every body is JSON within limits, and
 * restify logs through `endpoint.log`.
 */
export function createServer(kaartStore: KaartStore, endpoint?: BotEndpoint, web?: WebSetup): restify.Server {
  const log = endpoint?.log ?? silentLog;
  const server = restify.createServer({
    name: 'wegwijzer',
    log: new RestifyLog(log),
    formatters: { 'application/json': jsonFormatter(log) },
  });
  server.use(readJsonBodies({ maxBytes: MAX_BODY_BYTES, maxDepth: MAX_JSON_DEPTH }));
  answerInternalErrors(server, log);

  server.get('/healthz', async (_request, response) => {
    const status = kaartStore.status();
    const memory = process.memoryUsage();
    response.json(200, {
      status: status.upToDate ? 'ok' : 'kaart-error',
      memory: { rssMb: Math.round(memory.rss / 1e6), heapUsedMb: Math.round(memory.heapUsed / 1e6) },
      kaart: { file: basename(status.file), ...kaartStatusView(kaartStore) },
    });
  });

  if (endpoint) {
    server.post('/api/messages', async (request, response) => {
      const checked = checkActivity(request.body);
      if ('problems' in checked) {
        response.json(400, {
          error: 'This is not a usable Bot Framework activity.',
          problems: checked.problems,
        });
        return;
      }
      // Without authentication anyone may post here; "directline" activities, which address the
      // residents of the built-in channel, are only believed when the channel itself sends them.
      const local = web?.channel.local?.channel;
      if (
        local &&
        checked.activity.channelId === local.channelId &&
        !local.sentBy(request.header(CHANNEL_KEY_HEADER))
      ) {
        response.json(403, { error: 'Direct Line activities come only from the built-in channel.' });
        return;
      }
      // The built-in channel names its own connector address, exactly, and it alone may.
      const own =
        local?.sentBy(request.header(CHANNEL_KEY_HEADER)) && checked.activity.serviceUrl === local.serviceUrl;
      const hosts = endpoint.allowedServiceHosts;
      if (hosts && !own && !isAllowedServiceUrl(checked.activity.serviceUrl, hosts)) {
        endpoint.log.warn('serviceUrl refused', { host: safeHost(checked.activity.serviceUrl) });
        response.json(403, {
          error: 'Replies cannot be sent to this serviceUrl (see ALLOWED_SERVICE_HOSTS).',
        });
        return;
      }
      try {
        await endpoint.adapter.process(request, adapterResponse(response), (context) =>
          endpoint.bot.run(context),
        );
      } catch (error) {
        endpoint.log.error('activity not processed', errorFields(error));
        if (!response.headersSent) response.json(500, { error: 'The bot could not process this activity.' });
      }
    });
  }
  if (web) {
    addWebChannel(
      server,
      web.channel,
      { allowedOrigins: web.allowedOrigins, trustProxy: web.trustProxy ?? 0 },
      log,
    );
    addWidgetTexts(server, web.messages, kaartStore);
  }
  return server;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid)';
  }
}
