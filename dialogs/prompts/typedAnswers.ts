import type { TurnContext } from 'botbuilder';
import type { StepId } from '../../bot/intake/steps.js';
import { MEETLAT_ANTWOORDEN, type MeetlatAntwoord } from '../../bot/intake/intakeCase.js';
import type { DialogDeps } from '../dialogDeps.js';
import { proposedDoelgroepen, proposedLevensgebieden } from '../proposals.js';
import { analysisOf } from '../turnAnalysis.js';
import type { ChoiceOption } from './choiceOption.js';
import type { TypedReading } from './stepPrompt.js';

/** The meetlat field each meetlat question asks. */
const MEETLAT_FIELD = {
  'meetlat-zelf': 'zelf',
  'meetlat-regie': 'regieKwijt',
  'meetlat-netwerk': 'netwerk',
} as const;

/** Words from which a typed text is a question even when no topic is recognised in it. */
export const QUESTION_WORDS = 6;

/** Typed answers that name a choice by words of its label: at least this many letters. */
const MIN_LABEL_PART = 4;

/** Lower case, no accents, only letters and digits, single spaces. */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words at the start of a reply that may hold its answer: "ja, ik durf de post niet open te maken". */
const MAX_LEADING_WORDS = 4;

/**
 * A whole-reply reader applied to the reply, else to its first clause, else to its first few
 * words: residents answer and then tell more ("liefst in de ochtend, dan ben ik het fitst").
 */
