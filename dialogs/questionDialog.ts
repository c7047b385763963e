import {
  type DialogTurnResult,
  type PromptValidatorContext,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { LEVENSGEBIED_IDS, type LevensgebiedId } from '../bot/kaart/schema.js';
import type { DialogDeps } from './dialogDeps.js';
import type { ChoiceOption } from './prompts/choiceOption.js';
import { proposedDoelgroepen, proposedLevensgebieden } from './proposals.js';
import { analysisOf } from './turnAnalysis.js';
import { WegwijzerDialog, chosen, recall, remember } from './wegwijzerDialog.js';

export const QUESTION_DIALOG = 'questionDialog';
const WATERFALL = 'questionSteps';
const QUESTION_PROMPT = 'questionPrompt';

/** The levensgebied ids in a stored list, in their order. */
function asLevensgebieden(value: unknown): LevensgebiedId[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => LEVENSGEBIED_IDS.filter((id) => id === item));
}

/** At least two letters or digits: emoji or punctuation alone say nothing the bot can route. */
async function hasWords(prompt: PromptValidatorContext<string>): Promise<boolean> {
  return prompt.recognized.succeeded && /[\p{L}\p{N}].*[\p{L}\p{N}]/su.test(prompt.recognized.value ?? '');
}

/** The question in the resident's own words, and the levensgebieden it is about, confirmed or corrected. */
export class QuestionDialog extends WegwijzerDialog {
  constructor(deps: DialogDeps) {
    super(QUESTION_DIALOG, deps);
    this.addDialog(new TextPrompt(QUESTION_PROMPT, hasWords));
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
    const analysis = analysisOf(step.context, this.deps.analyser(), intake.question ?? '');
    const proposed = proposedLevensgebieden(analysis);
    remember(step, 'proposed', proposed);
    remember(step, 'doelgroepen', proposedDoelgroepen(analysis));
    if (proposed.length === 0)
      return this.askPick(step, await this.text(step.context, 'levensgebieden.nietBegrepen'));
    const names = await Promise.all(proposed.map((id) => this.naam(step, id)));
    const options: ChoiceOption[] = [
      {
        id: 'yes',
        label: await this.text(step.context, 'levensgebieden.kiesJa'),
        synonyms: await this.words(step.context, 'woorden.ja'),
      },
    ];
    if (proposed.length > 1) {
      for (const [index, id] of proposed.entries()) {
        options.push({
          id: `alleen:${id}`,
          label: await this.text(step.context, 'levensgebieden.kiesAlleen', { naam: names[index] ?? id }),
        });
      }
    }
    options.push({
      id: 'iets-anders',
      label: await this.text(step.context, 'levensgebieden.kiesAnders'),
      synonyms: await this.words(step.context, 'woorden.nee'),
    });
    const ask = await this.text(step.context, 'levensgebieden.voorstel', { lijst: names.join(', ') });
    return this.askChoice(step, 'levensgebieden', ask, options);
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = chosen(step);
    if (answer === 'iets-anders')
      return this.askPick(step, await this.text(step.context, 'levensgebieden.kies'));
    return step.next(step.result);
  }

  private async pickedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const gesprek = await this.gesprek(step.context);
    const answer = chosen(step);
    const proposed = asLevensgebieden(recall(step, 'proposed'));
    if (answer === 'yes') gesprek.case.levensgebieden = proposed;
    else {
      const id = LEVENSGEBIED_IDS.find((gebied) => gebied === answer.replace(/^alleen:/, ''));
      gesprek.case.levensgebieden = id ? [id] : ['anders'];
    }
    return step.endDialog({ doelgroepen: recall(step, 'doelgroepen') });
  }

  private async askPick(step: WaterfallStepContext, text: string): Promise<DialogTurnResult> {
    const taal = await this.taal(step.context);
    const options = this.deps
      .kaart()
      .levensgebieden.map((gebied) => ({ id: gebied.id, label: gebied.naam[taal] }));
    return this.askChoice(step, 'levensgebied-kiezen', text, options);
  }

  private async naam(step: WaterfallStepContext, id: LevensgebiedId): Promise<string> {
    const taal = await this.taal(step.context);
    return this.deps.kaart().levensgebieden.find((gebied) => gebied.id === id)?.naam[taal] ?? id;
  }
}
