import { basename } from 'node:path';
import restify from 'restify';
import type { KaartStore } from './kaart/kaartStore.js';

/** The HTTP server: health and kaart status now; the bot's endpoint joins it (issue 3). */
export function createServer(kaartStore: KaartStore): restify.Server {
  const server = restify.createServer({ name: 'wegwijzer' });
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
  return server;
}
