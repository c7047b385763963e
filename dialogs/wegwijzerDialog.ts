import type { Activity, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogTurnResult,
  TextPrompt,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ListKey, TextKey } from '../bot/berichten/messageKeys.js';
import type { Placeholders, Taal } from '../bot/berichten/messages.js';
import { CONTACTMOMENTEN, type Contactmoment, type Gesprek } from '../bot/intake/intakeCase.js';
import type { StepId } from '../bot/intake/steps.js';
import type { Verwijsreden } from '../bot/storage/records.js';
import type { DialogDeps } from './dialogDeps.js';
import { type ChoiceOption, choiceActivity, textActivity } from './prompts/choiceOption.js';
import { StepPrompt, type StepPromptDetails } from './prompts/stepPrompt.js';
import { TypedAnswers } from './prompts/typedAnswers.js';
import { MAX_BUTTONS } from './prompts/choicePages.js';

export const CHOICE_PROMPT = 'choicePrompt';
export const TEXT_PROMPT = 'textPrompt';

/** The words for each contactmoment, as buttons and in summaries. */
export const CONTACTMOMENT_LABELS = {
  ochtend: 'overdracht.kiesOchtend',
  middag: 'overdracht.kiesMiddag',
  'maakt-niet-uit': 'overdracht.kiesMaaktNietUit',
} as const satisfies Record<Contactmoment, TextKey>;

/** The choice that says the bot understood the question wrong. */
export const CORRECT_CHOICE = 'klopt-niet';

/** The choice a resident makes to ask for a person, offered after two answers not understood. */
export const PERSON_CHOICE = 'medewerker';

/** How a question with choices is asked again: shorter, and with a line on what a question means. */
export interface AskChoiceOptions {
  /** The question in a few words, for asking again; the question itself when absent. */
  short?: string;
  /** One line on what the question means, for "wat bedoelt u?"; a general line when absent. */
  explanation?: string;
  /** The choice taken after MAX_MISSES answers not understood, instead of asking forever. */
  giveUp?: string;
}

/** What a choice is answered with: its id. */
export function chosen(step: WaterfallStepContext): string {
  const result: unknown = step.result;
  if (
    typeof result === 'object' &&
    result !== null &&
    'value' in result &&
    typeof result.value === 'string'
  ) {
    return result.value;
  }
  return '';
}

/** The referral reason of the case, as the case service takes it. */
export function reasonOf(gesprek: Gesprek): { reden?: Verwijsreden } {
  return gesprek.case.reden ? { reden: gesprek.case.reden } : {};
}

/** Keeps a value for the later steps of this waterfall. */
export function remember(step: WaterfallStepContext, name: string, value: unknown): void {
  Object.assign(step.values, { [name]: value });
}

/** A value kept by an earlier step of this waterfall. */
export function recall(step: WaterfallStepContext, name: string): unknown {
  const values: Record<string, unknown> = { ...step.values };
  return values[name];
}

/**
 * The shape every Wegwijzer dialog shares: the resident's language, words from the message
 * files, and questions that carry their step id and record it as where the resident is.
 */
