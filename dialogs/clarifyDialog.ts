import { type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TextKey } from '../bot/berichten/messageKeys.js';
import { MEETLAT_ANTWOORDEN, type IntakeCase, type MeetlatAntwoord } from '../bot/intake/intakeCase.js';
import { nextNeed } from '../bot/intake/nextNeed.js';
import type { StepId } from '../bot/intake/steps.js';
import { doelgroepWithRole } from '../bot/kaart/roles.js';
import { MOMENT_IDS } from '../bot/kaart/schema.js';
import { CHOICE_LIST_DIALOG, ChoiceListDialog, type ChoiceListOptions } from './choiceListDialog.js';
import type { DialogDeps } from './dialogDeps.js';
import type { ChoiceOption } from './prompts/choiceOption.js';
import { DOELGROEPEN_CHOICE } from './prompts/typedAnswers.js';
import { WegwijzerDialog, chosen, recall, remember } from './wegwijzerDialog.js';

export const CLARIFY_DIALOG = 'clarifyDialog';
const WATERFALL = 'clarifySteps';
const NO_GROUP = 'geen';
const DONT_KNOW = 'weet-niet';

const MEETLAT: Record<
  'zelf' | 'regie' | 'netwerk',
  { field: keyof IntakeCase['meetlat']; step: StepId; key: TextKey; short: TextKey; uitleg: TextKey }
> = {
  zelf: {
    field: 'zelf',
    step: 'meetlat-zelf',
    key: 'meetlat.zelf',
    short: 'meetlat.zelfKort',
    uitleg: 'uitleg.meetlat-zelf',
  },
  regie: {
    field: 'regieKwijt',
    step: 'meetlat-regie',
    key: 'meetlat.regie',
    short: 'meetlat.regieKort',
    uitleg: 'uitleg.meetlat-regie',
  },
  netwerk: {
    field: 'netwerk',
    step: 'meetlat-netwerk',
    key: 'meetlat.netwerk',
    short: 'meetlat.netwerkKort',
    uitleg: 'uitleg.meetlat-netwerk',
  },
};

const ANTWOORD_LABELS: Record<MeetlatAntwoord, TextKey> = {
  ja: 'keuze.ja',
  deels: 'keuze.deels',
  nee: 'keuze.nee',
  'weet-niet': 'keuze.weetNiet',
};

/**
 * Asks, one at a time, only what is still unknown and needed: the loop ends as soon as the
 * referral rule and the coverage can decide. Every answer may be clicked or typed.
 */
