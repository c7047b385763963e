import type { Activity, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type DialogTurnResult,
  ListStyle,
  TextPrompt,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ListKey, TextKey } from '../bot/berichten/messageKeys.js';
import type { Placeholders, Taal } from '../bot/berichten/messages.js';
import { CONTACTMOMENTEN, type Contactmoment, type Gesprek } from '../bot/intake/intakeCase.js';
import type { StepId } from '../bot/intake/steps.js';
import type { DialogDeps } from './dialogDeps.js';
import { type ChoiceOption, choiceActivity, textActivity } from './prompts/choiceOption.js';
import { IdChoicePrompt } from './prompts/idChoicePrompt.js';

export const CHOICE_PROMPT = 'choicePrompt';
export const TEXT_PROMPT = 'textPrompt';

/** The words for each contactmoment, as buttons and in summaries. */
export const CONTACTMOMENT_LABELS = {
  ochtend: 'overdracht.kiesOchtend',
  middag: 'overdracht.kiesMiddag',
  'maakt-niet-uit': 'overdracht.kiesMaaktNietUit',
} as const satisfies Record<Contactmoment, TextKey>;

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
    this.addDialog(new IdChoicePrompt(CHOICE_PROMPT));
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

  /** Asks a question with choices; the answer is the chosen id (see `chosen`). */
  protected async askChoice(
    step: WaterfallStepContext,
    stepId: StepId,
    text: string,
    options: ChoiceOption[],
  ): Promise<DialogTurnResult> {
    await this.markStep(step.context, stepId);
    const channelId = step.context.activity.channelId;
    const retry = `${await this.text(step.context, 'keuze.opnieuw')}\n\n${text}`;
    return step.prompt(CHOICE_PROMPT, {
      prompt: choiceActivity(channelId, stepId, text, options),
      retryPrompt: choiceActivity(channelId, stepId, retry, options),
      choices: options.map((option) => ({
        value: option.id,
        synonyms: [option.label, ...(option.synonyms ?? [])],
      })),
      style: ListStyle.none,
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
    return step.prompt(promptId, {
      prompt: textActivity(stepId, text),
      retryPrompt: textActivity(stepId, retry),
    });
  }

  private async markStep(context: TurnContext, stepId: StepId): Promise<void> {
    (await this.gesprek(context)).case.lastStep = stepId;
  }
}
