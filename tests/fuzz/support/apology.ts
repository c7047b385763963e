import { Messages } from '../../../bot/berichten/messages.js';
import { BERICHTEN_DIR } from '../../../bot/paths.js';
import type { Answer } from './answers.js';

const MESSAGES = Messages.load(BERICHTEN_DIR);

// The apology's first sentence, in both languages: what onTurnError sends when a turn threw.
const FAILED_TURN = (['nl', 'en'] as const).map((taal) => MESSAGES.text(taal, 'fout.tekst').split('.')[0]!);

/** Whether a text holds the bot's apology for a turn that failed inside it. */
export function apologises(text: string): boolean {
  return FAILED_TURN.some((sentence) => text.includes(sentence));
}

/** The problem with an answer whose turn failed inside the bot: fuzzed input must not get that far. */
export function turnFailed(answer: Answer): string[] {
  return apologises(answer.body)
    ? [`the turn failed inside the bot (it apologised): ${answer.body.slice(0, 200)}`]
    : [];
}
