import type { TextKey } from '../bot/berichten/messageKeys.js';
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import type { CrisisSignal } from '../bot/analyser/analyser.js';
import { closeCase, newCase } from '../bot/intake/intakeCase.js';
import { type Command, CommandRecognizer } from './commands.js';
import { CRISIS_DIALOG, sendHelpLines } from './crisisDialog.js';
import type { DialogDeps } from './dialogDeps.js';
import { PERSON_DIALOG, type PersonOptions } from './personDialog.js';
import { choiceFromValue } from './prompts/stepPrompt.js';
import { fillFromWords } from './slots.js';
import { analysisOf } from './turnAnalysis.js';
import { CORRECT_CHOICE, PERSON_CHOICE } from './wegwijzerDialog.js';
import { plainWords } from './prompts/typedAnswers.js';
import type { StepId } from '../bot/intake/steps.js';

/** Steps where a phone number is the answer: "bel me" there is no request for a person. */
const PHONE_STEPS: readonly StepId[] = ['contact', 'terugbellen-telefoon'];

/**
 * What a resident can say at any step: a crisis (checked on every message, answered first),
 * help, a person, stop, start again, another language, "forget me", or nothing readable at all.
 */
export class Interruptions {
  private readonly commands: CommandRecognizer;

  private readonly kloptNiet: Set<string>;

  constructor(private readonly deps: DialogDeps) {
    this.commands = new CommandRecognizer(deps.messages);
    this.kloptNiet = new Set(deps.messages.listInAnyLanguage('woorden.klopt-niet').map(plainWords));
  }

  /** Sends the help lines when the message signals a crisis, and says which one it was. */
  async crisisIn(context: TurnContext): Promise<CrisisSignal | undefined> {
    const text = context.activity.type === 'message' ? context.activity.text : undefined;
    if (!text) return undefined;
    const { crisis } = analysisOf(context, this.deps.analyser(), text);
    if (crisis) await sendHelpLines(context, this.deps, crisis);
    return crisis ?? undefined;
  }

