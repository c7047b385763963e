import { Messages } from '../../../bot/berichten/messages.js';
import { readKaartFile } from '../../../bot/kaart/readKaartFile.js';
import { BERICHTEN_DIR, SAMPLE_KAART_FILE } from '../../../bot/paths.js';
import type { Answer } from './answers.js';

const MESSAGES = Messages.load(BERICHTEN_DIR);
const firstSentence = (text: string) => text.split('.')[0]!;

// What onTurnError sends when a turn threw, in both languages.
const FAILED_TURN = (['nl', 'en'] as const).map((taal) => firstSentence(MESSAGES.text(taal, 'fout.tekst')));

/** The first sentence of the bot's answer to "vergeet mij". */
export const ERASED = firstSentence(MESSAGES.text('nl', 'vergeten.gedaan'));

/** The loket's phone number in the sample kaart: every apology for a failed turn names it. */
export const LOKET_TELEFOON = ((): string => {
  const { kaart } = readKaartFile(SAMPLE_KAART_FILE);
  if (!kaart) throw new Error(`the sample kaart ${SAMPLE_KAART_FILE} does not load`);
  return kaart.gemeente.loket.telefoon;
})();

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