export class ClarifyDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(CLARIFY_DIALOG, deps);
    this.addDialog(new ChoiceListDialog(deps));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const need = nextNeed(this.deps.kaart(), intake);
    if (!need) return step.endDialog();
    remember(step, 'need', need);
    switch (need) {
      case 'doelgroepen':
        return this.askGroups(step);
      case 'voor-wie':
        return this.askChoice(step, 'voor-wie', await this.text(step.context, 'voorWie.vraag'), [
          { id: 'zelf', label: await this.text(step.context, 'voorWie.kiesZelf') },
          { id: 'naaste', label: await this.text(step.context, 'voorWie.kiesNaaste') },
        ]);
      case 'moment':
        return this.askMoment(step);
      default:
        return this.askMeetlat(step, need);
    }
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const intake = gesprek.case;
    const need = recall(step, 'need');
    const answer = typeof step.result === 'string' ? step.result : chosen(step);
    if (need === 'doelgroepen') {
      const known = new Set(this.deps.kaart().doelgroepen.map((groep) => groep.id));
      const ids = answer.startsWith(DOELGROEPEN_CHOICE)
        ? answer.slice(DOELGROEPEN_CHOICE.length).split(',')
        : [answer];
      intake.doelgroepen = ids.filter((id) => known.has(id));
    } else if (need === 'voor-wie' && (answer === 'zelf' || answer === 'naaste')) {
      intake.voorWie = answer;
      if (answer === 'naaste')
        await this.say(step.context, await this.text(step.context, 'voorWie.mantelzorger'));
    } else if (need === 'moment') {
      const moment = MOMENT_IDS.find((id) => id === answer);
      if (moment) intake.moment = moment;
      else if (answer === DONT_KNOW) intake.momentOnbekend = true;
    } else if (need === 'zelf' || need === 'regie' || need === 'netwerk') {
      const value = MEETLAT_ANTWOORDEN.find((id) => id === answer);
      if (value) intake.meetlat[MEETLAT[need].field] = value;
    }
    return step.replaceDialog(WATERFALL);
  }

  private async askMeetlat(
    step: WaterfallStepContext,
    need: 'zelf' | 'regie' | 'netwerk',
  ): Promise<DialogTurnResult> {
    const question = MEETLAT[need];
    const options: ChoiceOption[] = await Promise.all(
      MEETLAT_ANTWOORDEN.map(async (id) => ({
        id,
        label: await this.text(step.context, ANTWOORD_LABELS[id]),
      })),
    );
    return this.askChoice(step, question.step, await this.text(step.context, question.key), options, {
      short: await this.text(step.context, question.short),
      explanation: await this.text(step.context, question.uitleg),
      giveUp: 'weet-niet',
    });
  }

  private async askMoment(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const taal = await this.taal(step.context);
    const momenten = this.deps.kaart().momenten;
    const uitleg = momenten.map((moment) => `- **${moment.naam[taal]}**: ${moment.uitleg[taal]}`).join('\n');
    const short = await this.text(step.context, 'moment.vraag');
    return this.askChoice(
      step,
      'moment',
      `${short}\n\n${uitleg}`,
      [
        ...momenten.map((moment) => ({ id: moment.id, label: moment.naam[taal] })),
        { id: DONT_KNOW, label: await this.text(step.context, 'keuze.weetNiet') },
      ],
      { short, explanation: await this.text(step.context, 'uitleg.moment'), giveUp: DONT_KNOW },
    );
  }

  /** The groups, those that fit the case's levensgebieden first, a few at a time, and "none". */
  private async askGroups(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const { taal, case: intake } = gesprek;
    const kaart = this.deps.kaart();
    const mantelzorger = doelgroepWithRole(kaart, 'mantelzorger');
    const gebieden = intake.levensgebieden ?? [];
    const covers = (id: string) =>
      kaart.aanbieders.some((aanbieder) =>
        aanbieder.dekking.some(
          (cell) =>
            cell.doelgroepen?.includes(id) && cell.levensgebieden.some((gebied) => gebieden.includes(gebied)),
        ),
      );
    const groepen = kaart.doelgroepen.filter((groep) => groep.id !== mantelzorger);
    const ranked = [
      ...groepen.filter((groep) => covers(groep.id)),
      ...groepen.filter((groep) => !covers(groep.id)),
    ];
    const wie = await this.text(
      step.context,
      intake.voorWie === 'naaste' ? 'doelgroepen.wieNaaste' : 'doelgroepen.wieZelf',
    );
    const options: ChoiceListOptions = {
      step: 'doelgroepen',
      text: await this.text(step.context, 'doelgroepen.kies', { wie }),
      short: await this.text(step.context, 'doelgroepen.kiesKort'),
      options: ranked.map((groep) => ({ id: groep.id, label: groep.naam[taal] })),
      always: [
        {
          id: NO_GROUP,
          label: await this.text(step.context, 'doelgroepen.kiesGeen'),
          synonyms: await this.words(step.context, 'woorden.nee'),
          means: 'no',
        },
      ],
      moreLabel: await this.text(step.context, 'levensgebieden.kiesAnders'),
      moreText: await this.text(step.context, 'doelgroepen.meer'),
      giveUp: NO_GROUP,
    };
    return step.beginDialog(CHOICE_LIST_DIALOG, options);
  }
}
