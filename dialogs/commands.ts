import type { ListKey } from '../bot/berichten/messageKeys.js';
import type { Messages } from '../bot/berichten/messages.js';

/** What a resident can ask for at any point in the conversation. */
export const COMMANDS = [
  'hulp',
  'stop',
  'opnieuw',
  'persoon',
  'naarEngels',
  'naarNederlands',
  'vergeten',
] as const;
export type Command = (typeof COMMANDS)[number];

const LISTS: Record<Command, ListKey> = {
  hulp: 'woorden.hulp',
  stop: 'woorden.stop',
  opnieuw: 'woorden.opnieuw',
  persoon: 'woorden.persoon',
  naarEngels: 'woorden.naarEngels',
  naarNederlands: 'woorden.naarNederlands',
  vergeten: 'woorden.vergeten',
};

// Commands are short; a longer message is a question, even if it holds a command word.
const MAX_COMMAND_WORDS = 8;
// Eight words with punctuation fit in far less; a longer text is not split into words at all,
// as a pasted 400 kB message is checked for commands several times per turn.
const MAX_COMMAND_CHARS = 200;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Recognises commands in either language: the whole message must be the command, apart from
 * polite filler ("ik wil graag een medewerker spreken" is "medewerker"), so "mijn medewerker
 * van de thuiszorg komt niet" stays a question.
 */
export class CommandRecognizer {
  private readonly phrases = new Map<string, Command>();
  private readonly filler: Set<string>;

  constructor(messages: Messages) {
    this.filler = new Set(messages.listInAnyLanguage('woorden.vulwoorden'));
    for (const command of COMMANDS) {
      for (const phrase of messages.listInAnyLanguage(LISTS[command])) {
        this.phrases.set(words(phrase).join(' '), command);
        const core = this.core(words(phrase));
        if (core && !this.phrases.has(core)) this.phrases.set(core, command);
      }
    }
  }

  recognize(text: string): Command | undefined {
    if (text.length > MAX_COMMAND_CHARS) return undefined;
    const all = words(text);
    if (all.length === 0 || all.length > MAX_COMMAND_WORDS) return undefined;
    const exact = this.phrases.get(all.join(' '));
    if (exact) return exact;
    const core = this.phrases.get(this.core(all));
    // "ik wil hulp" asks for help with the question, not for how the bot works: help only when
    // the message is exactly one of its phrases.
    return core === 'hulp' ? undefined : core;
  }

  private core(all: string[]): string {
    return all.filter((word) => !this.filler.has(word)).join(' ');
  }
}
