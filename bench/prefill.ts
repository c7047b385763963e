import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fills a data directory with `count` stored conversations (conversation and resident state),
 * handovers and intake records, each a copy of the real ones in `seedDir` (written by the bot
 * itself during a seed intake) under a new name, so the files are exactly what the bot writes.
 */
export function prefill(seedDir: string, dataDir: string, count: number): void {
  const folders = ['state', 'handovers', 'intakes'];
  for (const folder of folders) mkdirSync(join(dataDir, folder), { recursive: true });
  const seed = (folder: string) =>
    readdirSync(join(seedDir, folder))
      .filter((name) => name.endsWith('.json'))
      .map((name) => readFileSync(join(seedDir, folder, name), 'utf8'));
  const states = seed('state');
  const handover = seed('handovers')[0];
  const intake = seed('intakes')[0];
  if (states.length === 0 || !handover || !intake)
    throw new Error(`prefill(): ${seedDir} holds no seed intake`);

  // Plain synchronous writes: for many tiny files they are the fastest way, and this is set-up.
  const intakeId = /"id": "([^"]+)"/.exec(intake)?.[1] ?? '';
  for (let index = 0; index < count; index++) {
    const id = randomBytes(10).toString('hex');
    for (const [n, state] of states.entries()) writeFileSync(join(dataDir, 'state', `${id}${n}.json`), state);
    const reference = `WW-${id.slice(0, 6).toUpperCase()}${index}`;
    writeFileSync(
      join(dataDir, 'handovers', `${reference}.json`),
      handover.replace(/WW-[0-9A-Z]{6}/g, reference),
    );
    writeFileSync(
      join(dataDir, 'intakes', `${id}.json`),
      intakeId ? intake.replaceAll(intakeId, id) : intake,
    );
  }
}
