import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { StepId } from '../bot/intake/steps.js';
import type { DialogDeps } from './dialogDeps.js';
import type { ChoiceOption } from './prompts/choiceOption.js';
import { pageOf } from './prompts/choicePages.js';
import { WegwijzerDialog, chosen } from './wegwijzerDialog.js';

export const CHOICE_LIST_DIALOG = 'choiceListDialog';
const WATERFALL = 'choiceListSteps';
/** The choice that shows the next few. */
export const MORE_CHOICE = 'meer';

/** A long list of choices, likeliest first, shown a few at a time. */
export interface ChoiceListOptions {
  step: StepId;
  text: string;
  /** The question in a few words, for asking again. */
  short: string;
  /** The list, likeliest first. */
  options: ChoiceOption[];
  /** Choices shown on every page, after the list's (e.g. "Geen van deze"). */
  always?: ChoiceOption[];
  /** The label of the choice that shows the next few ("Iets anders"). */
  moreLabel: string;
  /** The text above the next few. */
  moreText: string;
  /** The choice taken when the resident's answers are not understood three times. */
  giveUp?: string;
  page?: number;
}

/**
 * Asks one choice out of a long list, at most MAX_BUTTONS buttons at once: the likeliest few,
 * then "Iets anders" for the next few, until the last few. Typing works on every
 * page, for any choice in the list. Ends with the chosen id.
 */
export class ChoiceListDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(CHOICE_LIST_DIALOG, deps);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askStep(step: WaterfallStepContext<ChoiceListOptions>): Promise<DialogTurnResult> {
    const { options, always = [], page = 0 } = step.options;
    const { shown, more } = pageOf(options, always, page);
    const buttons = more ? [...shown, this.more(step)] : shown;
    const text = page === 0 ? step.options.text : step.options.moreText;
    // Typed answers may name any choice of the list, not only those on screen.
    return this.askChoice(
      step,
      step.options.step,
      text,
      buttons,
      { short: step.options.short, ...(step.options.giveUp ? { giveUp: step.options.giveUp } : {}) },
      [...options, ...always],
    );
  }

  private async answerStep(step: WaterfallStepContext<ChoiceListOptions>): Promise<DialogTurnResult> {
    const answer = chosen(step);
    if (answer !== MORE_CHOICE) return step.endDialog(answer);
    return step.replaceDialog(WATERFALL, { ...step.options, page: (step.options.page ?? 0) + 1 });
  }

  private more(step: WaterfallStepContext<ChoiceListOptions>): ChoiceOption {
    return { id: MORE_CHOICE, label: step.options.moreLabel };
  }
}
