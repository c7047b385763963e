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
import { WegwijzerDialog, chosen } from './wegwijzerDialog.js';

export const HANDOVER_DIALOG = 'handoverDialog';
const WATERFALL = 'handoverSteps';
const CONTACT_PROMPT = 'contactPrompt';

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
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.aanbiederStep.bind(this),
        this.contactStep.bind(this),
        this.contactmomentStep.bind(this),
        this.summaryStep.bind(this),
        this.adjustStep.bind(this),
        this.consentStep.bind(this),
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
    const options = aanbieders.map((aanbieder) => ({ id: aanbieder.id, label: aanbieder.naam }));
    return this.askChoice(step, 'aanbieder', await this.text(step.context, 'overdracht.kies'), options);
  }

  private async contactStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const picked = this.aanbieders(step.options.aanbieders).find(
      (aanbieder) => aanbieder.id === chosen(step),
    );
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

  private async contactmomentStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const contact = typeof step.result === 'string' ? parseContactDetails(step.result) : undefined;
    if (contact) intake.contact = contact;
    if (intake.contactmoment !== undefined) return step.next();
    return this.askChoice(
      step,
      'contactmoment',
      await this.text(step.context, 'overdracht.contactmoment'),
      await this.contactmomentOptions(step.context),
    );
  }

  private async summaryStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const moment = CONTACTMOMENTEN.find((id) => id === chosen(step));
    if (moment) gesprek.case.contactmoment = moment;
    if (gesprek.case.summaryConfirmed) return step.next();
    const aanbieder = this.naam(gesprek.case.aanbieder);
    const summary = handoverSummary(this.deps.kaart(), gesprek.case, this.deps.messages, gesprek.taal);
    const text = [
      await this.text(step.context, 'overdracht.samenvatting', { aanbieder }),
      summary,
      await this.text(step.context, 'overdracht.klopt'),
    ].join('\n\n');
    return this.askChoice(step, 'samenvatting', text, [
      {
        id: 'yes',
        label: await this.text(step.context, 'overdracht.kiesKlopt'),
        synonyms: await this.words(step.context, 'woorden.ja'),
      },
      {
        id: 'aanpassen',
        label: await this.text(step.context, 'overdracht.kiesAanpassen'),
        synonyms: await this.words(step.context, 'woorden.nee'),
      },
    ]);
  }

  private async adjustStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (chosen(step) !== 'aanpassen') {
      intake.summaryConfirmed = true;
      return step.next();
    }
    const values = { aanbieder: this.naam(intake.aanbieder) };
    const ask = await this.text(step.context, 'overdracht.aanpassen', values);
    return this.askText(
      step,
      'samenvatting-aanpassen',
      ask,
      await this.text(step.context, 'vraag.geenWoorden'),
    );
  }

  private async consentStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (typeof step.result === 'string' && !intake.summaryConfirmed) {
      intake.question = step.result;
      // Show the corrected summary again: filled steps skip themselves, so this lands on it.
      return step.replaceDialog(HANDOVER_DIALOG, step.options);
    }
    const values = { aanbieder: this.naam(intake.aanbieder) };
    return this.askChoice(
      step,
      'overdracht-akkoord',
      await this.text(step.context, 'overdracht.akkoord', values),
      [
        {
          id: 'yes',
          label: await this.text(step.context, 'overdracht.kiesAkkoord'),
          synonyms: await this.words(step.context, 'woorden.ja'),
        },
        {
          id: 'no',
          label: await this.text(step.context, 'overdracht.kiesNietDelen'),
          synonyms: await this.words(step.context, 'woorden.nee'),
        },
      ],
    );
  }

  private async storeStep(step: WaterfallStepContext<HandoverOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const aanbieder = this.aanbieder(gesprek.case.aanbieder);
    if (!aanbieder) return step.endDialog();
    const stored = await this.deps.cases.storeHandover(
      step.context,
      gesprek,
      aanbieder,
      chosen(step) === 'yes',
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
