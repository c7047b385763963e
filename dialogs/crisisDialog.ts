import type { TurnContext } from 'botbuilder';
import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { CrisisSignal } from '../bot/analyser/analyser.js';
import { outcomeActivity } from '../bot/intake/outcome.js';
import { CRISIS_TYPES } from '../bot/kaart/schema.js';
import type { DialogDeps } from './dialogDeps.js';
import { PERSON_DIALOG, PersonDialog, type PersonOptions } from './personDialog.js';
import { WegwijzerDialog, chosen } from './wegwijzerDialog.js';

export const CRISIS_DIALOG = 'crisisDialog';
const WATERFALL = 'crisisSteps';

/** Options for the crisis dialog: which crisis was noticed. */
export interface CrisisOptions {
  type: string;
}

/** Sends the help lines for a crisis at once, before anything else the bot says this turn. */
export async function sendHelpLines(
  context: TurnContext,
  deps: DialogDeps,
  crisis: CrisisSignal,
): Promise<void> {
  const gesprek = await deps.gesprek.get(context);
  if (!gesprek) return;
  const { taal } = gesprek;
  const type = deps.kaart().crisis.types.find((item) => item.id === crisis.type);
  const lines = crisis.hulplijnen.map((lijn) =>
    deps.messages.text(taal, 'crisis.hulplijn', {
      naam: lijn.naam,
      telefoon: lijn.telefoon,
      bereikbaar: lijn.bereikbaar[taal],
    }),
  );
  const outcome = deps.cases.outcomeOf(gesprek, 'crisis');
  await deps.cases.recordOutcome(context, gesprek, outcome);
  await context.sendActivity(
    outcomeActivity([type?.tekst[taal] ?? '', ...lines].filter(Boolean).join('\n\n'), outcome),
  );
}

/** After the help lines: the offer of a person at the loket, then back to where the resident was. */
export class CrisisDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(CRISIS_DIALOG, deps);
    // Its own PersonDialog: a dialog reprompted from outside finds only the dialogs it holds.
    this.addDialog(new PersonDialog(deps));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.offerStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async offerStep(step: WaterfallStepContext<CrisisOptions>): Promise<DialogTurnResult> {
    return this.askChoice(
      step,
      'persoon',
      await this.text(step.context, 'crisis.persoon'),
      await this.yesNo(step.context),
    );
  }

  private async answerStep(step: WaterfallStepContext<CrisisOptions>): Promise<DialogTurnResult> {
    if (chosen(step) === 'yes') {
      const crisis = CRISIS_TYPES.find((id) => id === step.options.type);
      return step.beginDialog(PERSON_DIALOG, {
        reason: 'crisis',
        ...(crisis ? { crisis } : {}),
      } satisfies PersonOptions);
    } else {
      await this.say(step.context, await this.text(step.context, 'crisis.verder'));
    }
    return step.endDialog();
  }
}
