import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConversationResult, runConversation } from '../../bench/gesprek/conversation.js';
import { TUESDAY_MORNING } from '../../bench/gesprek/defaults.js';
import { type ScriptedResident, loadResidents } from '../../bench/gesprek/residentFile.js';
import { PROJECT_ROOT } from '../../bot/paths.js';
import { type RunningBot, startBot } from '../support/botServer.js';

const FIXTURE = loadResidents(join(PROJECT_ROOT, 'tests', 'bench', 'fixtures', 'bewoners-voorbeeld.yaml'));

function fixture(id: string): ScriptedResident {
  const resident = FIXTURE.find((candidate) => candidate.id === id);
  if (!resident) throw new Error(`no resident ${id} in the fixture`);
  return structuredClone(resident);
}

/** What the resident sent, in order. */
const sent = (result: ConversationResult) => result.transcript.filter((line) => line.from === 'resident');

describe('the conversation driver against the real bot', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot(undefined, undefined, { now: TUESDAY_MORNING });
  });
  afterAll(() => bot.close());

  it('clicks the button whose label holds the fragment, and the bot takes it as that choice', async () => {
    const result = await runConversation(bot.base, fixture('nl-01-schulden-lvb'));
    const regie = result.steps.indexOf('meetlat-regie');
    expect(result.steps[regie + 1]).toBe('meetlat-zelf');
    expect(sent(result)).toContainEqual({ from: 'resident', text: 'Nee', clicked: true });
    expect(result.outcome).toEqual({ type: 'handover', providers: ['mee-voorbeeld'] });
    expect(result.right).toBe(true);
    expect(result.turns).toBe(sent(result).length);
  });

  it('types the first fragment when no button holds any of them', async () => {
    const resident = fixture('nl-01-schulden-lvb');
    resident.antwoorden['meetlat-regie'] = { klik: ['nee hoor', 'welnee'] };
    const result = await runConversation(bot.base, resident);
    expect(sent(result)).toContainEqual({ from: 'resident', text: 'nee hoor', clicked: false });
    expect(result.steps[result.steps.indexOf('meetlat-regie') + 1]).toBe('meetlat-zelf');
  });

  it('counts a handover to a provider the resident did not expect as wrong', async () => {
    const resident = fixture('nl-01-schulden-lvb');
    resident.verwacht.aanbieders = ['mantelzorgpunt-voorbeeld'];
    const result = await runConversation(bot.base, resident);
    expect(result.outcome?.type).toBe('handover');
    expect(result.right).toBe(false);
  });

  it('ends as stuck at a step the script has no answer for and no standaard', async () => {
    const resident = fixture('nl-01-schulden-lvb');
    delete resident.antwoorden['meetlat-zelf'];
    const result = await runConversation(bot.base, resident);
    expect(result.ending).toBe('stuck at meetlat-zelf');
    expect(result.outcome).toBeUndefined();
    expect(result.right).toBe(false);
    // Opening, consent, question (its topic is said, not asked), regie: the stuck step itself got no message.
    expect(result.turns).toBe(4);
    expect(result.steps.at(-1)).toBe('meetlat-zelf');
  });

  it('sends `later` instead of the Nth message, whatever the bot asks then', async () => {
    const result = await runConversation(bot.base, fixture('nl-03-crisis-later'));
    expect(sent(result).map((line) => line.text)).toEqual([
      'Goedemorgen',
      'ja',
      'ik wil eigenlijk niet meer leven',
    ]);
    expect(result.outcome?.type).toBe('crisis');
    expect(result.turns).toBe(3);

    const without = fixture('nl-03-crisis-later');
    delete without.later;
    // Without a standaard the plain run stops at the first step the script does not answer.
    delete without.standaard;
    const plain = await runConversation(bot.base, without);
    expect(sent(plain)[2]?.text).toBe('Ik heb veel rekeningen die ik niet kan betalen');
    expect(plain.outcome?.type).not.toBe('crisis');
  });

  it('speaks English to the bot for an English resident', async () => {
    const result = await runConversation(bot.base, fixture('en-01-rent-arrears'));
    expect(result.transcript.find((line) => line.step === 'question')?.text).toContain('How can I help you?');
  });
});
