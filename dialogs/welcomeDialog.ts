import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from './dialogDeps.js';
import { QUESTION_CHOICE } from './prompts/typedAnswers.js';
import { WegwijzerDialog, chosen } from './wegwijzerDialog.js';

export const WELCOME_DIALOG = 'welcomeDialog';

/** Options for the welcome: asked again, after the resident typed a question instead of an answer. */
export interface WelcomeOptions {
  questionKept?: boolean;
}
const WATERFALL = 'welcomeSteps';

/**
 * The welcome: what the bot does and keeps, that a person can be asked at any time, that client
 * support is free, and consent to keep the conversation. A resident who consented before is not
 * asked again.
 */
export class WelcomeDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(WELCOME_DIALOG, deps);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [this.welcomeStep.bind(this), this.consentStep.bind(this)]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async welcomeStep(step: WaterfallStepContext<WelcomeOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const bewoner = await this.deps.bewoner.get(step.context);
    if (gesprek.consent === undefined && bewoner?.consent === true) gesprek.consent = true;
    if (gesprek.consent !== undefined) return this.useOpeningQuestion(step);
    const options = await this.yesNo(
      step.context,
      await this.text(step.context, 'toestemming.kiesJa'),
      await this.text(step.context, 'toestemming.kiesNee'),
    );
    const short = await this.text(step.context, 'toestemming.kort');
    // Never kept without a clear yes: after answers not understood, nothing is kept.
    const how = { short, explanation: await this.text(step.context, 'uitleg.consent'), giveUp: 'no' };
    // A question typed instead of the answer: kept, and consent asked again as its own short question.
    if (step.options?.questionKept) {
      const ask = `${await this.text(step.context, 'welkom.vraagGelezen')} ${short}`;
      return this.askChoice(step, 'consent', ask, options, how);
    }
    const { gemeente } = this.deps.kaart();
    await this.say(
      step.context,
      await this.text(step.context, 'welkom.groet', { loket: gemeente.loket.naam, gemeente: gemeente.naam }),
      await this.text(step.context, 'welkom.uitleg'),
      await this.text(step.context, 'welkom.persoon'),
      await this.text(step.context, 'welkom.bewaren', { dagen: this.deps.retentionDays }),
      gesprek.openingQuestion ? await this.text(step.context, 'welkom.vraagGelezen') : '',
    );
    return this.askChoice(step, 'consent', await this.text(step.context, 'toestemming.vraag'), options, how);
  }

  private async consentStep(step: WaterfallStepContext<WelcomeOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    if (chosen(step) === QUESTION_CHOICE) {
      // Kept in memory only: the state reaches the disk only once consent is given.
      const typed = step.context.activity.text?.trim() ?? '';
      gesprek.openingQuestion = gesprek.openingQuestion ? `${gesprek.openingQuestion}\n${typed}` : typed;
      return step.replaceDialog(WATERFALL, { questionKept: true } satisfies WelcomeOptions);
    }
    const consent = chosen(step) === 'yes';
    gesprek.consent = consent;
    const bewoner = await this.deps.bewoner.get(step.context);
    if (bewoner) bewoner.consent = consent;
    await this.say(
      step.context,
      await this.text(step.context, consent ? 'toestemming.ja' : 'toestemming.nee'),
    );
    return this.useOpeningQuestion(step);
  }

  /** A question typed before the welcome becomes the case's question, so it need not be asked twice. */
  private async useOpeningQuestion(step: WaterfallStepContext<WelcomeOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    if (gesprek.openingQuestion !== undefined && gesprek.case.question === undefined) {
      gesprek.case.question = gesprek.openingQuestion;
    }
    delete gesprek.openingQuestion;
    return step.endDialog();
  }
}