export function leading<T>(text: string, read: (part: string) => T | undefined): T | undefined {
  const whole = read(text);
  if (whole !== undefined) return whole;
  const clause = text.split(/[,.;:!?]/)[0]?.trim() ?? '';
  if (clause && clause !== text.trim()) {
    const first = read(clause);
    if (first !== undefined) return first;
  }
  const words = clause.split(/\s+/).filter(Boolean);
  for (let count = Math.min(MAX_LEADING_WORDS, words.length - 1); count >= 1; count -= 1) {
    const found = read(words.slice(0, count).join(' '));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Choice ids that carry what a typed answer named, beyond the buttons on screen. */
export const LEVENSGEBIEDEN_CHOICE = 'gebieden:';
export const DOELGROEPEN_CHOICE = 'groepen:';
/** At the consent question: the resident typed a question instead of an answer. */
export const QUESTION_CHOICE = 'vraag';

/**
 * The meaning of a typed answer at a step: first a choice's own words (its label, or a part of
 * it that fits one choice only, or a synonym), then what the step's readers understand in the
 * resident's words (the analyser for topics and groups, `knowledge/antwoorden.yaml` for the
 * rest), then a question back. Anything else is not understood: never a silent "no".
 */
export class TypedAnswers {
  constructor(private readonly deps: DialogDeps) {}

  read(context: TurnContext, step: StepId, text: string, choices: readonly ChoiceOption[]): TypedReading {
    const byLabel = this.byLabel(text, choices);
    if (byLabel) return { kind: 'choice', id: byLabel };
    const id = this.byStep(context, step, text, choices);
    if (id !== undefined) return { kind: 'choice', id };
    if (this.deps.answers().asksBack(text)) return { kind: 'asksBack' };
    return { kind: 'miss' };
  }

  private byLabel(text: string, choices: readonly ChoiceOption[]): string | undefined {
    const typed = plainWords(text);
    if (!typed) return undefined;
    const exact = choices.find((choice) =>
      [choice.label, ...(choice.synonyms ?? [])].some((words) => plainWords(words) === typed),
    );
    if (exact) return exact.id;
    if (typed.replace(/ /g, '').length < MIN_LABEL_PART) return undefined;
    const containing = choices.filter((choice) => ` ${plainWords(choice.label)} `.includes(` ${typed} `));
    return containing.length === 1 ? containing[0]!.id : undefined;
  }

  private byStep(
    context: TurnContext,
    step: StepId,
    text: string,
    choices: readonly ChoiceOption[],
  ): string | undefined {
    const answers = this.deps.answers();
    const offered = (id: string | undefined) =>
      id && choices.some((choice) => choice.id === id) ? id : undefined;
    switch (step) {
      case 'voor-wie':
        return offered(leading(text, (part) => answers.voorWie(part)));
      case 'moment':
        return offered(
          answers.moment(text) ?? (answers.yesNo(text) === 'weet-niet' ? 'weet-niet' : undefined),
        );
      case 'contactmoment':
      case 'terugbellen-moment':
        return offered(leading(text, (part) => answers.contactmoment(part)));
      case 'aanbieder':
        // "maakt niet uit, wie het snelst kan": the first, the best match.
        if (leading(text, (part) => answers.contactmoment(part)) === 'maakt-niet-uit') return choices[0]?.id;
        return leading(text, (part) =>
          answers.aanbieder(
            part,
            // In the order of the buttons: "de tweede" is the second one shown.
            choices.flatMap((choice) =>
              this.deps.kaart().aanbieders.filter((aanbieder) => aanbieder.id === choice.id),
            ),
          ),
        );
      case 'meetlat-zelf':
      case 'meetlat-regie':
      case 'meetlat-netwerk':
        // The resident's own words for this very question first: "ik weet het niet meer" at the
        // grip question is grip lost, not a "weet ik niet" with a word too many.
        return offered(
          answers.meetlatIn(text)[MEETLAT_FIELD[step]] ?? leading(text, (part) => answers.yesNo(part)),
        );
      case 'consent':
        return this.yesNo(text, choices) ?? (this.isQuestion(context, text) ? QUESTION_CHOICE : undefined);
      case 'levensgebieden':
      case 'levensgebied-kiezen':
        return this.yesNo(text, choices) ?? this.levensgebieden(context, text);
      case 'doelgroepen':
        // "weet ik niet" is no group the bot can use: the same as none, never a guess.
        if (answers.yesNo(text) === 'weet-niet') return choices.find((choice) => choice.means === 'no')?.id;
        return this.yesNo(text, choices) ?? this.doelgroepen(context, text);
      default:
        return this.yesNo(text, choices);
    }
  }

  /** A yes/no answer for a question whose choices mean yes and no (ids `yes`/`no` or meetlat answers). */
  private yesNo(text: string, choices: readonly ChoiceOption[]): string | undefined {
    const answer = leading(text, (part) => this.deps.answers().yesNo(part));
    if (!answer) return undefined;
    const ids = choices.map((choice) => choice.id);
    if (MEETLAT_ANTWOORDEN.some((id) => ids.includes(id))) return ids.includes(answer) ? answer : undefined;
    const byMeaning: Record<MeetlatAntwoord, string | undefined> = {
      ja: choices.find((choice) => choice.id === 'yes' || choice.means === 'yes')?.id,
      nee: choices.find((choice) => choice.id === 'no' || choice.means === 'no')?.id,
      deels: undefined,
      'weet-niet': undefined,
    };
    return byMeaning[answer];
  }

  /** A question, not "hallo, ik heb een vraag": a topic the analyser knows, or a sentence long enough to be one. */
  private isQuestion(context: TurnContext, text: string): boolean {
    if (plainWords(text).split(' ').length >= QUESTION_WORDS) return true;
    return (analysisOf(context, this.deps.analyser(), text).levensgebieden[0]?.score ?? 0) > 0;
  }

  private levensgebieden(context: TurnContext, text: string): string | undefined {
    const found = proposedLevensgebieden(analysisOf(context, this.deps.analyser(), text));
    return found.length > 0 ? LEVENSGEBIEDEN_CHOICE + found.join(',') : undefined;
  }

  private doelgroepen(context: TurnContext, text: string): string | undefined {
    const found = proposedDoelgroepen(analysisOf(context, this.deps.analyser(), text), this.deps.kaart());
    return found.length > 0 ? DOELGROEPEN_CHOICE + found.join(',') : undefined;
  }
}
