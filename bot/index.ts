import { existsSync } from 'node:fs';
import { createAdapter } from './adapter.js';
import { loadTaal } from './analyser/taal.js';
import { Messages } from './berichten/messages.js';
import { configFrom } from './config.js';
import { createBot } from './createBot.js';
import { KaartStore } from './kaart/kaartStore.js';
import { formatProblem } from './kaart/problem.js';
import { createLog, errorFields } from './log.js';
import { BERICHTEN_DIR, TAAL_FILE } from './paths.js';
import { RetentionSweeper } from './retention.js';
import { createWebChannel } from './directline/webChannel.js';
import { createServer } from './server.js';
import { lowdbRepository, stateDir } from './storage/lowdbRepository.js';

/** Composition root: the one place that reads the environment and wires the parts together. */
if (existsSync('.env')) process.loadEnvFile('.env');
const config = configFrom(process.env);
const log = createLog(config.logLevel);
const kaartStore = KaartStore.open(config.kaartFile, { taal: loadTaal(TAAL_FILE) });
kaartStore.watch();
kaartStore.onReload((status) => {
  if (status.upToDate) {
    log.info('kaart reloaded', { versie: status.versie });
  } else {
    log.error('kaart not reloaded, still serving the last good version', {
      versie: status.versie,
      problems: status.problems.map((problem) => formatProblem(status.file, problem)),
    });
  }
});

const messages = Messages.load(BERICHTEN_DIR);
const { bot, errors } = createBot({
  kaartStore,
  messages,
  dataDir: config.dataDir,
  retentionDays: config.retentionDays,
  log,
});
const adapter = createAdapter(config.identity, { log, ...errors });
const webChannel = createWebChannel({
  directLine: config.directLine,
  authenticated: config.identity !== undefined,
  log,
});
// The built-in channel receives the bot's replies on this server's own loopback address.
const allowedServiceHosts = config.identity
  ? undefined
  : [...config.allowedServiceHosts, ...(webChannel.local ? ['127.0.0.1'] : [])];
const server = createServer(
  kaartStore,
  { adapter, bot, allowedServiceHosts, log },
  { channel: webChannel, allowedOrigins: config.allowedOrigins, trustProxy: config.trustProxy, messages },
);

const sweeper = new RetentionSweeper(
  lowdbRepository(config.dataDir),
  stateDir(config.dataDir),
  config.retentionDays,
);
const sweep = () =>
  sweeper
    .sweep(new Date())
    .catch((error: unknown) => log.error('retention sweep failed', errorFields(error)));
void sweep();
const hourly = setInterval(sweep, 60 * 60 * 1000);
hourly.unref();

server.listen(config.port, () => {
  const address = server.address();
  webChannel.local?.channel.attach(`http://127.0.0.1:${address.port}`);
  log.info('Wegwijzer listening', {
    url: server.url,
    page: `http://localhost:${address.port}/`,
    kaart: config.kaartFile,
    dataDir: config.dataDir,
    authentication: config.identity ? 'on' : 'off (allow-listed service URLs only)',
    webChat: config.directLine
      ? 'Azure Direct Line'
      : webChannel.local
        ? 'built-in Direct Line channel'
        : 'off (set DIRECT_LINE_SECRET)',
  });
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    kaartStore.close();
    server.close(() => process.exit(0));
  });
}
