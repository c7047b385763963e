import {
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { matchingAanbieders } from '../bot/intake/matchProviders.js';
import { outcomeActivity } from '../bot/intake/outcome.js';
import { decideRoute } from '../bot/intake/route.js';
import { CrisisDialog, CRISIS_DIALOG } from './crisisDialog.js';
import type { DialogDeps } from './dialogDeps.js';
import { GapDialog, GAP_DIALOG } from './gapDialog.js';
import { HandoverDialog, HANDOVER_DIALOG, type HandoverOptions } from './handoverDialog.js';
import { INFORMATION_DIALOG, InformationDialog } from './informationDialog.js';
import { Interruptions } from './interruptions.js';
import { PERSON_DIALOG, PersonDialog, type PersonOptions } from './personDialog.js';
import { QUESTION_DIALOG, QuestionDialog } from './questionDialog.js';
import { RETURN_DIALOG, ReturnDialog, type ReturnChoice } from './returnDialog.js';
import { CLARIFY_DIALOG, ClarifyDialog } from './clarifyDialog.js';
import { contactLine } from './handoverReply.js';
import { WegwijzerDialog, reasonOf } from './wegwijzerDialog.js';
import { WelcomeDialog, WELCOME_DIALOG } from './welcomeDialog.js';

export const MAIN_DIALOG = 'mainDialog';
const WATERFALL = 'mainSteps';

/** Options for the main dialog: a crisis noticed in the message that opened the conversation. */
export interface MainOptions {
  crisisType?: string;
  /** The first message asked for a person. */
  person?: boolean;
}

/**
 * The korte vraagverheldering from welcome to outcome. Help, stop, start again, a person,
 * switching language and crisis are handled here for every step (see Interruptions).
 */
export class MainDialog extends WegwijzerDialog {
  private readonly interruptions: Interruptions;
  constructor(deps: DialogDeps) {
    super(MAIN_DIALOG, deps);
    this.interruptions = new Interruptions(deps);
    for (const dialog of [
      new WelcomeDialog(deps),
      new ReturnDialog(deps),
      new QuestionDialog(deps),
      new ClarifyDialog(deps),
      new InformationDialog(deps),
      new HandoverDialog(deps),
      new GapDialog(deps),
      new CrisisDialog(deps),
      new PersonDialog(deps),
    ]) {
      this.addDialog(dialog);
    }
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.openingStep.bind(this),
        this.welcomeStep.bind(this),
        this.personStep.bind(this),
        this.returnStep.bind(this),
        this.questionStep.bind(this),
        this.clarifyStep.bind(this),
        this.routeStep.bind(this),
        this.afterInformationStep.bind(this),
        this.closeStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: MainOptions,
  ): Promise<DialogTurnResult> {
    const crisis = await this.interruptions.crisisIn(innerDc.context);
    if (crisis) return super.onBeginDialog(innerDc, { crisisType: crisis.type });
    const start = await this.interruptions.atStart(innerDc.context);
    if (start === 'stopped') return { status: DialogTurnStatus.complete };
    return super.onBeginDialog(innerDc, start === 'person' ? { ...options, person: true } : options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interrupted = await this.interruptions.handle(innerDc, WATERFALL);
    return interrupted ?? super.onContinueDialog(innerDc);
  }

  private async openingStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    if (step.options.crisisType) return step.beginDialog(CRISIS_DIALOG, { type: step.options.crisisType });
    return step.next();
  }

  private async welcomeStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    return step.beginDialog(WELCOME_DIALOG);
  }

  /** A first message that asked for a person: after the welcome, so consent is known. */
  private async personStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    if (!step.options.person && !gesprek.persoonGevraagd) return step.next();
    delete gesprek.persoonGevraagd;
    return step.beginDialog(PERSON_DIALOG, { reason: 'gevraagd', midIntake: true } satisfies PersonOptions);
  }

  private async returnStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    if (!gesprek.returning) return step.next();
    gesprek.returning = false;
    return step.beginDialog(RETURN_DIALOG);
  }

  private async questionStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const returned: ReturnChoice | undefined = step.result;
    if (returned === 'done') return this.finish(step);
    if (returned === 'stopped') return this.finish(step, false);
    return step.beginDialog(QUESTION_DIALOG);
  }

  private async clarifyStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    return step.beginDialog(CLARIFY_DIALOG);
  }

  /**
   * The referral rule decides between information and a warm handover; the resident hears in
   * one sentence why, and the reason goes with the case (staff and providers see it).
   */
  private async routeStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const decision = decideRoute(this.deps.kaart(), gesprek.case);
    if (decision.status === 'vragen') return step.beginDialog(INFORMATION_DIALOG);
    gesprek.case.reden = { id: decision.regel, tekst: decision.uitleg.nl };
    await this.say(
      step.context,
      (await this.sayUnderstood(step.context)) ?? '',
      decision.uitleg[gesprek.taal],
    );
    if (decision.route === 'information') return step.beginDialog(INFORMATION_DIALOG);
    return this.handover(step);
  }

  private async afterInformationStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    if (step.result !== 'handover') return step.next();
    const gesprek = await this.gesprek(step.context);
    gesprek.case.wantsHandover = true;
    const decision = decideRoute(this.deps.kaart(), gesprek.case);
    if (decision.status === 'besloten')
      gesprek.case.reden = { id: decision.regel, tekst: decision.uitleg.nl };
    return this.handover(step);
  }

  private async closeStep(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    return this.finish(step);
  }

  /** Hands over to the providers that cover the case, or reports the gap when none do. */
  private async handover(step: WaterfallStepContext<MainOptions>): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const aanbieders = matchingAanbieders(this.deps.kaart(), gesprek.case);
    if (aanbieders.length === 0) return step.beginDialog(GAP_DIALOG);
    if (gesprek.consent === true) {
      return step.beginDialog(HANDOVER_DIALOG, {
        aanbieders: aanbieders.map((item) => item.id),
      } satisfies HandoverOptions);
    }
    // Without consent nothing is passed on: the resident gets the providers' own contact details.
    const { taal } = gesprek;
    const lines = aanbieders.map((aanbieder) =>
      this.deps.messages.text(taal, 'overdracht.zelfContact', {
        naam: aanbieder.naam,
        contact: contactLine(aanbieder),
      }),
    );
    const telefoon = this.deps.kaart().gemeente.loket.telefoon;
    const text = [
      await this.text(step.context, 'overdracht.zonderToestemming'),
      ...lines,
      await this.text(step.context, 'overdracht.loket', { telefoon }),
    ];
    const outcome = this.deps.cases.outcomeOf(
      gesprek,
      'information',
      aanbieders.map((item) => item.id),
    );
    await this.deps.cases.recordOutcome(step.context, gesprek, outcome, reasonOf(gesprek));
    await this.sayActivity(step.context, outcomeActivity(text.join('\n\n'), outcome));
    return step.next();
  }

  /** Ends this intake; the next message in the conversation starts a new question. */
  private async finish(
    step: WaterfallStepContext<MainOptions>,
    askForMore = true,
  ): Promise<DialogTurnResult> {
    await this.interruptions.closeCase(step.context);
    if (askForMore) await this.say(step.context, await this.text(step.context, 'afsluiting.nogIets'));
    return step.endDialog({ status: DialogTurnStatus.complete });
  }
}
