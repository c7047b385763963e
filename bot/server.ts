import { basename } from 'node:path';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import restify from 'restify';
import { checkActivity } from './http/inboundActivity.js';
import { isAllowedServiceUrl } from './http/serviceUrls.js';
import type { KaartStore } from './kaart/kaartStore.js';
import { type Log, errorFields } from './log.js';

// Far above any real chat message (a 50 kB paste fits easily), far below what could hurt the server.
export const MAX_BODY_BYTES = 512 * 1024;

/** The bot's endpoint, when the server hosts one. */
export interface BotEndpoint {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  /** Hosts replies may go to; undefined when requests are authenticated (Azure Bot Service). */
  allowedServiceHosts: readonly string[] | undefined;
  log: Log;
}

/** The HTTP server: health and kaart status, and the Bot Framework endpoint `/api/messages`. */
export function createServer(kaartStore: KaartStore, endpoint?: BotEndpoint): restify.Server {
  const server = restify.createServer({ name: 'wegwijzer' });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.get('/healthz', async (_request, response) => {
    const status = kaartStore.status();
    response.json(200, {
      status: status.upToDate ? 'ok' : 'kaart-error',
      kaart: {
        file: basename(status.file),
        versie: status.versie,
        loadedAt: status.loadedAt.toISOString(),
        upToDate: status.upToDate,
        problems: status.problems.map(({ severity, line, column, message }) => ({
          severity,
          line,
          column,
          message,
        })),
      },
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
      const hosts = endpoint.allowedServiceHosts;
      if (hosts && !isAllowedServiceUrl(checked.activity.serviceUrl, hosts)) {
        endpoint.log.warn('serviceUrl refused', { host: safeHost(checked.activity.serviceUrl) });
        response.json(403, {
          error: 'Replies cannot be sent to this serviceUrl (see ALLOWED_SERVICE_HOSTS).',
        });
        return;
      }
      try {
        await endpoint.adapter.process(request, response, (context) => endpoint.bot.run(context));
      } catch (error) {
        endpoint.log.error('activity not processed', errorFields(error));
        if (!response.headersSent) response.json(500, { error: 'The bot could not process this activity.' });
      }
    });
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