  /** Handles an interruption and returns the turn's result, or undefined to let the step answer. */
  async handle(innerDc: DialogContext, restartId: string): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const { activity } = context;
    if (activity.type !== 'message') return undefined;
    const text = activity.text?.trim() ?? '';
    if (!text && activity.value === undefined) {
      await context.sendActivity(await this.text(context, 'leeg.tekst'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const crisis = await this.crisisIn(context);
    if (crisis) return innerDc.beginDialog(CRISIS_DIALOG, { type: crisis.type });
    if (await this.correction(context, text)) {
      await context.sendActivity(await this.text(context, 'begrip.gecorrigeerd'));
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(restartId, {});
    }
    const command = this.commands.recognize(text) ?? (await this.personAskedFor(context, text));
    const gesprek = await this.deps.gesprek.get(context);
    if (command === 'persoon' && gesprek && gesprek.consent === undefined) {
      // Staff read along only with consent: the request waits for the consent answer.
      gesprek.persoonGevraagd = true;
      await context.sendActivity(await this.text(context, 'persoon.naToestemming'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (command) return this.obey(innerDc, command, restartId);
    // What a typed answer tells besides the answer ("nee, en ik sta er alleen voor") is not asked again.
    if (gesprek && text && choiceFromValue(activity.value) === undefined)
      fillFromWords(gesprek.case, this.deps.answers(), text);
    return undefined;
  }

  /**
   * A request for a person: the button offered after answers not understood, or the resident's
   * own words ("kan ik iemand spreken", "talk to a real person"), except where a phone number
   * is asked ("bel me op 06…" is an answer there). The question so far is kept for staff.
   */
  private async personAskedFor(context: TurnContext, text: string): Promise<Command | undefined> {
    if (choiceFromValue(context.activity.value) === PERSON_CHOICE) return 'persoon';
    const gesprek = await this.deps.gesprek.get(context);
    const step = gesprek?.case.lastStep;
    if (step && PHONE_STEPS.includes(step)) return undefined;
    if (!text || !this.deps.answers().asksForPerson(text)) return undefined;
    // "iemand naast me" asks for a client supporter: a handover, not the loket (see slots.ts).
    if (this.deps.answers().asksForHandover(text)) return undefined;
    if (gesprek && gesprek.case.question === undefined && this.wordsBeyondRequest(context, text)) {
      if (gesprek.consent === undefined) gesprek.openingQuestion ??= text;
      else gesprek.case.question = text;
    }
    return 'persoon';
  }

  /**
   * "Dat klopt niet" about what the bot said it understood: what it inferred is forgotten, and
   * what the question is about is asked instead.
   */
  private async correction(context: TurnContext, text: string): Promise<boolean> {
    const gesprek = await this.deps.gesprek.get(context);
    const intake = gesprek?.case;
    if (!intake?.begrepen || intake.outcome !== undefined) return false;
    const clicked = choiceFromValue(context.activity.value) === CORRECT_CHOICE;
    const typed = !clicked && this.kloptNiet.has(plainWords(text));
    if (!clicked && !typed) return false;
    delete intake.levensgebieden;
    if (intake.begrepen.doelgroepen) delete intake.doelgroepen;
    if (intake.begrepen.voorWie) delete intake.voorWie;
    delete intake.begrepen;
    intake.gecorrigeerd = true;
    return true;
  }

  /** Whether the message says more than "a person, please": a topic staff should see. */
  private wordsBeyondRequest(context: TurnContext, text: string): boolean {
    return (analysisOf(context, this.deps.analyser(), text).levensgebieden[0]?.score ?? 0) > 0;
  }

  /**
   * Commands in the message that starts a dialog (the previous intake had ended): a person is
   * requested, help or a language switch is applied, and the intake then begins as usual.
   * Says 'stopped' when the resident asked to stop, so nothing more should be said, and
   * 'person' when they asked for one.
   */
  async atStart(context: TurnContext): Promise<'stopped' | 'person' | 'go'> {
    const text = context.activity.type === 'message' ? context.activity.text?.trim() : undefined;
    const command = text
      ? (this.commands.recognize(text) ?? (await this.personAskedFor(context, text)))
      : undefined;
    const gesprek = await this.deps.gesprek.get(context);
    const telefoon = this.deps.kaart().gemeente.loket.telefoon;
    if (command === 'stop') {
      await context.sendActivity(await this.text(context, 'stop.tekst', { telefoon }));
      return 'stopped';
    }
    if (command === 'vergeten') {
      await this.forget(context);
      return 'stopped';
    }
    if (command === 'hulp') await context.sendActivity(await this.helpText(context));
    if (gesprek && (command === 'naarEngels' || command === 'naarNederlands')) {
      gesprek.taal = command === 'naarEngels' ? 'en' : 'nl';
    }
    return command === 'persoon' ? 'person' : 'go';
  }

  /** Ends the current case: a returning resident is reminded of it, the next question starts afresh. */
  async closeCase(context: TurnContext): Promise<void> {
    const gesprek = await this.deps.gesprek.get(context);
    if (!gesprek) return;
    closeCase(gesprek, await this.deps.bewoner.get(context), newCase(randomUUID(), this.deps.now()));
  }

  private async obey(innerDc: DialogContext, command: Command, restartId: string): Promise<DialogTurnResult> {
    const { context } = innerDc;
    const gesprek = await this.deps.gesprek.get(context);
    const telefoon = this.deps.kaart().gemeente.loket.telefoon;
    switch (command) {
      case 'hulp':
        await context.sendActivity(await this.helpText(context));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'persoon':
        return innerDc.beginDialog(PERSON_DIALOG, {
          reason: 'gevraagd',
          midIntake: true,
        } satisfies PersonOptions);
      case 'stop':
        await context.sendActivity(await this.text(context, 'stop.tekst', { telefoon }));
        await this.closeCase(context);
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      case 'vergeten':
        await this.forget(context);
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
      case 'opnieuw':
        await context.sendActivity(await this.text(context, 'opnieuw.tekst'));
        if (gesprek) gesprek.case = newCase(randomUUID(), this.deps.now());
        break;
      case 'naarEngels':
      case 'naarNederlands':
        if (gesprek) gesprek.taal = command === 'naarEngels' ? 'en' : 'nl';
        await context.sendActivity(await this.text(context, 'taal.gewisseld'));
        break;
    }
    // Starting over from the top asks the first open question again, now in the right words:
    // answered steps skip themselves.
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(restartId, {});
  }

  /**
   * "Vergeet mij": everything stored about the resident is erased, and from now on nothing is
   * kept (consent is withdrawn, so the state of this turn stays in memory only).
   */
  private async forget(context: TurnContext): Promise<void> {
    await this.deps.forgetResident(context);
    const gesprek = await this.deps.gesprek.get(context);
    if (gesprek) {
      gesprek.consent = false;
      gesprek.case = newCase(randomUUID(), this.deps.now());
      delete gesprek.openingQuestion;
      delete gesprek.returning;
    }
    const bewoner = await this.deps.bewoner.get(context);
    if (bewoner) {
      bewoner.consent = false;
      bewoner.contacts = 0;
      bewoner.conversationKeys = [];
      delete bewoner.case;
      delete bewoner.lastConversationId;
    }
    await context.sendActivity(await this.text(context, 'vergeten.gedaan'));
  }

  private async helpText(context: TurnContext): Promise<string> {
    const telefoon = this.deps.kaart().gemeente.loket.telefoon;
    return [
      await this.text(context, 'hulp.tekst'),
      await this.text(context, 'hulp.commandos'),
      await this.text(context, 'hulp.bellen', { telefoon }),
    ].join('\n\n');
  }

  private async text(context: TurnContext, key: TextKey, values = {}): Promise<string> {
    const taal = (await this.deps.gesprek.get(context))?.taal ?? 'nl';
    return this.deps.messages.text(taal, key, values);
  }
}
