import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TextKey } from '../bot/berichten/messageKeys.js';
import type { Meetlat } from '../bot/intake/intakeCase.js';
import type { StepId } from '../bot/intake/steps.js';
import type { DialogDeps } from './dialogDeps.js';
import { WegwijzerDialog, chosen } from './wegwijzerDialog.js';

export const MEETLAT_DIALOG = 'meetlatDialog';
const WATERFALL = 'meetlatSteps';

interface MeetlatQuestion {
  field: keyof Meetlat;
  step: StepId;
  key: TextKey;
}

// The loket's measuring stick, in the order a desk worker would ask it.
const QUESTIONS: MeetlatQuestion[] = [
  { field: 'zelf', step: 'meetlat-zelf', key: 'meetlat.zelf' },
  { field: 'regieKwijt', step: 'meetlat-regie', key: 'meetlat.regie' },
  { field: 'netwerk', step: 'meetlat-netwerk', key: 'meetlat.netwerk' },
];

/** The meetlat: can they arrange it themselves, have they lost grip, is someone helping. */
export class MeetlatDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(MEETLAT_DIALOG, deps);
    const steps = QUESTIONS.map((question, index) => async (step: WaterfallStepContext) => {
      await this.record(step, QUESTIONS[index - 1]);
      return this.ask(step, question);
    });
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        ...steps,
        async (step) => {
          await this.record(step, QUESTIONS[QUESTIONS.length - 1]);
          return step.endDialog();
        },
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async ask(step: WaterfallStepContext, question: MeetlatQuestion): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (intake.meetlat[question.field] !== undefined) return step.next();
    return this.askChoice(
      step,
      question.step,
      await this.text(step.context, question.key),
      await this.yesNo(step.context),
    );
  }

  private async record(step: WaterfallStepContext, question: MeetlatQuestion | undefined): Promise<void> {
    const answer = chosen(step);
    if (!question || (answer !== 'yes' && answer !== 'no')) return;
    (await this.gesprek(step.context)).case.meetlat[question.field] = answer === 'yes' ? 'ja' : 'nee';
  }
}