export abstract class WegwijzerDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly deps: DialogDeps,
  ) {
    super(id);
    const typed = new TypedAnswers(deps);
    this.addDialog(new StepPrompt(CHOICE_PROMPT, typed.read.bind(typed)));
    this.addDialog(new TextPrompt(TEXT_PROMPT));
  }

  protected async gesprek(context: TurnContext): Promise<Gesprek> {
    const gesprek = await this.deps.gesprek.get(context);
    if (!gesprek)
      throw new Error(`${this.id}: no conversation state; the bot must create it before dialogs run`);
    return gesprek;
  }

  protected async taal(context: TurnContext): Promise<Taal> {
    return (await this.gesprek(context)).taal;
  }

  protected async text(context: TurnContext, key: TextKey, values?: Placeholders): Promise<string> {
    return this.deps.messages.text(await this.taal(context), key, values);
  }

  protected async words(context: TurnContext, key: ListKey): Promise<readonly string[]> {
    return this.deps.messages.list(await this.taal(context), key);
  }

  /** Sends lines of text as one message (blank line between them). */
  protected async say(context: TurnContext, ...lines: string[]): Promise<void> {
    await context.sendActivity({ type: 'message', text: lines.filter(Boolean).join('\n\n') });
  }

  protected async sayActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    await context.sendActivity(activity);
  }

  /**
   * Asks a question with choices; the answer is the chosen id (see `chosen`), by button or in
   * the resident's words. An answer not understood gets the question again, shorter; after two
   * such answers, the offer of a person as well.
   */
  protected async askChoice(
    step: WaterfallStepContext,
    stepId: StepId,
    question: string,
    offered: ChoiceOption[],
    how: AskChoiceOptions = {},
    alsoUnderstood: ChoiceOption[] = [],
  ): Promise<DialogTurnResult> {
    await this.markStep(step.context, stepId);
    const short = how.short ?? question;
    const understood = await this.sayUnderstood(step.context);
    const text = understood ? `${understood}\n\n${question}` : question;
    const options =
      understood && offered.length < MAX_BUTTONS
        ? [...offered, { id: CORRECT_CHOICE, label: await this.text(step.context, 'keuze.kloptNiet') }]
        : offered;
    const channelId = step.context.activity.channelId;
    const notUnderstood = await this.text(step.context, 'keuze.nietBegrepen');
    const explanation = how.explanation ?? (await this.text(step.context, 'keuze.uitleg'));
    const person: ChoiceOption = {
      id: PERSON_CHOICE,
      label: await this.text(step.context, 'keuze.kiesPersoon'),
    };
    // The offer of a person is a button when there is room for one; else it says what to type.
    const room = options.length < MAX_BUTTONS && !options.some((option) => option.id === PERSON_CHOICE);
    const withPerson = room ? [...options, person] : options;
    const offerPerson = await this.text(step.context, room ? 'keuze.persoon' : 'welkom.persoon');
    const details: StepPromptDetails = {
      step: stepId,
      choices: [
        ...options,
        ...alsoUnderstood.filter((extra) => !options.some((option) => option.id === extra.id)),
      ],
      retry: choiceActivity(channelId, stepId, `${notUnderstood} ${short}`, options),
      retryWithPerson: choiceActivity(
        channelId,
        stepId,
        `${notUnderstood} ${offerPerson}\n\n${short}`,
        withPerson,
      ),
      explained: choiceActivity(channelId, stepId, `${explanation}\n\n${short}`, options),
      ...(how.giveUp
        ? {
            giveUp: {
              id: how.giveUp,
              notice: { type: 'message', text: await this.text(step.context, 'keuze.verder') },
            },
          }
        : {}),
    };
    return step.prompt(CHOICE_PROMPT, {
      prompt: choiceActivity(channelId, stepId, text, options),
      validations: details,
    });
  }

  /** Yes and no, with the words residents use for them. */
  protected async yesNo(context: TurnContext, yes?: string, no?: string): Promise<ChoiceOption[]> {
    return [
      {
        id: 'yes',
        label: yes ?? (await this.text(context, 'keuze.ja')),
        synonyms: await this.words(context, 'woorden.ja'),
      },
      {
        id: 'no',
        label: no ?? (await this.text(context, 'keuze.nee')),
        synonyms: await this.words(context, 'woorden.nee'),
      },
    ];
  }

  /** Morning, afternoon or either: when a provider or the loket may call. */
  protected async contactmomentOptions(context: TurnContext): Promise<ChoiceOption[]> {
    return Promise.all(
      CONTACTMOMENTEN.map(async (id) => ({ id, label: await this.text(context, CONTACTMOMENT_LABELS[id]) })),
    );
  }

  /** Asks for an answer in the resident's own words, through `promptId` (a validating prompt). */
  protected async askText(
    step: WaterfallStepContext,
    stepId: StepId,
    text: string,
    retry: string,
    promptId = TEXT_PROMPT,
  ): Promise<DialogTurnResult> {
    await this.markStep(step.context, stepId);
    const understood = await this.sayUnderstood(step.context);
    return step.prompt(promptId, {
      prompt: textActivity(stepId, understood ? `${understood}\n\n${text}` : text),
      retryPrompt: textActivity(stepId, retry),
    });
  }

  /**
   * What the bot understood of the question and has not said yet (see QuestionDialog), once: the
   * sentence goes before the next question.
   */
  protected async sayUnderstood(context: TurnContext): Promise<string | undefined> {
    const { case: intake } = await this.gesprek(context);
    const zin = intake.begrepen?.zin;
    if (!intake.begrepen || !zin) return undefined;
    intake.begrepen = { ...intake.begrepen, zin: '' };
    return zin;
  }

  private async markStep(context: TurnContext, stepId: StepId): Promise<void> {
    (await this.gesprek(context)).case.lastStep = stepId;
  }
}
