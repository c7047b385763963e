import type { TextKey } from '../bot/berichten/messageKeys.js';
import {
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { announceHandoff } from '../bot/handoff/handoffEvents.js';
import type { HandoffReason } from '../bot/handoff/handoff.js';
import { parseContactDetails } from '../bot/intake/contactDetails.js';
import { CONTACTMOMENTEN } from '../bot/intake/intakeCase.js';
import { describeOpeningHours, isOpen } from '../bot/intake/openingHours.js';
import { outcomeActivity } from '../bot/intake/outcome.js';
import type { CrisisType } from '../bot/kaart/schema.js';
import type { DialogDeps } from './dialogDeps.js';
import { CONTACTMOMENT_LABELS, WegwijzerDialog, chosen, recall, remember } from './wegwijzerDialog.js';

export const PERSON_DIALOG = 'personDialog';
const WATERFALL = 'personSteps';
const PHONE_PROMPT = 'callbackPhonePrompt';

/** Why a person is asked for, and whether the resident was in the middle of their intake. */
export interface PersonOptions {
  reason: HandoffReason;
  crisis?: CrisisType;
  midIntake?: boolean;
}

async function isPhoneNumber(prompt: PromptValidatorContext<string>): Promise<boolean> {
  return parseContactDetails(prompt.recognized.value ?? '')?.soort === 'telefoon';
}

/**
 * The resident asked for a person (or accepted the offer of one). With consent they are queued
 * for the loket, and staff can join the chat; without it the bot cannot let staff read along,
 * so it gives the phone number. Outside opening hours the resident can ask to be called back.
 */
export class PersonDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(PERSON_DIALOG, deps);
    this.addDialog(new TextPrompt(PHONE_PROMPT, isPhoneNumber));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.requestStep.bind(this),
        this.callbackStep.bind(this),
        this.momentStep.bind(this),
        this.confirmStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async requestStep(step: WaterfallStepContext<PersonOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const loket = this.deps.kaart().gemeente.loket;
    const tijden = describeOpeningHours(loket.openingstijden, this.deps.messages, gesprek.taal);
    const text = (key: TextKey, values = {}) => this.text(step.context, key, values);
    const { reason, crisis } = step.options;
    const handoff = await this.deps.cases.requestPerson(
      step.context,
      gesprek,
      reason,
      crisis ? { crisis } : {},
    );
    const outcome = this.deps.cases.outcomeOf(gesprek, 'staff');
    await this.deps.cases.recordOutcome(step.context, gesprek, outcome);
    if (handoff) await announceHandoff(step.context, handoff, this.deps.log);
    const open = isOpen(loket.openingstijden, this.deps.now());
    const lines = !handoff
      ? [await text('persoon.zonderToestemming', { telefoon: loket.telefoon, tijden })]
      : open
        ? [
            await text('persoon.gevraagd'),
            await text('persoon.open'),
            await text('persoon.bellen', { telefoon: loket.telefoon }),
          ]
        : [await text('persoon.gevraagd'), await text('persoon.dicht', { tijden })];
    await this.sayActivity(step.context, outcomeActivity(lines.join('\n\n'), outcome));
    if (!handoff || open) return this.finish(step);
    return this.askChoice(step, 'terugbellen', await text('persoon.dichtTerugbellen'), [
      ...(await this.yesNo(
        step.context,
        await text('persoon.kiesTerugbellen'),
        await text('persoon.kiesWachten'),
      )),
    ]);
  }

  private async callbackStep(step: WaterfallStepContext<PersonOptions>): Promise<DialogTurnResult> {
    if (chosen(step) !== 'yes') {
      await this.say(step.context, await this.text(step.context, 'persoon.wachten'));
      return this.finish(step);
    }
    const known = (await this.gesprek(step.context)).case.contact;
    if (known?.soort === 'telefoon') return step.next(known.waarde);
    return this.askText(
      step,
      'terugbellen-telefoon',
      await this.text(step.context, 'persoon.telefoon'),
      await this.text(step.context, 'persoon.telefoonOpnieuw'),
      PHONE_PROMPT,
    );
  }

  private async momentStep(step: WaterfallStepContext<PersonOptions>): Promise<DialogTurnResult> {
    const typed = typeof step.result === 'string' ? step.result : '';
    remember(step, 'telefoon', parseContactDetails(typed)?.waarde ?? typed);
    return this.askChoice(
      step,
      'terugbellen-moment',
      await this.text(step.context, 'persoon.moment'),
      await this.contactmomentOptions(step.context),
    );
  }

  private async confirmStep(step: WaterfallStepContext<PersonOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const moment = CONTACTMOMENTEN.find((id) => id === chosen(step)) ?? 'maakt-niet-uit';
    const telefoon = String(recall(step, 'telefoon'));
    await this.deps.cases.requestPerson(step.context, gesprek, 'terugbellen', {
      terugbellen: { telefoon, moment },
    });
    const label = await this.text(step.context, CONTACTMOMENT_LABELS[moment]);
    await this.say(
      step.context,
      await this.text(step.context, 'persoon.terugbellen', { telefoon, moment: label.toLowerCase() }),
    );
    return this.finish(step);
  }

  private async finish(step: WaterfallStepContext<PersonOptions>): Promise<DialogTurnResult> {
    if (step.options.midIntake) await this.say(step.context, await this.text(step.context, 'persoon.verder'));
    return step.endDialog();
  }
}
