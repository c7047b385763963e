import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESIDENT_SCRIPTS } from '../../bench/residentScripts.js';
import { Resident, type RunningBot, outcomeOf, startBot } from '../support/botServer.js';

describe("the load benchmark's residents reach their outcome with the dialogs as they are", () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot(undefined, undefined, { now: () => new Date('2026-11-24T10:00:00+01:00') });
  });
  afterAll(() => bot.close());

  it.each(RESIDENT_SCRIPTS.map((script, index) => [index, script] as const))(
    'script %i',
    async (index, script) => {
      const resident = new Resident(() => bot, `load-${index}`, `load-conv-${index}`);
      const outcomes: string[] = [];
      for (const input of script.inputs) {
        const replies = input === 'join' ? await resident.join() : await resident.say(input);
        const outcome = outcomeOf(replies)?.type;
        if (outcome) outcomes.push(outcome);
      }
      expect(outcomes).toContain(script.outcome);
    },
  );
});
