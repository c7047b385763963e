import { configFrom } from '../config.js';
import { LowdbStorage } from '../storage/lowdbStorage.js';
import { lowdbRepository, stateDir } from '../storage/lowdbRepository.js';
import { eraseResident } from '../storage/eraseResident.js';

function dataDir(): string {
  return configFrom(process.env).dataDir;
}

/** `wegwijzer data erase <referentie>`: removes a resident's data (their right to erasure). */
export async function dataEraseCommand(args: string[]): Promise<number> {
  const [reference] = args;
  if (!reference) {
    console.error('wegwijzer data erase: noem het nummer van de overdracht, zoals WW-7K3P9Q');
    return 2;
  }
  const dir = dataDir();
  const erased = await eraseResident(lowdbRepository(dir), new LowdbStorage(stateDir(dir)), reference);
  if (!erased) {
    console.error(`wegwijzer data erase: geen overdracht ${reference} in ${dir}`);
    return 1;
  }
  console.log(
    `Verwijderd: overdrachten ${erased.handovers.join(', ')}; ${erased.intakes} intake(s), ` +
      `${erased.handoffs.length} gesprek(ken) met het loket, ${erased.stateKeys} gespreksbestand(en).`,
  );
  return 0;
}

/** `wegwijzer overdrachten [--json]`: the handovers, newest first. */
export async function overdrachtenCommand(args: string[]): Promise<number> {
  const handovers = (await lowdbRepository(dataDir()).handovers.all()).sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  if (args.includes('--json')) {
    console.log(JSON.stringify(handovers, null, 2));
    return 0;
  }
  if (handovers.length === 0) {
    console.log('Geen overdrachten.');
    return 0;
  }
  for (const handover of handovers) {
    console.log(
      [
        handover.reference,
        handover.createdAt.slice(0, 16).replace('T', ' '),
        handover.status,
        handover.aanbieder,
        handover.levensgebieden.join('+'),
        `contact uiterlijk ${handover.contactUiterlijk}`,
      ].join('\t'),
    );
  }
  return 0;
}
