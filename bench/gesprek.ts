import { parseArgs } from 'node:util';
import { STEP_IDS } from '../bot/intake/steps.js';
import { startBot } from '../tests/support/botServer.js';
import { type ConversationResult, runConversation } from './gesprek/conversation.js';
import { expectedOf, gotOf, summaryTable, transcriptLines } from './gesprek/printResults.js';
import { ResidentFileError, type ScriptedResident, loadResidents } from './gesprek/residentFile.js';
import { RESIDENTS_FILE, TUESDAY_MORNING } from './gesprek/defaults.js';
import { summarise } from './gesprek/summary.js';

/**
 * The conversation benchmark: `npm run bench:gesprek [-- --file F] [-- --verbose] [-- --only id]`.
 * Plays every scripted resident through the real server over HTTP and prints, per expected
 * outcome, how many ended right and in how many resident turns. It measures and asserts nothing:
 * exit 0 unless the file is broken or the server fails.
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string', default: RESIDENTS_FILE },
    verbose: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
  },
});

async function main(): Promise<number> {
  let residents: ScriptedResident[];
  try {
    residents = loadResidents(values.file);
  } catch (error) {
    if (!(error instanceof ResidentFileError)) throw error;
    console.error(`The residents file is broken: ${error.message}`);
    return 1;
  }
  if (values.only) {
    const unknown = values.only.filter((id) => !residents.some((resident) => resident.id === id));
    if (unknown.length > 0) {
      console.error(`No such resident in ${values.file}: ${unknown.join(', ')}`);
      return 2;
    }
    residents = residents.filter((resident) => values.only!.includes(resident.id));
  }
  noteUnknownSteps(residents);

  const bot = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
  const results: ConversationResult[] = [];
  try {
    // One after another: the figures are turns, not time, and 2 cores are shared.
    for (const resident of residents) results.push(await runConversation(bot.base, resident));
  } finally {
    await bot.close();
  }
  print(results);
  return 0;
}

function print(results: ConversationResult[]): void {
  console.log(`Conversation benchmark: ${results.length} residents from ${values.file}\n`);
  for (const line of summaryTable(summarise(results))) console.log(line);
  // The turn targets are for residents who click wherever buttons are offered.
  const clicking = results.filter((result) => result.resident.stijl === 'klikt');
  if (clicking.length > 0) {
    console.log(`\nResidents who click (${clicking.length}):`);
    for (const line of summaryTable(summarise(clicking))) console.log(line);
  }
  console.log(
    '\nturns: resident messages up to the outcome; repeats: a step asked again right after a click on it',
  );

  const repeated = results.filter((result) => result.repeatsAfterClick.length > 0);
  if (repeated.length > 0) {
    console.log('\nAsked again after a click:');
    for (const result of repeated)
      console.log(`  ${result.resident.id}: ${result.repeatsAfterClick.join(', ')}`);
  }
  const wrong = results.filter((result) => !result.right);
  console.log(wrong.length === 0 ? '\nNo wrong outcomes.' : `\nWrong outcomes (${wrong.length}):`);
  for (const result of wrong) {
    console.log(
      `  ${result.resident.id}: expected ${expectedOf(result)}, got ${gotOf(result)}, ${result.turns} turns`,
    );
    console.log(`    steps: ${result.steps.join(' > ')}`);
    if (values.verbose) for (const line of transcriptLines(result)) console.log(line);
  }
}

/** A step id the bot never sends is most likely a typo: the resident would answer with `standaard`. */
function noteUnknownSteps(residents: ScriptedResident[]): void {
  const known = new Set<string>(STEP_IDS);
  for (const resident of residents) {
    const unknown = Object.keys(resident.antwoorden).filter((step) => !known.has(step));
    if (unknown.length > 0)
      console.log(`note: ${resident.id} answers steps the bot does not name: ${unknown.join(', ')}`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
