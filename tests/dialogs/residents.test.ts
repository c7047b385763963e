import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConversation } from '../../bench/gesprek/conversation.js';
import { gotOf, transcriptLines } from '../../bench/gesprek/printResults.js';
import { loadResidents } from '../../bench/gesprek/residentFile.js';
import { TUESDAY_MORNING } from '../../bench/gesprek/defaults.js';
import { PROJECT_ROOT } from '../../bot/paths.js';
import { type RunningBot, startBot } from '../support/botServer.js';

// The residents to play; the benchmark's own file is bench/gesprek/bewoners.yaml.
const RESIDENTS_FILE = join(PROJECT_ROOT, 'tests', 'bench', 'fixtures', 'bewoners-voorbeeld.yaml');

describe(`every resident of ${RESIDENTS_FILE.slice(PROJECT_ROOT.length + 1)}`, () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
  });
  afterAll(() => bot.close());

  for (const resident of loadResidents(RESIDENTS_FILE)) {
    it(`${resident.id}: ${resident.verwacht.uitkomst}, nothing asked twice after a click`, async () => {
      const result = await runConversation(bot.base, resident);
      const story = [`got ${gotOf(result)} after ${result.turns} turns`, ...transcriptLines(result)].join(
        '\n',
      );
      expect(result.right, story).toBe(true);
      expect(result.repeatsAfterClick, story).toEqual([]);
    });
  }
});
