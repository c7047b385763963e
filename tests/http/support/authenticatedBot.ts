import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../bot/app.js';
import { loadTaal } from '../../../bot/analyser/taal.js';
import { KaartStore } from '../../../bot/kaart/kaartStore.js';
import type { Log } from '../../../bot/log.js';
import { SAMPLE_KAART_FILE, TAAL_FILE } from '../../../bot/paths.js';
import { MESSAGES } from '../../support/botServer.js';
import { listenOnLoopback } from '../../support/listenOnLoopback.js';

/** Wegwijzer as Azure Bot Service reaches it: every request to /api/messages must be authenticated. */
export async function startAuthenticatedBot(log: Log): Promise<{ base: string }> {
  const app = await createApp(
    {
      dataDir: mkdtempSync(join(tmpdir(), 'wegwijzer-data-')),
      retentionDays: 90,
      allowedServiceHosts: [],
      identity: {
        appId: 'wegwijzer-test-app',
        appPassword: 'not-used',
        appType: 'MultiTenant',
        tenantId: '',
      },
      directLine: undefined,
      allowedOrigins: [],
      trustProxy: 0,
      hubEnabled: false,
      mail: undefined,
      publicUrl: 'http://wegwijzer.test',
    },
    KaartStore.open(SAMPLE_KAART_FILE, { taal: loadTaal(TAAL_FILE) }),
    MESSAGES,
    log,
  );
  const base = await listenOnLoopback(app.server);
  app.listening(base);
  return { base };
}
