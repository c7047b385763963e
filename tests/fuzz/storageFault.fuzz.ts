import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { BotProcess } from './support/botProcess.js';
import { LOKET_TELEFOON } from './support/botTexts.js';
import type { ChatResident } from './support/chatResident.js';
import { consentedResidents } from './support/consentedResidents.js';
import { type DataFault, type FaultKind, canMount, prepareFault } from './support/dataFaults.js';
import { filesHolding } from './support/dataFiles.js';
import { type Budget, checkProperty, scaled, testTimeout } from './support/fuzzSettings.js';
import { send } from './support/send.js';
import { TempFolders } from './support/tempFolders.js';

const folders = new TempFolders();
const faults = new Set<DataFault>();
const servers = new Set<BotProcess>();
afterAll(async () => {
  for (const bot of servers) await bot.kill();
  for (const fault of faults) fault.dispose();
  folders.remove();
});

// Mounts make a folder fail even for root; without them, subfolders replaced by files do.
const MOUNTS = canMount(folders.folder('mount-probe'));
const KINDS: FaultKind[] = MOUNTS ? ['read-only', 'full'] : ['not-a-folder'];
process.stderr.write(
  `[fuzz] storage faults: ${KINDS.join(', ')}${MOUNTS ? '' : ' (mount is not allowed here)'}\n`,
);

const budget: Budget = { runs: scaled(1), ms: scaled(120_000) };
// How long /healthz may take to notice the fault, or its end (a server may check on a timer).
const HEALTH_WAIT_MS = 10_000;

/** Asks /healthz until it answers `status`; the statuses seen, for the report, if it never does. */
async function healthBecomes(base: string, status: number): Promise<string[]> {
  const seen = new Set<number>();
  const deadline = Date.now() + HEALTH_WAIT_MS;
  while (Date.now() < deadline) {
    const answer = await send(base, '/healthz');
    if (answer.status === status) return [];
    seen.add(answer.status);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return [
    `/healthz never answered ${status} in ${HEALTH_WAIT_MS / 1000} s (it answered ${[...seen].join(', ')})`,
  ];
}

/** A load in three phases; during the middle one the data folder fails. */
interface LoadPlan {
  residents: number;
  before: number;
  during: number;
  after: number;
}

/**
 * One turn of each resident, side by side. A turn is saved when its unique text reached a
 * document on disk (the conversation's transcript); one that was not must say so, and an
 * apology names the loket's phone number. `faulty`: the phase in which saving may fail.
 */
async function turns(
  residents: ChatResident[],
  dataDir: string,
  phase: string,
  faulty: boolean,
  turn: number,
): Promise<string[]> {
  const texts = residents.map((resident) => `Bericht ${randomUUID().slice(0, 8)} van ${resident.userId}`);
  const heard = await Promise.all(residents.map((resident, index) => resident.say(texts[index]!)));
  const saved = new Set(
    [...filesHolding(dataDir, texts).entries()]
      .filter(([, files]) => files.some((file) => file.endsWith('.json')))
      .map(([text]) => text),
  );
  return residents.flatMap((resident, index) => {
    const { status, text } = heard[index]!;
    const where = `${phase}, turn ${turn} of ${resident.userId}`;
    const apologised = text.includes(LOKET_TELEFOON);
    if (status !== 200) return [`${where}: HTTP ${status} instead of an answer: ${text.slice(0, 200)}`];
    if (!saved.has(texts[index]!) && !(faulty && apologised)) {
      return [`${where}: not saved, and the answer does not say so: ${JSON.stringify(text.slice(0, 160))}`];
    }
    // Outside the fault an apology (the phone number) would make the check above meaningless.
    if (!faulty && apologised)
      return [`${where}: the phone number is in a normal answer: ${text.slice(0, 160)}`];
    return [];
  });
}

async function loadWithFault(kind: FaultKind, plan: LoadPlan): Promise<void> {
  const { dataDir, tmpDir } = folders.serverFolders(kind);
  const fault = prepareFault(kind, dataDir);
  faults.add(fault);
  const bot = await BotProcess.start({ dataDir, tmpDir });
  servers.add(bot);
  try {
    const { residents, problems } = await consentedResidents(
      () => bot.base,
      plan.residents,
      randomUUID().slice(0, 8),
    );
    for (let turn = 1; turn <= plan.before; turn++)
      problems.push(...(await turns(residents, dataDir, 'before', false, turn)));
    fault.apply();
    for (let turn = 1; turn <= plan.during; turn++)
      problems.push(...(await turns(residents, dataDir, 'during the fault', true, turn)));
    problems.push(...(await healthBecomes(bot.base, 503)).map((problem) => `during the fault: ${problem}`));
    fault.lift();
    for (let turn = 1; turn <= plan.after; turn++)
      problems.push(...(await turns(residents, dataDir, 'after', false, turn)));
    problems.push(...(await healthBecomes(bot.base, 200)).map((problem) => `after the fault: ${problem}`));
    if (problems.length > 0) throw new Error(problems.map((problem) => `- ${problem}`).join('\n'));
  } finally {
    await bot.kill();
    fault.dispose();
  }
}

describe.each(KINDS)('a data folder that fails half-way (%s)', (kind) => {
  it(
    'gets every unsaved turn answered with the apology, /healthz 503 during the fault and 200 after it',
    async () => {
      const plan = fc.record({
        residents: fc.integer({ min: 3, max: 6 }),
        before: fc.integer({ min: 1, max: 2 }),
        during: fc.integer({ min: 2, max: 4 }),
        after: fc.integer({ min: 1, max: 2 }),
      });
      await checkProperty(
        `storage fault (${kind})`,
        fc.asyncProperty(plan, (load) => loadWithFault(kind, load)),
        budget,
        {
          shrink: false,
        },
      );
    },
    testTimeout(budget),
  );
});
