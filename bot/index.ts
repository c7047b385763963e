import { existsSync } from 'node:fs';
import { loadTaal } from './analyser/taal.js';
import { Messages } from './berichten/messages.js';
import { configFrom } from './config.js';
import { createApp } from './app.js';
import { KaartStore } from './kaart/kaartStore.js';
import { formatProblem } from './kaart/problem.js';
import { createLog, errorFields } from './log.js';
import { BERICHTEN_DIR, TAAL_FILE } from './paths.js';
import { RetentionSweeper } from './retention.js';
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
const app = await createApp(config, kaartStore, messages, log);
const { server } = app;
if (!config.mail) log.info('no SMTP_URL: providers are not e-mailed about new handovers');

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
  app.listening(`http://127.0.0.1:${address.port}`);
  log.info('Wegwijzer listening', {
    url: server.url,
    page: `http://localhost:${address.port}/`,
    staff: `http://localhost:${address.port}/staff`,
    kaart: config.kaartFile,
    dataDir: config.dataDir,
    authentication: config.identity ? 'on' : 'off (allow-listed service URLs only)',
    webChat: config.directLine
      ? 'Azure Direct Line'
      : app.web.local
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
