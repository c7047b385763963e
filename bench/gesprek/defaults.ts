import { join } from 'node:path';
import { PROJECT_ROOT } from '../../bot/paths.js';

/** The residents the benchmark and the regression test play by default. */
export const RESIDENTS_FILE = join(PROJECT_ROOT, 'bench', 'gesprek', 'bewoners.yaml');

/** The bot's clock for every run: Tuesday 24 November 2026, 10:00, when the loket is open; runs repeat. */
export const TUESDAY_MORNING = (): Date => new Date('2026-11-24T10:00:00+01:00');
