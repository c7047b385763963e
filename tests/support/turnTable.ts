import { expect } from 'vitest';
import { MAX_BUTTONS } from '../../dialogs/prompts/choicePages.js';
import { type Input, type Reply, outcomeOf, stepOf, textOf } from './botServer.js';

/** Anyone who can talk to the bot: over /api/messages, or as a Direct Line client. */
export interface Talker {
  join(): Promise<Reply[]>;
  say(input: Input): Promise<Reply[]>;
}

/** What the resident should see after one turn. */
export interface Expect {
  step?: string;
  /** The ids of the buttons offered, in order. */
  buttons?: string[];
  outcome?: string;
  says?: string | RegExp;
}

/** A conversation as a table: what the resident sends, and what the bot must answer. */
export type Turn = [Input | 'join', Expect];

/** Plays a table of turns and checks each answer; returns the transcript for further checks. */
export async function play(resident: Talker, turns: Turn[]): Promise<string[]> {
  const transcript: string[] = [];
  for (const [index, [input, expected]] of turns.entries()) {
    const replies = input === 'join' ? await resident.join() : await resident.say(input);
    const text = textOf(replies);
    transcript.push(`> ${typeof input === 'string' ? input : `[${input.choice}]`}`, text);
    const where = `turn ${index + 1} (${JSON.stringify(input)}): ${text.slice(0, 400)}`;
    // Every question fits the screen: at most five buttons at once, whatever the step.
    for (const reply of replies)
      expect(reply.suggestedActions?.actions?.length ?? 0, `${where}: buttons`).toBeLessThanOrEqual(
        MAX_BUTTONS,
      );
    if (expected.step !== undefined) expect(stepOf(replies), where).toBe(expected.step);
    if (expected.buttons !== undefined)
      expect(
        replies
          .flatMap((reply) => reply.suggestedActions?.actions ?? [])
          .map((action) => (action.value as { choice?: string } | undefined)?.choice),
        `${where}: buttons`,
      ).toEqual(expected.buttons);
    if (expected.outcome !== undefined) expect(outcomeOf(replies)?.type, where).toBe(expected.outcome);
    if (typeof expected.says === 'string') expect(text, where).toContain(expected.says);
    if (expected.says instanceof RegExp) expect(text, where).toMatch(expected.says);
  }
  return transcript;
}

/** Brings a new resident to the question step: joined, and consent to store given. */
export async function atQuestion<T extends Talker>(someone: T): Promise<T> {
  await play(someone, [
    ['join', { step: 'consent' }],
    [{ choice: 'yes' }, { step: 'question' }],
  ]);
  return someone;
}
