import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { BotProcess } from './support/botProcess.js';
import { ERASED } from './support/botTexts.js';
import { consentedResidents } from './support/consentedResidents.js';
import { filesHolding, unparsableJson } from './support/dataFiles.js';
import { type Budget, checkProperty, scaled, testTimeout } from './support/fuzzSettings.js';
import { TempFolders } from './support/tempFolders.js';

const folders = new TempFolders();
const servers = new Set<BotProcess>();
afterAll(async () => {
  for (const bot of servers) await bot.kill();
  folders.remove();
});

// Each round starts a server twice: rounds are few. A failure is not shrunk: where the kill
// lands is up to the scheduler as much as to the plan, so a smaller plan would not replay it.
const budget: Budget = { runs: scaled(2), ms: scaled(150_000) };
// How long to look for a write in flight before killing the server anyway.
const HUNT_MS = 5_000;
// Longer messages make longer writes, and a transcript that grows with every turn.
const FILLER = 'Ik kan de huur niet meer betalen en de rekeningen stapelen zich op. '.repeat(20);

async function started(dataDir: string): Promise<BotProcess> {
  const bot = await BotProcess.start({ dataDir, tmpDir: folders.folder('tmp') });
  servers.add(bot);
  return bot;
}

/** Files that hold a marker but are no finished document: writes in flight (temp files). */
function inFlight(dataDir: string, markers: string[]): string[] {
  const holding = [...filesHolding(dataDir, markers).values()].flat();
  return [...new Set(holding)].filter((file) => !file.endsWith('.json'));
}

/**
 * Kills the server with SIGKILL at the first moment a resident's text is in a write still in
 * flight: the server is frozen (SIGSTOP) again and again, its files looked at, and killed as it
 * stands when they show one. A kill -9 can land anywhere; this one lands where it hurts most.
 */
async function killMidWrite(bot: BotProcess, dataDir: string, markers: string[]): Promise<string> {
  const deadline = Date.now() + HUNT_MS;
  while (Date.now() < deadline) {
    if (await bot.pause()) {
      const writing = inFlight(dataDir, markers);
      if (writing.length > 0) {
        await bot.kill('SIGKILL');
        return `while writing ${writing.join(', ')}`;
      }
      bot.resume();
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await bot.kill('SIGKILL');
  return `after ${HUNT_MS / 1000} s without catching a write in flight`;
}

/** A write storm: `residents` typing without pause; from `killAfterMs` after its first answer, kill -9. */
interface StormPlan {
  residents: number;
  killAfterMs: number;
}

async function stormKillAndErase(plan: StormPlan): Promise<void> {
  const { dataDir } = folders.serverFolders('storm');
  const tag = randomUUID().slice(0, 8);
  let bot = await started(dataDir);
  const { residents, problems } = await consentedResidents(() => bot.base, plan.residents, tag);
  const markers = residents.map((_, index) => `Kenmerk${tag}r${index}`);

  let killed = false;
  let answered = 0;
  let underWay: () => void = () => undefined;
  const firstAnswer = new Promise<void>((resolve) => (underWay = resolve));
  const typing = residents.map(async (resident, index) => {
    for (let turn = 0; !killed; turn++) {
      const heard = await resident.say(`Ik heb schulden. ${markers[index]} bericht ${turn}. ${FILLER}`);
      if (heard.status !== 200) return;
      answered += 1;
      underWay();
    }
  });
  await Promise.race([firstAnswer, Promise.all(typing)]);
  await new Promise((resolve) => setTimeout(resolve, plan.killAfterMs));
  const moment = await killMidWrite(bot, dataDir, markers);
  killed = true;
  await Promise.all(typing);
  process.stderr.write(`[fuzz] storm: ${answered} turns answered, then kill -9 ${moment}\n`);
  if (answered === 0) problems.push('no turn was answered before the kill: the storm never started');
  problems.push(...unparsableJson(dataDir).map((file) => `after kill -9, not valid JSON: ${file}`));

  bot = await started(dataDir);
  for (const resident of residents) {
    const heard = await resident.say('vergeet mij');
    if (!heard.text.includes(ERASED)) {
      problems.push(
        `${resident.userId} said "vergeet mij" and heard (HTTP ${heard.status}): ${heard.text.slice(0, 200)}`,
      );
    }
  }
  for (const [marker, files] of filesHolding(dataDir, markers)) {
    problems.push(`erased, but still on disk: ${marker} in ${files.join(', ')}`);
  }
  await bot.kill();
  if (problems.length > 0) throw new Error(problems.map((problem) => `- ${problem}`).join('\n'));
}

describe('kill -9 during a write storm', () => {
  it(
    'leaves only valid JSON, and after a restart "vergeet mij" leaves nothing of the residents on disk',
    async () => {
      await checkProperty(
        'kill -9: files valid, erasure complete',
        fc.asyncProperty(
          fc.record({
            residents: fc.integer({ min: 4, max: 12 }),
            killAfterMs: fc.integer({ min: 0, max: 1500 }),
          }),
          stormKillAndErase,
        ),
        budget,
        { shrink: false },
      );
    },
    testTimeout(budget),
  );
});
