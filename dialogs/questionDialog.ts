import {
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { LEVENSGEBIED_IDS, type LevensgebiedId } from '../bot/kaart/schema.js';
import { CHOICE_LIST_DIALOG, ChoiceListDialog, type ChoiceListOptions } from './choiceListDialog.js';
import type { DialogDeps } from './dialogDeps.js';
import type { ChoiceOption } from './prompts/choiceOption.js';
import { DOELGROEPEN_CHOICE, LEVENSGEBIEDEN_CHOICE } from './prompts/typedAnswers.js';
import { proposedDoelgroepen, proposedLevensgebieden } from './proposals.js';
import { fillFromWords } from './slots.js';
import { analysisOf } from './turnAnalysis.js';
import { WegwijzerDialog, chosen, recall, remember } from './wegwijzerDialog.js';

export const QUESTION_DIALOG = 'questionDialog';
const WATERFALL = 'questionSteps';
const QUESTION_PROMPT = 'questionPrompt';
const ONLY_GEBIED = 'alleen:';
const ONLY_GROEP = 'alleengroep:';
const SOMETHING_ELSE = 'iets-anders';

/** The levensgebied ids in a list, in their order. */
export function asLevensgebieden(value: unknown): LevensgebiedId[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => LEVENSGEBIED_IDS.filter((id) => id === item));
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** At least two letters or digits: emoji or punctuation alone say nothing the bot can route. */
async function hasWords(prompt: PromptValidatorContext<string>): Promise<boolean> {
  return prompt.recognized.succeeded && /[\p{L}\p{N}].*[\p{L}\p{N}]/su.test(prompt.recognized.value ?? '');
}

/**
 * The question in the resident's own words, and what it already tells: the levensgebieden and
 * doelgroepen it is about, for whom, and any meetlat answer in it. What was inferred is
 * confirmed in one question, piece by piece ("Alleen X"), instead of being asked one by one.
 */
export class QuestionDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(QUESTION_DIALOG, deps);
    this.addDialog(new TextPrompt(QUESTION_PROMPT, hasWords));
    this.addDialog(new ChoiceListDialog(deps));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.questionStep.bind(this),
        this.proposeStep.bind(this),
        this.confirmStep.bind(this),
        this.pickedStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async questionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (intake.question !== undefined) return step.next();
    const ask = await this.text(step.context, 'vraag.stel');
    return this.askText(
      step,
      'question',
      ask,
      await this.text(step.context, 'vraag.geenWoorden'),
      QUESTION_PROMPT,
    );
  }

  private async proposeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    if (typeof step.result === 'string') intake.question = step.result;
    if (intake.levensgebieden !== undefined) return step.endDialog();
    const question = intake.question ?? '';
    const analysis = analysisOf(step.context, this.deps.analyser(), question);
    const gebieden = proposedLevensgebieden(analysis);
    const groepen = proposedDoelgroepen(analysis, this.deps.kaart());
    const voorWie = intake.voorWie ?? this.deps.answers().voorWieIn(question);
    fillFromWords(intake, this.deps.answers(), question);
    remember(step, 'gebieden', gebieden);
    remember(step, 'groepen', groepen);
    remember(step, 'voorWie', voorWie);
    if (intake.gecorrigeerd) {
      remember(step, 'gebieden', []);
      return this.askPick(step, 'levensgebieden.kies');
    }
    if (gebieden.length === 0) return this.askPick(step, 'levensgebieden.nietBegrepen');
    const taal = await this.taal(step.context);
    const gebiedNaam = (id: string) =>
      this.deps.kaart().levensgebieden.find((item) => item.id === id)?.naam[taal] ?? id;
    const groepNaam = (id: string) =>
      this.deps.kaart().doelgroepen.find((item) => item.id === id)?.naam[taal] ?? id;
    const parts = [
      await this.text(step.context, 'begrip.over', { lijst: gebieden.map(gebiedNaam).join(', ') }),
      voorWie
        ? await this.text(step.context, voorWie === 'naaste' ? 'begrip.voorNaaste' : 'begrip.voorZelf')
        : '',
      groepen.length > 0
        ? await this.text(step.context, 'begrip.groep', { groepen: groepen.map(groepNaam).join(', ') })
        : '',
    ].filter(Boolean);
    if (gebieden.length === 1 && groepen.length <= 1) {
      // One clear topic: said in one sentence before the next question, with the option to
      // correct it, instead of asked.
      intake.levensgebieden = gebieden;
      if (groepen.length === 1 && intake.doelgroepen === undefined) intake.doelgroepen = groepen;
      const inferredVoorWie = intake.voorWie === undefined && voorWie !== undefined;
      if (inferredVoorWie) intake.voorWie = voorWie;
      intake.begrepen = { zin: parts.join(' '), voorWie: inferredVoorWie, doelgroepen: groepen.length === 1 };
      return step.endDialog();
    }
    const options: ChoiceOption[] = [
      {
        id: 'yes',
        label: await this.text(step.context, 'levensgebieden.kiesJa'),
        synonyms: await this.words(step.context, 'woorden.ja'),
      },
    ];
    // Piece by piece: each proposed levensgebied (or, with one, each proposed group) can be kept alone.
    const pieces =
      gebieden.length > 1
        ? gebieden.map((id) => ({ id: ONLY_GEBIED + id, naam: gebiedNaam(id) }))
        : groepen.length > 1
          ? groepen.map((id) => ({ id: ONLY_GROEP + id, naam: groepNaam(id) }))
          : [];
    for (const piece of pieces) {
      options.push({
        id: piece.id,
        label: await this.text(step.context, 'levensgebieden.kiesAlleen', { naam: piece.naam }),
      });
    }
    options.push({
      id: SOMETHING_ELSE,
      label: await this.text(step.context, 'levensgebieden.kiesAnders'),
      synonyms: await this.words(step.context, 'woorden.nee'),
      means: 'no',
    });
    const ask = `${parts.join(' ')} ${await this.text(step.context, 'begrip.klopt')}`;
    return this.askChoice(step, 'levensgebieden', ask, options, {
      short: await this.text(step.context, 'begrip.kort'),
      explanation: await this.text(step.context, 'uitleg.levensgebieden'),
    });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const answer = chosen(step);
    const gebieden = asLevensgebieden(recall(step, 'gebieden'));
    const groepen = asStrings(recall(step, 'groepen'));
    const voorWie = recall(step, 'voorWie');
    // Nothing was recognised in the question: the answer is the pick from the list.
    if (gebieden.length === 0) return this.pickedStep(step);
    const keep = (kept: LevensgebiedId[], keptGroepen: string[]) => {
      intake.levensgebieden = kept;
      if (keptGroepen.length > 0 && intake.doelgroepen === undefined) intake.doelgroepen = keptGroepen;
      if ((voorWie === 'zelf' || voorWie === 'naaste') && intake.voorWie === undefined)
        intake.voorWie = voorWie;
      return step.endDialog();
    };
    if (answer === 'yes') return keep(gebieden, groepen);
    if (answer.startsWith(ONLY_GEBIED))
      return keep(asLevensgebieden([answer.slice(ONLY_GEBIED.length)]), groepen);
    if (answer.startsWith(ONLY_GROEP)) return keep(gebieden, [answer.slice(ONLY_GROEP.length)]);
    if (answer.startsWith(LEVENSGEBIEDEN_CHOICE))
      return keep(asLevensgebieden(answer.slice(LEVENSGEBIEDEN_CHOICE.length).split(',')), groepen);
    if (answer.startsWith(DOELGROEPEN_CHOICE))
      return keep(gebieden, answer.slice(DOELGROEPEN_CHOICE.length).split(','));
    return this.askPick(step, 'levensgebieden.kies');
  }

  private async pickedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { case: intake } = await this.gesprek(step.context);
    const answer = typeof step.result === 'string' ? step.result : '';
    const typed = answer.startsWith(LEVENSGEBIEDEN_CHOICE)
      ? asLevensgebieden(answer.slice(LEVENSGEBIEDEN_CHOICE.length).split(','))
      : asLevensgebieden([answer]);
    intake.levensgebieden = typed.length > 0 ? typed : ['anders'];
    return step.endDialog();
  }

  /** The levensgebieden to choose from, the analyser's guesses first, a few at a time. */
  private async askPick(
    step: WaterfallStepContext,
    key: 'levensgebieden.nietBegrepen' | 'levensgebieden.kies',
  ): Promise<DialogTurnResult> {
    const taal = await this.taal(step.context);
    const { case: intake } = await this.gesprek(step.context);
    const analysis = analysisOf(step.context, this.deps.analyser(), intake.question ?? '');
    const guessed = analysis.levensgebieden.filter((match) => match.score > 0).map((match) => match.id);
    const gebieden = this.deps.kaart().levensgebieden;
    const ranked = [
      ...guessed.flatMap((id) => gebieden.filter((gebied) => gebied.id === id)),
      ...gebieden.filter((gebied) => !guessed.includes(gebied.id)),
    ];
    const options: ChoiceListOptions = {
      step: 'levensgebied-kiezen',
      text: await this.text(step.context, key),
      short: await this.text(step.context, 'levensgebieden.kiesKort'),
      options: ranked.map((gebied) => ({ id: gebied.id, label: gebied.naam[taal] })),
      moreLabel: await this.text(step.context, 'levensgebieden.kiesAnders'),
      moreText: await this.text(step.context, 'levensgebieden.meer'),
      giveUp: 'anders',
    };
    return step.beginDialog(CHOICE_LIST_DIALOG, options);
  }
}
