import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { MOMENT_IDS } from '../bot/kaart/schema.js';
import type { DialogDeps } from './dialogDeps.js';
import type { ChoiceOption } from './prompts/choiceOption.js';
import { WegwijzerDialog, chosen, recall, remember } from './wegwijzerDialog.js';

export const SITUATION_DIALOG = 'situationDialog';
const WATERFALL = 'situationSteps';

/** Options for the situation dialog: doelgroepen the question itself suggested. */
export interface SituationOptions {
  doelgroepen?: string[];
}

/** For whom the help is, which doelgroepen apply, and at which moment the resident is. */
export class SituationDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(SITUATION_DIALOG, deps);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.voorWieStep.bind(this),
        this.doelgroepenStep.bind(this),
        this.doelgroepenListStep.bind(this),
        this.momentStep.bind(this),
        this.doneStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async voorWieStep(step: WaterfallStepContext<SituationOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (intake.voorWie !== undefined) return step.next();
    return this.askChoice(step, 'voor-wie', await this.text(step.context, 'voorWie.vraag'), [
      { id: 'zelf', label: await this.text(step.context, 'voorWie.kiesZelf') },
      { id: 'naaste', label: await this.text(step.context, 'voorWie.kiesNaaste') },
    ]);
  }

  private async doelgroepenStep(step: WaterfallStepContext<SituationOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const answer = chosen(step);
    if (answer === 'zelf' || answer === 'naaste') {
      intake.voorWie = answer;
      if (answer === 'naaste')
        await this.say(step.context, await this.text(step.context, 'voorWie.mantelzorger'));
    }
    if (intake.doelgroepen !== undefined) return step.next();
    const proposed = (step.options.doelgroepen ?? []).filter((id) => this.doelgroep(id) !== undefined);
    remember(step, 'proposed', proposed);
    if (proposed.length === 0) return this.askList(step);
    const taal = await this.taal(step.context);
    const naam = proposed.map((id) => this.doelgroep(id)?.naam[taal] ?? id).join(', ');
    const ask = await this.text(step.context, 'doelgroepen.bevestig', { naam });
    return this.askChoice(step, 'doelgroepen', ask, await this.yesNo(step.context));
  }

  private async doelgroepenListStep(step: WaterfallStepContext<SituationOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (intake.doelgroepen !== undefined) return step.next();
    const answer = chosen(step);
    if (answer === 'no') return this.askList(step);
    return step.next(step.result);
  }

  private async momentStep(step: WaterfallStepContext<SituationOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (intake.doelgroepen === undefined) {
      const answer = chosen(step);
      const proposed: unknown = recall(step, 'proposed');
      if (answer === 'yes' && Array.isArray(proposed))
        intake.doelgroepen = proposed.filter((id) => typeof id === 'string');
      else intake.doelgroepen = this.doelgroep(answer) ? [answer] : [];
    }
    if (intake.moment !== undefined) return step.next();
    const taal = await this.taal(step.context);
    const momenten = this.deps.kaart().momenten;
    const uitleg = momenten.map((moment) => `- **${moment.naam[taal]}**: ${moment.uitleg[taal]}`).join('\n');
    const ask = `${await this.text(step.context, 'moment.vraag')}\n\n${uitleg}`;
    return this.askChoice(
      step,
      'moment',
      ask,
      momenten.map((moment) => ({ id: moment.id, label: moment.naam[taal] })),
    );
  }

  private async doneStep(step: WaterfallStepContext<SituationOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const moment = MOMENT_IDS.find((id) => id === chosen(step));
    if (intake.moment === undefined && moment) intake.moment = moment;
    return step.endDialog();
  }

  private async askList(step: WaterfallStepContext<SituationOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const taal = gesprek.taal;
    const wie = await this.text(
      step.context,
      gesprek.case.voorWie === 'naaste' ? 'doelgroepen.wieNaaste' : 'doelgroepen.wieZelf',
    );
    const options: ChoiceOption[] = this.deps
      .kaart()
      .doelgroepen.filter((groep) => groep.id !== 'mantelzorgers')
      .map((groep) => ({ id: groep.id, label: groep.naam[taal] }));
    options.push({
      id: 'geen',
      label: await this.text(step.context, 'doelgroepen.kiesGeen'),
      synonyms: await this.words(step.context, 'woorden.nee'),
    });
    return this.askChoice(
      step,
      'doelgroepen',
      await this.text(step.context, 'doelgroepen.kies', { wie }),
      options,
    );
  }

  private doelgroep(id: string) {
    return this.deps.kaart().doelgroepen.find((groep) => groep.id === id);
  }
}
