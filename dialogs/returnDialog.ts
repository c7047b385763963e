import type { TextKey } from '../bot/berichten/messageKeys.js';
import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { type IntakeCase, newCase } from '../bot/intake/intakeCase.js';
import { namedStep } from '../bot/intake/steps.js';
import type { DialogDeps } from './dialogDeps.js';
import type { ChoiceOption } from './prompts/choiceOption.js';
import { WegwijzerDialog, chosen } from './wegwijzerDialog.js';

export const RETURN_DIALOG = 'returnDialog';
const WATERFALL = 'returnSteps';
// The loket's rule: at most three contacts for the korte vraagverheldering, then hand over.
const CONTACTS_BEFORE_HANDOVER = 3;

/** How the resident wants to go on after the welcome back. */
export type ReturnChoice = 'continue' | 'new' | 'done' | 'stopped';

/**
 * Contacts 2 and 3: welcomes a returning resident with where they were, and lets them continue,
 * say how the advice worked out, or start a new question. From the third contact on an unresolved
 * case, a handover is offered, as the loket would.
 */
export class ReturnDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(RETURN_DIALOG, deps);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.welcomeStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async welcomeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const previous = await this.previousCase(step);
    const bewoner = await this.deps.bewoner.get(step.context);
    if (!previous) return step.endDialog('new' satisfies ReturnChoice);
    const t = async (key: TextKey, values = {}) => this.text(step.context, key, values);
    const levensgebieden = await this.levensgebiedNames(step, previous);
    const lines = [await t('terugkomst.groet')];
    let options: ChoiceOption[];
    const nieuw = { id: 'nieuw', label: await t('terugkomst.kiesNieuw') };
    if (previous.outcome === 'handover' && previous.reference) {
      const aanbieder =
        this.deps.kaart().aanbieders.find((item) => item.id === previous.aanbieder)?.naam ?? '';
      lines.push(await t('terugkomst.overdracht', { aanbieder, referentie: previous.reference }));
      options = [
        nieuw,
        {
          id: 'stoppen',
          label: await t('terugkomst.kiesStoppen'),
          synonyms: await this.words(step.context, 'woorden.nee'),
        },
      ];
    } else if ((bewoner?.contacts ?? 1) >= CONTACTS_BEFORE_HANDOVER && !previous.resolved) {
      lines.push(await t('terugkomst.derde', { keer: bewoner?.contacts ?? CONTACTS_BEFORE_HANDOVER }));
      options = [
        {
          id: 'overdracht',
          label: await t('terugkomst.kiesOverdracht'),
          synonyms: await this.words(step.context, 'woorden.ja'),
        },
        { id: 'verder', label: await t('terugkomst.kiesVerder') },
        nieuw,
      ];
    } else if (previous.outcome === 'information' && !previous.resolved) {
      lines.push(await t('terugkomst.informatie', { levensgebieden }));
      options = [
        {
          id: 'hielp',
          label: await t('terugkomst.kiesHielp'),
          synonyms: await this.words(step.context, 'woorden.ja'),
        },
        {
          id: 'hielpNiet',
          label: await t('terugkomst.kiesHielpNiet'),
          synonyms: await this.words(step.context, 'woorden.nee'),
        },
        nieuw,
      ];
    } else if (previous.outcome === undefined) {
      const stap = previous.lastStep ? namedStep(previous.lastStep) : undefined;
      lines.push(
        await t('terugkomst.bezig', {
          levensgebieden: levensgebieden || '…',
          stap: stap ? await t(`stap.${stap}`) : '',
        }),
      );
      options = [{ id: 'verder', label: await t('terugkomst.kiesVerder') }, nieuw];
    } else {
      return step.endDialog('new' satisfies ReturnChoice);
    }
    lines.push(await t('terugkomst.watNu'));
    return this.askChoice(step, 'terugkomst', lines.join('\n\n'), options);
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const previous = await this.previousCase(step);
    const answer = chosen(step);
    if (previous && (answer === 'verder' || answer === 'overdracht' || answer === 'hielpNiet')) {
      gesprek.case = { ...previous, wantsHandover: answer !== 'verder' || previous.wantsHandover === true };
      return step.endDialog('continue' satisfies ReturnChoice);
    }
    if (previous && answer === 'hielp') {
      previous.resolved = true;
      await this.say(step.context, await this.text(step.context, 'informatie.fijn'));
      return step.endDialog('done' satisfies ReturnChoice);
    }
    if (answer === 'stoppen') {
      await this.say(
        step.context,
        await this.text(step.context, 'stop.tekst', { telefoon: this.deps.kaart().gemeente.loket.telefoon }),
      );
      return step.endDialog('stopped' satisfies ReturnChoice);
    }
    gesprek.case = newCase(gesprek.case.id, this.deps.now());
    return step.endDialog('new' satisfies ReturnChoice);
  }

  private async previousCase(step: WaterfallStepContext): Promise<IntakeCase | undefined> {
    const bewoner = await this.deps.bewoner.get(step.context);
    return bewoner?.case?.question !== undefined ? bewoner.case : undefined;
  }

  private async levensgebiedNames(step: WaterfallStepContext, intake: IntakeCase): Promise<string> {
    const taal = await this.taal(step.context);
    const gebieden = this.deps.kaart().levensgebieden;
    return (intake.levensgebieden ?? [])
      .map((id) => gebieden.find((item) => item.id === id)?.naam[taal] ?? id)
      .join(', ');
  }
}
