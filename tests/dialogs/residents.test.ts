import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConversation } from '../../bench/gesprek/conversation.js';
import { gotOf, transcriptLines } from '../../bench/gesprek/printResults.js';
import { loadResidents } from '../../bench/gesprek/residentFile.js';
import { TUESDAY_MORNING } from '../../bench/gesprek/defaults.js';
import { PROJECT_ROOT } from '../../bot/paths.js';
import { type RunningBot, startBot } from '../support/botServer.js';

// The benchmark's residents (bench/gesprek/bewoners.yaml): written blind, measured once, now
// regression tests. The conversations they showed the bot still gets wrong are listed here, with
// why: each must still fail (so a fix is noticed, and then moved out of this list).
const RESIDENTS_FILE = join(PROJECT_ROOT, 'bench', 'gesprek', 'bewoners.yaml');
const STILL_WRONG: Record<string, string> = {
  'en-14-carer-partner-nah':
    'a provider named by what it does in English ("the carers support centre") is not read; after three tries a person is asked',
  'nl-40-werk-vast':
    '"ik zie het niet meer zitten met werk" is read as a suicide signal (issue 16: crisis tiers)',
};

describe(`every resident of ${RESIDENTS_FILE.slice(PROJECT_ROOT.length + 1)}`, () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
  });
  afterAll(() => bot.close());

  for (const resident of loadResidents(RESIDENTS_FILE)) {
    const wrong = STILL_WRONG[resident.id];
    const test = wrong ? it.fails : it;
    test(`${resident.id}: ${resident.verwacht.uitkomst}, nothing asked twice after a click${wrong ? ` (still wrong: ${wrong})` : ''}`, async () => {
      const result = await runConversation(bot.base, resident);
      const story = [`got ${gotOf(result)} after ${result.turns} turns`, ...transcriptLines(result)].join(
        '\n',
      );
      expect(result.right, story).toBe(true);
      expect(result.repeatsAfterClick, story).toEqual([]);
    });
  }
});
