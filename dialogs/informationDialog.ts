import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { findInformation } from '../bot/intake/findInformation.js';
import { outcomeActivity } from '../bot/intake/outcome.js';
import type { DialogDeps } from './dialogDeps.js';
import { PERSON_DIALOG, PersonDialog, type PersonOptions } from './personDialog.js';
import { informationBlocks } from './informationText.js';
import { WegwijzerDialog, chosen, reasonOf } from './wegwijzerDialog.js';

export const INFORMATION_DIALOG = 'informationDialog';
const WATERFALL = 'informationSteps';

/** What the resident wants after the information: nothing more, or a warm handover. */
export type AfterInformation = 'done' | 'handover';

/** The kaart's information for the case, then "did this help?", and if not a handover or a person. */
export class InformationDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(INFORMATION_DIALOG, deps);
    // Its own PersonDialog: a dialog reprompted from outside finds only the dialogs it holds.
    this.addDialog(new PersonDialog(deps));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.informStep.bind(this),
        this.helpedStep.bind(this),
        this.nextStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async informStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const { taal } = gesprek;
    const kaart = this.deps.kaart();
    const items = findInformation(kaart, gesprek.case);
    const blocks = informationBlocks(items, taal, this.deps.messages);
    const text =
      blocks.length > 0
        ? [await this.text(step.context, 'informatie.intro'), ...blocks].join('\n\n')
        : await this.text(step.context, 'informatie.geen', { telefoon: kaart.gemeente.loket.telefoon });
    const outcome = this.deps.cases.outcomeOf(gesprek, 'information');
    await this.deps.cases.recordOutcome(step.context, gesprek, outcome, reasonOf(gesprek));
    await this.sayActivity(step.context, outcomeActivity(text, outcome));
    // After information a handover can always still be chosen, at once.
    return this.askChoice(step, 'geholpen', await this.text(step.context, 'informatie.geholpen'), [
      ...(await this.yesNo(step.context)),
      { id: 'overdracht', label: await this.text(step.context, 'informatie.kiesOverdracht') },
    ]);
  }

  private async helpedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    if (chosen(step) === 'overdracht') return step.endDialog('handover' satisfies AfterInformation);
    if (chosen(step) === 'yes') {
      gesprek.case.resolved = true;
      await this.say(step.context, await this.text(step.context, 'informatie.fijn'));
      return step.endDialog('done' satisfies AfterInformation);
    }
    const options = [
      { id: 'persoon', label: await this.text(step.context, 'informatie.kiesPersoon') },
      {
        id: 'stoppen',
        label: await this.text(step.context, 'informatie.kiesStoppen'),
        synonyms: await this.words(step.context, 'woorden.nee'),
      },
    ];
    options.unshift({ id: 'overdracht', label: await this.text(step.context, 'informatie.kiesOverdracht') });
    return this.askChoice(step, 'vervolg', await this.text(step.context, 'informatie.vervolg'), options);
  }

  private async nextStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = chosen(step);
    if (answer === 'overdracht') return step.endDialog('handover' satisfies AfterInformation);
    if (answer === 'persoon')
      return step.beginDialog(PERSON_DIALOG, { reason: 'informatie' } satisfies PersonOptions);
    return step.endDialog('done' satisfies AfterInformation);
  }
}
