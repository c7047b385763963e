import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { fuzzSettings } from './support/fuzzSettings.js';

// One seed for the whole round, chosen here (in the main process) and handed to every worker,
// so that `FUZZ_SEED=<n> npm run test:fuzz` replays exactly this round.
const { seed, runs } = fuzzSettings();
process.stderr.write(
  `[fuzz] FUZZ_SEED=${seed} FUZZ_RUNS=${runs} (replay: FUZZ_SEED=${seed} npm run test:fuzz)\n`,
);

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/fuzz/**/*.fuzz.ts'],
    env: { FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs) },
    // The files start servers, kill them and mount file systems: one at a time, in child
    // processes of their own, so a 2-core CI machine runs them as fast as it can and a hung
    // worker can be killed without taking the others with it.
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
