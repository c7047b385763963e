import type { Activity, TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import type { StepId } from '../../bot/intake/steps.js';
import type { ChoiceOption } from './choiceOption.js';

/**
 * Characters of a typed answer that are read as an answer to a question at most. A typed answer
 * is a few words; a longer text is not an answer, and the question is asked again (shorter).
 */
export const MAX_CHOICE_TEXT = 300;

/** The id a button sends as its value, or undefined. */
export function choiceFromValue(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('choice' in value)) return undefined;
  return typeof value.choice === 'string' ? value.choice : undefined;
}

/** What a typed answer to a question means. */
export type TypedReading =
  | { kind: 'choice'; id: string }
  /** The resident asked what the question means ("wat is grip?"). */
  | { kind: 'asksBack' }
  | { kind: 'miss' };

/** Reads a typed answer at a step: the dialogs give the meaning of the resident's words. */
export type ReadTyped = (
  context: TurnContext,
  step: StepId,
  text: string,
  choices: readonly ChoiceOption[],
) => TypedReading;

/** What a step prompt keeps in the dialog state besides the question itself (plain JSON). */
export interface StepPromptDetails {
  step: StepId;
  choices: ChoiceOption[];
  /** The question again, shorter, after an answer that was not understood. */
  retry: Partial<Activity>;
  /** The shorter question with the offer of a person: after a second answer not understood. */
  retryWithPerson: Partial<Activity>;
  /** The question again after a one-line explanation, when the resident asked what it means. */
  explained: Partial<Activity>;
  /**
   * The answer taken after MAX_MISSES answers not understood ("weet ik niet", "maakt niet uit"),
   * with what the resident is told: the conversation goes on instead of asking forever.
   */
  giveUp?: { id: string; notice: Partial<Activity> };
}

/** Answers not understood before a question with a fallback takes it and goes on. */
export const MAX_MISSES = 3;

/** What the step answered: the chosen option's id. */
export interface StepAnswer {
  value: string;
}

interface StepPromptState {
  misses?: number;
  askedBack?: boolean;
}

function detailsOf(options: PromptOptions): StepPromptDetails {
  return options.validations as StepPromptDetails;
}

/**
 * A question with buttons that also understands typed answers, in the resident's words (see
 * ReadTyped). A button's id is taken as it is. An answer not understood is answered with the
 * question again, shorter (never the same long text twice), and from the second miss on with
 * the offer of a person. A question back ("wat is grip?") gets a one-line explanation and the
 * question again, and is not counted as a miss.
 */
export class StepPrompt extends Prompt<StepAnswer> {
  constructor(
    dialogId: string,
    private readonly readTyped: ReadTyped,
  ) {
    super(dialogId);
  }

  /**
   * botbuilder reads the activity at the leaf before any dialog continues, to look for
   * interruptions; a step prompt reads it only when it is its turn, so a command or a crisis
   * in the message is never counted as an answer not understood.
   */
  protected override async onPreBubbleEvent(): Promise<boolean> {
    return false;
  }

  protected override async onPrompt(
    context: TurnContext,
    state: object,
    options: PromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const details = detailsOf(options);
    const own = state as StepPromptState;
    if (!isRetry) {
      if (options.prompt) await context.sendActivity(options.prompt);
      return;
    }
    if (own.askedBack) await context.sendActivity(details.explained);
    else if ((own.misses ?? 0) >= 2) await context.sendActivity(details.retryWithPerson);
    else await context.sendActivity(details.retry);
  }

  protected override async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<StepAnswer>> {
    const details = detailsOf(options);
    const own = state as StepPromptState;
    own.askedBack = false;
    const { choices } = details;
    const id = choiceFromValue(context.activity.value);
    if (id !== undefined && choices.some((choice) => choice.id === id)) {
      return { succeeded: true, value: { value: id } };
    }
    const text = context.activity.text?.trim() ?? '';
    const reading: TypedReading =
      text && text.length <= MAX_CHOICE_TEXT
        ? this.readTyped(context, details.step, text, choices)
        : { kind: 'miss' };
    if (reading.kind === 'choice') return { succeeded: true, value: { value: reading.id } };
    if (reading.kind === 'asksBack') own.askedBack = true;
    else own.misses = (own.misses ?? 0) + 1;
    if (details.giveUp && (own.misses ?? 0) >= MAX_MISSES) {
      await context.sendActivity(details.giveUp.notice);
      return { succeeded: true, value: { value: details.giveUp.id } };
    }
    return { succeeded: false };
  }
}
