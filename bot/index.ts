import { existsSync } from 'node:fs';
import { loadTaal } from './analyser/taal.js';
import { configFrom } from './config.js';
import { KaartStore } from './kaart/kaartStore.js';
import { formatProblem } from './kaart/problem.js';
import { TAAL_FILE } from './paths.js';
import { createServer } from './server.js';

/** Composition root: the one place that reads the environment and wires the parts together. */
if (existsSync('.env')) process.loadEnvFile('.env');
const config = configFrom(process.env);
const kaartStore = KaartStore.open(config.kaartFile, { taal: loadTaal(TAAL_FILE) });
kaartStore.watch();
kaartStore.onReload((status) => {
  if (status.upToDate) {
    console.info(`kaart reloaded: versie ${status.versie}`);
  } else {
    console.error(`kaart not reloaded, still serving versie ${status.versie}:`);
    for (const problem of status.problems) console.error(`  ${formatProblem(status.file, problem)}`);
  }
});

const server = createServer(kaartStore);
server.listen(config.port, () =>
  console.info(`Wegwijzer listening on ${server.url} (kaart ${config.kaartFile})`),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    kaartStore.close();
    server.close(() => process.exit(0));
  });
}
