import { describe, expect, it } from 'vitest';
import { BotPerTest } from '../support/botPerTest.js';
import type { Bewoner, Gesprek } from '../../bot/intake/intakeCase.js';
import { LowdbStorage } from '../../bot/storage/lowdbStorage.js';
import { stateDir } from '../../bot/storage/lowdbRepository.js';
import { type Input, Resident, stepOf } from '../support/botServer.js';

const bots = new BotPerTest();
const running = bots.running;

/** What the server keeps of a conversation and its resident (both on disk: they consented). */
async function stored(userId: string, conversationId: string) {
  const state = new LowdbStorage(stateDir(running().dataDir));
  const keys = [`webchat/users/${userId}/`, `webchat/conversations/${conversationId}/`] as const;
  const items = await state.read([...keys]);
  const bewoner: Bewoner | undefined = items[keys[0]]?.bewoner;
  const gesprek: Gesprek | undefined = items[keys[1]]?.gesprek;
  return { bewoner, gesprek };
}

/** The resident's own lines of the transcript, in the order the bot handled them. */
async function residentLines(userId: string, conversationId: string): Promise<string[]> {
  const { gesprek } = await stored(userId, conversationId);
  return (gesprek?.transcript ?? []).filter((entry) => entry.from === 'bewoner').map((entry) => entry.text);
}

const messages = Array.from(
  { length: 20 },
  (_, index) => `Ik heb schulden en red het niet, bericht ${index + 1}`,
);

/** The steps a resident is asked, message after message, when the messages come one by one. */
async function stepsOneByOne(resident: Resident, inputs: Input[]): Promise<(string | undefined)[]> {
  const steps: (string | undefined)[] = [];
  for (const input of inputs) steps.push(stepOf(await resident.say(input)));
  return steps;
}

describe('one turn per conversation at a time', () => {
  it('keeps every one of 20 messages sent at once, and answers them from consecutive steps', async () => {
    await bots.start();
    const oneByOne = new Resident(running, 'calm-user', 'calm-conv');
    await oneByOne.join();
    await oneByOne.say({ choice: 'yes' });
    const expected = await stepsOneByOne(oneByOne, messages);

    const hurried = new Resident(running, 'hurried-user', 'hurried-conv');
    await hurried.join();
    await hurried.say({ choice: 'yes' });
    const replies = await Promise.all(messages.map((text) => hurried.say(text)));

    const handled = (await residentLines('hurried-user', 'hurried-conv')).filter((line) =>
      messages.includes(line),
    );
    expect([...handled].sort()).toEqual([...messages].sort());
    // In the order the bot handled them, each answer is the step after the one before.
    const steps = handled.map((text) => stepOf(replies[messages.indexOf(text)] ?? []));
    expect(steps).toEqual(expected);
  });

  it('treats two tabs of one conversation as one resident: one contact, every line, one line of steps', async () => {
    await bots.start();
    const texts = messages.slice(0, 6);
    const oneByOne = new Resident(running, 'calm-user', 'calm-conv');
    await oneByOne.join();
    await oneByOne.join();
    await oneByOne.say({ choice: 'yes' });
    const expected = await stepsOneByOne(oneByOne, texts);

    const tabs = [
      new Resident(running, 'tabs-user', 'tabs-conv'),
      new Resident(running, 'tabs-user', 'tabs-conv'),
    ];
    await Promise.all(tabs.map((tab) => tab.join()));
    await tabs[0]!.say({ choice: 'yes' });
    const replies = await Promise.all(texts.map((text, index) => tabs[index % 2]!.say(text)));

    const { bewoner } = await stored('tabs-user', 'tabs-conv');
    expect(bewoner?.contacts).toBe(1);
    const handled = (await residentLines('tabs-user', 'tabs-conv')).filter((line) => texts.includes(line));
    expect([...handled].sort()).toEqual([...texts].sort());
    expect(handled.map((text) => stepOf(replies[texts.indexOf(text)] ?? []))).toEqual(expected);
  });

  it('counts a resident with two conversations open in two tabs as two contacts, however they switch', async () => {
    await bots.start();
    const tabs = [
      new Resident(running, 'two-tabs-user', 'tab-one'),
      new Resident(running, 'two-tabs-user', 'tab-two'),
    ];
    for (const tab of tabs) {
      await tab.join();
      await tab.say({ choice: 'yes' });
    }
    for (const round of [1, 2, 3]) {
      await Promise.all(tabs.map((tab) => tab.say(`Ik heb schulden, ronde ${round}`)));
    }
    const { bewoner } = await stored('two-tabs-user', 'tab-one');
    expect(bewoner?.contacts).toBe(2);
  });
});
