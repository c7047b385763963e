import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { outcomeActivity } from '../bot/intake/outcome.js';
import type { DialogDeps } from './dialogDeps.js';
import { PERSON_DIALOG, PersonDialog, type PersonOptions } from './personDialog.js';
import { findInformation } from '../bot/intake/findInformation.js';
import { informationBlocks } from './informationText.js';
import { WegwijzerDialog, chosen, reasonOf } from './wegwijzerDialog.js';

export const GAP_DIALOG = 'gapDialog';
const WATERFALL = 'gapSteps';

/** No provider covers the case: say so honestly, signal the gap to the coordinators, offer a person. */
export class GapDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(GAP_DIALOG, deps);
    // Its own PersonDialog: a dialog reprompted from outside finds only the dialogs it holds.
    this.addDialog(new PersonDialog(deps));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.tellStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async tellStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const outcome = this.deps.cases.outcomeOf(gesprek, 'gap');
    this.deps.cases.recordGap(step.context, gesprek);
    await this.deps.cases.recordOutcome(step.context, gesprek, outcome, reasonOf(gesprek));
    const kaart = this.deps.kaart();
    // No empty gap: what the kaart knows of these levensgebieden, and the loket's own contact.
    const blocks = informationBlocks(findInformation(kaart, gesprek.case), gesprek.taal, this.deps.messages);
    const text = [
      await this.text(step.context, 'gat.uitleg', { gemeente: kaart.gemeente.naam }),
      ...(blocks.length > 0 ? [await this.text(step.context, 'gat.informatie'), ...blocks] : []),
      await this.text(step.context, 'gat.loket', {
        loket: kaart.gemeente.loket.naam,
        telefoon: kaart.gemeente.loket.telefoon,
        email: kaart.gemeente.loket.email ?? '',
      }),
    ].join('\n\n');
    await this.sayActivity(step.context, outcomeActivity(text, outcome));
    return this.askChoice(
      step,
      'persoon',
      await this.text(step.context, 'gat.persoon'),
      await this.yesNo(step.context),
    );
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (chosen(step) === 'yes')
      return step.beginDialog(PERSON_DIALOG, { reason: 'gat' } satisfies PersonOptions);
    await this.say(
      step.context,
      await this.text(step.context, 'hulp.bellen', { telefoon: this.deps.kaart().gemeente.loket.telefoon }),
    );
    return step.endDialog();
  }
}
