import {
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { parseContactDetails } from '../bot/intake/contactDetails.js';
import { CONTACTMOMENTEN } from '../bot/intake/intakeCase.js';
import { outcomeActivity } from '../bot/intake/outcome.js';
import type { Aanbieder } from '../bot/kaart/schema.js';
import type { DialogDeps } from './dialogDeps.js';
import { handoverSummary } from './handoverSummary.js';
import { handoverReply } from './handoverReply.js';
import { CHOICE_LIST_DIALOG, ChoiceListDialog, type ChoiceListOptions } from './choiceListDialog.js';
import { PERSON_DIALOG, PersonDialog, type PersonOptions } from './personDialog.js';
import { PERSON_CHOICE, WegwijzerDialog, chosen, recall, remember } from './wegwijzerDialog.js';

export const HANDOVER_DIALOG = 'handoverDialog';
const WATERFALL = 'handoverSteps';
const CONTACT_PROMPT = 'contactPrompt';
/** A correction of the summary this short that names a moment changes only the moment. */
const MOMENT_ONLY_WORDS = 6;

/** Options for the handover: the providers that cover the case, best match first. */
export interface HandoverOptions {
  aanbieders: string[];
}

async function isContactDetails(prompt: PromptValidatorContext<string>): Promise<boolean> {
  return prompt.recognized.succeeded && parseContactDetails(prompt.recognized.value ?? '') !== undefined;
}

/**
 * The warme overdracht: the resident chooses a provider, leaves contact details and a moment,
 * checks the summary in their own words, and agrees to share it. Only then is anything sent.
 */
export class HandoverDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(HANDOVER_DIALOG, deps);
    this.addDialog(new TextPrompt(CONTACT_PROMPT, isContactDetails));
    this.addDialog(new ChoiceListDialog(deps));
    this.addDialog(new PersonDialog(deps));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.aanbiederStep.bind(this),
        this.contactStep.bind(this),
        this.contactReadStep.bind(this),
        this.summaryStep.bind(this),
        this.adjustStep.bind(this),
        this.storeStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async aanbiederStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    if (gesprek.case.aanbieder !== undefined) return step.next();
    const aanbieders = this.aanbieders(step.options.aanbieders);
    const taal = gesprek.taal;
    const only = aanbieders[0];
    if (aanbieders.length === 1 && only) {
      gesprek.case.aanbieder = only.id;
      await this.say(
        step.context,
        await this.text(step.context, 'overdracht.een', { naam: only.naam, aanbod: only.aanbod[taal] }),
      );
      return step.next();
    }
    const lines = aanbieders.map((aanbieder) =>
      this.deps.messages.text(taal, 'overdracht.aanbieder', {
        naam: aanbieder.naam,
        aanbod: aanbieder.aanbod[taal],
      }),
    );
    await this.say(
      step.context,
      [await this.text(step.context, 'overdracht.aanbieders'), ...lines].join('\n\n'),
    );
    const list: ChoiceListOptions = {
      step: 'aanbieder',
      text: await this.text(step.context, 'overdracht.kies'),
      short: await this.text(step.context, 'overdracht.kies'),
      options: aanbieders.map((aanbieder) => ({ id: aanbieder.id, label: aanbieder.naam })),
      moreLabel: await this.text(step.context, 'levensgebieden.kiesAnders'),
      moreText: await this.text(step.context, 'overdracht.meer'),
      // A resident who cannot pick after three tries is better helped by a person than by a guess.
      giveUp: PERSON_CHOICE,
    };
    return step.beginDialog(CHOICE_LIST_DIALOG, list);
  }

  private async contactStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const answer = typeof step.result === 'string' ? step.result : chosen(step);
    if (answer === PERSON_CHOICE) {
      remember(step, 'persoon', true);
      return step.beginDialog(PERSON_DIALOG, { reason: 'gevraagd' } satisfies PersonOptions);
    }
    const picked = this.aanbieders(step.options.aanbieders).find((aanbieder) => aanbieder.id === answer);
    if (picked) intake.aanbieder = picked.id;
    if (intake.contact !== undefined) return step.next();
    const values = { aanbieder: this.naam(intake.aanbieder) };
    const ask = await this.text(step.context, 'overdracht.contact', values);
    return this.askText(
      step,
      'contact',
      ask,
      await this.text(step.context, 'overdracht.contactOpnieuw'),
      CONTACT_PROMPT,
    );
  }

  private async contactReadStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    // The resident went to a person instead of choosing: the handover ends here.
    if (recall(step, 'persoon') === true) return step.endDialog();
    const { case: intake } = await this.gesprek(step.context);
    const typed = typeof step.result === 'string' ? step.result : undefined;
    const contact = typed ? parseContactDetails(typed) : undefined;
    if (contact) intake.contact = contact;
    // Read per clause: the number is one, the moment another ("06 12345678, liefst 's middags").
    const said = typed
      ? typed
          .split(/[,.;]/)
          .map((clause) => this.deps.answers().contactmoment(clause.trim()))
          .find((moment) => moment !== undefined)
      : undefined;
    if (said && intake.contactmoment === undefined) intake.contactmoment = said;
    // Not asked, as most residents can be called at every hour: the contact question invites a moment,
    // and the summary shows it for correction.
    intake.contactmoment ??= 'maakt-niet-uit';
    return step.next();
  }

  /** The summary in the resident's words, and in the same question consent to share it. */
  private async summaryStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const moment = CONTACTMOMENTEN.find((id) => id === chosen(step));
    if (moment) gesprek.case.contactmoment = moment;
    const aanbieder = this.naam(gesprek.case.aanbieder);
    const summary = handoverSummary(this.deps.kaart(), gesprek.case, this.deps.messages, gesprek.taal);
    const share = await this.text(step.context, 'overdracht.akkoord', { aanbieder });
    const text = [
      await this.text(step.context, 'overdracht.samenvatting', { aanbieder }),
      summary,
      share,
    ].join('\n\n');
    return this.askChoice(
      step,
      'samenvatting',
      text,
      [
        {
          id: 'yes',
          label: await this.text(step.context, 'overdracht.kiesAkkoord'),
          synonyms: await this.words(step.context, 'woorden.ja'),
        },
        { id: 'aanpassen', label: await this.text(step.context, 'overdracht.kiesAanpassen') },
        {
          id: 'no',
          label: await this.text(step.context, 'overdracht.kiesNietDelen'),
          synonyms: await this.words(step.context, 'woorden.nee'),
        },
      ],
      { short: share, explanation: await this.text(step.context, 'uitleg.samenvatting', { aanbieder }) },
    );
  }

  private async adjustStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (chosen(step) !== 'aanpassen') return step.next(step.result);
    const values = { aanbieder: this.naam(intake.aanbieder) };
    const ask = await this.text(step.context, 'overdracht.aanpassen', values);
    return this.askText(
      step,
      'samenvatting-aanpassen',
      ask,
      await this.text(step.context, 'vraag.geenWoorden'),
    );
  }

  private async storeStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    if (typeof step.result === 'string') {
      // "liever 's middags": a correction of the moment; anything longer is the question anew.
      const moment = this.deps.answers().contactmoment(step.result);
      if (moment && step.result.split(/\s+/).length <= MOMENT_ONLY_WORDS) gesprek.case.contactmoment = moment;
      else gesprek.case.question = step.result;
      // Show the corrected summary again: filled steps skip themselves, so this lands on it.
      return step.replaceDialog(WATERFALL, step.options);
    }
    const aanbieder = this.aanbieder(gesprek.case.aanbieder);
    if (!aanbieder) return step.endDialog();
    const stored = await this.deps.cases.storeHandover(
      step.context,
      gesprek,
      aanbieder,
      chosen(step) === 'yes',
      gesprek.case.reden,
    );
    const loket = this.deps.kaart().gemeente.loket.telefoon;
    const text = handoverReply(stored, aanbieder, gesprek.taal, this.deps.messages, loket);
    await this.sayActivity(step.context, outcomeActivity(text, stored.outcome));
    return step.endDialog();
  }

  private aanbieders(ids: string[]): Aanbieder[] {
    return ids.flatMap((id) => this.deps.kaart().aanbieders.filter((aanbieder) => aanbieder.id === id));
  }

  private naam(id: string | undefined): string {
    return this.aanbieder(id)?.naam ?? '';
  }

  private aanbieder(id: string | undefined): Aanbieder | undefined {
    return this.deps.kaart().aanbieders.find((aanbieder) => aanbieder.id === id);
  }
}
